package org.gongkai.core.check.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The quick looks PROSE rules take instead of asking a pattern give what the pattern gives: a
 * change word in a name is found where {@link NamedAmountRule#CHANGE_WORDS} finds one, and no
 * text is passed over where {@link LeftoverRule#LEFTOVER} would find a leftover, and
 * {@link ProseText#findFrom} finds, match by match, what {@code find} finds, and
 * {@link TableQuantities#normal} reads a name as its four replaces did, and
 * {@link Enumeration#level} gives the level its five patterns gave.
 */
class QuickLooksTest {

    @Property(tries = 5000)
    void aChangeWordWhereThePatternFindsOne(@ForAll("names") String name) {
        assertThat(NamedAmountRule.namesAChange(name)).isEqualTo(NamedAmountRule.CHANGE_WORDS.matcher(name).find());
    }

    @Property(tries = 5000)
    void noLeftoverPassedOver(@ForAll("texts") String text) {
        if (LeftoverRule.LEFTOVER.matcher(text).find()) {
            assertThat(LeftoverRule.mayHoldLeftover(text)).isTrue();
        }
    }

    @Property(tries = 5000)
    void sharesWithoutPercentAsFindFindsThem(@ForAll("prose") String text) {
        assertThat(byFindFrom(ProseText.SHARE_NO_PERCENT, text, '占', '占')).isEqualTo(byFind(ProseText.SHARE_NO_PERCENT, text));
    }

    @Property(tries = 5000)
    void noChangesAsFindFindsThem(@ForAll("prose") String text) {
        assertThat(byFindFrom(ProseText.NO_CHANGE, text, '与', '持')).isEqualTo(byFind(ProseText.NO_CHANGE, text));
    }

    @Property(tries = 5000)
    void normalAsTheFourReplaces(@ForAll("written") String name) {
        assertThat(TableQuantities.normal(name))
                .isEqualTo(name.replace(" ", "").replace('(', '（').replace(')', '）').replace('"', '“'));
    }

    @Provide
    Arbitrary<String> written() {
        return Arbitraries.strings().withChars(" ()\"（）“!'基本支出").ofMaxLength(12);
    }

    private static List<String> byFind(Pattern p, String t) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(t);
        while (m.find()) {
            out.add(m.start() + ":" + m.end() + ":" + m.group());
        }
        return out;
    }

    private static List<String> byFindFrom(Pattern p, String t, char first, char second) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(t);
        for (int from = 0; ProseText.findFrom(m, t, from, first, second); from = m.end()) {
            out.add(m.start() + ":" + m.end() + ":" + m.group());
        }
        return out;
    }

    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.strings().withChars("占与上年2024持平相同一致，。; 1.5%％万元比").ofMaxLength(24);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("增加减少长下降新压调基本支出\r\n\u0085\u2028\u2029 x").ofMaxLength(10);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("主要原因是为:：。；;，,\r\n\u0085\u2028\u2029 aXxＸ×*（(减下)）增加长").ofMaxLength(14);
    }

    @Test
    void boundariesAreTheMarksListed() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(ProseText.isBoundary(c)).as("U+%04X", (int) c).isEqualTo("，,；;：:。（(）)、！？".indexOf(c) >= 0);
        }
    }

    @Test
    void examples() {
        assertThat(NamedAmountRule.namesAChange("增加基本支出")).isTrue();
        assertThat(NamedAmountRule.namesAChange("基本支出增加")).isTrue();
        assertThat(NamedAmountRule.namesAChange("基本支出增加\r\n")).isTrue();
        assertThat(NamedAmountRule.namesAChange("基本支出")).isFalse();
        assertThat(LeftoverRule.mayHoldLeftover("主要原因是。")).isTrue();
        assertThat(LeftoverRule.mayHoldLeftover("原因为：")).isTrue();
        assertThat(LeftoverRule.mayHoldLeftover("主要原因是人员增加。")).isFalse();
    }

    /** The patterns {@link Enumeration#level} read character by character, outermost first. */
    private static final Pattern[] ENUMERATION_LEVELS = {
        Pattern.compile("^[一二三四五六七八九十]+、"),
        Pattern.compile("^[（(][一二三四五六七八九十]+[）)]"),
        Pattern.compile("^([0-9]{1,2}\\s*[．.、](?![0-9])|[一二三四五六七八九十]是)"),
        Pattern.compile("^[（(][0-9]{1,2}[）)]"),
        Pattern.compile("^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮]"),
    };

    private static int levelByPatterns(String paragraph) {
        String t = paragraph.strip();
        for (int i = 0; i < ENUMERATION_LEVELS.length; i++) {
            if (ENUMERATION_LEVELS[i].matcher(t).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    @Property(tries = 10000)
    void anEnumerationsLevelIsThePatternsLevel(@ForAll("numberings") String paragraph) {
        assertThat(Enumeration.level(paragraph)).isEqualTo(levelByPatterns(paragraph));
    }

    @Test
    void theLevelsOfNumberingsAsPrinted() {
        assertThat(List.of("一、基本情况", "（二）支出", "(3)其他", "1．收入", "12、支出", "1 . 项目", "三是加强", "①培训", "⑮", "1.5万元",
                "二十是", "（一", "收入", "", "　一、缩进"))
                .extracting(Enumeration::level)
                .containsExactly(1, 2, 4, 3, 3, 3, 3, 5, 5, 0, 0, 0, 0, 0, 1);
        assertThat(List.of("一、基本情况", "（二）支出", "(3)其他", "1．收入", "12、支出", "1 . 项目", "三是加强", "①培训", "⑮", "1.5万元",
                "二十是", "（一", "收入", "", "　一、缩进")).extracting(QuickLooksTest::levelByPatterns)
                .containsExactly(1, 2, 4, 3, 3, 3, 3, 5, 5, 0, 0, 0, 0, 0, 1);
    }

    @Provide
    Arbitrary<String> numberings() {
        return Arbitraries.of("一", "十", "二", "、", "是", "（", "(", "）", ")", "0", "1", "9", ".", "．", " ", "\t", "\n",
                "\u3000", "①", "⑮", "⑯", "万", "元", "x").list().ofMaxSize(7).map(l -> String.join("", l));
    }
}
