package org.gongkai.app.store;

import java.time.OffsetDateTime;

import org.gongkai.core.model.DisclosureKind;

/**
 * One stored version of a disclosure, as listed: who, which year, what kind, which version, and
 * how its check went.
 * Example: id 1, 山西省 柳林县 / 柳林县人力资源和社会保障局 / 柳林县人力资源和社会保障局, 2024, BUDGET,
 * version 1, 74 facts, 22 errors, 54 warnings, 32 notes.
 *
 * @param id         the disclosure's id in the store
 * @param region     行政区划, e.g. 柳林县
 * @param province   the province, "" when unknown
 * @param department 主管部门
 * @param unit       单位
 * @param year       fiscal year
 * @param kind       budget or final accounts
 * @param level      "UNIT" or "DEPARTMENT", null when unknown
 * @param template   the table set read with, e.g. "shanxi-unit-budget-2024"
 * @param title      the title as printed
 * @param version    1 for the first content stored for this unit, year and kind; 2 for the next
 * @param sha256     hex digest of the original file
 * @param fileName   the original file's name
 * @param importedAt when it was stored
 * @param facts      facts stored
 * @param errors     错误 findings
 * @param warnings   警告 findings
 * @param notes      提示 findings
 * @param companionFileName the name of the file its tables were published in, when they were
 *                   published apart from its text and stored with it (the original is the text's
 *                   file); null otherwise
 */
public record StoredDisclosure(long id, String region, String province, String department, String unit, int year,
                               DisclosureKind kind, String level, String template, String title, int version,
                               String sha256, String fileName, OffsetDateTime importedAt,
                               int facts, int errors, int warnings, int notes, String companionFileName) {

    /** A version stored from one file. */
    public StoredDisclosure(long id, String region, String province, String department, String unit, int year,
                            DisclosureKind kind, String level, String template, String title, int version,
                            String sha256, String fileName, OffsetDateTime importedAt,
                            int facts, int errors, int warnings, int notes) {
        this(id, region, province, department, unit, year, kind, level, template, title, version, sha256, fileName,
                importedAt, facts, errors, warnings, notes, null);
    }

    /** The file's name, and its tables' file when they came apart: "a.pdf", "a.pdf + b.pdf". */
    public String files() {
        return companionFileName == null ? fileName : fileName + " + " + companionFileName;
    }
}
