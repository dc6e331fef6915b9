package org.gongkai.core.check.prose;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Money;

/**
 * Direction words agree with the numbers: an amount that fell is not "增加" or "相同"; "增加…万元"
 * is not followed by "下降…%"; "与上年相同" is not said of an amount that changed.
 */
@RuleSpec(id = "PROSE-004", severity = Severity.ERROR, category = Category.ACCURACY,
        title = "增减用语与数字相符",
        message = "“{text}”：{problem}",
        description = "增减方向词（增加、减少、增长、下降、相同、持平）与数字一致：本年数与文中上年数不同却称“相同”，"
                + "金额减少却称“增长”，同一处金额与百分比方向相反，均为错误。")
public final class DirectionRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        Statements st = Statements.of(d, run);
        if (st.text().paragraphs().isEmpty()) {
            run.couldNotRun("未读到情况说明");
            return;
        }
        for (Statements.Change c : st.changes()) {
            if (c.change() != null && c.percent() != null && c.change().direction() != c.percent().direction()
                    && !c.change().money().isZero()) {
                report(run, c.paragraph(), c.percent(), c.change().text() + "，" + c.percent().text(), "金额与百分比的增减方向相反");
            }
            if (c.prior() != null && c.change() != null) {
                Money diff = c.current().get(0).money().minus(c.prior().money());
                if (diff.signum() != 0 && diff.signum() != c.change().direction()) {
                    report(run, c.paragraph(), c.change(), c.change().text(),
                            "本年" + c.current().get(0).money().plain() + "万元、上年" + c.prior().money().plain() + "万元，应为"
                                    + (diff.signum() > 0 ? "增加" : "减少"));
                }
            }
        }
        // "与上年相同" said of two different amounts, or next to a change that is not zero
        for (ProseParagraph p : st.text().paragraphs()) {
            for (Mention same : p.mentions()) {
                if (same.kind() != Mention.Kind.NO_CHANGE) {
                    continue;
                }
                Mention a = null;
                Mention b = null;
                for (Mention m : p.mentions()) {
                    if (m.kind() == Mention.Kind.AMOUNT && m.end() <= same.end() && m.end() > clauseStart(p, same.start())) {
                        a = b;
                        b = m;
                    }
                }
                if (a != null && b != null && a.year() != b.year() && Statements.sameQuantity(a.name(), b.name())
                        && a.money().compareTo(b.money()) != 0) {
                    report(run, p, same, a.text() + "…" + same.text(),
                            a.money().plain() + "万元与" + b.money().plain() + "万元并不相同");
                }
            }
        }
    }

    /** Where the sentence holding {@code at} starts ("，" does not end it here). */
    private static int clauseStart(ProseParagraph p, int at) {
        String t = p.text();
        for (int i = at - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c == '。' || c == '；' || c == ';') {
                return i;
            }
        }
        return -1;
    }

    private static void report(RuleRun run, ProseParagraph p, Mention at, String text, String problem) {
        run.report(Severity.ERROR, ProseLocations.of(p, at), null, text, null, "text", text, "problem", problem);
    }
}
