package org.gongkai.core.check.target;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PerformanceTarget;

/** 填报日期 is a real date: "2024110173048" (13 digits) is none. */
@RuleSpec(id = "PERF-007", severity = Severity.ERROR, category = Category.FORMAT,
        title = "填报日期有效",
        message = "{form}的填报日期“{actual}”不是有效日期",
        description = "绩效目标表的填报日期应为有效日期（如20240429、2024-04-29或带时分秒的20240429172924）。")
public final class FilledDateRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        if (Targets.notApplicable(d).isPresent()) {
            run.notApplicable(Targets.notApplicable(d).get());
            return;
        }
        for (PerformanceTarget t : d.performanceTargets()) {
            if (t.filledDateText() != null && !t.filledDateText().isBlank() && t.filledDate() == null) {
                run.report(Severity.ERROR, Targets.at(t, "填报日期"), null, t.filledDateText(), null,
                        "form", Targets.name(t), "actual", t.filledDateText());
            }
        }
    }
}
