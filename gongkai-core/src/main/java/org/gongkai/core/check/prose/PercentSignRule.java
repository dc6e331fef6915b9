package org.gongkai.core.check.prose;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;

/** A share carries its % sign: "占12.04" is not a share a reader can trust. */
@RuleSpec(id = "PROSE-012", severity = Severity.WARNING, category = Category.FORMAT,
        title = "占比带百分号",
        message = "“{text}”缺少百分号“%”",
        description = "“占”后的比例数字应带百分号。")
public final class PercentSignRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        Statements st = Statements.of(d, run);
        if (st.text().paragraphs().isEmpty()) {
            run.couldNotRun("未读到情况说明");
            return;
        }
        for (ProseParagraph p : st.text().paragraphs()) {
            for (Mention m : p.mentions()) {
                if (m.kind() == Mention.Kind.SHARE_WITHOUT_PERCENT) {
                    run.report(Severity.WARNING, ProseLocations.of(p, m), m.text() + "%", m.text(), null, "text", m.text());
                }
            }
        }
    }
}
