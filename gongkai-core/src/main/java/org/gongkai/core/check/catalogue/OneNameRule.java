package org.gongkai.core.check.catalogue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        // Nearly every code has one name everywhere: a first pass finds the codes that do not, and
        // only their names are counted.
        List<CatalogueDepartment> departments = d.catalogue().departments();
        CodeLevels levels = CodeLevels.of(d, run);
        Map<String, String> firstName = new HashMap<>();
        Set<String> disputed = new HashSet<>();
        for (int k = 0; k < departments.size(); k++) {
            List<CatalogueItem> items = departments.get(k).items();
            for (int n = 0; n < items.size(); n++) {
                CatalogueItem i = items.get(n);
                if (counted(i, levels.of(k)[n])) {
                    String name = bare(i.name());
                    String first = firstName.putIfAbsent(i.code(), name);
                    if (first != null && !first.equals(name)) {
                        disputed.add(i.code());
                    }
                }
            }
        }
        if (disputed.isEmpty()) {
            return;
        }
        Map<String, Map<String, Integer>> uses = new HashMap<>();
        for (int k = 0; k < departments.size(); k++) {
            List<CatalogueItem> items = departments.get(k).items();
            for (int n = 0; n < items.size(); n++) {
                CatalogueItem i = items.get(n);
                if (disputed.contains(i.code()) && counted(i, levels.of(k)[n])) {
                    uses.computeIfAbsent(i.code(), c -> new LinkedHashMap<>()).merge(bare(i.name()), 1, Integer::sum);
                }
            }
        }
        Map<String, String> usual = new HashMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : uses.entrySet()) {
            usual.put(e.getKey(), usual(e.getValue()));
        }
        for (int k = 0; k < departments.size(); k++) {
            CatalogueDepartment dept = departments.get(k);
            for (int n = 0; n < dept.items().size(); n++) {
                CatalogueItem i = dept.items().get(n);
                String expected = usual.get(i.code());
                if (expected == null || !counted(i, levels.of(k)[n]) || expected.equals(bare(i.name()))) {
                    continue;
                }
                run.report(Severity.WARNING, CatalogueLines.at(dept, i), expected, i.name(), null,
                        "code", i.code(), "department", dept.name(), "actual", i.name(),
                        "count", String.valueOf(uses.get(i.code()).get(expected)), "expected", expected);
            }
        }
    }

    /** A 一至三级 item with a name, printed in the column its code's level says ({@code level}). */
    private static boolean counted(CatalogueItem i, int level) {
        return level >= 1 && level <= 3 && !i.name().isBlank() && i.level() == level;
    }

    private static String bare(String name) {
        if (name.indexOf(' ') < 0 && name.indexOf('\u3000') < 0) {
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
