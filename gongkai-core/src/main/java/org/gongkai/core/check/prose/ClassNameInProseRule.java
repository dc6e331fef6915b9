package org.gongkai.core.check.prose;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.ClassificationCode;
import org.gongkai.core.model.Classifications;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;

/** The text names a 类 as the tables do: not 医疗卫生与计划生育支出 where the tables print 卫生健康支出. */
@RuleSpec(id = "PROSE-008", severity = Severity.WARNING, category = Category.CONSISTENCY,
        title = "文中科目名称与报表一致",
        message = "文中称“{actual}”，报表中该科目（{code}）名为“{expected}”",
        description = "情况说明中的功能分类科目名称若是该科目的旧称（分类代码表所记的其他名称），而报表使用另一名称，提示改为报表中的名称。")
public final class ClassNameInProseRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        Statements st = Statements.of(d, run);
        if (st.text().paragraphs().isEmpty()) {
            run.couldNotRun("未读到情况说明");
            return;
        }
        Classifications codes = Classifications.bundled();
        for (ProseParagraph p : st.text().paragraphs()) {
            for (Mention m : p.mentions()) {
                if (m.kind() != Mention.Kind.AMOUNT || !m.name().endsWith("支出")) {
                    continue;
                }
                for (ClassificationCode c : codes.functional().findByName(m.name())) {
                    if (c.name().equals(m.name())) {
                        continue;
                    }
                    String printed = printedName(d, c.code());
                    if (printed != null && !printed.equals(m.name())) {
                        run.report(Severity.WARNING, ProseLocations.of(p, m), printed, m.name(), null,
                                "actual", m.name(), "code", c.code(), "expected", printed);
                    }
                }
            }
        }
    }

    private static String printedName(Disclosure d, String code) {
        for (PublishedTable t : d.tables()) {
            for (TableEntry e : t.entries()) {
                if (e.key().equals(code)) {
                    return e.label().replaceFirst("^[一二三四五六七八九十]+、", "").strip();
                }
            }
        }
        return null;
    }
}
