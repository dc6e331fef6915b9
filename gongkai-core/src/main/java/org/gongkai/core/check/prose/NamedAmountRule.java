package org.gongkai.core.check.prose;

import java.util.List;
import java.util.regex.Pattern;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tolerance;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Money;

/**
 * An amount the text gives a name the tables define (基本支出, 人员经费, 公务接待费, a 类) is what the
 * tables print under that name: "其中基本支出119.62万元" when 基本支出 is 232.90 万元 is wrong.
 */
@RuleSpec(id = "PROSE-007", severity = Severity.ERROR, category = Category.CONSISTENCY,
        title = "文中金额与报表同名数一致",
        message = "文中“{name}”为{actual}万元，报表中{table}为{expected}万元",
        description = "情况说明中本年度的金额，若其名称是报表定义的量（收入总计、一般公共预算拨款收入、基本支出、项目支出、人员经费、"
                + "公用经费、“三公”经费及各项、机关运行经费、各类支出等），应等于报表中该名称下的某一数额（按文中小数位四舍五入后相等）。")
public final class NamedAmountRule implements Rule {

    /** "增加基本支出844.15万元" is a change in 基本支出, not 基本支出. */
    static final Pattern CHANGE_WORDS = Pattern.compile("^(增加|减少|增长|下降|新增|压减|调增|调减|增|减)|(增加|减少|增长|下降)$");
    private static final String[] LEADING_CHANGE = {"增加", "减少", "增长", "下降", "新增", "压减", "调增", "调减", "增", "减"};
    private static final String[] TRAILING_CHANGE = {"增加", "减少", "增长", "下降"};

    @Override
    public void check(Disclosure d, RuleRun run) {
        Statements st = Statements.of(d, run);
        if (st.text().paragraphs().isEmpty()) {
            run.couldNotRun("未读到情况说明");
            return;
        }
        if (d.tables().isEmpty()) {
            run.couldNotRun("未找到报表，无法比对");
            return;
        }
        TableQuantities q = TableQuantities.of(d, run);
        for (ProseParagraph p : st.text().paragraphs()) {
            for (Mention m : p.mentions()) {
                if (m.kind() != Mention.Kind.AMOUNT || (m.year() != 0 && m.year() != st.text().year()) || namesAChange(m.name())) {
                    continue;
                }
                List<TableQuantities.Quantity> candidates = q.lookup(m.name());
                if (candidates.isEmpty()) {
                    continue;
                }
                boolean found = false;
                for (TableQuantities.Quantity c : candidates) {
                    Money diff = m.money().minus(c.amount()).abs();
                    if (diff.value().compareTo(Tolerance.halfUnit(m.money())) <= 0) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    TableQuantities.Quantity c = candidates.get(0);
                    // in the text's unit, as the message says: a table in 元 (the Shanghai set) is shown in 万元
                    String expected = Tolerance.show(c.amount().to(m.money().unit()));
                    run.report(Severity.ERROR, ProseLocations.of(p, m), expected, m.money().plain(),
                            Tolerance.signed(m.money().minus(c.amount())),
                            "name", m.name(), "actual", m.money().plain(), "table", q.where(c), "expected", expected);
                }
            }
        }
    }

    /**
     * True when {@link #CHANGE_WORDS} finds a change word in {@code name}: one at its start, or one
     * at its end (where, as {@code $} does, a last line break may follow). Read with startsWith and
     * endsWith: the pattern, unanchored at its second half, was tried at every character of every name.
     */
    static boolean namesAChange(String name) {
        for (String w : LEADING_CHANGE) {
            if (name.startsWith(w)) {
                return true;
            }
        }
        int end = name.length();
        if (name.endsWith("\r\n")) {
            end -= 2;
        } else if (end > 0 && "\n\r\u0085\u2028\u2029".indexOf(name.charAt(end - 1)) >= 0) {
            end -= 1;
        }
        for (String w : TRAILING_CHANGE) {
            if (endsAt(name, w, name.length()) || endsAt(name, w, end)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code word} is written in {@code s} just before {@code end}. */
    private static boolean endsAt(String s, String word, int end) {
        return end >= word.length() && s.startsWith(word, end - word.length());
    }
}
