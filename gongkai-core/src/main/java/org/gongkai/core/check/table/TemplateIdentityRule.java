package org.gongkai.core.check.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tables;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.template.CellRef;
import org.gongkai.core.template.CrossTableIdentity;
import org.gongkai.core.template.Template;

/**
 * The cross-table identities a table set lists in its template ({@code identities:}): a set other
 * than the 13 tables of DOMAIN.md §5, whose identities have rules of their own, says there which
 * figure one table prints must equal which another prints. Shanghai's 表八 合计 is its 表五 基本支出;
 * its 表二 合计 is 表一's 收入总计. A new province's set needs a new template, not a new rule.
 * A figure in a table that is printed but has no such row (an empty table) is zero.
 */
@RuleSpec(id = "TBL-019", severity = Severity.ERROR, category = Category.CONSISTENCY,
        title = "表样所列的表间等式成立",
        message = "{table}“{row}”的{column}为{actual}，应等于{source}（{expected}），相差{difference}{note}",
        description = "表样（模板）列出的表间等式逐条成立，如上海区级部门预算表八合计等于表五基本支出合计、表二合计等于表一收入总计。"
                + "13张表的表间关系由 TBL-006 至 TBL-015 等规则检查，不在此列。")
public final class TemplateIdentityRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        CrossCheck x = new CrossCheck(d, run);
        Template template = x.tables.template();
        if (template == null) {
            run.couldNotRun("未识别出文件所用的表样（模板）");
            return;
        }
        if (template.identities().isEmpty()) {
            run.notApplicable(template.name() + "的表样未列出表间等式");
            return;
        }
        int checked = 0;
        List<String> missing = new ArrayList<>();
        for (CrossTableIdentity identity : template.identities()) {
            Optional<PublishedTable> t = d.table(identity.cell().table());
            Optional<TableEntry> e = t.flatMap(p -> p.entry(identity.cell().block(), identity.cell().row()));
            if (e.isEmpty()) {
                missing.add(x.tables.name(identity.cell().table()));
                continue;
            }
            List<Money> terms = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (CellRef term : identity.equals()) {
                Optional<PublishedTable> u = d.table(term.table());
                if (u.isEmpty()) {
                    break;
                }
                Optional<TableEntry> row = u.get().entry(term.block(), term.row());
                terms.add(row.isPresent() ? x.amount(u.get(), row.get(), term.column()) : Tables.zero(Tables.unit(u.get())));
                names.add(x.tables.name(term.table()) + "“" + row.map(Tables::row).orElseGet(() -> label(x.tables, term)) + "”的"
                        + x.tables.column(term.table(), term.block(), term.column()));
            }
            if (terms.size() < identity.equals().size()) {
                missing.add(x.tables.name(identity.equals().get(terms.size()).table()));
                continue;
            }
            x.expect(t.get(), e.get(), identity.cell().column(), terms,
                    names.size() == 1 ? names.get(0) : String.join("、", names) + "之和");
            checked++;
        }
        String tables = String.join("、", missing.stream().distinct().toList());
        if (checked == 0) {
            run.couldNotRun("未找到" + tables + "，表间等式无一可查");
        } else if (!missing.isEmpty()) {
            run.partly("未找到" + tables + "，" + missing.size() + " 条表间等式未查");
        }
    }

    /** A row the table does not print (a blank line left out), as the template names it: "上年结转资金", not "carryOver". */
    private static String label(Tables tables, CellRef c) {
        return tables.tableTemplate(c.table()).flatMap(t -> t.block(c.block())).flatMap(b -> b.line(c.row()))
                .map(l -> l.label()).orElse(c.row());
    }
}
