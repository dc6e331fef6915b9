package org.gongkai.core.check.prose;

import java.math.BigDecimal;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tolerance;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Money;

/**
 * "比上年减少Z万元，下降W%": W is Z of last year's amount, last year's being the amount the text
 * states for it or this year's amount with the change undone.
 */
@RuleSpec(id = "PROSE-002", severity = Severity.ERROR, category = Category.ACCURACY,
        title = "增减百分比可由金额算出",
        message = "“{name}{amount}万元”的增减幅度写作{actual}，按上年{prior}万元计算应为{expected}",
        description = "“比上年增加（减少）Z万元，增长（下降）W%”中，W = Z ÷ 上年数；上年数取文中所写的上年金额（与本年数同名，或是增减所比的那一项，"
                + "如“比2022年预算执行数增加”比的是“2022年当年预算执行数为…”），未写则为本年数减去（加上）Z。本年数取紧邻的金额或本句主语金额，任一相符即可；百分比按四舍五入或截尾都算相符。")
public final class ChangeRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        Statements st = Statements.of(d, run);
        if (st.text().paragraphs().isEmpty()) {
            run.couldNotRun("未读到情况说明");
            return;
        }
        for (Statements.Change c : st.changes()) {
            if (c.percent() == null) {
                continue;
            }
            BigDecimal stated = c.percent().percent();
            Mention best = null;
            Money bestPrior = null;
            Money bestChange = null;
            boolean ok = false;
            for (Mention cur : c.current()) {
                Money prior = prior(c, cur);
                Money change = c.change() != null ? c.change().money().abs() : prior == null ? null : cur.money().minus(prior).abs();
                if (prior == null || change == null || prior.isZero()) {
                    continue;
                }
                if (best == null) {
                    best = cur;
                    bestPrior = prior;
                    bestChange = change;
                }
                if (Percent.agrees(change, prior, stated)) {
                    ok = true;
                    break;
                }
            }
            if (ok || best == null) {
                continue;
            }
            String expected = Percent.show(Percent.of(bestChange, bestPrior, Math.max(2, stated.scale())));
            run.report(Severity.ERROR, ProseLocations.of(c.paragraph(), c.percent()), expected, Percent.show(stated), null,
                    "name", SameQuantityRule.nameInItem(c.paragraph(), best, st.text().year()), "amount", best.money().plain(),
                    "actual", Percent.show(stated),
                    "prior", Tolerance.show(bestPrior), "expected", expected);
        }
    }

    /** Last year's amount: as stated, or this year's with the change undone. */
    static Money prior(Statements.Change c, Mention current) {
        if (c.prior() != null && c.current().get(0) == current) {
            return c.prior().money();
        }
        if (c.change() == null) {
            return null;
        }
        return current.money().minus(c.change().money());
    }
}
