package org.gongkai.core.check.prose;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Location;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;

/** "X万元，占Y%": Y is X of the paragraph's total, recomputed from the printed figures. */
@RuleSpec(id = "PROSE-001", severity = Severity.ERROR, category = Category.ACCURACY,
        title = "占比可由金额算出",
        message = "“{name}{amount}万元，占{actual}”：{amount} ÷ {base} = {expected}",
        description = "情况说明中“X万元，占Y%”的占比，按本段总额（段首金额）重新计算，考虑各数四舍五入（百分比四舍五入或截尾）后仍不相符的为错误。")
public final class ShareRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        Statements st = Statements.of(d, run);
        if (st.text().paragraphs().isEmpty()) {
            run.couldNotRun("未读到情况说明");
            return;
        }
        for (Statements.Share s : st.shares()) {
            if (Percent.agrees(s.amount().money(), s.base().money(), s.share().percent())) {
                continue;
            }
            String expected = Percent.show(Percent.of(s.amount().money(), s.base().money(), Math.max(2, s.share().percent().scale())));
            run.report(Severity.ERROR, ProseLocations.of(s.paragraph(), s.share()), expected, Percent.show(s.share().percent()), null,
                    "name", s.amount().name(), "amount", s.amount().money().plain(), "actual", Percent.show(s.share().percent()),
                    "base", s.base().money().plain(), "expected", expected);
        }
    }
}
