package org.gongkai.core.model;

/**
 * A project's money by source for one period, in 元 as printed in a 绩效目标表. Unprinted cells are null.
 * Example: total 2,970,000; central 2,970,000; provincial 0; city and county 0; self-raised 0.
 *
 * @param total       资金总额
 * @param central     中央财政资金
 * @param provincial  省级财政资金
 * @param cityCounty  市县(区)财政资金
 * @param selfRaised  单位自筹
 * @param other       其他资金
 */
public record FundsBySource(PublishedAmount total, PublishedAmount central, PublishedAmount provincial,
                            PublishedAmount cityCounty, PublishedAmount selfRaised, PublishedAmount other) {

    public static final FundsBySource NONE = new FundsBySource(null, null, null, null, null, null);

    /** The sum of the sources that are printed, or null when none is. */
    public Money sumOfSources() {
        Money sum = null;
        for (PublishedAmount a : new PublishedAmount[] {central, provincial, cityCounty, selfRaised, other}) {
            if (a != null) {
                sum = sum == null ? a.money() : sum.plus(a.money());
            }
        }
        return sum;
    }
}
