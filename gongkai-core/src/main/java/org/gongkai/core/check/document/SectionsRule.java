package org.gongkai.core.check.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Location;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tables;
import org.gongkai.core.model.ChineseNumerals;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.NarrativeSection;

/** 情况说明 has every section its template lists, in the template's order. */
@RuleSpec(id = "DOC-008", severity = Severity.ERROR, category = Category.COMPLETENESS,
        title = "情况说明章节齐全",
        message = "情况说明{problem}",
        description = "表样（模板）列出情况说明应有的章节（如山西表样的十二节：收支变动、收入、支出……其他说明）。"
                + "缺少一节为错误，顺序与模板不同为警告。标题比较时不计空格、年份和“部门”“单位”的差别。"
                + "文件有报表而一节情况说明也没有时（情况说明另附一个文件），无论表样是否规定章节，合为一条报告。")
public final class SectionsRule implements Rule {

    private static final Pattern NOISE = Pattern.compile("[\\s　]|\\d{4}年度?");

    @Override
    public void check(Disclosure d, RuleRun run) {
        Tables tables = Tables.of(d, run);
        if (tables.template() == null) {
            run.couldNotRun("未识别出文件所用的表样（模板）");
            return;
        }
        List<String> wanted = tables.template().sections();
        List<NarrativeSection> found = d.narrative().sections();
        if (found.isEmpty() && !d.tables().isEmpty()) {
            // every disclosure explains its tables, whichever sections its template lists
            run.report(Severity.ERROR, Location.at(null), wanted.isEmpty() ? "情况说明" : wanted.size() + "节", "0节", null,
                    "problem", (wanted.isEmpty() ? "一节也没有" : "全部" + wanted.size() + "节都没有")
                            + "（本文件只有报表；情况说明若另附于其他文件，请与之一并检查）");
            return;
        }
        if (wanted.isEmpty()) {
            run.notApplicable("表样未规定情况说明的章节");
            return;
        }
        List<String> foundTitles = new ArrayList<>(); // made plain once, not once per wanted section
        for (NarrativeSection s : found) {
            foundTitles.add(plain(s.title()));
        }
        int last = -1;
        for (int i = 0; i < wanted.size(); i++) {
            String want = wanted.get(i);
            int at = indexOf(foundTitles, want);
            String numbered = ChineseNumerals.of(i + 1) + "、" + want;
            if (at < 0) {
                run.report(Severity.ERROR, Location.text(numbered, null, null), numbered, null, null,
                        "problem", "缺少“" + numbered + "”一节");
            } else if (at < last) {
                NarrativeSection s = found.get(at);
                run.report(Severity.WARNING, Location.text(s.number() + "、" + s.title(), null, s.position()), numbered,
                        s.number() + "、" + s.title(), null,
                        "problem", "的“" + s.number() + "、" + s.title() + "”排在前一节之前，表样中是第" + (i + 1) + "节");
            } else {
                last = at;
            }
        }
    }

    private static int indexOf(List<String> foundTitles, String want) {
        String w = plain(want);
        for (int i = 0; i < foundTitles.size(); i++) {
            String t = foundTitles.get(i);
            if (t.equals(w) || t.contains(w) || w.contains(t) && t.length() >= 4) {
                return i;
            }
        }
        return -1;
    }

    private static String plain(String s) {
        return NOISE.matcher(s).replaceAll("").replace("部门", "单位").replace('"', '“');
    }
}
