package org.gongkai.core.check.table;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tables;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.template.BlockTemplate;
import org.gongkai.core.template.RowKind;

/**
 * Codes keep their hierarchy: a 项 is listed under its 款 and the 款 under its 类 (the parent is
 * printed, before it), and a code has a valid length.
 */
@RuleSpec(id = "TBL-018", severity = Severity.ERROR, category = Category.FORMAT,
        title = "科目编码层级正确",
        message = "{table}“{row}”：{problem}",
        description = "按科目编码列示的表中，每个款、项的上级科目（编码去掉末两位）已在其前列出；编码长度为类3位、款5位、项7位。")
public final class CodeHierarchyRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        if (d.tables().isEmpty()) {
            run.couldNotRun("未找到任何报表");
            return;
        }
        Tables tables = Tables.of(d, run);
        for (PublishedTable t : d.tables()) {
            for (BlockTemplate b : tables.blocks(t.id())) {
                if (b.rows() != RowKind.CODES) {
                    continue;
                }
                List<TableEntry> entries = t.entries(b.id());
                Set<String> seen = new HashSet<>();
                for (TableEntry e : entries) {
                    if (e.role() == EntryRole.TOTAL || !Tables.isCode(e.key())) {
                        continue;
                    }
                    String problem = null;
                    if (e.level() == 0) {
                        problem = "编码“" + e.key() + "”的长度不是类（3位）、款（5位）或项（7位）";
                    } else {
                        String parent = b.classification().parentOf(e.key());
                        if (!parent.isEmpty() && !seen.contains(parent)) {
                            problem = "上级科目" + parent + "未在其前列出";
                        }
                    }
                    seen.add(e.key());
                    if (problem != null) {
                        run.report(Severity.ERROR, tables.location(t, e, null), null, e.key(), null,
                                "table", tables.name(t.id()), "row", Tables.row(e), "problem", problem);
                    }
                }
            }
        }
    }
}
