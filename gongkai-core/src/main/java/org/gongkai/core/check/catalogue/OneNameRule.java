package org.gongkai.core.check.catalogue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.Disclosure;

/**
 * The first three levels are the national classification of services, the same for every
 * department: A14 is 灾害防治及应急管理服务 wherever it appears. (四级 items are each department's own.)
 */
@RuleSpec(id = "CAT-005", severity = Severity.WARNING, category = Category.CONSISTENCY,
        title = "同一编码名称一致",
        message = "编码“{code}”在{department}中名为“{actual}”，{count}个部门名为“{expected}”",
        description = "一至三级编码是统一的服务分类，同一编码在各部门中的名称应相同；与多数部门所用名称不同的逐一报告（比较时不计空格；名称中多余的空格由CAT-006报告）。"
                + "四级目录是各部门自定的服务项目，不在此列。")
public final class OneNameRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        if (d.catalogue() == null) {
            run.notApplicable(CatalogueLines.NONE);
            return;
        }
        List<CatalogueDepartment> departments = d.catalogue().departments();
        CatalogueItems read = CatalogueItems.of(d, run);
        // each counted item keeps the names of its code, so the second pass needs no look-up by code
        Map<String, Names> byCode = new HashMap<>();
        Names[][] ofItem = new Names[departments.size()][];
        for (int k = 0; k < departments.size(); k++) {
            List<CatalogueItem> items = departments.get(k).items();
            int[] level = read.codeLevels(k);
            boolean[] blank = read.blankNames(k);
            boolean[] spaced = read.spacedNames(k);
            Names[] mine = new Names[items.size()];
            ofItem[k] = mine;
            for (int n = 0; n < mine.length; n++) {
                CatalogueItem i = items.get(n);
                if (counted(i, level[n], blank[n])) {
                    String name = bare(i.name(), spaced[n]);
                    Names names = byCode.get(i.code());
                    if (names == null) {
                        names = new Names(name);
                        byCode.put(i.code(), names);
                    } else {
                        names.add(name);
                    }
                    mine[n] = names;
                }
            }
        }
        boolean any = false;
        for (Names names : byCode.values()) {
            if (names.counts != null) { // codes with one name need no second look
                names.usual = usual(names.counts);
                any = true;
            }
        }
        if (!any) {
            return;
        }
        for (int k = 0; k < departments.size(); k++) {
            CatalogueDepartment dept = departments.get(k);
            Names[] mine = ofItem[k];
            boolean[] spaced = read.spacedNames(k);
            for (int n = 0; n < mine.length; n++) {
                Names names = mine[n];
                if (names == null || names.usual == null) {
                    continue; // not counted, or its code goes by one name
                }
                CatalogueItem i = dept.items().get(n);
                String expected = names.usual;
                if (expected.equals(bare(i.name(), spaced[n]))) {
                    continue;
                }
                run.report(Severity.WARNING, CatalogueLines.at(dept, i), expected, i.name(), null,
                        "code", i.code(), "department", dept.name(), "actual", i.name(),
                        "count", String.valueOf(names.counts.get(expected)), "expected", expected);
            }
        }
    }

    /**
     * The names one code goes by, in the order first seen. Nearly every code has one name
     * everywhere: those are only counted, and a map of names is made for a code only when a
     * second name turns up.
     */
    private static final class Names {

        private final String first;
        private int firstCount = 1;
        /** Each name and how many use it, once a second name is seen; null until then. */
        private Map<String, Integer> counts;
        /** The name most use, once the names are all counted; null for a code with one name. */
        private String usual;

        Names(String first) {
            this.first = first;
        }

        void add(String name) {
            if (counts == null && name.equals(first)) {
                firstCount++;
                return;
            }
            if (counts == null) {
                counts = new LinkedHashMap<>();
                counts.put(first, firstCount);
            }
            counts.merge(name, 1, Integer::sum);
        }
    }

    /**
     * A 一至三级 item with a name ({@code blank}: it has none, see {@link CatalogueItems}), printed in the
     * column its code's level says ({@code level}).
     */
    private static boolean counted(CatalogueItem i, int level, boolean blank) {
        return level >= 1 && level <= 3 && i.level() == level && !blank;
    }

    /** The name without its spaces; {@code spaced} says whether it holds any ({@link CatalogueItems}). */
    private static String bare(String name, boolean spaced) {
        if (!spaced) {
            return name;
        }
        return name.replace(" ", "").replace("\u3000", "");
    }

    /** The name most departments use; on a tie, the one seen first. */
    private static String usual(Map<String, Integer> names) {
        String best = null;
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            if (best == null || e.getValue() > names.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }
}
