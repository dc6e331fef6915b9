package org.gongkai.core.narrative;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.gongkai.core.model.Money;

/**
 * This year's amount against last year's, worked out exactly: the difference, its direction and
 * its percentage of last year's amount, rounded half-up to two decimals only when printed.
 * Example: 公用经费 21.19 万元 against 23.06 万元 is 减少1.87万元，下降8.11%.
 *
 * @param current this year's amount
 * @param prior   last year's amount
 */
public record AnnualChange(Money current, Money prior) {

    private static final MathContext EXACT_ENOUGH = new MathContext(34, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** current − prior, in the current amount's unit; negative when it fell. */
    public Money difference() {
        return current.minus(prior);
    }

    /** +1 when it rose, −1 when it fell, 0 when the figures are equal. */
    public int direction() {
        return difference().signum();
    }

    /** True when the figures are equal (as amounts: 3.1 equals 3.10). */
    public boolean unchanged() {
        return direction() == 0;
    }

    /** True when last year's figure is zero: a rise from nothing has no percentage. */
    public boolean fromZero() {
        return prior.isZero();
    }

    /**
     * |difference| / prior × 100, rounded half-up to two decimals, as the text prints it; null from a
     * zero base. Example: 1.87 / 23.06 gives 8.11.
     */
    public BigDecimal percent() {
        if (fromZero()) {
            return null;
        }
        BigDecimal d = difference().abs().yuan();
        return d.multiply(HUNDRED).divide(prior.abs().yuan(), EXACT_ENOUGH).setScale(2, RoundingMode.HALF_UP);
    }

    /** 增加 or 减少 (with an amount); empty when unchanged. */
    public String amountWord() {
        return direction() > 0 ? "增加" : direction() < 0 ? "减少" : "";
    }

    /** 增长 or 下降 (with a percentage); empty when unchanged. */
    public String percentWord() {
        return direction() > 0 ? "增长" : direction() < 0 ? "下降" : "";
    }

    /**
     * The change as 情况说明 writes it: "比上年减少1.87万元，下降8.11%", "与上年持平", and from a
     * zero base "比上年增加3.00万元" (no percentage: 增长100% from nothing is meaningless).
     */
    public String describe() {
        if (unchanged()) {
            return "与上年持平";
        }
        String s = "比上年" + amountWord() + NarrativeWording.amount(difference().abs());
        if (!fromZero()) {
            s += "，" + percentWord() + NarrativeWording.percent(percent());
        }
        return s;
    }
}
