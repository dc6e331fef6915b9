package org.gongkai.core.check.table;

import java.util.List;
import java.util.Optional;

import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.Tables;
import org.gongkai.core.check.Tolerance;
import org.gongkai.core.check.Verdicts;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;

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
        this.tables = new Tables(d);
        this.run = run;
    }

    /** The tables, or empty after recording that the rule could not run / does not apply. */
    Optional<List<PublishedTable>> need(String... ids) {
        List<PublishedTable> out = new java.util.ArrayList<>();
        for (String id : ids) {
            if (tables.tableTemplate(id).isEmpty()) {
                run.notApplicable("模板 " + d.templateId() + " 没有" + id);
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
        Verdicts.report(run, Tolerance.compare(actual, terms), tables.location(t, e, column), Tolerance.show(actual),
                "table", tables.name(t.id()), "row", Tables.row(e), "column", tables.column(t.id(), e.block(), column),
                "source", source);
    }
}
