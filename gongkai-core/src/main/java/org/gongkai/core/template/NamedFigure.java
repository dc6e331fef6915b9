package org.gongkai.core.template;

import java.util.List;

/**
 * A figure the tables print that 情况说明 calls by name: which names, and where the figure is.
 * {@code row} is a line id or code of the block, or "top" for the block's first row (a project
 * table's total). Example: names [基本支出], table T3, block main, row 合计, column basic.
 *
 * @param names  what the text calls it, e.g. [基本支出, 一般公共预算安排基本支出]
 * @param table  template table id, e.g. "T3"
 * @param block  block id, e.g. "main"
 * @param row    the row's key, e.g. "合计", "grandTotal", "top"
 * @param column the column id, e.g. "basic"
 */
public record NamedFigure(List<String> names, String table, String block, String row, String column) {

    public NamedFigure {
        names = List.copyOf(names);
    }
}
