package org.gongkai.core.check.table;

import java.util.List;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tables;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;

/** 表一 spending by 类 equals 表三: each 类's 合计, 当年预算安排 + 上年结转安排 against 表三's 类 合计. */
@RuleSpec(id = "TBL-006", severity = Severity.ERROR, category = Category.CONSISTENCY,
        title = "表一各类支出与表三一致",
        message = "{table}“{row}”的{column}为{actual}，应等于{source}（{expected}），相差{difference}{note}",
        description = "表一支出栏每一类的合计等于表三同一类（3位科目编码）的合计；表一本年支出合计等于表三合计。")
public final class SummaryVersusDetailRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        CrossCheck x = new CrossCheck(d, run);
        var found = x.need("T1", "T3");
        if (found.isEmpty()) {
            return;
        }
        PublishedTable t1 = found.get().get(0);
        PublishedTable t3 = found.get().get(1);
        for (TableEntry e : t1.entries("spending")) {
            if (e.role() == EntryRole.ITEM && e.level() == 1) {
                var detail = t3.entry("main", e.key());
                if (detail.isEmpty() && e.amounts().isEmpty()) {
                    continue;
                }
                x.expect(t1, e, "total", List.of(detail.map(r -> x.amount(t3, r, "total")).orElse(Money.zero(Tables.unit(t3)))),
                        x.tables.name("T3") + "“" + e.key() + "”合计");
            }
        }
        t1.entry("spending", "currentTotal").ifPresent(e -> t3.entry("main", "合计").ifPresent(total ->
                x.expect(t1, e, "total", List.of(x.amount(t3, total, "total")), x.tables.name("T3") + "合计")));
    }
}
