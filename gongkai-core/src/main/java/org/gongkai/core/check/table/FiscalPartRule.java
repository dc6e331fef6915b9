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

/**
 * 表四 is the 财政拨款 part of 表一: its income by budget equals 表一's, and, for a unit whose money
 * is all 财政拨款 (no 财政专户管理资金, no 单位资金), its spending by 类 equals 表一's.
 */
@RuleSpec(id = "TBL-009", severity = Severity.ERROR, category = Category.CONSISTENCY,
        title = "表四是表一的财政拨款部分",
        message = "{table}“{row}”的{column}为{actual}，应等于{source}（{expected}），相差{difference}{note}",
        description = "表四收入栏的一般公共预算、政府性基金预算、国有资本经营预算和上年财政拨款结转等于表一对应各行；"
                + "当表一没有财政专户管理资金和单位资金时（全部为财政拨款），表四每类支出的小计等于表一该类的合计。")
public final class FiscalPartRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        CrossCheck x = new CrossCheck(d, run);
        var found = x.need("T1", "T4");
        if (found.isEmpty()) {
            return;
        }
        PublishedTable t1 = found.get().get(0);
        PublishedTable t4 = found.get().get(1);
        for (String line : List.of("general", "fund", "stateCapital", "carryOver")) {
            var e4 = t4.entry("income", line);
            var e1 = t1.entry("income", line);
            if (e4.isPresent() && e1.isPresent()) {
                x.expect(t4, e4.get(), "amount", List.of(x.amount(t1, e1.get(), "amount")),
                        x.tables.name("T1") + "“" + e1.get().label() + "”");
            }
        }
        boolean allFiscal = t1.entry("income", "specialAccount").map(e -> x.amount(t1, e, "amount").isZero()).orElse(true)
                && t1.entry("income", "unitFunds").map(e -> x.amount(t1, e, "amount").isZero()).orElse(true);
        if (!allFiscal) {
            return; // spending by 类 differs by the non-fiscal money; only the income side is checked
        }
        for (TableEntry e4 : t4.entries("spending")) {
            if (e4.role() != EntryRole.ITEM || e4.level() != 1) {
                continue;
            }
            Money t1total = t1.entry("spending", e4.key()).map(e -> x.amount(t1, e, "total")).orElse(Money.zero(x.amount(t4, e4, "total").unit()));
            x.expect(t4, e4, "total", List.of(t1total), x.tables.name("T1") + "“" + e4.label() + "”合计");
        }
    }
}
