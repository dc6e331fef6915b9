package org.gongkai.core.model;

/**
 * The kind of spending. {@code BASIC} is 人员经费 + 公用经费; a fact is keyed by the finest type its
 * table gives. Example: {@code PERSONNEL} 人员经费 211.71 万元.
 */
public enum SpendingType {
    /** 基本支出 = 人员经费 + 公用经费. */
    BASIC("基本支出"),
    /** 人员经费 (personnel spending). */
    PERSONNEL("人员经费"),
    /** 公用经费 (public operating spending). */
    PUBLIC("公用经费"),
    /** 项目支出 (project spending). */
    PROJECT("项目支出"),
    /** 单位预留机动经费 (a reserve some provinces budget apart, e.g. Jiangsu). */
    RESERVE("单位预留机动经费");

    private final String label;

    SpendingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when this type is {@code other} or contains it: BASIC includes PERSONNEL. */
    public boolean includes(SpendingType other) {
        return this == other || (this == BASIC && (other == PERSONNEL || other == PUBLIC));
    }
}
