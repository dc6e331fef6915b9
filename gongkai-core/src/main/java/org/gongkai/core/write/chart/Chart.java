package org.gongkai.core.write.chart;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;

/**
 * A chart's figures: its caption, its parts with their exact shares and the total they make.
 * The shares are computed exactly: each part's percentage to two decimals is the floor of
 * amount × 10000 ÷ total (in hundredths of a percent), and the hundredths left over go to the
 * parts with the largest remainders, so the shown percentages add up to exactly 100.00.
 * Example: 收入预算图, [一般公共预算 1251.07, 上年结转 683.55] 万元, total 1934.62, shown 64.67% and 35.33%.
 *
 * @param caption the chart's caption as the text names it, e.g. 收入预算图
 * @param kind    how it is drawn
 * @param unit    the unit of its amounts, e.g. 万元
 * @param slices  the parts, in the order of the table they come from; parts of zero included
 * @param total   the sum of the parts
 * @param note    a sentence under the chart, e.g. where the figures come from; null when none
 */
public record Chart(String caption, ChartKind kind, MoneyUnit unit, List<ChartSlice> slices, Money total, String note) {

    /** How a chart is drawn. */
    public enum ChartKind {
        /** A ring of parts with a legend: 收入预算图, 三公经费分布图. */
        DONUT,
        /** One horizontal bar per part: 一般公共预算当年拨款结构图 (one bar per 类). */
        BARS
    }

    /** A part before its share is known. Example: ("上年结转", 683.55 万元, null). */
    public record Part(String label, Money amount, String detail) {
    }

    public Chart {
        slices = List.copyOf(slices);
    }

    /** True when there is nothing to draw: no part, or every part is zero. */
    public boolean isEmpty() {
        return total.signum() <= 0;
    }

    /** The chart of {@code parts} in {@code unit}, with shares of their sum. Negative parts count as zero. */
    public static Chart of(String caption, ChartKind kind, MoneyUnit unit, List<Part> parts, String note) {
        Money total = Money.zero(unit);
        for (Part p : parts) {
            if (p.amount().signum() > 0) {
                total = total.plus(p.amount());
            }
        }
        List<ChartSlice> slices = new ArrayList<>(parts.size());
        if (total.signum() <= 0) {
            for (Part p : parts) {
                slices.add(new ChartSlice(p.label(), p.amount().to(unit), BigDecimal.ZERO, BigDecimal.ZERO.setScale(2), p.detail()));
            }
            return new Chart(caption, kind, unit, slices, total, note);
        }
        int scale = total.value().scale();
        for (Part p : parts) {
            scale = Math.max(scale, p.amount().to(unit).value().scale());
        }
        BigInteger t = total.value().setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
        BigInteger tenThousand = BigInteger.valueOf(10_000);
        BigInteger[] floors = new BigInteger[parts.size()];
        BigInteger[] remainders = new BigInteger[parts.size()];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < parts.size(); i++) {
            Money a = parts.get(i).amount().to(unit);
            BigInteger v = a.signum() > 0 ? a.value().setScale(scale, RoundingMode.UNNECESSARY).unscaledValue() : BigInteger.ZERO;
            BigInteger[] qr = v.multiply(tenThousand).divideAndRemainder(t);
            floors[i] = qr[0];
            remainders[i] = qr[1];
            given = given.add(qr[0]);
        }
        int left = tenThousand.subtract(given).intValueExact();
        for (; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < parts.size(); i++) {
                if (remainders[i].signum() > 0 && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
                    best = i;
                }
            }
            floors[best] = floors[best].add(BigInteger.ONE);
            remainders[best] = BigInteger.ZERO;
        }
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            Money a = p.amount().to(unit);
            BigDecimal share = a.signum() > 0 ? a.value().divide(total.value(), 12, RoundingMode.HALF_EVEN) : BigDecimal.ZERO;
            slices.add(new ChartSlice(p.label(), a, share, new BigDecimal(floors[i], 2), p.detail()));
        }
        return new Chart(caption, kind, unit, slices, total, note);
    }
}
