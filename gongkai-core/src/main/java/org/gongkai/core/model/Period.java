package org.gongkai.core.model;

/** Money of the year's own budget or carried over from earlier years. Example: {@code CARRY_OVER} 上年结转. */
public enum Period {
    /** 当年预算安排 / 本年收入. */
    CURRENT("当年"),
    /** 上年结转. */
    CARRY_OVER("上年结转");

    private final String label;

    Period(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
