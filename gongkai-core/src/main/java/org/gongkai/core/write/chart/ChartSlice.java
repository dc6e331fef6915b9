package org.gongkai.core.write.chart;

import java.math.BigDecimal;

import org.gongkai.core.model.Money;

/**
 * One part of a chart: its label, its amount as published, its exact share of the chart's total
 * and the percentage shown (two decimals; the shown percentages of a chart add up to 100.00).
 * Example: 一般公共预算, 1251.07 万元, share 0.6466…, shown 64.67.
 *
 * @param label   what the part is, e.g. 一般公共预算
 * @param amount  the amount as published, e.g. 1251.07 万元
 * @param share   amount ÷ total, exact to 12 decimals, e.g. 0.646659228131
 * @param percent the percentage shown, e.g. 64.67
 * @param detail  a note shown after the label, e.g. "其中购置费0.00万元，运行维护费3.00万元", null when none
 */
public record ChartSlice(String label, Money amount, BigDecimal share, BigDecimal percent, String detail) {

    /** "64.67%". */
    public String percentText() {
        return percent.toPlainString() + "%";
    }
}
