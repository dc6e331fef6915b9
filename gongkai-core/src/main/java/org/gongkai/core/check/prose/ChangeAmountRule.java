package org.gongkai.core.check.prose;

import java.util.List;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tolerance;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Money;

/** When the text states both years' amounts, the stated change is their difference. */
@RuleSpec(id = "PROSE-003", severity = Severity.ERROR, category = Category.ACCURACY,
        title = "增减额等于两年金额之差",
        message = "“{name}”本年{current}万元、上年{prior}万元，相差{expected}万元，文中写作{actual}万元",
        description = "文中同时写出本年数和上年数时，所写的增加（减少）额应等于两者之差（考虑四舍五入）。")
public final class ChangeAmountRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        Statements st = Statements.of(d, run);
        if (st.text().paragraphs().isEmpty()) {
            run.couldNotRun("未读到情况说明");
            return;
        }
        for (Statements.Change c : st.changes()) {
            if (c.change() == null || c.prior() == null) {
                continue;
            }
            Mention cur = c.current().get(0);
            Money difference = cur.money().minus(c.prior().money());
            Money stated = c.change().money(); // negative for 减少
            List<Money> years = List.of(cur.money(), c.prior().money().negate());
            if (Tolerance.compare(stated, years).agrees()) {
                continue;
            }
            if (Tolerance.compare(stated.negate(), years).agrees()) {
                continue; // the amount is right and its direction wrong: PROSE-004 says so
            }
            run.report(Severity.ERROR, ProseLocations.of(c.paragraph(), c.change()), Tolerance.show(difference.abs()),
                    Tolerance.show(stated.abs()), Tolerance.signed(stated.abs().minus(difference.abs())),
                    "name", cur.name(), "current", cur.money().plain(), "prior", c.prior().money().plain(),
                    "expected", Tolerance.show(difference.abs()), "actual", stated.abs().plain());
        }
    }
}
