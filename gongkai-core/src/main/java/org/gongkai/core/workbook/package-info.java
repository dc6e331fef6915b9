/**
 * The input workbook a unit fills in (填报工作簿): one sheet per kind of input, with instructions
 * in Chinese, drop-down lists, number and date validation and cell comments; and the reading of a
 * filled workbook into facts and the other parts of a disclosure, every figure positioned at its
 * cell ("收支预算!D12"). {@link org.gongkai.core.workbook.InputSheet} is the layout both sides use;
 * {@link org.gongkai.core.workbook.InputWorkbookWriter} writes a blank or a filled workbook and
 * {@link org.gongkai.core.workbook.InputWorkbookReader} reads one into a
 * {@link org.gongkai.core.workbook.WorkbookInput}.
 */
package org.gongkai.core.workbook;
