package org.gongkai.core.model;

/** Vehicles of one use, as stated. Example: 其他公务用车 1 (辆). */
public record VehicleCount(String use, int count) {
}
