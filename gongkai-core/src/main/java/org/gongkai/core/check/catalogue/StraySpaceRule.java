package org.gongkai.core.check.catalogue;

import java.util.List;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.Disclosure;

/** A name has no space between two Chinese characters ("职业技能培 训服务"): a line break left in. "12368 诉讼热线" is fine. */
@RuleSpec(id = "CAT-006", severity = Severity.WARNING, category = Category.FORMAT,
        title = "名称中无多余空格",
        message = "{department}的“{code}”名称“{name}”中有多余的空格",
        description = "目录名称中两个汉字之间不应有空格（多为换行残留）；数字与汉字之间的空格（如“12368 诉讼热线服务”）不在此列。")
public final class StraySpaceRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        if (d.catalogue() == null) {
            run.notApplicable(CatalogueLines.NONE);
            return;
        }
        List<CatalogueDepartment> departments = d.catalogue().departments();
        CatalogueItems read = CatalogueItems.of(d, run);
        for (int k = 0; k < departments.size(); k++) {
            CatalogueDepartment dept = departments.get(k);
            boolean[] spaced = read.spacedNames(k);
            for (int n = 0; n < spaced.length; n++) {
                if (!spaced[n]) {
                    continue; // most names: no space, nothing to read
                }
                CatalogueItem i = dept.items().get(n);
                if (straySpace(i.name())) {
                    run.report(Severity.WARNING, CatalogueLines.at(dept, i), i.name().replace(" ", ""), i.name(), null,
                            "department", dept.name(), "code", i.code(), "name", i.name());
                }
            }
        }
    }

    static boolean straySpace(String s) {
        if (s.indexOf(' ') < 0 && s.indexOf('\u3000') < 0) {
            return false; // most names: a quick look, without reading them character by character
        }
        for (int i = 1; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == ' ' || c == '\u3000') && isCjk(s.charAt(i - 1)) && isCjk(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCjk(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }
}
