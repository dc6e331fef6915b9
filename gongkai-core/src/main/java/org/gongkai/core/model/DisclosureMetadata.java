package org.gongkai.core.model;

import java.time.LocalDate;

/**
 * Who published what for which year. Fields that the document does not state are null.
 * Example: unit 柳林县人力资源和社会保障局, department code 051, region 柳林县, 2024, BUDGET, UNIT.
 *
 * @param title            the document title as printed, e.g. "2024年度单位预算公开"
 * @param unitName         单位名称, e.g. 柳林县人力资源和社会保障局
 * @param departmentName   主管部门, e.g. 柳林县人力资源和社会保障局
 * @param departmentCode   the department's code where printed, e.g. "051"
 * @param region           the administrative area, e.g. 柳林县
 * @param province         the province where it can be told, e.g. 山西省
 * @param year             the fiscal year, e.g. 2024
 * @param approvalDate     the date the budget was approved (批复), where stated
 * @param publicationDate  the date of publication, where stated
 */
public record DisclosureMetadata(
        String title,
        String unitName,
        String departmentName,
        String departmentCode,
        String region,
        String province,
        int year,
        DisclosureKind kind,
        DisclosureLevel level,
        LocalDate approvalDate,
        LocalDate publicationDate) {
}
