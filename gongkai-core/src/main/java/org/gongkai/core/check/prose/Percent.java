package org.gongkai.core.check.prose;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.gongkai.core.check.Tolerance;
import org.gongkai.core.model.Money;

/**
 * Per cents recomputed from printed figures, allowing for their rounding: 1251.07 / 1934.61 is
 * 64.667%, printed 64.67; "66%" for 584 / 882.55 = 66.17% is right to the printed whole per cent.
 * A stated per cent agrees when some true values the printed figures could round from give it,
 * rounded or cut off (many offices cut: 10.1581% printed 10.15%).
 */
final class Percent {

    private static final MathContext MC = new MathContext(20, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** numerator / denominator × 100, rounded to {@code scale} decimals as a writer would print it. */
    static BigDecimal of(Money numerator, Money denominator, int scale) {
        return numerator.yuan().multiply(HUNDRED).divide(denominator.yuan(), MC).setScale(scale, RoundingMode.HALF_UP);
    }

    /**
     * True when {@code stated} (with its printed decimals) can be numerator / denominator × 100,
     * rounded or cut off at its last decimal.
     */
    static boolean agrees(Money numerator, Money denominator, BigDecimal stated) {
        if (denominator.isZero()) {
            return false;
        }
        BigDecimal n = numerator.abs().yuan();
        BigDecimal d = denominator.abs().yuan();
        BigDecimal hn = Tolerance.halfUnit(numerator).multiply(numerator.unit().yuan());
        BigDecimal hd = Tolerance.halfUnit(denominator).multiply(denominator.unit().yuan());
        if (numerator.isZero()) {
            hn = BigDecimal.ZERO; // a printed 0 is nothing
        }
        BigDecimal lo = n.subtract(hn).max(BigDecimal.ZERO).multiply(HUNDRED).divide(d.add(hd), MC);
        BigDecimal hi = n.add(hn).multiply(HUNDRED).divide(d.subtract(hd).max(BigDecimal.ONE.movePointLeft(6)), MC);
        BigDecimal half = BigDecimal.valueOf(5, Math.max(0, stated.scale()) + 1);
        BigDecimal sLo = stated.abs().subtract(half);
        BigDecimal sHi = stated.abs().add(half).add(half); // cut off rather than rounded: 10.1581% printed as 10.15%
        return sHi.compareTo(lo) >= 0 && sLo.compareTo(hi) <= 0;
    }

    static String show(BigDecimal p) {
        return p.toPlainString() + "%";
    }
}
