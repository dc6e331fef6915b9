package org.gongkai.core.template;

import java.util.List;

import org.gongkai.core.model.FactKey;
import org.gongkai.core.model.FundingSource;
import org.gongkai.core.model.Period;
import org.gongkai.core.model.SpendingType;

/**
 * What a column or a fixed line holds, as fact dimensions. Unset means "all". A column summing
 * several sources lists them all. Example: 表五 基本支出: sources [GENERAL_BUDGET], period CURRENT,
 * spending BASIC.
 *
 * @param sources  funding sources summed; empty = all
 * @param period   current year or carry-over; null = both
 * @param spending spending type; null = all
 * @param item     a named line outside the classifications, e.g. "公务接待费"
 * @param economic a department economic code the line stands for, e.g. "30217"
 */
public record Dimensions(List<FundingSource> sources, Period period, SpendingType spending, String item, String economic) {

    public static final Dimensions ALL = new Dimensions(List.of(), null, null, null, null);

    public Dimensions {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** This and {@code other} together, other's set values winning. */
    public Dimensions and(Dimensions other) {
        if (other == null) {
            return this;
        }
        return new Dimensions(other.sources.isEmpty() ? sources : other.sources,
                other.period != null ? other.period : period,
                other.spending != null ? other.spending : spending,
                other.item != null ? other.item : item,
                other.economic != null ? other.economic : economic);
    }

    /** True when the dimensions name one source (or none), so one fact answers. */
    public boolean isSingleSource() {
        return sources.size() <= 1;
    }

    /** Applies these dimensions to {@code key}. Needs a single source. */
    public FactKey applyTo(FactKey key) {
        FactKey k = key;
        if (sources.size() == 1) {
            k = k.withSource(sources.get(0));
        }
        if (period != null) {
            k = k.withPeriod(period);
        }
        if (spending != null) {
            k = k.withSpending(spending);
        }
        if (item != null) {
            k = k.withItem(item);
        }
        if (economic != null) {
            k = k.withEconomic(economic);
        }
        return k;
    }
}
