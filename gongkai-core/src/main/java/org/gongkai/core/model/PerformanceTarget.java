package org.gongkai.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One 项目支出绩效目标表 with all its fields, for both periods it states: the implementation
 * period (实施期) and the year (年度). Fields not printed are null.
 * Example: 2024年全民意外伤害保险, 一次性项目(1年结束), 项目期 1年, 年度资金总额 6,000,000 元.
 *
 * @param title               the form's title, e.g. "柳林县县(区)级预算部门(单位)项目支出绩效目标表"
 * @param year                the year printed under the title, e.g. 2024
 * @param projectName         项目名称
 * @param department          主管部门 as printed after its code, e.g. 柳林县人力资源和社会保障局[部门]
 * @param departmentCode      the code before the department, e.g. "051"
 * @param implementingUnit    实施单位
 * @param projectType         项目属性, e.g. 一次性项目(1年结束), 经常性项目(长期开展)
 * @param projectTerm         项目期, e.g. 1年
 * @param implementationFunds 实施期 money by source
 * @param annualFunds         年度 money by source
 * @param overview            项目概况
 * @param basis               立项依据
 * @param necessity           项目设立必要性
 * @param measures            保证项目实施的制度、措施
 * @param plan                项目实施计划
 * @param implementationGoal  总体目标 for the implementation period
 * @param annualGoal          总体目标 for the year
 * @param implementationIndicators the indicator tree for the implementation period
 * @param annualIndicators    the indicator tree for the year
 * @param responsible         负责人
 * @param handler             经办人
 * @param phone               联系电话
 * @param filledDateText      填报日期 as printed, e.g. "20240429172924"
 * @param filledDate          填报日期 as a date when it is a valid one, else null
 * @param published           the form as printed, cell by cell
 */
public record PerformanceTarget(String title, Integer year, String projectName, String department,
                                String departmentCode, String implementingUnit, String projectType,
                                String projectTerm, FundsBySource implementationFunds,
                                FundsBySource annualFunds, String overview, String basis,
                                String necessity, String measures, String plan,
                                String implementationGoal, String annualGoal,
                                List<IndicatorCategory> implementationIndicators,
                                List<IndicatorCategory> annualIndicators, String responsible,
                                String handler, String phone, String filledDateText,
                                LocalDate filledDate, PublishedTable published) {

    public PerformanceTarget {
        implementationIndicators = List.copyOf(implementationIndicators);
        annualIndicators = List.copyOf(annualIndicators);
    }
}
