package org.gongkai.core.check.target;

import java.util.Optional;

import org.gongkai.core.check.Location;
import org.gongkai.core.check.Tables;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.read.Companions;
import org.gongkai.core.template.TableTemplate;

/** What the PERF rules share: naming a form in messages, matching project names, one-year projects. */
final class Targets {

    private Targets() {
    }

    /** "绩效目标表“视频会议网络费”". */
    static String name(PerformanceTarget t) {
        return "绩效目标表“" + (t.projectName() == null ? "（无项目名称）" : t.projectName()) + "”";
    }

    static Location at(PerformanceTarget t, String field, PublishedAmount a) {
        SourcePosition p = a != null ? a.position() : t.published().position();
        return Location.cell(name(t), field, null, p);
    }

    static Location at(PerformanceTarget t, String field) {
        return Location.cell(name(t), field, null, t.published().position());
    }

    /** A project name for matching: no spaces, brackets of one width. */
    static String key(String name) {
        return name == null ? "" : name.replace(" ", "").replace('(', '（').replace(')', '）').replace('[', '【').replace(']', '】');
    }

    /** A project that runs one year: 项目期 "1年" or 项目属性 "一次性项目(1年结束)". */
    static boolean oneYear(PerformanceTarget t) {
        String term = t.projectTerm() == null ? "" : t.projectTerm().replace(" ", "");
        String type = t.projectType() == null ? "" : t.projectType();
        return term.equals("1年") || term.equals("一年") || type.contains("1年结束") || type.contains("一年");
    }

    /** The template's table of this year's projects ("项目支出预算表（本年预算）"), by title. */
    static Optional<PublishedTable> projectTable(Disclosure d) {
        return table(d, false);
    }

    /** The template's table of projects carried over ("项目支出预算表（上年结转）"), by title. */
    static Optional<PublishedTable> carriedTable(Disclosure d) {
        return table(d, true);
    }

    private static Optional<PublishedTable> table(Disclosure d, boolean carried) {
        Tables tables = new Tables(d);
        if (tables.template() == null) {
            return Optional.empty();
        }
        for (TableTemplate t : tables.template().tables()) {
            if (t.title().contains("项目支出预算表") && t.title().contains("上年结转") == carried) {
                return d.table(t.id());
            }
        }
        return Optional.empty();
    }

    /** Why a project-table rule does not apply: the table set publishes no target forms. */
    static Optional<String> formsNotRequired(Disclosure d) {
        Tables tables = new Tables(d);
        if (tables.template() == null) {
            if (d.performanceTargets().isEmpty() && Companions.hasUnreadTables(d)) {
                return Optional.of("未识别出表样：文件中的表格（其中可能有项目支出绩效目标表）未读");
            }
            return d.performanceTargets().isEmpty() ? Optional.of("未识别出表样，且文件没有项目支出绩效目标表") : Optional.empty();
        }
        return tables.template().performanceTargets() ? Optional.empty()
                : Optional.of(tables.template().name() + "不要求公开项目支出绩效目标表");
    }

    static Optional<String> notApplicable(Disclosure d) {
        return d.performanceTargets().isEmpty() ? Optional.of("文件没有项目支出绩效目标表") : Optional.empty();
    }
}
