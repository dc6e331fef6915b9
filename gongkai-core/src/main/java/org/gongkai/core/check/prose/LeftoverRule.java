package org.gongkai.core.check.prose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Location;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.Sentence;

/** A published text has no template left in it: XX, ××, 增加（减少）, "主要原因是。" with nothing said. */
@RuleSpec(id = "PROSE-009", severity = Severity.ERROR, category = Category.FORMAT,
        title = "无模板残留",
        message = "“{text}”含模板残留“{leftover}”",
        description = "概况、情况说明和名词解释中不应留有模板占位：XX、××、***、X万元、增加（减少）、增长（下降）、"
                + "“原因是”之后没有内容等。")
public final class LeftoverRule implements Rule {

    static final Pattern LEFTOVER = Pattern.compile(
            "(?<![A-Za-z])(XX+|xx+|ＸＸ+|××+|\\*{3,}|X万元|X%|增加[（(]减少[）)]|增长[（(]下降[）)]|增[（(]减[）)]"
                    + "|(?:主要)?原因[是为][:：]?(?=[。；;，,]|$))(?![A-Za-z])");

    @Override
    public void check(Disclosure d, RuleRun run) {
        List<Object[]> texts = new ArrayList<>();
        for (Paragraph p : d.profile().text()) {
            texts.add(new Object[] {"第一部分 概况", p});
        }
        for (NarrativeSection s : d.narrative().sections()) {
            String heading = ProseText.heading(s);
            for (Paragraph p : s.allParagraphs()) {
                texts.add(new Object[] {heading, p});
            }
        }
        if (texts.isEmpty() && d.glossary().isEmpty()) {
            run.couldNotRun("未读到概况、情况说明或名词解释");
            return;
        }
        for (Object[] x : texts) {
            Paragraph p = (Paragraph) x[1];
            for (Sentence s : p.sentences()) {
                if (!mayHoldLeftover(s.text())) {
                    continue;
                }
                String leftovers = leftovers(s.text());
                if (leftovers != null) {
                    run.report(Severity.ERROR, Location.text((String) x[0], s.text(), s.position()), null, leftovers, null,
                            "text", s.text(), "leftover", leftovers);
                }
            }
        }
        for (GlossaryEntry g : d.glossary()) {
            if (!mayHoldLeftover(g.definition())) {
                continue;
            }
            String leftovers = leftovers(g.definition());
            if (leftovers != null) {
                run.report(Severity.ERROR, Location.text("第四部分 名词解释", g.term(), g.position()), null, leftovers, null,
                        "text", g.term() + "：" + g.definition(), "leftover", leftovers);
            }
        }
    }

    /**
     * The leftovers of {@code t}, each once, in order, joined as the message quotes them
     * ("XX”、“XXX"); null when none. A sentence is one finding however many blanks it leaves:
     * "上海市XX局2024年度收入支出总计XXX万元。" is one unfilled sentence, not two.
     */
    static String leftovers(String t) {
        Matcher m = LEFTOVER.matcher(t);
        Set<String> found = new LinkedHashSet<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found.isEmpty() ? null : String.join("”、“", found);
    }

    /**
     * Every leftover holds one of these: a quick look before the pattern is asked. False only
     * where the pattern finds nothing.
     */
    static boolean mayHoldLeftover(String t) {
        return t.indexOf('X') >= 0 || t.indexOf('x') >= 0 || t.indexOf('Ｘ') >= 0 || t.indexOf('×') >= 0 || t.indexOf('*') >= 0
                || t.contains("（减") || t.contains("(减") || t.contains("（下") || t.contains("(下") || mayLeaveReasonUnsaid(t);
    }

    /**
     * True when some "原因是" or "原因为" (a colon may follow) is followed by nothing, by 。；;，, or
     * by a line break: only there can "主要原因是。" be left. Most prose says "原因" and goes on
     * ("主要原因是人员增加"), so the pattern is not asked of every such sentence.
     */
    private static boolean mayLeaveReasonUnsaid(String t) {
        for (int i = t.indexOf("原因"); i >= 0; i = t.indexOf("原因", i + 1)) {
            int k = i + 2;
            if (k >= t.length() || (t.charAt(k) != '是' && t.charAt(k) != '为')) {
                continue;
            }
            k++;
            if (k < t.length() && (t.charAt(k) == ':' || t.charAt(k) == '：')) {
                k++;
            }
            if (k >= t.length() || "。；;，,\n\r\u0085\u2028\u2029".indexOf(t.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
