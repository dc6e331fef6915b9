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

/** A code's length and the column its name stands in agree: A1602 (三级) is not printed as a 四级 item. */
@RuleSpec(id = "CAT-002", severity = Severity.ERROR, category = Category.FORMAT,
        title = "编码层级与所在列一致",
        message = "{department}的“{code} {name}”列在{column}，但编码是{level}编码",
        description = "目录中名称所在的列（一级至四级目录）应与编码长度所示的层级一致。编码格式有误的行由CAT-001报告。")
public final class LevelRule implements Rule {

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
            int[] codeLevels = read.codeLevels(k);
            for (int n = 0; n < codeLevels.length; n++) {
                CatalogueItem i = dept.items().get(n);
                int codeLevel = codeLevels[n];
                if (codeLevel > 0 && i.level() > 0 && i.level() != codeLevel) {
                    run.report(Severity.ERROR, CatalogueLines.at(dept, i), CatalogueLines.column(codeLevel), CatalogueLines.column(i.level()),
                            null, "department", dept.name(), "code", i.code(), "name", i.name(), "column", CatalogueLines.column(i.level()),
                            "level", CatalogueLines.column(codeLevel).replace("目录", ""));
                }
            }
        }
    }
}
