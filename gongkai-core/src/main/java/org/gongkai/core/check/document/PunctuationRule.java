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

    @Override
    public void check(Disclosure d, RuleRun run) {
        Passages passages = Passages.of(d, run);
        if (passages.count() == 0) {
            run.couldNotRun("未读到正文");
            return;
        }
        Passages.Joined all = passages.joined();
        char[] c = all.chars();
        int last = -1; // the last mark, if only spaces follow it
        for (int i = 0; i < c.length; i++) {
            char x = c[i];
            if (x >= '\u3400' && x < '\uFF00') {
                last = -1; // a Chinese character: most of the text, no mark and no space
            } else if (isMark(x)) {
                if (last >= 0) {
                    i = report(passages, all, all.passageAt(i), run); // the pattern decides, once per passage
                    last = -1;
                    continue;
                }
                last = i;
            } else if (x == Passages.SEPARATOR || !Character.isWhitespace(x)) {
                last = -1;
            }
        }
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
