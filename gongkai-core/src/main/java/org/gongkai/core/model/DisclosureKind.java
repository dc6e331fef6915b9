package org.gongkai.core.model;

/** 预算 (budget) or 决算 (final accounts). Example: "2024年度单位预算公开" is {@code BUDGET}. */
public enum DisclosureKind {
    BUDGET("预算"),
    FINAL_ACCOUNTS("决算");

    private final String label;

    DisclosureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
