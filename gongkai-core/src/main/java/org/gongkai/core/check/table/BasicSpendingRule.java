package org.gongkai.core.check.table;

import java.util.List;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PublishedTable;

/** 表六's total equals 表五's 基本支出 total: the same basic spending, by economic item instead of function. */
@RuleSpec(id = "TBL-011", severity = Severity.ERROR, category = Category.CONSISTENCY,
        title = "表六合计等于表五基本支出",
        message = "{table}“{row}”的{column}为{actual}，应等于{source}（{expected}），相差{difference}{note}",
        description = "表六（一般公共预算基本支出按经济分类）的合计等于表五合计行的基本支出。")
public final class BasicSpendingRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        CrossCheck x = new CrossCheck(d, run);
        var found = x.need("T5", "T6");
        if (found.isEmpty()) {
            return;
        }
        PublishedTable t5 = found.get().get(0);
        PublishedTable t6 = found.get().get(1);
        var total5 = t5.entry("main", "合计");
        var total6 = t6.entry("main", "合计");
        if (total5.isEmpty() || total6.isEmpty()) {
            run.couldNotRun("表五或表六没有合计行");
            return;
        }
        x.expect(t6, total6.get(), "total", List.of(x.amount(t5, total5.get(), "basic")), x.tables.name("T5") + "合计行基本支出");
    }
}
