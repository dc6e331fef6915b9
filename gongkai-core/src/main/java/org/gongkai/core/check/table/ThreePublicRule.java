package org.gongkai.core.check.table;

import java.util.List;
import java.util.Map;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tables;
import org.gongkai.core.check.Tolerance;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;

/**
 * The “三公” items funded from basic spending are in 表六 too: 公务接待费 (30217) and
 * 公务用车运行维护费 (30231) of 表十 are at least what 表六 budgets for them; more only if
 * projects pay part, never less.
 */
@RuleSpec(id = "TBL-013", severity = Severity.ERROR, category = Category.CONSISTENCY,
        title = "“三公”经费不少于表六同一经济科目",
        message = "{table}“{row}”为{actual}，少于{source}（{expected}）{difference}",
        description = "表十的公务接待费、公务用车运行维护费（含基本支出和项目支出安排）不应少于表六一般公共预算基本支出中"
                + "同名经济科目（30217、30231）的金额。")
public final class ThreePublicRule implements Rule {

    private static final Map<String, String> ITEMS = Map.of("reception", "30217", "vehicleOperation", "30231");

    @Override
    public void check(Disclosure d, RuleRun run) {
        CrossCheck x = new CrossCheck(d, run);
        var found = x.need("T6", "T10");
        if (found.isEmpty()) {
            return;
        }
        PublishedTable t6 = found.get().get(0);
        PublishedTable t10 = found.get().get(1);
        for (var item : ITEMS.entrySet()) {
            var e10 = t10.entry("main", item.getKey());
            if (e10.isEmpty()) {
                continue;
            }
            Money basic = Money.zero(Tables.unit(t6));
            String name = null;
            for (TableEntry e6 : t6.entries("main")) {
                if (e6.key().equals(item.getValue()) || e6.key().startsWith(item.getValue() + "|")) {
                    basic = basic.plus(x.amount(t6, e6, "total"));
                    name = e6.label().split("\\|")[0];
                }
            }
            Money threePublic = x.amount(t10, e10.get(), "total");
            if (name != null && threePublic.compareTo(basic) < 0) {
                run.report(Severity.ERROR, x.tables.location(t10, e10.get(), "total"), Tolerance.show(basic),
                        Tolerance.show(threePublic), Tolerance.signed(threePublic.minus(basic)),
                        "table", x.tables.name("T10"), "row", e10.get().label(), "actual", Tolerance.show(threePublic),
                        "source", x.tables.name("T6") + "“" + item.getValue() + " " + name + "”", "expected", Tolerance.show(basic),
                        "difference", Tolerance.show(basic.minus(threePublic)));
            }
        }
    }
}
