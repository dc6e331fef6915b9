package org.gongkai.core.check.target;

import java.util.HashMap;
import java.util.Map;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PerformanceTarget;

/** The forms of one unit give one department code: "061" among "051"s is a slip. */
@RuleSpec(id = "PERF-009", severity = Severity.WARNING, category = Category.CONSISTENCY,
        title = "主管部门代码一致",
        message = "{form}的主管部门代码为“{actual}”，其余绩效目标表为“{expected}”",
        description = "同一文件各绩效目标表的主管部门及代码应一致；与多数不同的代码提示核对。")
public final class DepartmentCodeRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        if (d.performanceTargets().size() < 2) {
            run.notApplicable("绩效目标表少于两张，无从比较");
            return;
        }
        Map<String, Integer> votes = new HashMap<>();
        for (PerformanceTarget t : d.performanceTargets()) {
            if (t.departmentCode() != null) {
                votes.merge(t.departmentCode(), 1, Integer::sum);
            }
        }
        String usual = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (usual == null || votes.get(usual) * 2 <= d.performanceTargets().size()) {
            return; // no clear majority to hold the others to
        }
        for (PerformanceTarget t : d.performanceTargets()) {
            if (t.departmentCode() != null && !t.departmentCode().equals(usual)) {
                run.report(Severity.WARNING, Targets.at(t, "主管部门及代码"), usual, t.departmentCode(), null,
                        "form", Targets.name(t), "actual", t.departmentCode(), "expected", usual);
            }
        }
    }
}
