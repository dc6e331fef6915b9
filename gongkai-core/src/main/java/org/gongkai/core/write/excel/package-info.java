/**
 * Writing a disclosure as an Excel workbook (XLSX, Apache POI): one sheet per published table with
 * its headings merged as printed, amounts as numbers in {@code #,##0.00}, and totals as formulas
 * where the published figures add up, so a reader can recompute and extend the tables; a sheet of
 * the performance targets and their indicators and, optionally, the purchase-services catalogue.
 * Example: {@code XlsxWriter.withBundledTemplates().write(disclosure, out)} gives 16 sheets for the
 * reference document, the first "表1 预算收支总表".
 */
package org.gongkai.core.write.excel;
