package org.gongkai.core.check.table;

import java.util.List;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tables;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PublishedTable;

/**
 * The project tables agree with the budget: this year's projects (表十二) total 表五's 项目支出
 * (general budget) plus other sources' project money; carried-over projects (表十三) total 表一's 上年结转.
 */
@RuleSpec(id = "TBL-015", severity = Severity.ERROR, category = Category.CONSISTENCY,
        title = "项目支出表与预算一致",
        message = "{table}“{row}”的{column}为{actual}，应等于{source}（{expected}），相差{difference}{note}",
        description = "表十二一般公共预算列的合计等于表五合计行的项目支出；表十三的合计等于表一的上年结转。"
                + "表中没有合计行时，以最上一级单位（部门）行为合计。")
public final class ProjectsRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        CrossCheck x = new CrossCheck(d, run);
        var found = x.need("T1", "T5", "T12", "T13");
        if (found.isEmpty()) {
            return;
        }
        PublishedTable t1 = found.get().get(0);
        PublishedTable t5 = found.get().get(1);
        PublishedTable t12 = found.get().get(2);
        PublishedTable t13 = found.get().get(3);
        t5.entry("main", "合计").ifPresent(total5 -> Tables.top(t12).ifPresent(e ->
                x.expect(t12, e, "general", List.of(x.amount(t5, total5, "project")), x.tables.name("T5") + "合计行项目支出")));
        t1.entry("income", "carryOver").ifPresent(carry -> Tables.top(t13).ifPresent(e ->
                x.expect(t13, e, "total", List.of(x.amount(t1, carry, "amount")), x.tables.name("T1") + "上年结转")));
    }
}
