package org.gongkai.core.check.table;

import java.util.List;
import java.util.Map;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PublishedTable;

/** 表一's income by source equals 表二's 合计 row, source by source, and 上年结转. */
@RuleSpec(id = "TBL-008", severity = Severity.ERROR, category = Category.CONSISTENCY,
        title = "表一收入与表二合计一致",
        message = "{table}“{row}”的{column}为{actual}，应等于{source}（{expected}），相差{difference}{note}",
        description = "表一收入栏各来源（一般公共预算、政府性基金预算、国有资本经营预算、财政专户管理资金、单位资金）及上年结转，"
                + "分别等于表二合计行对应列。")
public final class SourcesAgreeRule implements Rule {

    /** 表一 income line → 表二 column. */
    private static final Map<String, String> LINES = Map.of("general", "general", "fund", "fund", "stateCapital", "stateCapital",
            "specialAccount", "specialAccount", "unitFunds", "unitFunds", "carryOver", "carryOver", "currentTotal", "total");

    @Override
    public void check(Disclosure d, RuleRun run) {
        CrossCheck x = new CrossCheck(d, run);
        var found = x.need("T1", "T2");
        if (found.isEmpty()) {
            return;
        }
        PublishedTable t1 = found.get().get(0);
        PublishedTable t2 = found.get().get(1);
        var total = t2.entry("main", "合计");
        if (total.isEmpty()) {
            run.couldNotRun(x.tables.name("T2") + "没有合计行");
            return;
        }
        for (var line : LINES.entrySet()) {
            t1.entry("income", line.getKey()).ifPresent(e -> x.expect(t1, e, "amount",
                    List.of(x.amount(t2, total.get(), line.getValue())),
                    x.tables.name("T2") + "合计行“" + x.tables.column("T2", "main", line.getValue()) + "”"));
        }
    }
}
