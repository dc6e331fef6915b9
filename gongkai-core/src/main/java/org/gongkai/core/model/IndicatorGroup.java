package org.gongkai.core.model;

import java.util.List;

/**
 * A second-level indicator group (二级指标) and its indicators; a group printed without any
 * indicator has none. Example: 数量指标 with 参加意外保险人数.
 */
public record IndicatorGroup(String name, List<Indicator> indicators) {

    public IndicatorGroup {
        indicators = List.copyOf(indicators);
    }
}
