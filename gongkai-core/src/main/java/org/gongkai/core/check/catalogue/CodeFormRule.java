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

/** A catalogue code is a capital letter and 0, 2, 4 or 6 digits: A, A03, A0301, A030101. */
@RuleSpec(id = "CAT-001", severity = Severity.ERROR, category = Category.FORMAT,
        title = "目录编码格式正确",
        message = "{department}的编码“{code}”（{name}）格式不对：应为一个大写字母加0、2、4或6位数字",
        description = "政府购买服务指导性目录的编码由一个大写字母和0、2、4、6位数字组成（一级A，二级A03，三级A0301，四级A030101）。")
public final class CodeFormRule implements Rule {

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
            int[] codeLevel = read.codeLevels(k);
            for (int n = 0; n < codeLevel.length; n++) {
                if (codeLevel[n] == 0) {
                    CatalogueItem i = dept.items().get(n);
                    run.report(Severity.ERROR, CatalogueLines.at(dept, i), null, i.code(), null,
                            "department", dept.name(), "code", i.code(), "name", i.name());
                }
            }
        }
    }
}
