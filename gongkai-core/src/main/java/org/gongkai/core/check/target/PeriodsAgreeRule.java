package org.gongkai.core.check.target;

import java.util.Objects;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.FundsBySource;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PublishedAmount;

/** A project of one year has one period: its implementation-period money equals its year's, source by source. */
@RuleSpec(id = "PERF-004", severity = Severity.ERROR, category = Category.CONSISTENCY,
        title = "一年期项目两期资金一致",
        message = "{form}为一年期项目，{source}实施期为{implementation}元，年度为{annual}元",
        description = "项目期为1年（一次性项目）时，实施期与年度是同一期间：资金总额和每个来源的金额都应相同。")
public final class PeriodsAgreeRule implements Rule {

    private static final String[] SOURCES = {"资金总额", "中央财政资金", "省级财政资金", "市县（区）财政资金", "单位自筹", "其他资金"};

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
            PublishedAmount[] impl = amounts(t.implementationFunds());
            PublishedAmount[] annual = amounts(t.annualFunds());
            for (int i = 0; i < SOURCES.length; i++) {
                String a = impl[i] == null ? "0" : impl[i].money().plain();
                String b = annual[i] == null ? "0" : annual[i].money().plain();
                boolean same = impl[i] == null || annual[i] == null ? Objects.equals(zero(impl[i]), zero(annual[i]))
                        : impl[i].money().equals(annual[i].money());
                if (!same) {
                    run.report(Severity.ERROR, Targets.at(t, "年度" + SOURCES[i], annual[i] != null ? annual[i] : impl[i]), a, b, null,
                            "form", Targets.name(t), "source", SOURCES[i], "implementation", a, "annual", b);
                }
            }
        }
        if (!any) {
            run.notApplicable("没有一年期项目");
        }
    }

    private static Boolean zero(PublishedAmount a) {
        return a == null || a.money().isZero();
    }

    private static PublishedAmount[] amounts(FundsBySource f) {
        return new PublishedAmount[] {f.total(), f.central(), f.provincial(), f.cityCounty(), f.selfRaised(), f.other()};
    }
}
