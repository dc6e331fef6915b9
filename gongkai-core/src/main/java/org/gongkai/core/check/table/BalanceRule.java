package org.gongkai.core.check.table;

import java.util.List;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PublishedTable;

/** 收入总计 equals 支出总计 in the tables that print both sides (表一, 表四). */
@RuleSpec(id = "TBL-005", severity = Severity.ERROR, category = Category.ACCURACY,
        title = "收入总计等于支出总计",
        message = "{table}“{row}”的{column}为{actual}，应等于{source}（{expected}），相差{difference}{note}",
        description = "表一、表四左右两栏：收入总计等于支出总计（收支平衡）。")
public final class BalanceRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        CrossCheck x = new CrossCheck(d, run);
        boolean any = false;
        for (PublishedTable t : d.tables()) {
            var income = t.entry("income", "grandTotal");
            var spending = t.entry("spending", "grandTotal");
            if (income.isEmpty() || spending.isEmpty()) {
                continue;
            }
            any = true;
            x.expect(t, spending.get(), "total", List.of(x.amount(t, income.get(), "amount")),
                    x.tables.name(t.id()) + "收入总计");
        }
        if (!any) {
            run.notApplicable("没有同时列示收入总计和支出总计的报表");
        }
    }
}
