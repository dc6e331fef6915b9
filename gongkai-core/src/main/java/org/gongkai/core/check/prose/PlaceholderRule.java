package org.gongkai.core.check.prose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Location;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.Sentence;

/**
 * A draft is finished: no "【待补充：…】" is left where the narrative writer lacked a figure of last
 * year or a reason. Example: "基本支出232.90万元，上年为【待补充：2023年基本支出】" is reported.
 */
@RuleSpec(id = "PROSE-014", severity = Severity.ERROR, category = Category.COMPLETENESS,
        title = "无待补充内容",
        message = "{section}“{text}”中尚有待补充的内容：{placeholder}",
        description = "情况说明由系统生成时，单位未提供的上年数、变动原因等写作“【待补充：…】”。"
                + "发布前须逐一补齐；概况和情况说明中留有任何“【待补充：…】”均为错误。")
public final class PlaceholderRule implements Rule {

    /** The form the narrative writer gives what is missing (see org.gongkai.core.narrative.Placeholder). */
    private static final Pattern PLACEHOLDER = Pattern.compile("【待补充[：:][^】]*】");

    @Override
    public void check(Disclosure d, RuleRun run) {
        if (d.narrative().sections().isEmpty() && d.profile().text().isEmpty()) {
            run.couldNotRun("未读到概况或情况说明");
            return;
        }
        for (Paragraph p : d.profile().text()) {
            report(run, "第一部分 概况", p);
        }
        for (NarrativeSection s : d.narrative().sections()) {
            for (Paragraph p : s.allParagraphs()) {
                report(run, ProseText.heading(s), p);
            }
        }
    }

    private static void report(RuleRun run, String section, Paragraph p) {
        if (p.text().indexOf('【') < 0) {
            return;
        }
        for (Sentence s : p.sentences()) {
            Matcher m = PLACEHOLDER.matcher(s.text());
            while (m.find()) {
                run.report(Severity.ERROR, Location.text(section, s.text(), s.position()), null, m.group(), null,
                        "section", section, "text", s.text(), "placeholder", m.group());
            }
        }
    }
}
