package org.gongkai.core.model;

import java.util.List;

/**
 * 人员情况: staff counts by kind, the total, and the change against the year before with its
 * reasons. Unstated numbers are null. Example: total 39 (行政公务员 12, 事业人员 5, 政府购买服务人员 22),
 * change -3 against 2023, reasons 正常退休2人, 购买服务人员解聘1人.
 *
 * @param total         people in total, e.g. 39
 * @param byKind        counts by kind
 * @param change        the change in people against {@code comparedYear} (negative: fewer)
 * @param comparedYear  the year compared with, e.g. 2023
 * @param reasons       the stated reasons for the change
 * @param text          the paragraphs as published
 */
public record Staffing(Integer total, List<StaffCount> byKind, Integer change, Integer comparedYear,
                       List<String> reasons, List<Paragraph> text) {

    public Staffing {
        byKind = List.copyOf(byKind);
        reasons = List.copyOf(reasons);
        text = List.copyOf(text);
    }
}
