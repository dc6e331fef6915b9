package org.gongkai.core.write.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.template.BlockTemplate;
import org.gongkai.core.template.ColumnTemplate;
import org.gongkai.core.template.LineTemplate;
import org.gongkai.core.template.RowKind;
import org.gongkai.core.template.TableTemplate;

/**
 * The total cells of a published table and how each can be computed from other cells of the same
 * table: a column that is the sum of other columns (合计 = 基本支出 + 项目支出), a line that is the
 * sum of other lines (收入总计 = 本年收入合计 + 上年结转), a 类 that is the sum of its 款 and a 款 of its 项,
 * a 合计 row over the 类, a unit over its projects. Each way is compared, exactly, with the published
 * figures: the workbook gets a formula only where the published total is exactly the sum of the
 * published parts, so that it shows the published numbers.
 * Example: 表三 row 合计, column 合计: 1934.61 = 232.90 + 1701.71, formula; column 基本支出:
 * 232.90 against 199.67 + 12.03 + 21.21 = 232.91, kept as published with a comment.
 */
final class TotalCells {

    /** A cell of the printed body: row index in {@link PublishedTable#rows()}, 0-based cell index. */
    record Place(int row, int column) {
    }

    /**
     * One way of computing a total.
     *
     * @param description what the parts are, in Chinese, e.g. "基本支出、项目支出之和", "所属3行之和"
     * @param parts       the cells summed (blank ones count as zero)
     * @param sum         the exact sum of the published parts, e.g. 1934.61
     * @param printed     how many of the parts are printed (not blank): each adds up to half a
     *                    unit of the last decimal of rounding
     * @param asserted    true when the table says the total is this sum (a template's column or line
     *                    sum, a code hierarchy), so a difference is worth a comment; false for a
     *                    nesting that may add up or not (an outline), used only when it does
     */
    record Derivation(String description, List<Place> parts, BigDecimal sum, int printed, boolean asserted) {
    }

    /**
     * A printed total and every way the template and the table's hierarchy give for it.
     *
     * @param place       where it is printed
     * @param published   the published amount, e.g. 1934.61 万元
     * @param derivations the ways to compute it, preferred first
     */
    record Total(Place place, PublishedAmount published, List<Derivation> derivations) {

        /** The derivations a difference from the published figure is worth saying for. */
        List<Derivation> asserted() {
            return derivations.stream().filter(Derivation::asserted).toList();
        }

        /** The first derivation whose sum is exactly the published figure. */
        Optional<Derivation> agreeing() {
            for (Derivation d : derivations) {
                if (d.sum().compareTo(published.money().value()) == 0) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The row kinds whose order of rows is a hierarchy of sums: codes (类 over 款 over 项), economic
     * names, the 类 of 表一, units over their total, projects under their units. Fixed lines say
     * their sums in the template; an outline (Jiangsu 政府采购预算表) nests rows that may or may not
     * add up, so its sums become formulas where they do and are not remarked on where they do not.
     */
    private static final java.util.Set<RowKind> HIERARCHIES = java.util.EnumSet.of(RowKind.CODES,
            RowKind.ECONOMIC_NAMES, RowKind.FUNCTION_CLASSES, RowKind.UNITS, RowKind.PROJECTS);

    private TotalCells() {
    }

    /**
     * The totals of {@code table} with at least one derivation, by place. {@code template} may be
     * null (no column or line sums are known then; the code hierarchy still is).
     */
    static Map<Place, Total> of(PublishedTable table, TableTemplate template) {
        Map<Place, Total> out = new LinkedHashMap<>();
        Map<String, List<TableEntry>> byBlock = new LinkedHashMap<>();
        for (TableEntry e : table.entries()) {
            byBlock.computeIfAbsent(e.block(), k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<String, List<TableEntry>> block : byBlock.entrySet()) {
            BlockTemplate bt = template == null ? null : template.block(block.getKey()).orElse(null);
            List<TableEntry> entries = new ArrayList<>(block.getValue());
            entries.sort((a, b) -> Integer.compare(a.row(), b.row()));
            Map<String, Integer> columns = columnPlaces(entries, bt, table);
            for (int i = 0; i < entries.size(); i++) {
                TableEntry e = entries.get(i);
                List<TableEntry> children = children(entries, i, bt);
                for (Map.Entry<String, PublishedAmount> a : e.amounts().entrySet()) {
                    Integer col = columns.get(a.getKey());
                    if (col == null) {
                        continue;
                    }
                    List<Derivation> ways = new ArrayList<>(3);
                    columnSum(e, a.getKey(), bt, columns).ifPresent(ways::add);
                    lineSum(e, a.getKey(), col, bt, entries).ifPresent(ways::add);
                    if (children != null && !children.isEmpty()) {
                        boolean asserted = bt == null || HIERARCHIES.contains(bt.rows());
                        ways.add(sumOver(children, a.getKey(), col, "所属" + children.size() + "行之和", asserted));
                    }
                    // parts that are all blank say more about the layout than about the total: no way
                    ways.removeIf(w -> w.printed() == 0);
                    if (!ways.isEmpty()) {
                        Place p = new Place(e.row(), col);
                        out.put(p, new Total(p, a.getValue(), ways));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Where each column of a block is printed: from the positions of its printed amounts, else the
     * template's own position when it falls inside the table.
     */
    static Map<String, Integer> columnPlaces(List<TableEntry> entries, BlockTemplate bt, PublishedTable table) {
        Map<String, Integer> out = new HashMap<>();
        for (TableEntry e : entries) {
            for (Map.Entry<String, PublishedAmount> a : e.amounts().entrySet()) {
                int c = a.getValue().position().column();
                if (c > 0) {
                    out.putIfAbsent(a.getKey(), c - 1);
                }
            }
        }
        if (bt != null) {
            int width = 0;
            for (var r : table.rows()) {
                width = Math.max(width, r.cells().size());
            }
            for (ColumnTemplate ct : bt.columns()) {
                if (!out.containsKey(ct.id()) && ct.column() >= 0 && ct.column() < width
                        && !out.containsValue(ct.column())) {
                    out.put(ct.id(), ct.column());
                }
            }
        }
        return out;
    }

    private static Optional<Derivation> columnSum(TableEntry e, String column, BlockTemplate bt,
                                                  Map<String, Integer> columns) {
        if (bt == null) {
            return Optional.empty();
        }
        Optional<ColumnTemplate> ct = bt.column(column);
        if (ct.isEmpty() || !ct.get().isTotal()) {
            return Optional.empty();
        }
        List<Place> parts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        int printed = 0;
        for (String part : ct.get().sumOf()) {
            Integer c = columns.get(part);
            PublishedAmount a = e.amounts().get(part);
            if (c == null) {
                if (a != null) {
                    return Optional.empty();
                }
                continue;
            }
            parts.add(new Place(e.row(), c));
            labels.add(bt.column(part).map(ColumnTemplate::label).orElse(part));
            if (a != null) {
                sum = sum.add(a.money().value());
                printed++;
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Derivation(String.join("、", labels) + "之和", parts, sum, printed, true));
    }

    private static Optional<Derivation> lineSum(TableEntry e, String column, int col, BlockTemplate bt,
                                                List<TableEntry> entries) {
        if (bt == null) {
            return Optional.empty();
        }
        Optional<LineTemplate> lt = bt.line(e.key());
        if (lt.isEmpty() || lt.get().sumOf().isEmpty()) {
            return Optional.empty();
        }
        List<TableEntry> parts = new ArrayList<>();
        for (String id : lt.get().sumOf()) {
            for (TableEntry other : entries) {
                if (other.key().equals(id)) {
                    parts.add(other);
                    break;
                }
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>();
        for (TableEntry p : parts) {
            labels.add(clean(p.label()));
        }
        return Optional.of(sumOver(parts, column, col, String.join("、", labels) + "之和", true));
    }

    private static Derivation sumOver(List<TableEntry> parts, String column, int col, String description,
                                      boolean asserted) {
        List<Place> places = new ArrayList<>(parts.size());
        BigDecimal sum = BigDecimal.ZERO;
        int printed = 0;
        for (TableEntry p : parts) {
            places.add(new Place(p.row(), col));
            PublishedAmount a = p.amounts().get(column);
            if (a != null) {
                sum = sum.add(a.money().value());
                printed++;
            }
        }
        return new Derivation(description, places, sum, printed, asserted);
    }

    /**
     * The rows a total or subtotal sums, from the table's hierarchy: a 合计 over the top level
     * (类, units, the first level of a project table), a subtotal over the next level printed under it
     * until the next row of its own level. Null for an item, a total the template sums by lines, or
     * a block of fixed lines or a single row.
     */
    static List<TableEntry> children(List<TableEntry> entries, int index, BlockTemplate bt) {
        TableEntry e = entries.get(index);
        if (e.role() == EntryRole.ITEM) {
            return null;
        }
        if (bt != null && bt.line(e.key()).map(l -> !l.sumOf().isEmpty()).orElse(false)) {
            return null;
        }
        if (bt != null && !HIERARCHIES.contains(bt.rows()) && bt.rows() != RowKind.OUTLINE) {
            return null;
        }
        List<TableEntry> range = new ArrayList<>();
        if (e.role() == EntryRole.TOTAL) {
            for (TableEntry o : entries) {
                if (o.role() != EntryRole.TOTAL && !isLine(o, bt)) {
                    range.add(o);
                }
            }
        } else {
            int own = depth(e);
            for (int j = index + 1; j < entries.size(); j++) {
                TableEntry o = entries.get(j);
                if (o.role() == EntryRole.TOTAL || depth(o) <= own) {
                    break;
                }
                range.add(o);
            }
        }
        int min = Integer.MAX_VALUE;
        for (TableEntry o : range) {
            min = Math.min(min, depth(o));
        }
        List<TableEntry> out = new ArrayList<>();
        for (TableEntry o : range) {
            if (depth(o) == min) {
                out.add(o);
            }
        }
        return out;
    }

    private static boolean isLine(TableEntry e, BlockTemplate bt) {
        return bt != null && e.level() == 0 && bt.line(e.key()).isPresent();
    }

    private static int depth(TableEntry e) {
        return e.level() > 0 ? e.level() : 99;
    }

    /** A line label without its numbering: "一、一般公共预算" gives 一般公共预算. */
    private static String clean(String label) {
        return label == null ? "" : label.replaceFirst("^[一二三四五六七八九十]+、|^[①②③④⑤⑥⑦⑧⑨⑩]", "").strip();
    }
}
