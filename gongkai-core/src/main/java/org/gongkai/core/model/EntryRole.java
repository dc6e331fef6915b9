package org.gongkai.core.model;

/**
 * What a table entry is: a total over the table (合计), a subtotal of the entries under it
 * (a 类 over its 款, a unit over its projects), or an item.
 */
public enum EntryRole {
    /** 合计, 本年收入合计, 收入总计 … */
    TOTAL,
    /** A row that sums the rows under it: a 类 or 款 code with children, 工资福利支出 in 表六, a unit in 表十二. */
    SUBTOTAL,
    /** A row holding money of its own: a 项 code, a project, a labelled line. */
    ITEM
}
