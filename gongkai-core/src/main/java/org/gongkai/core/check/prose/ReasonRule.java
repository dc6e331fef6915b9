package org.gongkai.core.check.prose;

import java.util.HashSet;
import java.util.Set;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;

/** A change against last year comes with its reason, somewhere in its section. */
@RuleSpec(id = "PROSE-010", severity = Severity.WARNING, category = Category.COMPLETENESS,
        title = "增减变动说明原因",
        message = "{section}说明了增减（“{text}”），但没有说明原因",
        description = "情况说明中写有比上年增加或减少的节，应同时说明变动原因（含“原因”“主要是”“由于”等说明）。")
public final class ReasonRule implements Rule {

    private static final String[] REASON = {"原因", "主要是", "由于", "因为", "系因"};

    @Override
    public void check(Disclosure d, RuleRun run) {
        Statements st = Statements.of(d, run);
        if (st.text().paragraphs().isEmpty()) {
            run.couldNotRun("未读到情况说明");
            return;
        }
        Set<Integer> reasoned = new HashSet<>();
        for (ProseParagraph p : st.text().paragraphs()) {
            for (String r : REASON) {
                if (p.text().contains(r)) {
                    reasoned.add(p.topIndex());
                }
            }
        }
        Set<Integer> reported = new HashSet<>();
        for (ProseParagraph p : st.text().paragraphs()) {
            if (reasoned.contains(p.topIndex()) || reported.contains(p.topIndex())) {
                continue;
            }
            for (Mention m : p.mentions()) {
                if (m.kind() == Mention.Kind.CHANGE && !m.money().isZero()) {
                    run.report(Severity.WARNING, ProseLocations.of(p, m), null, m.text(), null, "section", p.section(), "text", m.text());
                    reported.add(p.topIndex());
                    break;
                }
            }
        }
    }
}
