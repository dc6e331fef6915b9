package org.gongkai.core.model;

/**
 * Whether the disclosure is one unit's (单位) or a department's with its units consolidated (部门).
 * Example: "2024年度单位预算公开" is {@code UNIT}.
 */
public enum DisclosureLevel {
    UNIT("单位"),
    DEPARTMENT("部门");

    private final String label;

    DisclosureLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
