package org.gongkai.app.store;

import org.gongkai.core.check.Severity;

/**
 * A finding as stored with its disclosure.
 * Example: TBL-001, INFO, "表三“20801 人力资源和社会保障管理事务”的合计为898.52，分项之和为898.53……", "T3“20801 …”合计（第182行第3列）".
 *
 * @param ruleId   e.g. "TBL-001"
 * @param severity 错误, 警告 or 提示
 * @param message  the checker's message
 * @param location where, in Chinese
 */
public record StoredFinding(String ruleId, Severity severity, String message, String location) {
}
