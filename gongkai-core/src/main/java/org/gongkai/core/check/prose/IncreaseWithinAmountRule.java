package org.gongkai.core.check.prose;

import java.math.BigDecimal;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tolerance;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Money;

/**
 * An amount cannot have grown by more than it is: "政府性基金拨款支出预算0万元，比2022年预算增加
 * 1421.25万元" leaves last year at −1421.25 万元. The mistake of a sentence copied from the one
 * before it and its figure changed, not its change.
 */
@RuleSpec(id = "PROSE-015", severity = Severity.ERROR, category = Category.ACCURACY,
        title = "增加额不大于本年数",
        message = "“{name}”本年{current}万元，文中写比上年增加{change}万元，则上年为{prior}万元，不可能为负：增加额或本年数有误",
        description = "文中写某数额比上年增加若干，而增加额大于该数额本身（超出四舍五入），则上年数为负，不可能；"
                + "常见于照抄上一句而只改了本年数（“政府性基金拨款支出预算0万元，比上年预算增加1421.25万元”）。"
                + "文中另写了上年数时，由 PROSE-003 核对。")
public final class IncreaseWithinAmountRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        Statements st = Statements.of(d, run);
        if (st.text().paragraphs().isEmpty()) {
            run.couldNotRun("未读到情况说明");
            return;
        }
        for (Statements.Change c : st.changes()) {
            Mention change = c.change();
            if (change == null || c.prior() != null || change.direction() <= 0) {
                continue; // a decrease leaves last year larger; a stated prior year is PROSE-003's
            }
            Money increase = change.money().abs();
            Mention cur = c.current().get(0); // the amount nearest before the change
            String text = c.paragraph().text();
            if (!adjacent(text, cur.end(), change.start()) || !exceeds(increase, cur.money())) {
                continue; // "…0万元，比上年增加…": the change follows its amount, a comma between
            }
            // "总计1,934.61万元，其中：本年收入…，上年结转683.55万元，比上年减少…": after a list the
            // change may be the whole's, the sentence's first amount; then it must exceed that too
            Mention first = c.current().size() > 1 ? c.current().get(1) : null;
            if (first != null && text.substring(first.start(), cur.start()).contains("其中") && !exceeds(increase, first.money())) {
                continue;
            }
            Money prior = cur.money().minus(increase);
            run.report(Severity.ERROR, ProseLocations.of(c.paragraph(), change), "≤ " + cur.money().plain(), increase.plain(),
                    Tolerance.signed(prior.negate()),
                    "name", cur.name(), "current", cur.money().plain(), "change", increase.plain(), "prior", prior.plain());
        }
    }

    /** True when only a comma or nothing stands between {@code from} and {@code to} of {@code text}. */
    private static boolean adjacent(String text, int from, int to) {
        if (from > to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if ("，,、；; ".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code increase} is more than {@code amount} by more than their rounding. */
    private static boolean exceeds(Money increase, Money amount) {
        Money over = increase.minus(amount.to(increase.unit()));
        BigDecimal bound = Tolerance.halfUnit(increase).add(Tolerance.halfUnit(amount));
        return over.signum() > 0 && over.value().compareTo(bound) > 0;
    }
}
