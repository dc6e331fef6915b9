package org.gongkai.core.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where money comes from (收入来源). The first three together are 财政拨款 (fiscal appropriation).
 * Example: {@code GENERAL_BUDGET} 一般公共预算.
 */
public enum FundingSource {
    /** 一般公共预算. */
    GENERAL_BUDGET("一般公共预算"),
    /** 政府性基金预算. */
    GOVERNMENT_FUND("政府性基金预算"),
    /** 国有资本经营预算. */
    STATE_CAPITAL("国有资本经营预算"),
    /** 财政专户管理资金. */
    SPECIAL_ACCOUNT("财政专户管理资金"),
    /** 单位资金 (事业收入, 经营收入, 其他收入 …; Jiangsu prints 其他资金). */
    UNIT_FUNDS("单位资金");

    /** 财政拨款: the three budgets. */
    public static final Set<FundingSource> FISCAL = EnumSet.of(GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL);

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
