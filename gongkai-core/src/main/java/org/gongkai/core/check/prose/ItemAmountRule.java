package org.gongkai.core.check.prose;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tables;
import org.gongkai.core.check.Tolerance;
import org.gongkai.core.model.ClassificationKind;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.read.Labels;
import org.gongkai.core.template.BlockTemplate;
import org.gongkai.core.template.RowKind;

/**
 * An amount the text gives a 项 by its place in the functional classification ("1. “一般公共服务
 * 支出（类）统计信息事务（款）统计管理（项）”2.63万元", "1．党委办公厅（室）及相关机构事务（款）行政运行（项）
 * 支出6106.99万元") is what the tables print for that 项: the row of the code whose 项, 款 (and 类,
 * when named) bear those names, in a table of functional codes. A 项 named without its 款 is not
 * looked for: 行政运行 is a 项 of many 款.
 */
@RuleSpec(id = "PROSE-017", severity = Severity.ERROR, category = Category.CONSISTENCY,
        title = "逐项说明的金额与报表一致",
        message = "文中“{item}”为{actual}万元，报表中{table}为{expected}万元",
        description = "情况说明逐项列出的功能科目（写明其款和项，或类、款、项）的本年金额，应等于报表中该科目行的某一数额"
                + "（按文中小数位四舍五入后相等）。只写项名（如“行政运行（项）”）的不查：同名的项分属多个款。")
public final class ItemAmountRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        Statements st = Statements.of(d, run);
        if (st.text().paragraphs().isEmpty()) {
            run.couldNotRun("未读到情况说明");
            return;
        }
        if (d.tables().isEmpty()) {
            run.couldNotRun("未找到报表，无法比对");
            return;
        }
        Tables tables = Tables.of(d, run);
        List<PublishedTable> coded = new ArrayList<>(); // the tables of functional codes, and their 项 rows
        List<List<TableEntry>> items = new ArrayList<>();
        for (PublishedTable t : d.tables()) {
            List<TableEntry> rows = functionalRows(tables, t);
            if (!rows.isEmpty()) {
                coded.add(t);
                items.add(rows);
            }
        }
        for (ProseParagraph p : st.text().paragraphs()) {
            for (Mention m : p.mentions()) {
                if (m.kind() != Mention.Kind.AMOUNT || (m.year() != 0 && m.year() != st.text().year())) {
                    continue;
                }
                Path path = Path.of(m.name());
                if (path == null) {
                    continue;
                }
                List<Candidate> candidates = new ArrayList<>();
                for (int k = 0; k < coded.size(); k++) {
                    PublishedTable t = coded.get(k);
                    for (TableEntry e : items.get(k)) {
                        if (path.names(e, t)) {
                            for (String column : e.amounts().keySet()) {
                                candidates.add(new Candidate(t, e, column, Tables.amount(e, column, Tables.unit(t))));
                            }
                        }
                    }
                }
                if (candidates.isEmpty()) {
                    continue; // a 项 the tables do not print under these names: nothing to compare with
                }
                Candidate nearest = null;
                Money nearestGap = null;
                for (Candidate c : candidates) {
                    Money gap = m.money().minus(c.amount()).abs();
                    if (nearest == null || gap.compareTo(nearestGap) < 0) {
                        nearest = c;
                        nearestGap = gap;
                    }
                }
                if (nearestGap.value().compareTo(Tolerance.halfUnit(m.money())) > 0) {
                    Candidate c = nearest; // the figure the text most likely meant
                    Money shown = c.amount().to(m.money().unit());
                    String where = tables.name(c.table().id()) + "“" + Tables.row(c.entry()) + "”" + tables.column(c.table().id(), c.entry().block(), c.column());
                    run.report(Severity.ERROR, ProseLocations.of(p, m), Tolerance.show(shown), m.money().plain(),
                            Tolerance.signed(m.money().minus(c.amount())),
                            "item", path.printed(), "actual", m.money().plain(), "table", where, "expected", Tolerance.show(shown));
                }
            }
        }
    }

    private record Candidate(PublishedTable table, TableEntry entry, String column, Money amount) {
    }

    /** The 项 rows (level 3) of {@code t}'s blocks of functional codes; none when it has no such block. */
    private static List<TableEntry> functionalRows(Tables tables, PublishedTable t) {
        List<TableEntry> out = new ArrayList<>();
        for (TableEntry e : t.entries()) {
            if (e.level() != 3 || e.key().length() != 7) {
                continue;
            }
            BlockTemplate b = tables.tableTemplate(t.id()).flatMap(x -> x.block(e.block())).orElse(null);
            if (b != null && b.rows() == RowKind.CODES && b.classification() == ClassificationKind.FUNCTIONAL) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The names of a 项's place as the text writes it: its 类 (or null), 款 and 项, each compacted.
     * "1. “一般公共服务支出（类）统计信息事务（款）统计管理（项）”" gives 一般公共服务支出, 统计信息事务, 统计管理.
     */
    record Path(String cls, String section, String item, String printed) {

        static Path of(String name) {
            if (name == null) {
                return null;
            }
            int i = name.lastIndexOf("（项）");
            int k = name.lastIndexOf("（款）", i);
            if (i < 0 || k < 0) {
                return null;
            }
            int c = name.lastIndexOf("（类）", k);
            String item = name.substring(k + 3, i);
            int from = c >= 0 ? c + 3 : start(name, k);
            String section = name.substring(from, k);
            String cls = c >= 0 ? name.substring(start(name, c), c) : null;
            String printed = name.substring(c >= 0 ? start(name, c) : from, i + 3);
            if (item.isBlank() || section.isBlank() || (cls != null && cls.isBlank())) {
                return null;
            }
            return new Path(cls == null ? null : key(cls), key(section), key(item), printed);
        }

        /** Where the name before {@code end} starts: after a number, a quote or a mark. */
        private static int start(String name, int end) {
            int s = end;
            while (s > 0 && "“”\"．.、：:，, 　0123456789".indexOf(name.charAt(s - 1)) < 0) {
                s--;
            }
            return s;
        }

        private static String key(String s) {
            return Labels.compact(s.replace("“", "").replace("”", "").strip());
        }

        /** True when {@code e} is this 项: its label, its 款's and (when named) its 类's. */
        boolean names(TableEntry e, PublishedTable t) {
            if (!Labels.compact(e.label()).equals(item)) {
                return false;
            }
            String sectionLabel = label(t, e.key().substring(0, 5));
            if (sectionLabel == null || !Labels.compact(sectionLabel).equals(section)) {
                return false;
            }
            if (cls == null) {
                return true;
            }
            String classLabel = label(t, e.key().substring(0, 3));
            return classLabel != null && Labels.compact(stripNumber(classLabel)).equals(cls);
        }

        private static String label(PublishedTable t, String code) {
            for (TableEntry x : t.entries()) {
                if (x.key().equals(code)) {
                    return x.label();
                }
            }
            return null;
        }

        private static String stripNumber(String label) {
            int i = label.indexOf('、');
            return i >= 0 && i <= 4 ? label.substring(i + 1) : label;
        }
    }
}
