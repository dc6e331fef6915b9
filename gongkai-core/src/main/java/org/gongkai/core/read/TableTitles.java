package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.template.TableTemplate;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalog;

/**
 * Recognises table titles and table numbers as documents print them: with or without the year
 * ("2024年预算支出总表", "预算支出总表"), with or without a number before them ("表三", "预算公开表1",
 * "部门公开表9", "表1"), brackets and quotes in either width.
 * Example: "表五2024年一般公共预算支出预算表（不含上年结转）" is T5 of shanxi-unit-budget-2024, year 2024.
 */
final class TableTitles {

    /** A title recognised on a line. */
    record Match(Template template, TableTemplate table, String printed, Integer year, String number) {
    }

    private static final Pattern NUMBER = Pattern.compile(
            "^(?:(预算公开表|部门公开表|单位公开表|公开表|附表|表)([0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:[-—－][0-9]{1,2})?"
                    + "|(?:部门预算)?(公开)([0-9]{1,2})表)[、.．：:\\s]*");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})\\s*年?度?");

    private final Map<String, List<Match>> byKey = new HashMap<>();

    TableTitles(TemplateCatalog catalog) {
        for (Template t : catalog.templates()) {
            for (TableTemplate table : t.tables()) {
                for (String title : table.titles()) {
                    byKey.computeIfAbsent(Labels.compact(title), k -> new ArrayList<>())
                            .add(new Match(t, table, title, null, null));
                }
            }
        }
    }

    /** The templates' tables this line's text is a title of; empty when it is none. */
    List<Match> match(String line) {
        if (line.indexOf('表') < 0) {
            return List.of(); // every title ends in 表
        }
        String s = Labels.compact(line);
        if (s.length() < 3 || s.length() > 80) {
            return List.of();
        }
        String number = null;
        Matcher n = NUMBER.matcher(s);
        if (n.find() && n.end() < s.length()) {
            number = printedNumber(n);
            s = s.substring(n.end());
        } else {
            Numbering.Prefix item = Numbering.parse(s); // "一、2018年度江苏省高级人民法院收支预算总表"
            if (item != null && item.level() == 1 && item.printed().endsWith("、") && !item.rest().isEmpty()) {
                s = item.rest();
            }
        }
        Integer year = null;
        Matcher y = YEAR.matcher(s);
        if (y.find() && y.end() < s.length()) {
            int v = Integer.parseInt(y.group(1));
            if (v >= 1990 && v <= 2100) {
                year = v;
                s = s.substring(y.end());
            }
        }
        List<Match> found = byKey.get(s);
        if (found == null) {
            found = afterUnitName(s);
        }
        if (found == null) {
            return List.of();
        }
        List<Match> out = new ArrayList<>(found.size());
        for (Match m : found) {
            out.add(new Match(m.template(), m.table(), line.strip(), year, number));
        }
        return out;
    }

    /**
     * The templates' tables whose title ends {@code s} after a body's name, as some documents print
     * them ("江苏省高级人民法院收支预算总表": 收支预算总表 after 江苏省高级人民法院; "…人民法院部门收支预算总表",
     * with 部门 or 单位 between); null when none. The
     * name is Chinese characters only and must end as a body's name does, so that "详见收支预算总表"
     * and "附件：收支预算总表" are not titles.
     */
    private List<Match> afterUnitName(String s) {
        for (int k = 2; k < s.length() - 2; k++) {
            if (!Character.isIdeographic(s.charAt(k - 1))) {
                return null; // a name is Chinese characters only: "附件：…" is not one
            }
            if (Labels.endsABodysName(s.charAt(k - 1))) {
                List<Match> found = byKey.get(s.substring(k));
                if (s.startsWith("部门", k) || s.startsWith("单位", k)) {
                    // "江苏省高级人民法院部门收入预算总表": 收入预算总表 after 部门, or a set whose title starts
                    // with 部门 (the Shanghai 部门收入预算总表); both are offered, the set is chosen by all the titles
                    List<Match> without = byKey.get(s.substring(k + 2));
                    if (found == null) {
                        found = without;
                    } else if (without != null) {
                        found = new ArrayList<>(found);
                        found.addAll(without);
                    }
                }
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The table number when the whole line is one ("预算公开表1", "部门公开表9", "表三"), else null. */
    static String numberLine(String line) {
        if (line.indexOf('表') < 0 || line.length() > 24) {
            return null;
        }
        String s = Labels.compact(line);
        Matcher n = NUMBER.matcher(s);
        return n.find() && n.end() == s.length() ? printedNumber(n) : null;
    }

    private static String printedNumber(Matcher n) {
        return n.group(1) != null ? n.group(1) + n.group(2) : n.group(3) + n.group(4) + "表";
    }

    /** The table's number as an integer: "预算公开表10" and "表十" are 10; -1 if unreadable. */
    static int numberValue(String number) {
        if (number == null) {
            return -1;
        }
        Matcher n = NUMBER.matcher(number);
        if (!n.find()) {
            return -1;
        }
        String v = n.group(2) != null ? n.group(2) : n.group(4);
        return Character.isDigit(v.charAt(0)) ? Integer.parseInt(v) : Numbering.chinese(v);
    }
}
