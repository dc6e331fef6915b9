package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.Profile;
import org.gongkai.core.model.StaffCount;
import org.gongkai.core.model.Staffing;

/**
 * Reads 第一部分 概况: the numbered duties, the internal offices and subordinate units, what
 * changed, and the staff by kind with the change against the year before and its reasons.
 */
final class ProfileReader {

    private static final Pattern OFFICE_COUNT = Pattern.compile("内设(?:机构|职能)?[^0-9，。；]{0,6}?(\\d+)个");
    private static final Pattern TOTAL = Pattern.compile("(?:财政负担人员|在职人员|实有人员|现有人员|编制人员|人员总数|共有人员|在职职工)(?:共)?(\\d+)(?:人|名)");
    private static final Pattern KIND = Pattern.compile("([\\u4e00-\\u9fa5（）()]{2,30}?)(\\d+)(?:人|名)");
    private static final Pattern CHANGE = Pattern.compile("(?:(\\d{4})年与(\\d{4})年(?:相比|比较)?|比上年|较上年|与上年相比)(增加|减少)(\\d+)(?:人|名)");
    private static final Pattern REASON = Pattern.compile("(?:原因(?:是|为|：|:)|主要原因是?：?)(.+?)(?:。|$)");
    /** What separates the kinds of staff after 其中. */
    private static final Pattern KIND_SEPARATOR = Pattern.compile("[，,、；;]");
    /** The last characters of a subordinate unit's name: 队, 中心, 所 … */
    private static final List<String> UNIT_ENDINGS = List.of("队", "中心", "所", "站", "院", "局", "馆", "会", "校", "处", "室", "社", "部");

    private ProfileReader() {
    }

    static Profile read(Layout layout, int from, int to) {
        List<Paragraphs.Lines> lines = Paragraphs.of(layout, from, to);
        List<Paragraph> text = Paragraphs.paragraphs(lines);
        List<String> duties = new ArrayList<>();
        List<String> offices = new ArrayList<>();
        List<String> subordinate = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        List<Paragraph> staffText = new ArrayList<>();
        Integer officeCount = null;
        String topic = "";
        for (Paragraph p : text) {
            String t = p.text();
            Numbering.Prefix n = Numbering.parse(t);
            boolean heading = isHeading(n);
            if (heading) {
                String h = n.rest();
                if (h.contains("职责") || h.contains("职能")) {
                    topic = "duties";
                } else if (h.contains("机构")) {
                    topic = "organisation";
                } else if (h.contains("人员")) {
                    topic = "staff";
                    staffText.add(p);
                } else if (h.contains("单位情况") || h.contains("基本情况")) {
                    // a heading over the duties; keep the topic
                    if (topic.isEmpty()) {
                        topic = "duties";
                    }
                }
                continue;
            }
            switch (topic) {
                case "duties" -> duties.add(n == null ? t : n.rest());
                case "organisation" -> {
                    Matcher oc = OFFICE_COUNT.matcher(t);
                    if (oc.find()) {
                        officeCount = Integer.parseInt(oc.group(1));
                    }
                    int list = t.lastIndexOf("有：");
                    if (list < 0) {
                        list = t.lastIndexOf("有:");
                    }
                    if (list >= 0 && (t.contains("股") || t.contains("科") || t.contains("处") || t.contains("室"))) {
                        offices.addAll(split(t.substring(list + 2), "、"));
                    }
                    if (t.contains("下属")) {
                        int comma = t.indexOf('，');
                        if (comma >= 0) {
                            for (String u : split(t.substring(comma + 1), "；;、")) {
                                if (looksLikeUnit(u)) {
                                    subordinate.add(u);
                                }
                            }
                        }
                    }
                    if (t.contains("变动") || t.contains("合并") || t.contains("撤销") || t.contains("更名") || t.contains("划转")) {
                        changes.add(t);
                    }
                }
                case "staff" -> staffText.add(p);
                default -> {
                }
            }
        }
        return new Profile(duties, officeCount, offices, subordinate, changes, staffing(staffText), text);
    }

    /** 一、 headings are short; 1、 headings have no figures; （一） headings are a few words (longer ones are duties). */
    private static boolean isHeading(Numbering.Prefix n) {
        if (n == null) {
            return false;
        }
        String r = n.rest();
        return switch (n.level()) {
            case 1 -> r.length() <= 30;
            case 3 -> r.length() <= 30 && r.chars().noneMatch(Character::isDigit);
            case 2 -> r.length() <= 12 && !r.endsWith("。");
            default -> false;
        };
    }

    private static Staffing staffing(List<Paragraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            return null;
        }
        Integer total = null;
        Integer change = null;
        Integer compared = null;
        List<StaffCount> kinds = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            String t = p.text();
            // each pattern is tried only on a paragraph holding the words it needs
            Matcher m = total == null && (t.indexOf('人') >= 0 || t.indexOf('名') >= 0) ? TOTAL.matcher(t) : null;
            if (m != null && m.find()) {
                total = Integer.parseInt(m.group(1));
                int other = t.indexOf("其中", m.end());
                if (other >= 0) {
                    int stop = t.indexOf('。', other);
                    String list = t.substring(other + 2, stop < 0 ? t.length() : stop);
                    for (String part : KIND_SEPARATOR.split(list)) {
                        Matcher k = KIND.matcher(part);
                        if (k.find()) {
                            String kind = k.group(1);
                            int de = kind.lastIndexOf('的');
                            if (de >= 0) {
                                kind = kind.substring(de + 1);
                            }
                            kinds.add(new StaffCount(kind, Integer.parseInt(k.group(2)), p.position()));
                        }
                    }
                }
            }
            Matcher c = change == null && (t.contains("增加") || t.contains("减少")) ? CHANGE.matcher(t) : null;
            if (c != null && c.find()) {
                int v = Integer.parseInt(c.group(4));
                change = c.group(3).equals("减少") ? -v : v;
                compared = c.group(2) != null ? Integer.valueOf(c.group(2)) : null;
            }
            Matcher r = reasons.isEmpty() && t.contains("原因") ? REASON.matcher(t) : null;
            if (r != null && r.find()) {
                reasons.addAll(split(r.group(1), "，,、；;"));
            }
        }
        return new Staffing(total, kinds, change, compared, reasons, paragraphs);
    }

    /** Ends as a unit's name does, on one line (what ".*(队|中心|…)$" matched). */
    private static boolean looksLikeUnit(String s) {
        if (s.length() < 4 || hasLineBreak(s)) {
            return false;
        }
        for (String ending : UNIT_ENDINGS) {
            if (s.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** A character a regex's "." does not match. */
    private static boolean hasLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static List<String> split(String s, String separators) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (separators.indexOf(c) >= 0 || c == '。') {
                add(out, cur);
                if (c == '。') {
                    break;
                }
            } else {
                cur.append(c);
            }
        }
        add(out, cur);
        return out;
    }

    private static void add(List<String> out, StringBuilder cur) {
        String t = cur.toString().strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
        cur.setLength(0);
    }
}
