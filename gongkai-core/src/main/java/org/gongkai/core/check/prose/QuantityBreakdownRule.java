package org.gongkai.core.check.prose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Location;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.Sentence;

/**
 * The parts the text lists under a number of people, vehicles, square metres or pieces of
 * equipment add up to it, as {@link BreakdownRule} asks of amounts: "财政负担人员39人，其中行政公务员
 * 12名，事业人员5人，…购买服务人员22人"; "地上建筑面积为8013平方米（其中计容面积7998平方米，不计容
 * 面积105平方米）", where the parts make 8103. Parts that exceed the whole are an error; parts that
 * fall short of it a warning, since a list may name only some without saying 等. A total given
 * roughly ("约为13459平方米") is not added up to.
 */
@RuleSpec(id = "PROSE-016", severity = Severity.ERROR, category = Category.ACCURACY,
        title = "分项数量之和等于总数",
        message = "“{head}”{actual}{unit}，{marker}所列{count}项之和为{expected}{unit}，{relation}{difference}{unit}",
        description = "概况和情况说明中，人数（人、名）、车辆（辆）、面积（平方米）、设备（台、套）之后以“其中”或括号列出的各项，"
                + "其和等于其前的总数。各项之和超过总数为错误；少于总数为警告（列举若非全部，应以“等”结尾）。"
                + "列举以“等”结尾时只查是否超过；总数为约数（“约为”“近”）时不查。")
public final class QuantityBreakdownRule implements Rule {

    /** Words that only lead up to the number: "约为13459平方米", "实有1辆". */
    private static final Pattern LEAD_IN = Pattern.compile("(约为|约|为|共有|共|实有|现有|有|是|达)$");
    /** Words before a total that make it rough: "约为13459平方米", "近40人", "超过40人". */
    private static final Pattern APPROXIMATE = Pattern.compile("(约|近|逾|超过)为?$");

    /** One stated number: its value, its unit's kind, where it is, how deep in brackets. */
    record Quantity(BigDecimal value, String kind, String unit, int start, int end, int depth) {
    }

    @Override
    public void check(Disclosure d, RuleRun run) {
        List<Paragraph> profile = d.profile().text();
        if (profile.isEmpty() && d.narrative().sections().isEmpty()) {
            run.couldNotRun("未读到概况和情况说明");
            return;
        }
        for (Paragraph p : profile) {
            check(p, "第一部分 概况", run);
        }
        for (NarrativeSection s : d.narrative().sections()) {
            String heading = ProseText.heading(s);
            for (Paragraph p : s.allParagraphs()) {
                check(p, heading, run);
            }
        }
    }

    private static void check(Paragraph p, String section, RuleRun run) {
        String t = p.text();
        if (t.indexOf("其中") < 0) {
            return; // most paragraphs: no list to add up
        }
        List<Quantity> qs = quantities(t);
        for (int h = 0; h < qs.size(); h++) {
            Quantity head = qs.get(h);
            int listStart = listStart(t, head);
            if (listStart < 0) {
                continue;
            }
            boolean bracketed = t.charAt(head.end()) == '（' || t.charAt(head.end()) == '(';
            int depth = bracketed ? head.depth() + 1 : head.depth();
            int listEnd = listEnd(t, listStart, depth);
            List<Quantity> parts = new ArrayList<>();
            for (int k = h + 1; k < qs.size() && qs.get(k).start() < listEnd; k++) {
                Quantity q = qs.get(k);
                if (q.depth() == depth && q.kind().equals(head.kind())) {
                    parts.add(q);
                }
            }
            if (parts.size() < 2) {
                continue; // "其中：一般公务用车3辆" names one part, not all
            }
            if (APPROXIMATE.matcher(t.substring(Math.max(0, head.start() - 3), head.start())).find()
                    || t.startsWith("左右", head.end())) {
                continue; // "约为13459平方米", "40人左右": a total given roughly cannot be added up to
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Quantity q : parts) {
                sum = sum.add(q.value());
            }
            int compared = sum.compareTo(head.value());
            boolean open = t.substring(parts.get(parts.size() - 1).end(), Math.min(t.length(), listEnd + 1)).contains("等");
            if (compared == 0 || compared < 0 && open) {
                continue;
            }
            Sentence s = new ProseParagraph(section, 0, 0, p, List.of()).sentenceAt(parts.get(0).start());
            // as PROSE-013: expected is what the parts make, actual the total printed, the difference actual − expected
            BigDecimal difference = head.value().subtract(sum);
            run.report(compared > 0 ? Severity.ERROR : Severity.WARNING, Location.text(section, s.text(), s.position()),
                    sum.toPlainString(), head.value().toPlainString(), difference.toPlainString(),
                    "head", name(t, head), "actual", head.value().toPlainString(), "unit", head.unit(),
                    "marker", bracketed ? "括号内" : "“其中”", "count", Integer.toString(parts.size()),
                    "expected", sum.toPlainString(), "relation", compared > 0 ? "超出" : "少",
                    "difference", difference.abs().toPlainString());
        }
    }

    /** The units read, longest first where one begins another ("台（套）" before "台"). */
    private static final String[] UNITS = {"平方米", "台（套）", "台(套)", "台/套", "台套", "㎡", "辆", "名", "人", "台", "套"};

    /**
     * The numbers of {@code t} with units this rule reads, each with its bracket depth. One pass
     * over the characters: a number is a run of digits with ",ddd" groups and a decimal part,
     * followed (spaces allowed) by a unit; "人次" is a count of visits, not of people.
     */
    static List<Quantity> quantities(String t) {
        List<Quantity> out = new ArrayList<>();
        int n = t.length();
        int depth = 0;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
                continue;
            }
            if (c == '）' || c == ')') {
                depth = Math.max(0, depth - 1);
                continue;
            }
            if (c < '0' || c > '9') {
                continue;
            }
            int end = i;
            while (end < n && isDigit(t.charAt(end))) {
                end++;
            }
            while (end + 3 < n && t.charAt(end) == ',' && isDigit(t.charAt(end + 1)) && isDigit(t.charAt(end + 2))
                    && isDigit(t.charAt(end + 3)) && (end + 4 >= n || !isDigit(t.charAt(end + 4)))) {
                end += 4;
            }
            if (end + 1 < n && t.charAt(end) == '.' && isDigit(t.charAt(end + 1))) {
                end++;
                while (end < n && isDigit(t.charAt(end))) {
                    end++;
                }
            }
            int u = end;
            while (u < n && Character.isWhitespace(t.charAt(u))) {
                u++;
            }
            String unit = unitAt(t, u);
            if (unit != null) {
                BigDecimal value = new BigDecimal(t.substring(i, end).replace(",", ""));
                out.add(new Quantity(value, kind(unit), unit, i, u + unit.length(), depth));
            }
            i = end - 1; // the number is read: go on after it
        }
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The unit {@code t} prints at {@code at}, or null. */
    private static String unitAt(String t, int at) {
        if (at >= t.length()) {
            return null;
        }
        for (String unit : UNITS) {
            if (t.startsWith(unit, at)) {
                return unit.equals("人") && t.startsWith("次", at + 1) ? null : unit;
            }
        }
        return null;
    }

    private static String kind(String unit) {
        return switch (unit) {
            case "人", "名" -> "people";
            case "辆" -> "vehicles";
            case "平方米", "㎡" -> "area";
            default -> "equipment";
        };
    }

    /**
     * Where the list under {@code head} starts: after "（其中" right behind it, or after "其中" with
     * nothing but a mark between ("39人，其中", "55辆。其中，"); -1 when no list follows.
     */
    private static int listStart(String t, Quantity head) {
        int i = head.end();
        if (i < t.length() && (t.charAt(i) == '（' || t.charAt(i) == '(')) {
            return t.startsWith("其中", i + 1) ? i + 3 : -1;
        }
        int marks = 0;
        while (i < t.length() && marks < 2 && "，,。：:；; ".indexOf(t.charAt(i)) >= 0) {
            i++;
            marks++;
        }
        return t.startsWith("其中", i) ? i + 2 : -1;
    }

    /** Where a list at bracket depth {@code depth} ends: its bracket closes, or its sentence ends ("。", "；"). */
    private static int listEnd(String t, int from, int depth) {
        int d = depth;
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '（' || c == '(') {
                d++;
            } else if (c == '）' || c == ')') {
                d--;
                if (d < depth) {
                    return i;
                }
            } else if ((c == '。' || c == '；' || c == ';') && d <= depth) {
                return i;
            }
        }
        return t.length();
    }

    /** What the number counts, as the words before it name it: "本工程规划建筑面积约为13459平方米" gives 本工程规划建筑面积. */
    private static String name(String t, Quantity q) {
        int from = q.start();
        while (from > 0 && q.start() - from < 16 && "，,。；;：:、（(）)".indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        String words = t.substring(from, q.start()).strip();
        if (words.startsWith("其中")) {
            words = words.substring(2); // "其中地上建筑面积为8013平方米": the part of a list, named as itself
        }
        String name = LEAD_IN.matcher(words).replaceFirst("");
        return name.isEmpty() ? (words.isEmpty() ? "总数" : words) : name;
    }
}
