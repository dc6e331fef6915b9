package org.gongkai.core.check.prose;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;

/** A change is against the year before: a 2024 budget compares with 2023, not 2022. */
@RuleSpec(id = "PROSE-005", severity = Severity.ERROR, category = Category.ACCURACY,
        title = "比较年度为上一年度",
        message = "“{text}”：{year}年的文件应与{expected}年比较，文中与{actual}年比较",
        description = "“比YYYY年增加（减少）”中的年度应为本文件年度的上一年（预算与上年预算比较）。")
public final class ComparisonYearRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        Statements st = Statements.of(d, run);
        int year = st.text().year();
        if (year <= 0) {
            run.couldNotRun("文件年度未知");
            return;
        }
        if (st.text().paragraphs().isEmpty()) {
            run.couldNotRun("未读到情况说明");
            return;
        }
        for (ProseParagraph p : st.text().paragraphs()) {
            for (Mention m : p.mentions()) {
                if (m.kind() == Mention.Kind.CHANGE && m.against() > 0 && m.against() != year - 1) {
                    run.report(Severity.ERROR, ProseLocations.of(p, m), Integer.toString(year - 1), Integer.toString(m.against()), null,
                            "text", m.text(), "year", Integer.toString(year), "expected", Integer.toString(year - 1),
                            "actual", Integer.toString(m.against()));
                }
            }
        }
    }
}
