package org.gongkai.core.check.catalogue;

import java.util.HashSet;
import java.util.List;
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
        List<CatalogueDepartment> departments = d.catalogue().departments();
        CatalogueItems read = CatalogueItems.of(d, run);
        for (int k = 0; k < departments.size(); k++) {
            CatalogueDepartment dept = departments.get(k);
            List<CatalogueItem> items = dept.items();
            int[] codeLevel = read.codeLevels(k);
            // A catalogue is listed as a tree, so an item's parent is nearly always the last code
            // listed at the level above: a look at that code settles most items without making the
            // parent's code. The set of every code listed is made only for the items it does not settle.
            String[] lastAt = new String[4];
            Set<String> listed = null;
            for (int n = 0; n < items.size(); n++) {
                CatalogueItem i = items.get(n);
                int level = codeLevel[n];
                if (level >= 2 && !isParent(lastAt[level - 1], i.code())) {
                    if (listed == null) {
                        listed = codes(items.subList(0, n));
                    }
                    String parent = i.code().substring(0, i.code().length() - 2);
                    if (!listed.contains(parent)) {
                        run.report(Severity.ERROR, CatalogueLines.at(dept, i), parent, null, null,
                                "department", dept.name(), "code", i.code(), "name", i.name(), "parent", parent);
                    }
                }
                if (listed != null) {
                    listed.add(i.code());
                }
                if (level >= 1 && level < lastAt.length) {
                    lastAt[level] = i.code();
                }
            }
        }
    }

    /** True when {@code parent} is {@code code} less its last two digits. */
    private static boolean isParent(String parent, String code) {
        return parent != null && parent.length() == code.length() - 2 && code.startsWith(parent);
    }

    private static Set<String> codes(List<CatalogueItem> items) {
        Set<String> out = new HashSet<>();
        for (CatalogueItem i : items) {
            out.add(i.code());
        }
        return out;
    }
}
