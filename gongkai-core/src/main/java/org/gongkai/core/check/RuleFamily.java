package org.gongkai.core.check;

/** The families rule IDs begin with. Example: {@code TBL} in TBL-001. */
public enum RuleFamily {
    /** Tables: sums, code hierarchies, cross-table identities. */
    TBL("报表"),
    /** 情况说明: amounts, shares, changes, names and wording of the prose. */
    PROSE("情况说明"),
    /** 项目支出绩效目标表. */
    PERF("绩效目标"),
    /** 政府购买服务指导性目录. */
    CAT("购买服务目录"),
    /** The document as a whole: completeness, numbering, wording, units. */
    DOC("文件");

    private final String label;

    RuleFamily(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when {@code ruleId} is one of this family's: "PROSE-007" is {@link #PROSE}'s. */
    public boolean holds(String ruleId) {
        return ruleId.length() > name().length() && ruleId.startsWith(name()) && ruleId.charAt(name().length()) == '-';
    }
}
