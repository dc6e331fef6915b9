package org.gongkai.core.check.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Location;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tables;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureLevel;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.UnitNames;

/** The unit is called by one name: the 单位名称 above every table and on every form is the document's. */
@RuleSpec(id = "DOC-005", severity = Severity.ERROR, category = Category.CONSISTENCY,
        title = "单位名称处处一致",
        message = "{place}的单位名称为“{actual}”，文件的单位名称为“{expected}”",
        description = "每张表上方的“单位名称”应与文件的单位（部门）名称相同；单位公开的绩效目标表中“实施单位”也应相同。"
                + "比较时不计空格和全角、半角括号的差别；印出的名称只是全称的开头（单元格太窄被截断），"
                + "或是同一机构的全称与通行简称（“中国共产党江苏省委员会办公厅”“中共江苏省委办公厅”与“江苏省委办公厅”；"
                + "“人民代表大会常务委员会”与“人大常委会”）时为提示。部门公开中，表和绩效目标表可以是部门或其所属单位。几张表印着同一个不同的名称时，合为一条报告。")
public final class UnitNameRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        String unit = d.metadata().unitName();
        String department = d.metadata().departmentName();
        if (unit == null && department == null) {
            run.couldNotRun("未读到文件的单位名称");
            return;
        }
        String expected = unit != null ? unit : department;
        boolean unitLevel = d.metadata().level() == DisclosureLevel.UNIT;
        Tables tables = Tables.of(d, run);
        // the tables printing another name, by the name: one finding a name ("表一《收支预算总表》等12张表")
        Map<String, List<PublishedTable>> byName = new LinkedHashMap<>();
        for (PublishedTable t : d.tables()) {
            if (t.unitName() != null && !t.unitName().isBlank() && !UnitNames.same(t.unitName(), unit)
                    && !UnitNames.same(t.unitName(), department)) {
                byName.computeIfAbsent(UnitNames.plain(t.unitName()), k -> new ArrayList<>()).add(t);
            }
        }
        for (List<PublishedTable> same : byName.values()) {
            PublishedTable t = same.get(0);
            String place = tables.name(t.id()) + (same.size() > 1 ? "等" + same.size() + "张表" : "");
            run.report(minor(t.unitName(), expected) ? Severity.INFO : Severity.ERROR,
                    Location.cell(tables.name(t.id()), "单位名称", null, t.position()), expected, t.unitName(), null,
                    "place", place, "actual", t.unitName(), "expected", expected);
        }
        if (!unitLevel) {
            return;
        }
        for (PerformanceTarget t : d.performanceTargets()) {
            String u = t.implementingUnit();
            if (u != null && !u.isBlank() && !UnitNames.same(u, unit) && !UnitNames.same(u, department)) {
                String form = "绩效目标表“" + t.projectName() + "”";
                run.report(minor(u, expected) ? Severity.INFO : Severity.ERROR,
                        Location.cell(form, "实施单位", null, t.published().position()), expected, u, null,
                        "place", form, "actual", u, "expected", expected);
            }
        }
    }

    /**
     * The name's start, as a narrow cell prints a long name, or the same body's full or short name:
     * worth a note, not an error.
     */
    private static boolean minor(String printed, String full) {
        String p = UnitNames.plain(printed);
        return p.length() >= 4 && UnitNames.plain(full).startsWith(p) || UnitNames.sameBody(printed, full);
    }
}
