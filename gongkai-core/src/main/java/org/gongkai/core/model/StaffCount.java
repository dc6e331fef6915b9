package org.gongkai.core.model;

/**
 * A number of people of one kind, as stated. Example: 行政公务员 12 (名).
 *
 * @param kind     as printed, e.g. 行政公务员, 事业人员, 政府购买服务人员
 * @param count    the number
 * @param position where it is stated
 */
public record StaffCount(String kind, int count, SourcePosition position) {
}
