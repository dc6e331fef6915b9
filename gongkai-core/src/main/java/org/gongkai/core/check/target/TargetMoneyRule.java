package org.gongkai.core.check.target;

import java.util.HashMap;
import java.util.Map;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tables;
import org.gongkai.core.check.Tolerance;
import org.gongkai.core.check.Verdicts;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;

/** A form's 年度资金总额 (元) is the project's amount in the project table (万元 × 10,000). */
@RuleSpec(id = "PERF-002", severity = Severity.ERROR, category = Category.CONSISTENCY,
        title = "绩效目标表资金与项目表一致",
        message = "{form}年度资金总额为{actual}元，{table}中该项目为{tableAmount}万元，折合{expected}元，相差{difference}元{note}",
        description = "绩效目标表的年度资金总额（元）等于项目支出预算表中同一项目的金额（万元）乘以10000；"
                + "项目表金额保留两位小数，差额不超过50元时为四舍五入，提示。")
public final class TargetMoneyRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        if (Targets.notApplicable(d).isPresent()) {
            run.notApplicable(Targets.notApplicable(d).get());
            return;
        }
        var t12 = Targets.projectTable(d);
        if (t12.isEmpty()) {
            run.couldNotRun("未找到项目支出预算表（本年预算）");
            return;
        }
        PublishedTable projects = t12.get();
        Map<String, TableEntry> byName = new HashMap<>();
        for (TableEntry e : projects.entries()) {
            if (e.role() == EntryRole.ITEM) {
                byName.put(Targets.key(e.label()), e);
            }
        }
        Tables tables = Tables.of(d, run);
        for (PerformanceTarget t : d.performanceTargets()) {
            TableEntry e = byName.get(Targets.key(t.projectName()));
            if (e == null || t.annualFunds().total() == null) {
                continue;
            }
            Money listed = Tables.amount(e, "total", Tables.unit(projects));
            Money listedYuan = listed.to(MoneyUnit.YUAN).rounded(0);
            Money annual = t.annualFunds().total().money().to(MoneyUnit.YUAN);
            Money diff = annual.minus(listedYuan);
            // the project table prints 0.01 万元: the form's 元 may differ by half of it, 50 元
            java.math.BigDecimal bound = Tolerance.halfUnit(listed).multiply(listed.unit().yuan());
            Tolerance.Agreement a = diff.isZero() ? Tolerance.Agreement.EQUAL
                    : diff.abs().value().compareTo(bound) <= 0 ? Tolerance.Agreement.ROUNDING : Tolerance.Agreement.DIFFERENT;
            Verdicts.report(run, new Tolerance.Verdict(a, listedYuan, diff, bound), Targets.at(t, "年度资金总额", t.annualFunds().total()),
                    annual.plain(),
                    "form", Targets.name(t), "table", tables.name(t12.get().id()), "tableAmount", listed.plain());
        }
    }
}
