package org.gongkai.core.check.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tables;
import org.gongkai.core.check.Tolerance;
import org.gongkai.core.check.Verdicts;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.template.BlockTemplate;
import org.gongkai.core.template.ColumnTemplate;
import org.gongkai.core.template.LineTemplate;
import org.gongkai.core.template.RowKind;

/**
 * Fixed lines add up as the template says: 本年收入合计 = the sources, 收入总计 = 本年收入合计 +
 * 上年结转; 本年支出合计 = the 类 rows; “三公”经费合计 = 出国 + 接待 + 公车, 公车 = 购置 + 运行维护.
 */
@RuleSpec(id = "TBL-004", severity = Severity.ERROR, category = Category.ACCURACY,
        title = "固定行的合计等于其组成",
        message = "{table}“{row}”的{column}为{actual}，{parts}之和为{expected}，相差{difference}{note}",
        description = "表一、表四、表十等按行列示的表中，合计行等于模板规定的组成行之和（如收入总计 = 本年收入合计 + 上年结转）；"
                + "表一、表四的本年支出合计等于各类支出之和；表十一的合计等于各单位之和。缺列的组成行按零计；组成行都空白时不核对。")
public final class LineSumRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        if (d.tables().isEmpty()) {
            run.couldNotRun("未找到任何报表");
            return;
        }
        Tables tables = Tables.of(d, run);
        for (PublishedTable t : d.tables()) {
            for (BlockTemplate b : tables.blocks(t.id())) {
                if (b.rows() != RowKind.LINES && b.rows() != RowKind.FUNCTION_CLASSES && b.rows() != RowKind.UNITS) {
                    continue;
                }
                List<TableEntry> entries = t.entries(b.id());
                boolean firstTotal = true;
                for (TableEntry e : entries) {
                    Optional<LineTemplate> line = b.line(e.key());
                    List<TableEntry> parts = new ArrayList<>();
                    List<String> names = new ArrayList<>();
                    if (line.isPresent() && !line.get().sumOf().isEmpty()) {
                        for (String id : line.get().sumOf()) {
                            b.line(id).ifPresent(l -> names.add(l.label()));
                            t.entry(b.id(), id).ifPresent(parts::add);
                        }
                    } else if (e.role() == EntryRole.TOTAL && firstTotal && b.rows() != RowKind.LINES) {
                        for (TableEntry x : entries) {
                            if (x.role() == EntryRole.ITEM && b.line(x.key()).isEmpty()) {
                                parts.add(x);
                            }
                        }
                        names.add(b.rows() == RowKind.UNITS ? "各单位" : "各类支出");
                    } else {
                        continue;
                    }
                    if (e.role() == EntryRole.TOTAL) {
                        firstTotal = false;
                    }
                    compare(run, tables, t, b, e, parts, String.join("、", names));
                }
            }
        }
    }

    private static void compare(RuleRun run, Tables tables, PublishedTable t, BlockTemplate b, TableEntry e, List<TableEntry> parts, String names) {
        MoneyUnit unit = Tables.unit(t);
        for (ColumnTemplate c : b.columns()) {
            boolean any = false;
            List<Money> terms = new ArrayList<>();
            for (TableEntry p : parts) {
                terms.add(Tables.amount(p, c.id(), unit));
                any |= p.amounts().containsKey(c.id());
            }
            if (!any) {
                continue; // no part printed: the lines were not found, or there is nothing to add up
            }
            Money total = Tables.amount(e, c.id(), unit);
            Tolerance.Verdict v = Tolerance.compare(total, terms.isEmpty() ? List.of(Money.zero(unit)) : terms);
            if (!v.differs()) {
                continue;
            }
            Verdicts.report(run, v, tables.location(t, e, c.id()), Tolerance.show(total), "table", tables.name(t.id()), "row", Tables.row(e),
                    "column", tables.column(t.id(), b.id(), c.id()), "parts", names);
        }
    }
}
