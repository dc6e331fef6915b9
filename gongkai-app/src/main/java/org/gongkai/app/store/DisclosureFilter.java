package org.gongkai.app.store;

import org.gongkai.core.model.DisclosureKind;

/**
 * Which stored versions a list or a search keeps: each given part must equal the version's, a null
 * part keeps every version. Example: {@code new DisclosureFilter(null, null, "柳林县人力资源和社会保障局", 2024, null)}
 * keeps that unit's 2024 disclosures, budget and final accounts, every version.
 *
 * @param region     行政区划 exactly as stored, e.g. 柳林县; null for any
 * @param department 主管部门 exactly as stored; null for any
 * @param unit       单位 exactly as stored; null for any
 * @param year       fiscal year, e.g. 2024; null for any
 * @param kind       预算 or 决算; null for any
 */
public record DisclosureFilter(String region, String department, String unit, Integer year, DisclosureKind kind) {

    /** Keeps everything. */
    public static final DisclosureFilter NONE = new DisclosureFilter(null, null, null, null, null);

    public DisclosureFilter {
        region = blankToNull(region);
        department = blankToNull(department);
        unit = blankToNull(unit);
    }

    /** True when it keeps every version. */
    public boolean isEmpty() {
        return region == null && department == null && unit == null && year == null && kind == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
