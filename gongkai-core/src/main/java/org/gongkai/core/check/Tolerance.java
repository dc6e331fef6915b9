package org.gongkai.core.check;

import java.math.BigDecimal;
import java.util.List;

import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;

/**
 * Compares a published figure with what other published figures say it should be, allowing
 * for rounding. Every figure is rounded on its own when printed, so a total may differ from the
 * sum of its printed parts by up to half a unit of the last decimal of each figure involved:
 * 0.005 万元 for each of n parts and for the total (a blank or zero part is exact and adds nothing). Two prints of one quantity, though, must
 * agree exactly: they are the same number rounded the same way.
 * Example: 898.52 against 134.97 + 43.94 + 719.62 = 898.53 is within 4 × 0.005 = 0.02: rounding.
 */
public final class Tolerance {

    /** How a published figure relates to its expected value. */
    public enum Agreement { EQUAL, ROUNDING, DIFFERENT }

    /**
     * The comparison's outcome.
     *
     * @param agreement  equal, within rounding, or different
     * @param expected   the expected value (the sum of the terms), in the published figure's unit
     * @param difference published minus expected
     * @param bound      the largest difference rounding explains; zero when the two are equal (not worked out)
     */
    public record Verdict(Agreement agreement, Money expected, Money difference, BigDecimal bound) {

        public boolean agrees() {
            return agreement != Agreement.DIFFERENT;
        }

        /** True when there is anything to report: a difference, rounding or not. */
        public boolean differs() {
            return agreement != Agreement.EQUAL;
        }
    }

    private Tolerance() {
    }

    /** Half a unit of the last printed decimal for 0 to 4 decimals, made once: 0.5, 0.05, 0.005, … */
    private static final BigDecimal[] HALF_UNITS = {
        BigDecimal.valueOf(5, 1), BigDecimal.valueOf(5, 2), BigDecimal.valueOf(5, 3), BigDecimal.valueOf(5, 4), BigDecimal.valueOf(5, 5)};

    /** Half a unit of the last printed decimal: "134.97" gives 0.005, "297" gives 0.5, "3990.4" gives 0.05. */
    public static BigDecimal halfUnit(Money m) {
        int decimals = Math.max(0, m.value().scale());
        return decimals < HALF_UNITS.length ? HALF_UNITS[decimals] : BigDecimal.valueOf(5, decimals + 1);
    }

    /**
     * {@code published} against the sum of {@code terms}. With one term, the two are prints of one
     * quantity and must be equal; with several, each may be off by half a unit. The bound is worked
     * out only when the two differ (most figures agree to the cent); it is zero when they are equal.
     */
    public static Verdict compare(Money published, List<Money> terms) {
        MoneyUnit unit = published.unit();
        BigDecimal sum = Tables.zero(unit).value();
        for (int i = 0; i < terms.size(); i++) { // by index: the callers' lists are arrays, and no iterator is made
            sum = sum.add(terms.get(i).to(unit).value());
        }
        Money expected = Money.of(sum, unit);
        Money diff = published.minus(expected);
        if (diff.isZero()) {
            return new Verdict(Agreement.EQUAL, expected, diff, BigDecimal.ZERO);
        }
        BigDecimal bound = BigDecimal.ZERO;
        int rounded = 0;
        for (int i = 0; i < terms.size(); i++) {
            Money t = terms.get(i).to(unit);
            if (!t.isZero()) { // a blank or 0.00 is exactly nothing: no rounding in it
                bound = bound.add(halfUnit(t));
                rounded++;
            }
        }
        if (rounded > 1) { // one figure against another print of the same quantity: no room
            bound = bound.add(halfUnit(published));
        } else {
            bound = BigDecimal.ZERO;
        }
        Agreement a = diff.abs().value().compareTo(bound) <= 0 ? Agreement.ROUNDING : Agreement.DIFFERENT;
        return new Verdict(a, expected, diff, bound);
    }

    /** Two figures that are prints of one quantity. */
    public static Verdict same(Money published, Money other) {
        return compare(published, List.of(other));
    }

    /** A money value as messages print it: the plain decimal, e.g. "1934.61". */
    public static String show(Money m) {
        return m.value().toPlainString();
    }

    /** A difference with its sign: "+0.01", "-12.00". */
    public static String signed(Money m) {
        String s = m.value().toPlainString();
        return m.signum() > 0 ? "+" + s : s;
    }
}
