package org.gongkai.core.template;

/**
 * One printed figure of a table set, by where the tables print it. Written in a template as
 * "table/block/row/column", e.g. "T3/main/合计/basic" (表三's 合计 row, 基本支出 column) or
 * "T1/income/grandTotal/amount" (表一's 收入总计).
 *
 * @param table  template table id, e.g. "T3"
 * @param block  block id, e.g. "main"
 * @param row    a line id or code of the block, e.g. "合计", "grandTotal", "2010506"
 * @param column column id, e.g. "basic"
 */
public record CellRef(String table, String block, String row, String column) {
}
