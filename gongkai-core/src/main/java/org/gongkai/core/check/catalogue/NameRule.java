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
        List<CatalogueDepartment> departments = d.catalogue().departments();
        CatalogueItems read = CatalogueItems.of(d, run);
        for (int k = 0; k < departments.size(); k++) {
            CatalogueDepartment dept = departments.get(k);
            boolean[] blank = read.blankNames(k);
            for (int n = 0; n < blank.length; n++) {
                if (blank[n]) {
                    CatalogueItem i = dept.items().get(n);
                    run.report(Severity.ERROR, CatalogueLines.at(dept, i), null, "", null, "department", dept.name(), "code", i.code());
                }
            }
        }
    }
}
