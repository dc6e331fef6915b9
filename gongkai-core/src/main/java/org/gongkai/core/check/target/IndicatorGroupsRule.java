package org.gongkai.core.check.target;

import java.util.List;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.IndicatorCategory;
import org.gongkai.core.model.IndicatorGroup;
import org.gongkai.core.model.PerformanceTarget;

/**
 * Each period's indicators cover what the form requires: 产出指标 (数量, 质量, 时效, 成本),
 * 效益指标 and 满意度指标; a second-level group sits under its own first level.
 */
@RuleSpec(id = "PERF-005", severity = Severity.ERROR, category = Category.COMPLETENESS,
        title = "绩效指标层级齐全",
        message = "{form}{period}指标：{problem}",
        description = "每期绩效指标应有产出指标、效益指标、满意度指标三个一级指标（缺少为错误）；产出指标下应有数量、质量、时效、成本"
                + "四个二级指标，二级指标应在所属一级指标之下（如成本指标不在效益指标下），不符为警告。")
public final class IndicatorGroupsRule implements Rule {

    private static final List<String> CATEGORIES = List.of("产出指标", "效益指标", "满意度指标");
    private static final List<String> OUTPUT_GROUPS = List.of("数量指标", "质量指标", "时效指标", "成本指标");
    private static final List<String> EFFECT_GROUPS = List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标");

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
        for (String c : CATEGORIES) {
            if (!hasCategory(tree, c)) {
                run.report(Severity.ERROR, Targets.at(t, period + "绩效指标"), null, null, null,
                        "form", Targets.name(t), "period", period, "problem", "缺少一级指标“" + c + "”");
            }
        }
        for (IndicatorCategory c : tree) {
            if (c.name().equals("产出指标")) {
                for (String g : OUTPUT_GROUPS) {
                    if (!hasGroup(c, g)) {
                        run.report(Severity.WARNING, Targets.at(t, period + "绩效指标"), null, null, null,
                                "form", Targets.name(t), "period", period, "problem", "产出指标下缺少二级指标“" + g + "”");
                    }
                }
            }
            for (IndicatorGroup g : c.groups()) {
                String belongs = OUTPUT_GROUPS.contains(g.name()) ? "产出指标" : EFFECT_GROUPS.contains(g.name()) ? "效益指标"
                        : g.name().startsWith("服务对象满意度") ? "满意度指标" : null;
                if (belongs != null && !belongs.equals(c.name()) && CATEGORIES.contains(c.name())) {
                    run.report(Severity.WARNING, Targets.at(t, period + "绩效指标"), null, null, null,
                            "form", Targets.name(t), "period", period,
                            "problem", "二级指标“" + g.name() + "”列在“" + c.name() + "”下，应属“" + belongs + "”");
                }
            }
        }
    }

    // loops, not streams: these run for every category and group of every form
    private static boolean hasCategory(List<IndicatorCategory> tree, String name) {
        for (IndicatorCategory c : tree) {
            if (c.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasGroup(IndicatorCategory c, String name) {
        for (IndicatorGroup g : c.groups()) {
            if (g.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
