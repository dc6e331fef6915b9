package org.gongkai.core.check.target;

import java.util.ArrayList;
import java.util.List;

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

/**
 * A one-year project's two columns of indicators are one set: every indicator of the year is
 * in the implementation period with the same value (a name the form cut short matches the whole).
 */
@RuleSpec(id = "PERF-008", severity = Severity.WARNING, category = Category.CONSISTENCY,
        title = "一年期项目两期指标一致",
        message = "{form}为一年期项目，年度指标“{indicator}”{problem}",
        description = "项目期为1年时，年度绩效指标应与实施期相同：每个年度指标在实施期有同名、同二级指标、同指标值的指标（被截短的名称和指标值按前缀匹配）。")
public final class IndicatorsAgreeRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        if (Targets.notApplicable(d).isPresent()) {
            run.notApplicable(Targets.notApplicable(d).get());
            return;
        }
        boolean any = false;
        for (PerformanceTarget t : d.performanceTargets()) {
            if (!Targets.oneYear(t)) {
                continue;
            }
            any = true;
            List<String[]> impl = flat(t.implementationIndicators());
            for (IndicatorCategory c : t.annualIndicators()) {
                for (IndicatorGroup g : c.groups()) {
                    for (Indicator i : g.indicators()) {
                        if (i.name().isBlank()) {
                            continue;
                        }
                        String[] match = null;
                        for (String[] x : impl) {
                            if (same(x[0], g.name()) && same(x[1], i.name())) {
                                match = x;
                                break;
                            }
                        }
                        String problem = match == null ? "在实施期中没有对应指标"
                                : !same(match[2], i.value()) ? "的指标值为“" + i.value() + "”，实施期为“" + match[2] + "”" : null;
                        if (problem != null) {
                            run.report(Severity.WARNING, Location.cell(Targets.name(t), g.name(), null, i.position()),
                                    match == null ? null : match[2], i.value(), null,
                                    "form", Targets.name(t), "indicator", i.name(), "problem", problem);
                        }
                    }
                }
            }
        }
        if (!any) {
            run.notApplicable("没有一年期项目");
        }
    }

    /** Equal, or one cut short of the other, as narrow form columns print long names: "服务对象满意度指" is "服务对象满意度指标". */
    private static boolean same(String a, String b) {
        return a.equals(b) || !a.isEmpty() && !b.isEmpty() && (a.startsWith(b) || b.startsWith(a));
    }

    private static List<String[]> flat(List<IndicatorCategory> tree) {
        List<String[]> out = new ArrayList<>();
        for (IndicatorCategory c : tree) {
            for (IndicatorGroup g : c.groups()) {
                for (Indicator i : g.indicators()) {
                    out.add(new String[] {g.name(), i.name(), i.value()});
                }
            }
        }
        return out;
    }
}
