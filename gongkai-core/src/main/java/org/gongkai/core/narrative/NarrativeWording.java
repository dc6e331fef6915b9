package org.gongkai.core.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;

/**
 * How 情况说明 prints figures: amounts in 万元 with two decimals and thousands separators
 * ("1,934.61万元"), percentages with two decimals ("64.67%").
 */
final class NarrativeWording {

    private NarrativeWording() {
    }

    /** "1,934.61万元"; an amount in 元 is converted exactly first. */
    static String amount(Money m) {
        return number(m.to(MoneyUnit.WAN_YUAN).value()) + "万元";
    }

    /** "1,934.61": two decimals, half-up, thousands separated. */
    static String number(BigDecimal v) {
        return Money.grouped(v.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    /** "64.67%". */
    static String percent(BigDecimal p) {
        return p.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** part / whole × 100 to two decimals, half-up; null when the whole is zero. */
    static BigDecimal share(Money part, Money whole) {
        if (whole.isZero()) {
            return null;
        }
        return part.yuan().multiply(BigDecimal.valueOf(100))
                .divide(whole.yuan(), new java.math.MathContext(34, RoundingMode.HALF_EVEN)).setScale(2, RoundingMode.HALF_UP);
    }
}
