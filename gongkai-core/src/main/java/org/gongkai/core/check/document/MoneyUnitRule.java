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
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PublishedTable;

/**
 * One money unit: every table states its unit and it is the template's (万元 for the Shanxi set);
 * 情况说明 gives amounts in the tables' unit, not 元 beside 万元.
 */
@RuleSpec(id = "DOC-006", severity = Severity.ERROR, category = Category.FORMAT,
        title = "金额单位统一（万元、元不混用）",
        message = "{place}{problem}",
        description = "每张表应注明金额单位，且与表样规定的单位（或其他表的单位）相同，不同为错误、未注明为警告；"
                + "情况说明中的金额应使用与报表相同的单位，混用“元”和“万元”为警告。绩效目标表按规定以元为单位，不在此列；"
                + "人均、每人的数和定额、标准（“人均定额增加1000元”“300元/人”）通常以元表述，也不在此列。")
public final class MoneyUnitRule implements Rule {

    private static final Pattern YUAN_AMOUNT = Pattern.compile("[0-9][0-9,，]*(?:\\.[0-9]+)?\\s*元");

    /**
     * A rate per person or a standard, which is stated in 元 whatever the tables' unit:
     * "工会经费人均定额增加1000元", "每人每天100元", "补助标准为300元/人".
     */
    private static boolean perPerson(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 8), start);
        String after = text.substring(end, Math.min(text.length(), end + 3));
        return before.contains("人均") || before.contains("每人") || before.contains("定额") || before.contains("标准")
                || after.startsWith("/人") || after.startsWith("／人") || after.startsWith("每人");
    }

    @Override
    public void check(Disclosure d, RuleRun run) {
        if (d.tables().isEmpty()) {
            run.couldNotRun("未读到表格");
            return;
        }
        Tables tables = Tables.of(d, run);
        MoneyUnit templateUnit = tables.template() != null ? tables.template().unit() : d.tables().get(0).unit();
        for (PublishedTable t : d.tables()) {
            // a table the template prints in a unit of its own (the Shanghai “三公”经费 table, 万元) is held to that
            MoneyUnit expected = tables.tableTemplate(t.id()).map(x -> x.unitOr(templateUnit)).orElse(templateUnit);
            Location at = Location.cell(tables.name(t.id()), "单位", null, t.position());
            if (t.unit() == null) {
                run.report(Severity.WARNING, at, label(expected), null, null,
                        "place", tables.name(t.id()), "problem", "未注明金额单位（应为“单位：" + label(expected) + "”）");
            } else if (expected != null && t.unit() != expected) {
                run.report(Severity.ERROR, at, label(expected), label(t.unit()), null,
                        "place", tables.name(t.id()), "problem", "的金额单位为" + label(t.unit())
                                + (expected == templateUnit ? "，其他表为" : "，表样规定此表为") + label(expected));
            }
        }
        if (templateUnit != MoneyUnit.WAN_YUAN) {
            return;
        }
        for (Passages.Passage p : Passages.of(d, run).prose()) {
            if (p.location().section() == null || p.location().section().startsWith("第一部分") || p.location().section().startsWith("第四部分")) {
                continue;
            }
            if (!yuanAlone(p.text())) {
                continue;
            }
            Matcher m = YUAN_AMOUNT.matcher(p.text());
            boolean found = false;
            while (!found && m.find()) {
                found = !perPerson(p.text(), m.start(), m.end());
            }
            if (found) {
                run.report(Severity.WARNING, p.location(), "万元", m.group(), null,
                        "place", p.location().section(), "problem", "以“元”写金额（“" + m.group() + "”），报表以万元为单位：“" + Passages.excerpt(p.text(), m.start(), m.end()) + "”");
            }
        }
    }

    private static String label(MoneyUnit u) {
        return u == null ? "（未注明）" : u.label();
    }

    /** A 元 not part of 万元: a quick look before the pattern is asked. */
    private static boolean yuanAlone(String t) {
        for (int i = t.indexOf('元'); i >= 0; i = t.indexOf('元', i + 1)) {
            if (i == 0 || t.charAt(i - 1) != '万') {
                return true;
            }
        }
        return false;
    }
}
