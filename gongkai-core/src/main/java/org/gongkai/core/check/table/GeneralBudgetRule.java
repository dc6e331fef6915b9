package org.gongkai.core.check.table;

import java.util.List;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;

/** 表五 (current-year general budget) equals 表二's 一般公共预算 column, code by code and in total. */
@RuleSpec(id = "TBL-010", severity = Severity.ERROR, category = Category.CONSISTENCY,
        title = "表五与表二一般公共预算一致",
        message = "{table}“{row}”的{column}为{actual}，应等于{source}（{expected}），相差{difference}{note}",
        description = "表五（一般公共预算支出，不含上年结转）每个科目的合计等于表二同一科目的一般公共预算收入；合计行亦然。")
public final class GeneralBudgetRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        CrossCheck x = new CrossCheck(d, run);
        var found = x.need("T2", "T5");
        if (found.isEmpty()) {
            return;
        }
        PublishedTable t2 = found.get().get(0);
        PublishedTable t5 = found.get().get(1);
        for (TableEntry e5 : t5.entries("main")) {
            if (e5.role() != EntryRole.TOTAL && e5.level() == 0) {
                continue;
            }
            Money expected = t2.entry("main", e5.key()).map(e -> x.amount(t2, e, "general"))
                    .orElse(Money.zero(x.amount(t5, e5, "total").unit()));
            x.expect(t5, e5, "total", List.of(expected), x.tables.name("T2") + "“" + e5.key() + "”一般公共预算");
        }
    }
}
