package org.gongkai.core.workbook;

/**
 * What a workbook column holds, which decides its validation and how it is read.
 * Example: {@code MONEY} for 当年一般公共预算 (decimal ≥ 0, read exactly).
 */
public enum ColumnKind {
    /** Free text. */
    TEXT,
    /** A code kept as text, e.g. 功能分类科目编码 "2080101" (leading zeros kept). */
    CODE,
    /** An amount of money, a decimal ≥ 0 in the workbook's unit (万元 unless 单位概况 says 元). */
    MONEY,
    /** A whole number ≥ 0 (or any whole number where the field says so), e.g. 人数. */
    INTEGER,
    /** A decimal ≥ 0 that is not money, e.g. 办公用房建筑总面积（平方米）. */
    DECIMAL,
    /** A date: an Excel date, or text such as 2024-04-29, 20240429 or 2024年4月29日. */
    DATE,
    /** One of a fixed list of values; anything else is refused. */
    CHOICE
}
