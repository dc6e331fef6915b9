package org.gongkai.core.check.table;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Location;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tables;
import org.gongkai.core.check.Tolerance;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.FactKey;
import org.gongkai.core.model.FactSet;

/** A fact printed in two tables has one amount: the same cell of the facts cannot be two numbers. */
@RuleSpec(id = "TBL-016", severity = Severity.ERROR, category = Category.CONSISTENCY,
        title = "同一事实只有一个金额",
        message = "{fact}在{first}中为{expected}，在{second}中为{actual}",
        description = "同一组维度（科目、来源、年度、支出类型、项目）的金额在报表中出现两次以上（同一张表重复列出同一科目，或两张表以同一口径列示）时，必须相同。")
public final class FactConflictRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        if (d.facts().size() == 0) {
            run.couldNotRun("未从报表中读出事实");
            return;
        }
        Tables tables = Tables.of(d, run);
        for (FactSet.Conflict c : d.facts().conflicts()) {
            run.report(Severity.ERROR, Location.cell(tables.name(c.secondSource().table()), describe(c.key()), null, c.secondSource().position()),
                    Tolerance.show(c.first()), Tolerance.show(c.second()), Tolerance.signed(c.second().minus(c.first())),
                    "fact", describe(c.key()), "first", tables.name(c.firstSource().table()), "expected", Tolerance.show(c.first()),
                    "second", tables.name(c.secondSource().table()), "actual", Tolerance.show(c.second()));
        }
    }

    static String describe(FactKey k) {
        StringBuilder b = new StringBuilder();
        if (k.function() != null) b.append("功能科目").append(k.function()).append(' ');
        if (k.economic() != null) b.append("经济科目").append(k.economic()).append(' ');
        if (k.project() != null) b.append("项目“").append(k.project()).append("” ");
        if (k.item() != null) b.append(k.item()).append(' ');
        if (k.source() != null) b.append(k.source().label()).append(' ');
        if (k.period() != null) b.append(k.period().label()).append(' ');
        if (k.spending() != null) b.append(k.spending().label());
        return b.toString().strip();
    }
}
