package org.gongkai.core.check.target;

import java.util.HashSet;
import java.util.Set;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Location;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tables;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;

/** Every project of this year's project table has its 绩效目标表, and every 绩效目标表 is of a listed project. */
@RuleSpec(id = "PERF-001", severity = Severity.ERROR, category = Category.COMPLETENESS,
        title = "每个项目都有绩效目标表",
        message = "{problem}“{project}”",
        description = "项目支出预算表（本年预算）中的每个项目都应公开项目支出绩效目标表；每张绩效目标表的项目也应在项目支出预算表中列出。"
                + "项目名称比较时不计空格和括号的全角半角。")
public final class TargetForEveryProjectRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        if (Targets.formsNotRequired(d).isPresent()) {
            run.notApplicable(Targets.formsNotRequired(d).get());
            return;
        }
        if (d.narrative().sections().isEmpty() && d.performanceTargets().isEmpty()) {
            run.couldNotRun("文件没有情况说明，其中的绩效目标表无从核对（情况说明若另附于其他文件，请与之一并检查）");
            return;
        }
        var t12 = Targets.projectTable(d);
        if (t12.isEmpty()) {
            run.couldNotRun("未找到项目支出预算表（本年预算）");
            return;
        }
        PublishedTable projects = t12.get();
        Set<String> listed = new HashSet<>();
        boolean any = false;
        for (TableEntry e : projects.entries()) {
            if (e.role() == EntryRole.ITEM) {
                listed.add(Targets.key(e.label()));
                any = true;
            }
        }
        if (!any && d.performanceTargets().isEmpty()) {
            run.notApplicable("本年没有项目支出");
            return;
        }
        Set<String> forms = new HashSet<>();
        for (PerformanceTarget t : d.performanceTargets()) {
            forms.add(Targets.key(t.projectName()));
        }
        Tables tables = Tables.of(d, run);
        for (TableEntry e : projects.entries()) {
            if (e.role() == EntryRole.ITEM && !forms.contains(Targets.key(e.label()))) {
                run.report(Severity.ERROR, tables.location(projects, e, "total"), null, null, null,
                        "problem", "项目支出预算表中的项目没有绩效目标表：", "project", e.label());
            }
        }
        Set<String> carried = new HashSet<>();
        Targets.carriedTable(d).ifPresent(t -> t.entries().forEach(e -> carried.add(Targets.key(e.label()))));
        for (PerformanceTarget t : d.performanceTargets()) {
            String k = Targets.key(t.projectName());
            if (!listed.contains(k) && !carried.contains(k)) {
                run.report(Severity.ERROR, Location.cell(Targets.name(t), "项目名称", null, t.published().position()), null, null, null,
                        "problem", "绩效目标表的项目不在项目支出预算表中：", "project", String.valueOf(t.projectName()));
            }
        }
    }
}
