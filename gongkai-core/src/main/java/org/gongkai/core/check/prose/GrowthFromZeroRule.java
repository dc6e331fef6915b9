package org.gongkai.core.check.prose;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Money;

/** Growth from nothing has no per cent: last year's 0 万元 cannot have grown "100%". */
@RuleSpec(id = "PROSE-011", severity = Severity.ERROR, category = Category.ACCURACY,
        title = "上年为零时不写增长百分比",
        message = "“{text}”：上年为0，增长百分比无意义，应写“上年无此项”或只写增加额",
        description = "上年数为零（本年数等于增加额，或文中写明上年为0）时，写出增长百分比（常见“增长100%”）为错误。")
public final class GrowthFromZeroRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        Statements st = Statements.of(d, run);
        if (st.text().paragraphs().isEmpty()) {
            run.couldNotRun("未读到情况说明");
            return;
        }
        for (Statements.Change c : st.changes()) {
            if (c.percent() == null || c.percent().direction() <= 0) {
                continue;
            }
            Mention cur = c.current().get(0);
            Money prior = ChangeRule.prior(c, cur);
            if (prior != null && prior.isZero() && !cur.money().isZero()) {
                String text = (c.change() == null ? "" : c.change().text() + "，") + c.percent().text();
                run.report(Severity.ERROR, ProseLocations.of(c.paragraph(), c.percent()), null, Percent.show(c.percent().percent()), null,
                        "text", text);
            }
        }
    }
}
