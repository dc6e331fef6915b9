package org.gongkai.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table exactly as published, with what its template makes of each row.
 * Example: 表三 "2024年预算支出总表", 单位：万元, 2 header rows, 19 body rows, entries by code.
 *
 * @param id        the template's table id, e.g. "T3"
 * @param number    the table number as printed, e.g. "预算公开表1", "表三", null when none is printed
 * @param title     the title as printed, e.g. "2024年预算支出总表"
 * @param unitName  单位名称 as printed above the table, null when absent
 * @param unit      the money unit printed above the table (单位：万元)
 * @param headerRows the heading rows as printed
 * @param rows      the body rows as printed, continuation lines of wrapped cells joined
 * @param entries   the body rows as understood through the template
 * @param note      the note under the table as printed, e.g. "注：本表无数据"
 * @param position  where the title is
 */
public record PublishedTable(String id, String number, String title, String unitName, MoneyUnit unit,
                             List<TableRow> headerRows, List<TableRow> rows, List<TableEntry> entries,
                             String note, SourcePosition position) {

    public PublishedTable {
        headerRows = List.copyOf(headerRows);
        rows = List.copyOf(rows);
        entries = List.copyOf(entries);
    }

    /** True when no body row holds an amount. */
    public boolean isEmpty() {
        for (TableEntry e : entries) {
            if (!e.amounts().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The first entry of {@code block} with this key (a code, a line id, a project name). */
    public Optional<TableEntry> entry(String block, String key) {
        for (TableEntry e : entries) {
            if (e.block().equals(block) && e.key().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The first entry with this key in any block. */
    public Optional<TableEntry> entry(String key) {
        for (TableEntry e : entries) {
            if (e.key().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public List<TableEntry> entries(String block) {
        List<TableEntry> out = new ArrayList<>();
        for (TableEntry e : entries) {
            if (e.block().equals(block)) {
                out.add(e);
            }
        }
        return out;
    }
}
