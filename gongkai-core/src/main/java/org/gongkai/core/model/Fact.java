package org.gongkai.core.model;

import java.util.List;

/**
 * An amount about one combination of dimensions, with every place it was published.
 * Example: {function 2080101, GENERAL_BUDGET, CURRENT, BASIC} = 133.70 万元, printed in 表五.
 *
 * @param key     the dimensions
 * @param amount  the amount
 * @param label   what the row is called where it was published, e.g. 行政运行
 * @param sources where it was published
 */
public record Fact(FactKey key, Money amount, String label, List<FactSource> sources) {

    public Fact {
        sources = List.copyOf(sources);
    }
}
