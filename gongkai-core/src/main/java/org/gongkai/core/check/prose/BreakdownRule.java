package org.gongkai.core.check.prose;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tolerance;
import org.gongkai.core.check.Verdicts;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Money;

/**
 * The parts the text lists under an amount add up to it: "总额605.89万元。其中：货物3.89万元、工程0万元、
 * 服务602.00万元"; a list ending in 等 may be short of it but not over.
 */
@RuleSpec(id = "PROSE-013", severity = Severity.ERROR, category = Category.ACCURACY,
        title = "分项之和等于总额",
        message = "“{head}”{actual}万元，{marker}所列{count}项之和为{expected}万元，相差{difference}{note}",
        description = "“其中”“主要包括”“支出包括”“主要用于”之后或括号内列出的各项金额之和等于其前的总额；"
                + "以“等”结尾的列举不超过总额即可。差额在四舍五入误差之内时为提示。")
public final class BreakdownRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        Statements st = Statements.of(d, run);
        if (st.text().paragraphs().isEmpty()) {
            run.couldNotRun("未读到情况说明");
            return;
        }
        List<Statements.Breakdown> all = new ArrayList<>(st.breakdowns());
        all.addAll(st.bracketed());
        for (Statements.Breakdown b : all) {
            List<Money> parts = new ArrayList<>();
            for (Mention m : b.parts()) {
                parts.add(m.money());
            }
            Money head = b.head().money();
            Tolerance.Verdict v = Tolerance.compare(head, parts);
            if (b.open() && v.difference().signum() >= 0) {
                continue; // "…等": the list may leave some out
            }
            Verdicts.report(run, v, ProseLocations.of(b.partsParagraph(), b.parts().get(0)), head.plain(),
                    "head", b.head().name().isEmpty() ? "总额" : b.head().name(), "marker", b.marker().equals("（") ? "括号内" : "“" + b.marker() + "”",
                    "count", Integer.toString(parts.size()));
        }
    }
}
