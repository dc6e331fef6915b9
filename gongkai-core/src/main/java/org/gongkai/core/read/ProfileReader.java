package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.Profile;
import org.gongkai.core.model.Sentence;
import org.gongkai.core.model.StaffCount;
import org.gongkai.core.model.Staffing;

/**
 * Reads 第一部分 概况: the numbered duties, the internal offices and subordinate units, what
 * changed, and the staff by kind with the change against the year before and its reasons.
 */
final class ProfileReader {

    private static final Pattern OFFICE_COUNT = Pattern.compile("内设(?:机构|职能)?[^0-9，。；]{0,6}?(\\d+)个");
    /** A list's count at its end: "…、机关文印中心等20个处室和省委机要局". */
    private static final Pattern LISTED_COUNT = Pattern.compile("等(\\d+)个(?:处室|科室|股室|职能处室|内设机构|机构)(?:和(.+))?$");
    private static final Pattern TOTAL = Pattern.compile("(?:财政负担人员|在职人员|实有人员|现有人员|编制人员|人员总数|共有人员|在职职工)(?:共)?(\\d+)(?:人|名)");
    private static final Pattern KIND = Pattern.compile("([\\u4e00-\\u9fa5（）()]{2,30}?)(\\d+)(?:人|名)");
    private static final Pattern CHANGE = Pattern.compile("(?:(\\d{4})年与(\\d{4})年(?:相比|比较)?|比上年|较上年|与上年相比)(增加|减少)(\\d+)(?:人|名)");
    private static final Pattern REASON = Pattern.compile("(?:原因(?:是|为|：|:)|主要原因是?：?)(.+?)(?:。|$)");
    /** What separates the kinds of staff after 其中. */
    private static final Pattern KIND_SEPARATOR = Pattern.compile("[，,、；;]");
    /** The last characters of a subordinate unit's name: 队, 中心, 所 … */
    private static final List<String> UNIT_ENDINGS = List.of("队", "中心", "所", "站", "院", "局", "馆", "会", "校", "处", "室", "社", "部", "园");

    private ProfileReader() {
    }

    /**
     * Reads 概况 from lines [from, to). {@code sectionTitle} is the heading it starts under when it
     * is a section of a document without parts ("部门主要职能": its text is the duties), null under a
     * 第一部分 概况; such a document's next section about the unit follows as an unnumbered heading
     * ("部门机构设置").
     */
    static Profile read(Layout layout, int from, int to, String sectionTitle) {
        List<Paragraphs.Lines> lines = Paragraphs.of(layout, from, to);
        List<Paragraph> text = Paragraphs.paragraphs(lines);
        List<String> duties = new ArrayList<>();
        List<String> offices = new ArrayList<>();
        List<String> subordinate = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        List<Paragraph> staffText = new ArrayList<>();
        Integer officeCount = null;
        String topic = sectionTitle == null ? "" : topic(sectionTitle, "");
        int numberedDuties = 0;
        boolean unnumbered = sectionTitle != null; // the topic was opened by an unnumbered heading: its duties may be 一、二、…
        boolean unitList = false; // the paragraph before introduced a numbered list of the department's units
        for (Paragraph p : text) {
            String t = p.text();
            if (isFolio(t)) {
                continue; // a page's number, printed on a line of its own
            }
            Numbering.Prefix n = Numbering.parse(t);
            // "部门机构设置": the next section, unnumbered; under 第一部分 too, where a document's text
            // was written out without its sections ("主要职能包括：", "部门机构设置")
            String opened = (sectionTitle != null || n == null) && t.length() <= 12 && t.indexOf('。') < 0 && t.indexOf('，') < 0
                    ? topic(t, "") : "";
            if (!opened.isEmpty()) {
                if (opened.equals("duties") && numberedDuties == 0) {
                    // "主要职能包括：" after "…是普陀区政府的派出机关，…": what came before described the unit
                    duties.clear();
                }
                topic = opened;
                unnumbered = true;
                continue;
            }
            if (unitList && n != null && n.level() >= 3) {
                // "具体包括：" / "1. 上海市普陀区人民政府万里街道办事处（本部）。" / "2. …社区事务受理服务中心。": the units
                // of the department, itself (本部) first
                String u = n.rest().endsWith("。") ? n.rest().substring(0, n.rest().length() - 1) : n.rest();
                if (!u.endsWith("（本部）") && !u.endsWith("(本部)") && looksLikeUnit(u)) {
                    subordinate.add(u);
                }
                continue;
            }
            unitList = topic.equals("organisation") && (t.endsWith("：") || t.endsWith(":")) && t.contains("单位");
            // under 主要职能, "3．围绕省委工作部署，…服务。" is a duty: a sentence of some length ("1、主要职能。" is a heading)
            // so is "九、承办区委、区政府交办的其他事项。" under a section of duties of its own (部门主要职能)
            boolean duty = n != null && topic.equals("duties") && (n.level() == 3 || unnumbered && n.level() == 1)
                    && t.endsWith("。") && n.rest().length() > 8;
            boolean heading = isHeading(n) && !duty;
            if (heading) {
                unnumbered = sectionTitle != null;
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
                case "duties" -> {
                    duties.add(n == null ? t : n.rest());
                    numberedDuties += n == null ? 0 : 1;
                }
                case "organisation" -> {
                    Matcher oc = OFFICE_COUNT.matcher(t);
                    if (oc.find()) {
                        officeCount = Integer.parseInt(oc.group(1));
                    }
                    // sentence by sentence: "本部门内设机构包括：秘书处、…。本部门下属单位包括：东郊国宾馆、西康宾馆。"
                    boolean restOfParagraph = false;
                    for (Sentence sentence : p.sentences()) {
                        String st = sentence.text();
                        int list = listStart(st);
                        if (st.contains("下属")) {
                            // listed after a colon, or (once) after the paragraph's first comma ("…下属事业单位合并3个，…队；…中心；…中心。")
                            String units = list >= 0 ? st.substring(list)
                                    : !restOfParagraph && t.indexOf('，') >= 0 ? t.substring(t.indexOf('，') + 1) : null;
                            restOfParagraph |= list < 0;
                            if (units != null) {
                                for (String u : split(units, "；;、")) {
                                    if (looksLikeUnit(u)) {
                                        subordinate.add(u);
                                    }
                                }
                            }
                        } else if (list >= 0 && (st.contains("股") || st.contains("科") || st.contains("处") || st.contains("室"))) {
                            List<String> listed = split(st.substring(list), "、");
                            Matcher end = listed.isEmpty() ? null : LISTED_COUNT.matcher(listed.get(listed.size() - 1));
                            if (end != null && end.find()) { // "机关文印中心等20个处室和省委机要局"
                                String last = listed.remove(listed.size() - 1);
                                listed.add(last.substring(0, end.start()));
                                if (end.group(2) != null) {
                                    listed.add(end.group(2));
                                }
                                if (officeCount == null) {
                                    officeCount = Integer.parseInt(end.group(1));
                                }
                            }
                            offices.addAll(listed);
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

    /** The topic a section titled {@code title} opens: duties, organisation or staff; {@code otherwise} when none. */
    private static String topic(String title, String otherwise) {
        if (title.contains("职责") || title.contains("职能")) {
            return "duties";
        }
        if (title.contains("机构")) {
            return "organisation";
        }
        return title.contains("人员") ? "staff" : otherwise;
    }

    /** Where a list starts in {@code sentence}: after its last "有：" or "包括：" (either colon); -1 if none. */
    private static int listStart(String sentence) {
        int best = -1;
        for (String mark : new String[] {"有：", "有:", "包括：", "包括:"}) {
            int at = sentence.lastIndexOf(mark);
            if (at >= 0) {
                best = Math.max(best, at + mark.length());
            }
        }
        return best;
    }

    /** A page's number alone: "1", "- 2 -". */
    private static boolean isFolio(String t) {
        String s = t.replace("-", "").replace("—", "").replace("－", "").strip();
        if (s.isEmpty() || s.length() > 3) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
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
