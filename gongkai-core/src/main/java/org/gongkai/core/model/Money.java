package org.gongkai.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact amount of money in a unit. Never binary floating point: the value is a
 * {@link BigDecimal} that keeps the scale it was published with ("134.97", "0.10").
 * Two amounts are equal when they are the same sum of money, whatever their unit or scale:
 * {@code Money.of("1.5", WAN_YUAN)} equals {@code Money.of("15000", YUAN)}.
 *
 * <p>Example: {@code Money.parse("1,934.61", MoneyUnit.WAN_YUAN)} is 1934.61 万元.
 */
public record Money(BigDecimal value, MoneyUnit unit) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    /** Zero in {@code unit}, with the two decimals tables print. */
    public static Money zero(MoneyUnit unit) {
        return unit == MoneyUnit.WAN_YUAN ? ZERO_WAN_YUAN : ZERO_YUAN; // made once: amounts are immutable
    }

    private static final Money ZERO_WAN_YUAN = new Money(BigDecimal.ZERO.setScale(2), MoneyUnit.WAN_YUAN);
    private static final Money ZERO_YUAN = new Money(BigDecimal.ZERO, MoneyUnit.YUAN);

    /** Exact amount from a plain decimal string, e.g. {@code of("134.97", WAN_YUAN)}. */
    public static Money of(String value, MoneyUnit unit) {
        return new Money(new BigDecimal(value), unit);
    }

    public static Money of(BigDecimal value, MoneyUnit unit) {
        return new Money(value, unit);
    }

    /**
     * Reads an amount as printed: thousands separators (ASCII or full-width commas), a minus
     * sign (ASCII, full-width or "－"), full-width digits and a trailing unit are accepted.
     * Returns empty for anything that is not one number, e.g. "≥98%", "1年", "".
     * Example: {@code parse("2,970,000", YUAN)} is 2970000 元.
     */
    public static Optional<Money> parse(String text, MoneyUnit unit) {
        return parseDecimal(text).map(v -> new Money(v, unit));
    }

    /** The decimal in {@code text} when the text is a single printed number, else empty. */
    public static Optional<BigDecimal> parseDecimal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        // digits gathered into a long (tables print far fewer than 18); the scale is the count of
        // digits after the point, so "134.97" is 13497 at scale 2, as new BigDecimal("134.97");
        // a longer number, once checked, is read from its digits as a string
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        boolean negative = false;
        boolean endsInPoint = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) (c - '０' + '0');
            }
            if (c >= '0' && c <= '9') {
                if (++digits <= 18) {
                    unscaled = unscaled * 10 + (c - '0');
                }
                if (point) {
                    scale++;
                }
                endsInPoint = false;
            } else if (c == '.' || c == '．') {
                if (point) {
                    return Optional.empty();
                }
                point = true;
                endsInPoint = true;
            } else if (c == ',' || c == '，') {
                // a thousands separator must sit between digits, groups of three follow
                if (digits == 0 || point) {
                    return Optional.empty();
                }
            } else if ((c == '-' || c == '－' || c == '−') && digits == 0 && !point && !negative) {
                negative = true;
            } else if (c == '+' && digits == 0 && !point && !negative) {
                continue;
            } else {
                return Optional.empty();
            }
        }
        if (digits == 0 || endsInPoint) {
            return Optional.empty();
        }
        if (digits > 18) {
            return Optional.of(new BigDecimal(plain(s, negative)));
        }
        return Optional.of(BigDecimal.valueOf(negative ? -unscaled : unscaled, scale));
    }

    /** A checked number of more than 18 digits as BigDecimal reads it: digits, point and sign only. */
    private static String plain(String s, boolean negative) {
        StringBuilder b = new StringBuilder(s.length() + 1);
        if (negative) {
            b.append('-');
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c >= '0' && c <= '9') {
                b.append(c);
            } else if (c == '.' || c == '．') {
                b.append('.');
            }
        }
        return b.toString();
    }

    /** This amount in {@code target}, exactly: 1.27 万元 is 12700 元. */
    public Money to(MoneyUnit target) {
        if (target == unit) {
            return this;
        }
        BigDecimal yuan = value.multiply(unit.yuan());
        BigDecimal converted = yuan.divide(target.yuan());
        return new Money(converted, target);
    }

    /** The amount in yuan, exactly. */
    public BigDecimal yuan() {
        return value.multiply(unit.yuan());
    }

    public Money plus(Money other) {
        Money o = other.to(unit);
        return new Money(value.add(o.value), unit);
    }

    public Money minus(Money other) {
        Money o = other.to(unit);
        return new Money(value.subtract(o.value), unit);
    }

    public Money negate() {
        return new Money(value.negate(), unit);
    }

    public Money abs() {
        return value.signum() < 0 ? negate() : this;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public int signum() {
        return value.signum();
    }

    /** Rounded half-up to {@code scale} decimals in its own unit, as a publication would print it. */
    public Money rounded(int scale) {
        return new Money(value.setScale(scale, RoundingMode.HALF_UP), unit);
    }

    /** The value as printed without grouping, e.g. "1934.61". */
    public String plain() {
        return value.toPlainString();
    }

    /**
     * A plain decimal (as {@link #plain} writes one) with its thousands separated, as tables and
     * text print them: "164978640" is "164,978,640", "-1234.50" is "-1,234.50".
     */
    public static String grouped(String plain) {
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        if (end - start <= 3) {
            return plain;
        }
        StringBuilder out = new StringBuilder(plain.length() + (end - start) / 3);
        out.append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, end, plain.length()).toString();
    }

    @Override
    public int compareTo(Money o) {
        // in one unit the values compare as the sums do; only amounts in two units go through yuan
        return unit == o.unit ? value.compareTo(o.value) : yuan().compareTo(o.yuan());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && compareTo(m) == 0;
    }

    @Override
    public int hashCode() {
        return yuan().stripTrailingZeros().hashCode();
    }

    /** "134.97万元". */
    @Override
    public String toString() {
        return value.toPlainString() + unit.label();
    }
}
