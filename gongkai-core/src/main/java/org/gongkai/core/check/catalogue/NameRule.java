package org.gongkai.core.check.catalogue;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.Disclosure;

/** Every catalogue line names its service. */
@RuleSpec(id = "CAT-004", severity = Severity.ERROR, category = Category.COMPLETENESS,
        title = "目录名称不为空",
        message = "{department}的编码“{code}”没有名称",
        description = "目录中每个编码都应有名称。")
public final class NameRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        if (d.catalogue() == null) {
            run.notApplicable(CatalogueLines.NONE);
            return;
        }
        for (CatalogueDepartment dept : d.catalogue().departments()) {
            for (CatalogueItem i : dept.items()) {
                if (i.name().isBlank()) {
                    run.report(Severity.ERROR, CatalogueLines.at(dept, i), null, "", null, "department", dept.name(), "code", i.code());
                }
            }
        }
    }
}
