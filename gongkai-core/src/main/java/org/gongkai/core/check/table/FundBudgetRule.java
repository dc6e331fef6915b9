package org.gongkai.core.check.table;

import java.util.List;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;

/**
 * The government fund tables (表七 income, 表八 spending) total 表二's 政府性基金 column; the
 * state capital table (表九) totals its 国有资本经营预算 column.
 */
@RuleSpec(id = "TBL-012", severity = Severity.ERROR, category = Category.CONSISTENCY,
        title = "基金与国有资本经营预算表与表二一致",
        message = "{table}“{row}”的{column}为{actual}，应等于{source}（{expected}），相差{difference}{note}",
        description = "表七、表八的合计等于表二合计行的政府性基金列；表九收入和支出的合计等于表二合计行的国有资本经营预算列。")
public final class FundBudgetRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        CrossCheck x = new CrossCheck(d, run);
        var found = x.need("T2", "T7", "T8", "T9");
        if (found.isEmpty()) {
            return;
        }
        PublishedTable t2 = found.get().get(0);
        var total2 = t2.entry("main", "合计");
        if (total2.isEmpty()) {
            run.couldNotRun(x.tables.name("T2") + "没有合计行");
            return;
        }
        check(x, found.get().get(1), "main", "amount", x.amount(t2, total2.get(), "fund"), "政府性基金");
        check(x, found.get().get(2), "main", "total", x.amount(t2, total2.get(), "fund"), "政府性基金");
        check(x, found.get().get(3), "income", "amount", x.amount(t2, total2.get(), "stateCapital"), "国有资本经营预算");
        check(x, found.get().get(3), "spending", "total", x.amount(t2, total2.get(), "stateCapital"), "国有资本经营预算");
    }

    private static void check(CrossCheck x, PublishedTable t, String block, String column, org.gongkai.core.model.Money expected, String source) {
        for (TableEntry e : t.entries(block)) {
            if (e.key().equals("合计")) {
                x.expect(t, e, column, List.of(expected), x.tables.name("T2") + "合计行" + source);
                return;
            }
        }
    }
}
