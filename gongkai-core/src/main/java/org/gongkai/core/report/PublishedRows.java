package org.gongkai.core.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.model.TableCell;
import org.gongkai.core.model.TableRow;

/**
 * Every printed row of a disclosure, found by the page and line it was printed on: the rows of
 * the tables and of the performance-target forms (title, heading and body rows) and the lines of
 * the purchase-services catalogue, and the entries of 名词解释. The HTML report uses it to show a finding beside the row its
 * position points at. Example: line 179 of the reference document is the row “合计” of 表三.
 */
final class PublishedRows {

    /**
     * A printed table row, or a table's title line when {@code row} is null.
     *
     * @param caption what to call the table, e.g. "2024年预算支出总表（单位：万元）"
     * @param header  true when the row is one of the heading rows
     */
    record TablePlace(String caption, PublishedTable table, TableRow row, boolean header) {
    }

    /** A line of the purchase-services catalogue. */
    record CatalogueLine(CatalogueDepartment department, CatalogueItem item) {
    }

    private final Map<String, TablePlace> tables = new HashMap<>();
    private final Map<String, CatalogueLine> catalogue = new HashMap<>();
    private final Map<String, GlossaryEntry> glossary = new HashMap<>();

    private PublishedRows() {
    }

    static PublishedRows of(Disclosure d) {
        PublishedRows rows = new PublishedRows();
        for (PublishedTable t : d.tables()) {
            String caption = (t.number() == null ? "" : t.number() + " ") + t.title()
                    + (t.unit() == null ? "" : "（单位：" + t.unit().label() + "）");
            rows.add(caption, t);
        }
        for (PerformanceTarget p : d.performanceTargets()) {
            if (p.published() != null) {
                rows.add("项目支出绩效目标表" + (p.projectName() == null ? "" : "：" + p.projectName()), p.published());
            }
        }
        if (d.catalogue() != null) {
            for (CatalogueDepartment dep : d.catalogue().departments()) {
                for (CatalogueItem item : dep.items()) {
                    if (item.position() != null && item.position().isKnown()) {
                        rows.catalogue.putIfAbsent(key(item.position()), new CatalogueLine(dep, item));
                    }
                }
            }
        }
        for (GlossaryEntry g : d.glossary()) {
            if (g.position() != null && g.position().isKnown()) {
                rows.glossary.putIfAbsent(key(g.position()), g);
            }
        }
        return rows;
    }

    /** The table row (or title) printed on the line of {@code p}. */
    Optional<TablePlace> table(SourcePosition p) {
        return p.isKnown() ? Optional.ofNullable(tables.get(key(p))) : Optional.empty();
    }

    /** The catalogue line printed on the line of {@code p}. */
    Optional<CatalogueLine> catalogueLine(SourcePosition p) {
        return p.isKnown() ? Optional.ofNullable(catalogue.get(key(p))) : Optional.empty();
    }

    /** The 名词解释 entry printed on the line of {@code p}. */
    Optional<GlossaryEntry> glossaryEntry(SourcePosition p) {
        return p.isKnown() ? Optional.ofNullable(glossary.get(key(p))) : Optional.empty();
    }

    /**
     * The row of {@code t} labelled {@code label}: a heading or body row with a cell that reads
     * the label, a trailing colon aside ("填报日期:" for "填报日期").
     */
    static Optional<TableRow> labelled(PublishedTable t, String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String want = label.strip();
        for (List<TableRow> rows : List.of(t.headerRows(), t.rows())) {
            for (TableRow r : rows) {
                for (TableCell c : r.cells()) {
                    String text = c.text().strip();
                    while (text.endsWith(":") || text.endsWith("：")) {
                        text = text.substring(0, text.length() - 1).strip();
                    }
                    if (!text.isEmpty() && text.equals(want)) {
                        return Optional.of(r);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private void add(String caption, PublishedTable t) {
        if (t.position() != null && t.position().isKnown()) {
            tables.putIfAbsent(key(t.position()), new TablePlace(caption, t, null, false));
        }
        for (TableRow r : t.headerRows()) {
            addRow(new TablePlace(caption, t, r, true));
        }
        for (TableRow r : t.rows()) {
            addRow(new TablePlace(caption, t, r, false));
        }
    }

    private void addRow(TablePlace place) {
        TableRow r = place.row();
        if (r.position() != null && r.position().isKnown()) {
            tables.putIfAbsent(key(r.position()), place);
        }
        // a wrapped row keeps the first line; a cell may start on a later one
        for (TableCell c : r.cells()) {
            if (c.position() != null && c.position().isKnown()) {
                tables.putIfAbsent(key(c.position()), place);
            }
        }
    }

    /** The line's key: page and line, and the sheet for a workbook (row 8 of 绩效目标 is not row 8 of 收支预算). */
    private static String key(SourcePosition p) {
        return (p.sheet() == null ? "" : p.sheet()) + '\u0000' + p.page() + ':' + p.line();
    }
}
