package org.gongkai.core.check.catalogue;

import java.util.HashSet;
import java.util.Set;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.Disclosure;

/** An item's parent (its code less two digits) is listed before it in the same department. */
@RuleSpec(id = "CAT-003", severity = Severity.ERROR, category = Category.FORMAT,
        title = "上级目录已列出",
        message = "{department}的“{code} {name}”的上级编码“{parent}”未在其前列出",
        description = "目录中二级及以下编码的上级编码（去掉末两位；二级的上级为字母本身）应在同一部门中先列出。")
public final class ParentRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        if (d.catalogue() == null) {
            run.notApplicable(CatalogueLines.NONE);
            return;
        }
        for (CatalogueDepartment dept : d.catalogue().departments()) {
            Set<String> seen = new HashSet<>();
            for (CatalogueItem i : dept.items()) {
                if (i.codeLevel() >= 2) {
                    String parent = i.code().substring(0, i.code().length() - 2);
                    if (!seen.contains(parent)) {
                        run.report(Severity.ERROR, CatalogueLines.at(dept, i), parent, null, null,
                                "department", dept.name(), "code", i.code(), "name", i.name(), "parent", parent);
                    }
                }
                seen.add(i.code());
            }
        }
    }
}
