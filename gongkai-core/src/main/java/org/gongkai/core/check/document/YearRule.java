package org.gongkai.core.check.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Location;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tables;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PublishedTable;

/** Titles carry the document's year: a 2024 document has no "2023年预算收支总表" left from last year's. */
@RuleSpec(id = "DOC-011", severity = Severity.ERROR, category = Category.CONSISTENCY,
        title = "标题年度与文件年度一致",
        message = "{place}的标题写“{actual}年”，文件是{expected}年的：“{text}”",
        description = "表题、情况说明标题和绩效目标表标题中的年度应是文件的预算年度；上年的年度多是套用上年文件未改。")
public final class YearRule implements Rule {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2}|19\\d{2})年");

    @Override
    public void check(Disclosure d, RuleRun run) {
        int year = d.metadata().year();
        if (year <= 0) {
            run.couldNotRun("未读到文件的预算年度");
            return;
        }
        Tables tables = Tables.of(d, run);
        for (PublishedTable t : d.tables()) {
            if (t.title() != null) {
                check(run, year, tables.name(t.id()), t.title(), Location.cell(tables.name(t.id()), null, null, t.position()));
            }
        }
        if (d.narrative().title() != null) {
            check(run, year, "情况说明", d.narrative().title(), Location.text(d.narrative().title(), null, null));
        }
        for (PerformanceTarget t : d.performanceTargets()) {
            if (t.year() != null && t.year() != year) {
                String form = "绩效目标表“" + t.projectName() + "”";
                run.report(Severity.ERROR, Location.cell(form, null, null, t.published().position()), String.valueOf(year),
                        String.valueOf(t.year()), null, "place", form, "actual", String.valueOf(t.year()), "expected", String.valueOf(year),
                        "text", t.title() == null ? "" : t.title());
            }
        }
    }

    private static void check(RuleRun run, int year, String place, String title, Location at) {
        Matcher m = YEAR.matcher(title);
        if (m.find() && Integer.parseInt(m.group(1)) != year) {
            run.report(Severity.ERROR, at, String.valueOf(year), m.group(1), null,
                    "place", place, "actual", m.group(1), "expected", String.valueOf(year), "text", title);
        }
    }
}
