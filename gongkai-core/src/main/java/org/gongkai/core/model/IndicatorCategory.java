package org.gongkai.core.model;

import java.util.List;

/**
 * A first-level indicator (一级指标) and its groups. Example: 产出指标 with 数量指标, 质量指标,
 * 时效指标, 成本指标.
 */
public record IndicatorCategory(String name, List<IndicatorGroup> groups) {

    public IndicatorCategory {
        groups = List.copyOf(groups);
    }
}
