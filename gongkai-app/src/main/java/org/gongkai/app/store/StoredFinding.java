package org.gongkai.app.store;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Severity;

/**
 * A finding as stored with its disclosure: what the checker said, where, and the figures it compared.
 * Example: TBL-001, INFO, 准确性, "表三“20801 人力资源和社会保障管理事务”的合计为898.52，分项之和为898.53……",
 * "T3“20801 …”合计（第182行第3列）", table T3, row "20801 人力资源和社会保障管理事务", column "合计", line 182,
 * expected 898.53, actual 898.52, difference 0.01.
 *
 * @param ruleId     e.g. "TBL-001"
 * @param severity   错误, 警告 or 提示
 * @param category   完整性, 准确性, 一致性 or 规范性; null when not stored
 * @param message    the checker's message
 * @param location   where, in Chinese
 * @param table      the table's id, e.g. "T3"; null when the finding is not in a table
 * @param row        the row's label as printed
 * @param column     the column's label as printed
 * @param section    the section of 情况说明, e.g. "三公经费"
 * @param sentence   the sentence as published
 * @param sheet      a workbook's sheet
 * @param page       the page of a PDF, null when unknown
 * @param line       the line in the text, null when unknown
 * @param cellColumn the column on the line or the sheet, null when unknown
 * @param expected   what the rule expected, e.g. "898.53"
 * @param actual     what was published, e.g. "898.52"
 * @param difference actual minus expected, e.g. "0.01"
 */
public record StoredFinding(String ruleId, Severity severity, Category category, String message, String location,
                            String table, String row, String column, String section, String sentence, String sheet,
                            Integer page, Integer line, Integer cellColumn, String expected, String actual, String difference) {

    /** A finding with only its rule, severity, message and place, as the upload page shows it. */
    public StoredFinding(String ruleId, Severity severity, String message, String location) {
        this(ruleId, severity, null, message, location, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
