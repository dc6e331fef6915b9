/**
 * The charts a disclosure's 情况说明 refers to, drawn as inline SVG: 收入预算图 (income by source),
 * 一般公共预算当年拨款结构图 (the year's general-budget money by 类 of the functional classification)
 * and 三公经费分布图 (因公出国（境）费, 公务接待费, 公务用车购置及运行费).
 *
 * <p>{@link org.gongkai.core.write.chart.DisclosureCharts} takes the figures from the published
 * tables through the template's named figures; {@link org.gongkai.core.write.chart.Chart} holds
 * them with their shares, computed exactly with {@link java.math.BigDecimal} (the shown
 * percentages add up to exactly 100.00%); {@link org.gongkai.core.write.chart.SvgChartWriter}
 * draws them. Only drawing coordinates are {@code double}, and only in this package.
 * Example: 收入预算图 of the reference document: 一般公共预算 1,251.07万元 64.67%, 上年结转 683.55万元 35.33%.
 */
package org.gongkai.core.write.chart;
