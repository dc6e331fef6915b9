package org.gongkai.core.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The unit an amount is published in. Tables use 万元 with two decimals; performance-target
 * tables use 元, integers with thousands separators. Example: {@code WAN_YUAN} for "单位：万元".
 */
public enum MoneyUnit {
    /** 元 (yuan). Example: 2,970,000 元 in a 绩效目标表. */
    YUAN("元", BigDecimal.ONE),
    /** 万元 (ten thousand yuan). Example: 134.97 万元 in 表三. */
    WAN_YUAN("万元", BigDecimal.valueOf(10_000));

    private final String label;
    private final BigDecimal yuan;

    MoneyUnit(String label, BigDecimal yuan) {
        this.label = label;
        this.yuan = yuan;
    }

    /** The unit as printed, e.g. "万元". */
    public String label() {
        return label;
    }

    /** How many yuan one of this unit is: 1 or 10000. */
    public BigDecimal yuan() {
        return yuan;
    }

    /** The unit printed as {@code label} ("万元", "元"), if it is one. */
    public static Optional<MoneyUnit> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String l = label.strip();
        for (MoneyUnit u : values()) {
            if (u.label.equals(l)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
