package org.gongkai.core.check.table;

import java.util.HashMap;
import java.util.Map;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tables;
import org.gongkai.core.model.ClassificationCode;
import org.gongkai.core.model.Classifications;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.template.BlockTemplate;
import org.gongkai.core.template.RowKind;

/**
 * One code, one name: a functional code is printed with the same name in every table (and the
 * 类 rows of 表一/表四 with the name the coded tables give it); a name the classification knows
 * only as an older edition's is flagged.
 */
@RuleSpec(id = "TBL-017", severity = Severity.WARNING, category = Category.CONSISTENCY,
        title = "同一科目名称一致",
        message = "{table}“{code}”的名称为“{actual}”，{source}为“{expected}”",
        description = "同一功能分类科目在各表中的名称相同；表一、表四中类级科目的名称与表二、表三等按编码列示的表一致；"
                + "名称是分类代码表中该科目的旧名称（如医疗卫生与计划生育支出之于卫生健康支出）时亦提示。")
public final class ClassNameRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        if (d.tables().isEmpty()) {
            run.couldNotRun("未找到任何报表");
            return;
        }
        Tables tables = Tables.of(d, run);
        Classifications codes = Classifications.bundled();
        Map<String, String> first = new HashMap<>();
        Map<String, String> where = new HashMap<>();
        for (PublishedTable t : d.tables()) {
            for (BlockTemplate b : tables.blocks(t.id())) {
                if (b.rows() != RowKind.CODES && b.rows() != RowKind.FUNCTION_CLASSES) {
                    continue;
                }
                if (b.classification() != org.gongkai.core.model.ClassificationKind.FUNCTIONAL) {
                    continue;
                }
                for (TableEntry e : t.entries(b.id())) {
                    if (e.level() == 0 || !Tables.isCode(e.key())) {
                        continue;
                    }
                    String name = b.rows() == RowKind.FUNCTION_CLASSES ? stripNumbering(e.label()) : e.label();
                    String before = first.putIfAbsent(e.key(), name);
                    if (before == null) {
                        where.put(e.key(), tables.name(t.id()));
                        var known = codes.functional().find(e.key());
                        if (known.isPresent() && !known.get().name().equals(name) && known.get().aliases().contains(name)
                                && codes.functional().isComplete()) {
                            report(run, tables, t, e, name, known.get());
                        }
                    } else if (!before.equals(name)) {
                        run.report(Severity.WARNING, tables.location(t, e, null), before, name, null,
                                "table", tables.name(t.id()), "code", e.key(), "actual", name, "source", where.get(e.key()), "expected", before);
                    }
                }
            }
        }
    }

    private static void report(RuleRun run, Tables tables, PublishedTable t, TableEntry e, String name, ClassificationCode known) {
        run.report(Severity.WARNING, tables.location(t, e, null), known.name(), name, null,
                "table", tables.name(t.id()), "code", e.key(), "actual", name, "source", "分类代码表", "expected", known.name());
    }

    private static String stripNumbering(String label) {
        int i = label.indexOf('、');
        return i > 0 && i <= 3 ? label.substring(i + 1).strip() : label.strip();
    }
}
