package org.gongkai.core.check.target;

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
import org.gongkai.core.model.FundsBySource;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PublishedAmount;

/** A form's money by source (中央, 省级, 市县, 自筹, 其他) adds up to its total, in each period. */
@RuleSpec(id = "PERF-003", severity = Severity.ERROR, category = Category.ACCURACY,
        title = "资金来源之和等于资金总额",
        message = "{form}{period}资金总额为{actual}元，各来源之和为{expected}元，相差{difference}元{note}",
        description = "绩效目标表中，实施期和年度的资金总额分别等于中央、省级、市县（区）财政资金、单位自筹和其他资金之和。")
public final class FundsBySourceRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        if (Targets.notApplicable(d).isPresent()) {
            run.notApplicable(Targets.notApplicable(d).get());
            return;
        }
        for (PerformanceTarget t : d.performanceTargets()) {
            check(run, t, t.implementationFunds(), "实施期");
            check(run, t, t.annualFunds(), "年度");
        }
    }

    private static void check(RuleRun run, PerformanceTarget t, FundsBySource f, String period) {
        if (f.total() == null) {
            return;
        }
        List<Money> parts = new ArrayList<>();
        for (PublishedAmount a : new PublishedAmount[] {f.central(), f.provincial(), f.cityCounty(), f.selfRaised(), f.other()}) {
            if (a != null) {
                parts.add(a.money());
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        Money total = f.total().money();
        Money sum = Money.zero(total.unit());
        for (Money p : parts) {
            sum = sum.plus(p);
        }
        // whole 元 on both sides: no rounding to allow for
        Tolerance.Agreement a = sum.equals(total) ? Tolerance.Agreement.EQUAL : Tolerance.Agreement.DIFFERENT;
        Verdicts.report(run, new Tolerance.Verdict(a, sum, total.minus(sum), java.math.BigDecimal.ZERO),
                Targets.at(t, period + "资金总额", f.total()), total.plain(), "form", Targets.name(t), "period", period);
    }
}
