package org.gongkai.core.check;

/**
 * What an inspection calls the quality a rule guards (公开检查的评分维度).
 * Example: {@code ACCURACY} for a total that does not add up.
 */
public enum Category {
    /** 完整性: everything that must be published is there. */
    COMPLETENESS("完整性"),
    /** 准确性: figures are right and add up. */
    ACCURACY("准确性"),
    /** 一致性: the same thing is said the same way everywhere. */
    CONSISTENCY("一致性"),
    /** 规范性: wording, numbering, units and form follow the rules. */
    FORMAT("规范性");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
