package org.gongkai.core.check.document;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Location;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tables;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.template.TableTemplate;

/** Every table the template requires is published, empty or not. */
@RuleSpec(id = "DOC-001", severity = Severity.ERROR, category = Category.COMPLETENESS,
        title = "模板规定的表格齐全",
        message = "缺少{table}（{template}规定的第{number}张表）",
        description = "文件所用表样（模板）规定的每一张表都应公开；没有数据的表也要公开，并注明无数据（见DOC-002）。"
                + "模板中标为可选的表不在此列。文件一张表也没有时（报表另附一个文件），合为一条报告。")
public final class TablesPresentRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        Tables tables = Tables.of(d, run);
        if (tables.template() == null) {
            run.couldNotRun("未识别出文件所用的表样（模板）");
            return;
        }
        if (d.tables().isEmpty()) {
            long required = tables.template().tables().stream().filter(t -> !t.optional()).count();
            run.report(Severity.ERROR, Location.at(null), required + "张表", "0张表", null,
                    "table", "全部" + required + "张报表（本文件只有文字；报表若另附于其他文件，请一并检查）",
                    "template", tables.template().name(), "number", "1—" + required);
            return;
        }
        for (TableTemplate t : tables.template().tables()) {
            if (!t.optional() && d.table(t.id()).isEmpty()) {
                run.report(Severity.ERROR, Location.cell(tables.name(t.id()), null, null, null), "公开", "缺少", null,
                        "table", tables.name(t.id()), "template", tables.template().name(), "number", String.valueOf(t.number()));
            }
        }
    }
}
