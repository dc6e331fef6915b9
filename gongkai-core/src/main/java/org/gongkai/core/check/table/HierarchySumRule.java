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
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.template.BlockTemplate;
import org.gongkai.core.template.ColumnTemplate;
import org.gongkai.core.template.RowKind;

/**
 * Every subtotal row equals the sum of the rows under it: a 类 the sum of its 款, a 款 of its 项;
 * 工资福利支出 of its items in 表六; a unit of its projects; a 合计 of the rows at the top level.
 */
@RuleSpec(id = "TBL-002", severity = Severity.ERROR, category = Category.ACCURACY,
        title = "上级科目和合计行等于下级之和",
        message = "{table}“{row}”的{column}为{actual}，其下{count}行之和为{expected}，相差{difference}{note}",
        description = "按科目编码：类等于所属各款之和，款等于所属各项之和；表六中经济分类的类等于其下各款之和；"
                + "项目表中单位（部门）行等于其下项目之和；合计行等于最上一级各行之和。每一列分别核对，差额在四舍五入误差之内时为提示。"
                + "下级各行在该列都没有数字时不核对；政府采购表等按缩进分级的表只核对合计行。")
public final class HierarchySumRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        if (d.tables().isEmpty()) {
            run.couldNotRun("未找到任何报表");
            return;
        }
        Tables tables = Tables.of(d, run);
        for (PublishedTable t : d.tables()) {
            for (BlockTemplate b : tables.blocks(t.id())) {
                if (b.rows() == RowKind.LINES || b.rows() == RowKind.FUNCTION_CLASSES || b.rows() == RowKind.SINGLE_ROW
                        || b.rows() == RowKind.UNITS) {
                    continue; // fixed lines are summed by TBL-004
                }
                List<TableEntry> entries = t.entries(b.id());
                for (int i = 0; i < entries.size(); i++) {
                    TableEntry parent = entries.get(i);
                    if (parent.role() == EntryRole.ITEM || b.rows() == RowKind.OUTLINE && parent.role() != EntryRole.TOTAL) {
                        continue; // an outline's inner levels are read from indentation, not codes: too unsure to judge
                    }
                    List<TableEntry> children = children(b.rows(), entries, i);
                    if (children.isEmpty()) {
                        continue;
                    }
                    compare(run, tables, t, b, parent, children);
                }
            }
        }
    }

    /** The rows directly under entry {@code i}. */
    static List<TableEntry> children(RowKind kind, List<TableEntry> entries, int i) {
        TableEntry p = entries.get(i);
        if (kind == RowKind.OUTLINE && p.role() != EntryRole.TOTAL) {
            return outlineChildren(entries, i);
        }
        List<TableEntry> out = new ArrayList<>();
        if (p.role() == EntryRole.TOTAL) {
            int top = Integer.MAX_VALUE;
            for (TableEntry e : entries) {
                if (e.role() != EntryRole.TOTAL && e.level() > 0) {
                    top = Math.min(top, e.level());
                }
            }
            for (TableEntry e : entries) {
                if (e.role() != EntryRole.TOTAL && (e.level() == top || (top == Integer.MAX_VALUE && e.level() == 0))) {
                    out.add(e);
                }
            }
            return out;
        }
        for (int j = i + 1; j < entries.size(); j++) {
            TableEntry e = entries.get(j);
            if (e.role() == EntryRole.TOTAL) {
                break;
            }
            boolean deeper = kind == RowKind.CODES ? e.key().startsWith(p.key()) && e.level() > p.level()
                    : kind == RowKind.PROJECTS ? e.level() == 0 || e.level() > p.level()
                    : e.level() > p.level();
            if (!deeper) {
                break;
            }
            int direct = kind == RowKind.PROJECTS ? (e.level() == 0 ? Integer.MAX_VALUE : e.level()) : e.level();
            int next = nextLevel(kind, entries, i);
            if (direct == next) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * An outline (Jiangsu 政府采购预算表): a category (level 1) totals the rows that carry an
     * economic item, whichever column they start in (a 专项 row holds its first item, the next
     * items start one column further); such a row totals the purchase lines (the deepest level)
     * under it.
     */
    private static List<TableEntry> outlineChildren(List<TableEntry> entries, int i) {
        int leaf = 0;
        for (TableEntry e : entries) {
            leaf = Math.max(leaf, e.level());
        }
        TableEntry p = entries.get(i);
        List<TableEntry> out = new ArrayList<>();
        for (int j = i + 1; j < entries.size(); j++) {
            TableEntry e = entries.get(j);
            if (e.role() == EntryRole.TOTAL || (p.level() == 1 ? e.level() <= 1 : e.level() < leaf)) {
                break;
            }
            if (p.level() == 1 ? e.level() < leaf : e.level() == leaf) {
                out.add(e);
            }
        }
        return out;
    }

    private static int nextLevel(RowKind kind, List<TableEntry> entries, int i) {
        TableEntry p = entries.get(i);
        if (i + 1 >= entries.size()) {
            return -1;
        }
        TableEntry e = entries.get(i + 1);
        if (kind == RowKind.PROJECTS) {
            return e.level() == 0 ? Integer.MAX_VALUE : e.level();
        }
        return e.level() > p.level() ? e.level() : -1;
    }

    private static void compare(RuleRun run, Tables tables, PublishedTable t, BlockTemplate b, TableEntry parent, List<TableEntry> children) {
        MoneyUnit unit = Tables.unit(t);
        for (ColumnTemplate c : b.columns()) {
            boolean any = false;
            List<Money> parts = new ArrayList<>();
            for (TableEntry ch : children) {
                parts.add(Tables.amount(ch, c.id(), unit));
                any |= ch.amounts().containsKey(c.id());
            }
            if (!any) {
                continue; // no row below has a figure here: nothing to add up
            }
            Money total = Tables.amount(parent, c.id(), unit);
            Tolerance.Verdict v = Tolerance.compare(total, parts);
            if (!v.differs()) {
                continue;
            }
            Verdicts.report(run, v, tables.location(t, parent, c.id()), Tolerance.show(total),
                    "table", tables.name(t.id()), "row", Tables.row(parent), "column", tables.column(t.id(), b.id(), c.id()),
                    "count", Integer.toString(children.size()));
        }
    }
}
