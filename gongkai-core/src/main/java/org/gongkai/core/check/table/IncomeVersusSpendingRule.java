package org.gongkai.core.check.table;

import java.util.List;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;

/** 表二 and 表三 by function code: 本年收入合计 + 上年结转 = 支出合计, code by code. */
@RuleSpec(id = "TBL-007", severity = Severity.ERROR, category = Category.CONSISTENCY,
        title = "表二收入与表三支出按科目一致",
        message = "{table}“{row}”的{column}为{actual}，应等于{source}（{expected}），相差{difference}{note}",
        description = "同一功能分类科目：表三的合计等于表二的本年收入合计加上年结转（收入按功能分类列示时，收支按科目相等）。")
public final class IncomeVersusSpendingRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        CrossCheck x = new CrossCheck(d, run);
        var found = x.need("T2", "T3");
        if (found.isEmpty()) {
            return;
        }
        PublishedTable t2 = found.get().get(0);
        PublishedTable t3 = found.get().get(1);
        for (TableEntry e3 : t3.entries("main")) {
            if (e3.role() == EntryRole.TOTAL || e3.level() > 0) {
                var e2 = t2.entry("main", e3.key());
                if (e2.isEmpty()) {
                    if (!e3.amounts().isEmpty()) {
                        x.expect(t3, e3, "total", List.of(org.gongkai.core.model.Money.zero(x.amount(t3, e3, "total").unit())),
                                x.tables.name("T2") + "（未列该科目）");
                    }
                    continue;
                }
                x.expect(t3, e3, "total", List.of(x.amount(t2, e2.get(), "total"), x.amount(t2, e2.get(), "carryOver")),
                        x.tables.name("T2") + "“" + e3.key() + "”本年收入合计与上年结转之和");
            }
        }
    }
}
