package org.gongkai.core.check.table;

import java.util.List;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PublishedTable;

/** 机关运行经费 (表十一) is the 公用经费 of basic spending (表六) for administrative units. */
@RuleSpec(id = "TBL-014", severity = Severity.WARNING, category = Category.CONSISTENCY,
        title = "机关运行经费等于表六公用经费",
        message = "{table}“{row}”的{column}为{actual}，应等于{source}（{expected}），相差{difference}{note}",
        description = "行政单位和参照公务员法管理的事业单位，机关运行经费（表十一合计）等于一般公共预算基本支出中的公用经费"
                + "（表六合计行公用经费）。其他事业单位不适用，故为警告。")
public final class OperatingCostsRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        CrossCheck x = new CrossCheck(d, run);
        var found = x.need("T6", "T11");
        if (found.isEmpty()) {
            return;
        }
        PublishedTable t6 = found.get().get(0);
        PublishedTable t11 = found.get().get(1);
        var total6 = t6.entry("main", "合计");
        var total11 = t11.entry("main", "total");
        if (total6.isEmpty() || total11.isEmpty()) {
            run.couldNotRun("表六或表十一没有合计行");
            return;
        }
        if (total11.get().amounts().isEmpty()) {
            run.notApplicable("表十一无数据（单位未安排机关运行经费）");
            return;
        }
        x.expect(t11, total11.get(), "total", List.of(x.amount(t6, total6.get(), "public")), x.tables.name("T6") + "合计行公用经费");
    }
}
