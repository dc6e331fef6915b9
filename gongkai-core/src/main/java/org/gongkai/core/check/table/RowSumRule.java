package org.gongkai.core.check.table;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tables;
import org.gongkai.core.check.Tolerance;
import org.gongkai.core.check.Verdicts;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.template.BlockTemplate;
import org.gongkai.core.template.ColumnTemplate;

/** Every row's total column equals the sum of the columns it totals: 合计 = 基本支出 + 项目支出. */
@RuleSpec(id = "TBL-001", severity = Severity.ERROR, category = Category.ACCURACY,
        title = "行合计等于各分项之和",
        message = "{table}“{row}”的{column}为{actual}，{parts}之和为{expected}，相差{difference}{note}",
        description = "每一行中，合计列（模板中标明由哪些列相加）等于这些列之和，如表三“合计 = 基本支出 + 项目支出”。"
                + "差额在各数四舍五入的误差之内时为提示，超出时为错误。各组成列都空白时不核对。")
public final class RowSumRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        Tables tables = Tables.of(d, run);
        if (d.tables().isEmpty()) {
            run.couldNotRun("未找到任何报表");
            return;
        }
        for (PublishedTable t : d.tables()) {
            MoneyUnit unit = Tables.unit(t);
            for (BlockTemplate b : tables.blocks(t.id())) {
                List<ColumnTemplate> totals = totals(b);
                if (totals.isEmpty()) {
                    continue; // nothing in this block is summed across
                }
                for (TableEntry e : t.entries(b.id())) {
                    if (e.amounts().isEmpty()) {
                        continue;
                    }
                    for (ColumnTemplate c : totals) {
                        List<Money> parts = new ArrayList<>();
                        boolean any = false;
                        for (String p : c.sumOf()) {
                            parts.add(Tables.amount(e, p, unit));
                            any |= e.amounts().containsKey(p);
                        }
                        if (!any) {
                            continue; // no part printed: a column not found, or nothing to add up
                        }
                        Money total = Tables.amount(e, c.id(), unit);
                        Tolerance.Verdict v = Tolerance.compare(total, parts);
                        if (!v.differs()) {
                            continue;
                        }
                        List<String> names = new ArrayList<>();
                        for (String p : c.sumOf()) {
                            names.add(tables.column(t.id(), b.id(), p));
                        }
                        Verdicts.report(run, v, tables.location(t, e, c.id()), Tolerance.show(total),
                                "table", tables.name(t.id()), "row", Tables.row(e), "column", tables.column(t.id(), b.id(), c.id()),
                                "parts", String.join("、", names));
                    }
                }
            }
        }
    }

    /** The block's total columns, in order: found once per block, not asked of every column for every row. */
    private static List<ColumnTemplate> totals(BlockTemplate b) {
        List<ColumnTemplate> out = new ArrayList<>();
        for (ColumnTemplate c : b.columns()) {
            if (c.isTotal()) {
                out.add(c);
            }
        }
        return out;
    }
}
