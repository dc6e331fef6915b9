package org.gongkai.core.template;

/** How a table block tells its rows apart. */
public enum RowKind {
    /** A code column and a name column: 表二, 表三, 表五 (functional codes, 类/款/项). */
    CODES,
    /** Department economic name and government economic name: 表六. */
    ECONOMIC_NAMES,
    /** Fixed lines matched by label, in order: 表一's income side, 表十. */
    LINES,
    /** Functional 类 named with Chinese numbering ("八、社会保障和就业支出") plus fixed lines: 表一's spending side. */
    FUNCTION_CLASSES,
    /** One row per project, unit rows as subtotals: 表十二, 表十三. */
    PROJECTS,
    /** One row per unit under a total line: 表十一. */
    UNITS,
    /** A single row of amounts under the headings, no label: Jiangsu 支出预算总表, “三公”经费 table. Its entry is "total". */
    SINGLE_ROW,
    /** An outline: each row labelled in one of several columns, the column giving its depth (Jiangsu 政府采购预算表). */
    OUTLINE
}
