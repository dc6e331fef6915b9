package org.gongkai.core.model;

/**
 * A third-level performance indicator (三级指标) with its target value (指标值), as printed.
 * Example: 参加意外保险人数, "≥320000人".
 */
public record Indicator(String name, String value, SourcePosition position) {
}
