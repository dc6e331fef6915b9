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
        var passages = Passages.of(d, run).all();
        if (passages.isEmpty()) {
            run.couldNotRun("未读到正文");
            return;
        }
        for (Passages.Passage p : passages) {
            if (!twoMarks(p.text())) {
                continue;
            }
            Matcher m = DOUBLED.matcher(p.text());
            if (m.find()) {
                String marks = m.group().replace(" ", "");
                String place = p.location().section() != null ? p.location().section() : p.location().table();
                run.report(Severity.WARNING, p.location(), marks.substring(0, 1), marks, null,
                        "place", place, "marks", marks, "text", Passages.excerpt(p.text(), m.start(), m.end()));
            }
        }
    }

    /** A quick look for two marks with at most spaces between, before the pattern is asked. */
    private static boolean twoMarks(String t) {
        int last = -2;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isMark(c)) {
                if (last >= 0 && t.substring(last + 1, i).isBlank()) {
                    return true;
                }
                last = i;
            }
        }
        return false;
    }

    private static boolean isMark(char c) {
        return switch (c) {
            case '。', '，', '、', '；', '：', '！', '？', ',', ';' -> true;
            default -> false;
        };
    }
}
