package org.gongkai.core.check.table;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.Tables;
import org.gongkai.core.check.Tolerance;
import org.gongkai.core.check.Verdicts;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.template.TableTemplate;

/**
 * What the cross-table rules share: finding the tables an identity needs (or saying the rule
 * could not run), and reporting "this cell should equal that" with the rounding its terms allow.
 * Their messages read "{table}“{row}”的{column}为{actual}，应等于{source}（{expected}），相差{difference}{note}".
 */
final class CrossCheck {

    final Disclosure d;
    final Tables tables;
    private final RuleRun run;

    CrossCheck(Disclosure d, RuleRun run) {
        this.d = d;
        this.tables = Tables.of(d, run);
        this.run = run;
    }

    /**
     * The tables of the 13-table set (DOMAIN.md §5) the identities are stated for, by id, with the
     * title each must have in the document's template: another table set may use the same ids
     * for other tables (Jiangsu's T10 is its 政府性基金 table), and there the identity does not hold.
     */
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("T1", "预算收支总表"), Map.entry("T2", "预算收入总表"), Map.entry("T3", "预算支出总表"),
            Map.entry("T4", "财政拨款收支总表"), Map.entry("T5", "一般公共预算支出预算表"),
            Map.entry("T6", "一般公共预算安排基本支出分经济科目表"), Map.entry("T7", "政府性基金预算收入表"),
            Map.entry("T8", "政府性基金预算支出表"), Map.entry("T9", "国有资本经营预算收支预算表"),
            Map.entry("T10", "“三公”经费支出预算表"), Map.entry("T11", "机关运行经费预算表"),
            Map.entry("T12", "项目支出预算表（本年预算）"), Map.entry("T13", "项目支出预算表（上年结转）"));

    /** The tables, or empty after recording that the rule could not run / does not apply. */
    Optional<List<PublishedTable>> need(String... ids) {
        List<PublishedTable> out = new java.util.ArrayList<>();
        if (tables.template() == null) {
            run.couldNotRun("未识别出文件所用的表样（模板）");
            return Optional.empty();
        }
        for (String id : ids) {
            Optional<TableTemplate> t0 = tables.tableTemplate(id);
            if (t0.isEmpty() || !t0.get().title().contains(TITLES.getOrDefault(id, t0.get().title()))) {
                run.notApplicable(tables.template().name() + "没有《" + TITLES.getOrDefault(id, id) + "》");
                return Optional.empty();
            }
            Optional<PublishedTable> t = d.table(id);
            if (t.isEmpty()) {
                run.couldNotRun("未找到" + tables.name(id));
                return Optional.empty();
            }
            out.add(t.get());
        }
        return Optional.of(out);
    }

    Money amount(PublishedTable t, TableEntry e, String column) {
        return Tables.amount(e, column, Tables.unit(t));
    }

    /** Reports when the cell {@code column} of {@code e} in {@code t} differs from the sum of {@code terms}. */
    void expect(PublishedTable t, TableEntry e, String column, List<Money> terms, String source) {
        if (!e.amounts().containsKey(column) && terms.stream().allMatch(Money::isZero)) {
            return;
        }
        Money actual = amount(t, e, column);
        Tolerance.Verdict v = Tolerance.compare(actual, terms);
        if (!v.differs()) {
            return;
        }
        Verdicts.report(run, v, tables.location(t, e, column), Tolerance.show(actual),
                "table", tables.name(t.id()), "row", Tables.row(e), "column", tables.column(t.id(), e.block(), column),
                "source", source);
    }
}
