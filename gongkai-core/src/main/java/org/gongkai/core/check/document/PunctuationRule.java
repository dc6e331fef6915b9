package org.gongkai.core.check.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;

/** No doubled punctuation: "相同。。", "66%。；", "，，". */
@RuleSpec(id = "DOC-007", severity = Severity.WARNING, category = Category.FORMAT,
        title = "无重复标点",
        message = "{place}有重复标点“{marks}”：“{text}”",
        description = "正文（概况、情况说明、名词解释和绩效目标表的文字）中不应有两个相连的句读标点，如“。。”“。；”“，，”“、、”。")
public final class PunctuationRule implements Rule {

    private static final Pattern DOUBLED = Pattern.compile("[。，、；：！？,;]\\s*[。，、；：！？,;]");

    /** The low bytes of the marks: 。 3002, 、 3001, ， FF0C, ； FF1B, ： FF1A, ！ FF01, ？ FF1F, ',' 2C, ';' 3B. */
    private static final long LOW_BYTES = 1L << 0x02 | 1L << 0x01 | 1L << 0x0C | 1L << 0x1B | 1L << 0x1A | 1L << 0x1F | 1L << 0x2C | 1L << 0x3B;

    @Override
    public void check(Disclosure d, RuleRun run) {
        Passages passages = Passages.of(d, run);
        if (passages.count() == 0) {
            run.couldNotRun("未读到正文");
            return;
        }
        Passages.Joined all = passages.joined();
        char[] c = all.chars();
        int j = nextDoubled(c, 0);
        while (j < c.length) {
            int end = report(passages, all, all.passageAt(j), run); // the pattern decides, once per passage
            j = nextDoubled(c, end + 1);
        }
    }

    /**
     * The second of the next two marks with nothing but spaces between them, within a passage,
     * from {@code from} on; or the length of {@code c}. Marks are few: the search goes from one
     * mark to the next, a loop with one test per character.
     */
    static int nextDoubled(char[] c, int from) {
        int n = c.length;
        for (int i = nextMark(c, from); i < n; i = nextMark(c, i)) {
            int j = i + 1; // past the spaces after the mark, within its passage
            while (j < n && c[j] != Passages.SEPARATOR && Character.isWhitespace(c[j])) {
                j++;
            }
            if (j < n && isMark(c[j])) {
                return j;
            }
            i = j;
        }
        return n;
    }

    /**
     * The first mark at or after {@code from}, or the length of {@code c}. Every mark's low byte
     * is one of eight below 0x40 ({@link #LOW_BYTES}); testing that by arithmetic rules out all
     * but a few per cent of characters with one branch, rarely taken, before {@link #isMark}.
     */
    private static int nextMark(char[] c, int from) {
        for (int i = from; i < c.length; i++) {
            char x = c[i];
            // 1 when the low byte is below 0x40 (then (x & 0xC0) - 1 is negative) and its bit is set
            // in LOW_BYTES (a shift takes the low six bits)
            long candidate = (LOW_BYTES >>> x) & (((x & 0xC0) - 1) >>> 31);
            if (candidate != 0 && isMark(x)) {
                return i;
            }
        }
        return c.length;
    }

    /** Reports the passage's first doubled marks, if the pattern finds them; returns the passage's end. */
    private static int report(Passages passages, Passages.Joined all, int pi, RuleRun run) {
        Passages.Passage p = passages.passage(pi);
        Matcher m = DOUBLED.matcher(p.text());
        if (m.find()) {
            String marks = m.group().replace(" ", "");
            String place = p.location().section() != null ? p.location().section() : p.location().table();
            run.report(Severity.WARNING, p.location(), marks.substring(0, 1), marks, null,
                    "place", place, "marks", marks, "text", Passages.excerpt(p.text(), m.start(), m.end()));
        }
        return all.starts()[pi] + p.text().length();
    }

    /**
     * One of the marks the pattern names. Written as comparisons by range, so that the ASCII
     * letters and digits the scan mostly meets here are ruled out by two of them.
     */
    static boolean isMark(char c) {
        if (c < '\u0080') {
            return c == ',' || c == ';';
        }
        if (c >= '\uFF00') {
            return c == '，' || c == '；' || c == '：' || c == '！' || c == '？';
        }
        return c == '。' || c == '、';
    }
}
