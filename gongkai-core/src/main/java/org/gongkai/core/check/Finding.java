package org.gongkai.core.check;

import java.util.Map;

/**
 * One thing a rule found, with everything a reader needs to act on it: the rule, how much it
 * matters, the message, where, and the values: as published (actual), as they should be
 * (expected), and the difference. Example: TBL-001, INFO, "表三“20801 人力资源和社会保障管理事务”的
 * 合计为898.52，分项之和为898.53，相差0.01（在四舍五入误差之内）", expected "898.53", actual "898.52".
 *
 * @param ruleId     e.g. "TBL-001"
 * @param severity   this finding's severity (at most the rule's; a difference rounding explains is INFO)
 * @param category   the rule's category
 * @param message    the message, filled in
 * @param location   where
 * @param expected   what the value should be, as text (null when not a value)
 * @param actual     what was published, as text
 * @param difference actual minus expected, as text
 * @param values     the values the message was filled with, by placeholder
 */
public record Finding(String ruleId, Severity severity, Category category, String message, Location location,
                      String expected, String actual, String difference, Map<String, String> values) {

    public Finding {
        values = Map.copyOf(values);
    }
}
