package org.gongkai.core.check.target;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Location;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.IndicatorCategory;
import org.gongkai.core.model.IndicatorGroup;
import org.gongkai.core.model.PerformanceTarget;

/** An indicator is listed once in its group. */
@RuleSpec(id = "PERF-006", severity = Severity.WARNING, category = Category.FORMAT,
        title = "绩效指标不重复",
        message = "{form}{period}“{group}”中指标“{indicator}”列了两次",
        description = "同一期间、同一二级指标下，三级指标名称不重复。")
public final class DuplicateIndicatorRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        if (Targets.notApplicable(d).isPresent()) {
            run.notApplicable(Targets.notApplicable(d).get());
            return;
        }
        for (PerformanceTarget t : d.performanceTargets()) {
            check(run, t, t.implementationIndicators(), "实施期");
            check(run, t, t.annualIndicators(), "年度");
        }
    }

    private static void check(RuleRun run, PerformanceTarget t, List<IndicatorCategory> tree, String period) {
        for (IndicatorCategory c : tree) {
            for (IndicatorGroup g : c.groups()) {
                Set<String> seen = new HashSet<>();
                for (Indicator i : g.indicators()) {
                    if (!i.name().isBlank() && !seen.add(i.name())) {
                        run.report(Severity.WARNING, Location.cell(Targets.name(t), g.name(), null, i.position()), null, i.name(), null,
                                "form", Targets.name(t), "period", period, "group", g.name(), "indicator", i.name());
                    }
                }
            }
        }
    }
}
