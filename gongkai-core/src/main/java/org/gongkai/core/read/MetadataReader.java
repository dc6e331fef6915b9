package org.gongkai.core.read;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.model.CoverDocument;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.DisclosureLevel;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Profile;
import org.gongkai.core.model.PurchaseServiceCatalogue;
import org.gongkai.core.template.Template;

/**
 * Works out who published what for which year: from the title block, the tables' 单位名称, the
 * department codes of the performance-target tables and the region in the unit's name.
 */
final class MetadataReader {

    /** "2024年度单位预算", "2023年区级部门预算" (a Shanghai district's departments). */
    private static final Pattern TITLE = Pattern.compile("(\\d{4})\\s*年度?\\s*(?:[省市县区]级)?\\s*(单位|部门)?\\s*(预算|决算)");
    private static final Pattern REGION = Pattern.compile("^(?:中共|中国共产党)?((?:[\\u4e00-\\u9fa5]{1,7}?(?:省|自治区|市|自治州|州|盟|县|自治县|旗|区))+)");
    private static final Pattern APPROVED = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日[^。]{0,20}批复|批复[^。]{0,30}?(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern PUBLISHED = Pattern.compile("公开(?:时间|日期)[：:]?\\s*(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern UNIT_IN_TITLE = Pattern.compile("^(?:\\d{4}年度?)?(.+?)(?:\\d{4}年度?.*|(?:部门|单位)?(?:预算|决算).*)?$");
    /** A role printed after a department's name in the forms: "…保障局[部门]", "…【单位】". */
    private static final Pattern ROLE_SUFFIX = Pattern.compile("[\\[【](部门|单位)[\\]】]$");
    private static final List<String> MUNICIPALITIES = List.of("北京市", "上海市", "天津市", "重庆市");
    private static final Pattern REGION_PIECE = Pattern.compile("[\\u4e00-\\u9fa5]{1,7}?(?:省|自治区|市|自治州|州|盟|县|自治县|旗|区)");
    private static final List<String> PROVINCES = List.of("河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省",
            "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省",
            "青海省", "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区");
    /** A provincial finance department's document number: 晋财综〔2023〕43号. */
    private static final Pattern PROVINCE_DOCUMENT = Pattern.compile("(?<![\\u4e00-\\u9fa5])([\\u4e00-\\u9fa5])财[综预行办采社农建教资]");
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("冀", "河北省"), Map.entry("晋", "山西省"),
            Map.entry("辽", "辽宁省"), Map.entry("黑", "黑龙江省"), Map.entry("苏", "江苏省"), Map.entry("浙", "浙江省"),
            Map.entry("皖", "安徽省"), Map.entry("闽", "福建省"), Map.entry("赣", "江西省"), Map.entry("鲁", "山东省"),
            Map.entry("豫", "河南省"), Map.entry("鄂", "湖北省"), Map.entry("湘", "湖南省"), Map.entry("粤", "广东省"),
            Map.entry("琼", "海南省"), Map.entry("川", "四川省"), Map.entry("黔", "贵州省"), Map.entry("陕", "陕西省"),
            Map.entry("甘", "甘肃省"));

    private MetadataReader() {
    }

    static DisclosureMetadata read(Layout layout, DocumentStructure s, Template template, String unit, int year,
                                   List<PerformanceTarget> targets, PurchaseServiceCatalogue catalogue,
                                   Narrative narrative, Profile profile) {
        String title = titleLine(layout, s);
        DisclosureKind kind = template == null ? null : template.kind();
        DisclosureLevel level = template == null ? null : template.level();
        if (title != null) {
            Matcher m = TITLE.matcher(Labels.compact(title));
            if (m.find()) {
                kind = m.group(3).equals("决算") ? DisclosureKind.FINAL_ACCOUNTS : DisclosureKind.BUDGET;
                if (m.group(2) != null) {
                    level = m.group(2).equals("部门") ? DisclosureLevel.DEPARTMENT : DisclosureLevel.UNIT;
                }
            }
        }
        Map<String, Integer> departments = new HashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        for (PerformanceTarget t : targets) {
            if (t.department() != null) {
                departments.merge(withoutRole(t.department()), 1, Integer::sum);
            }
            if (t.departmentCode() != null) {
                codes.merge(t.departmentCode(), 1, Integer::sum);
            }
        }
        String department = top(departments);
        if (department == null && level == DisclosureLevel.DEPARTMENT) {
            department = unit;
        }
        String region = null;
        String province = null;
        if (unit != null) {
            region = region(unit);
        }
        if (region != null) {
            int p = region.indexOf('省');
            int a = region.indexOf("自治区");
            if (p > 0) {
                province = region.substring(0, p + 1);
            } else if (a > 0) {
                province = region.substring(0, a + 3);
            } else {
                for (String c : MUNICIPALITIES) {
                    if (region.startsWith(c)) {
                        province = c;
                    }
                }
            }
        }
        if (province == null && catalogue != null) {
            province = provinceIn(catalogue.title());
            for (CoverDocument d : catalogue.coverDocuments()) {
                if (province == null) {
                    province = provinceIn(d.issuer());
                }
            }
        }
        List<Paragraph> paragraphs = allParagraphs(narrative, profile);
        if (province == null) {
            province = provinceInNotes(paragraphs);
        }
        LocalDate approved = null;
        LocalDate published = null;
        for (Paragraph p : paragraphs) {
            String text = p.text();
            if (approved == null && text.contains("批复")) {
                Matcher a = APPROVED.matcher(text);
                if (a.find()) {
                    approved = a.group(1) != null ? NarrativeReader.date(a.group(1), a.group(2), a.group(3))
                            : NarrativeReader.date(a.group(4), a.group(5), a.group(6));
                }
            }
            if (published == null && text.contains("公开")) {
                Matcher b = PUBLISHED.matcher(text);
                if (b.find()) {
                    published = NarrativeReader.date(b.group(1), b.group(2), b.group(3));
                }
            }
        }
        return new DisclosureMetadata(title, unit, department, top(codes), region, province, year, kind, level, approved, published);
    }

    /** The department's name without the role the form prints after it. */
    private static String withoutRole(String department) {
        if (department.indexOf(']') < 0 && department.indexOf('】') < 0) {
            return department;
        }
        return ROLE_SUFFIX.matcher(department).replaceAll("");
    }

    private static List<Paragraph> allParagraphs(Narrative n, Profile p) {
        java.util.ArrayList<Paragraph> out = new java.util.ArrayList<>(p.text());
        n.sections().forEach(s -> out.addAll(s.allParagraphs()));
        return out;
    }

    /**
     * The region a unit's name begins with: "吕梁市柳林县" of "吕梁市柳林县人力资源和社会保障局". Nothing
     * under a county or a district has a name ending like a region's, so the region ends with the
     * first county (县, 旗) or district (区, not 自治区 or 地区): "平遥县城市管理综合执法队" is of 平遥县,
     * not of a "平遥县城市".
     */
    static String region(String unit) {
        Matcher m = REGION.matcher(unit);
        if (!m.find()) {
            return null;
        }
        String whole = m.group(1);
        Matcher piece = REGION_PIECE.matcher(whole);
        int end = 0;
        while (piece.find() && piece.start() == end) {
            end = piece.end();
            String p = piece.group();
            if (p.endsWith("县") || p.endsWith("旗") || p.endsWith("区") && !p.endsWith("自治区") && !p.endsWith("地区")) {
                break;
            }
        }
        return end == 0 ? whole : whole.substring(0, end);
    }

    /**
     * The province named where the document says which 政府购买服务指导性目录 it follows, when
     * nothing else names it: "按照《山西省部门政府购买服务指导性目录》执行", or the province's
     * document number, as the reference document has it: "按照2023年采购目录（柳财综（2023）482号、
     * 晋财综【2023】43号）" is 山西省's. Only a paragraph about a 目录 is read, and only abbreviations no
     * city shares (宁, 青, 吉, 云 … are left out).
     */
    static String provinceInNotes(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            String t = p.text();
            if (!t.contains("目录")) {
                continue;
            }
            for (String province : PROVINCES) {
                if (t.contains(province)) {
                    return province;
                }
            }
            Matcher m = PROVINCE_DOCUMENT.matcher(t);
            while (m.find()) {
                String province = ABBREVIATIONS.get(m.group(1));
                if (province != null) {
                    return province;
                }
            }
        }
        return null;
    }

    private static String provinceIn(String s) {
        if (s == null) {
            return null;
        }
        int p = s.indexOf('省');
        return p > 0 && p <= 4 ? s.substring(0, p + 1) : null;
    }

    private static String top(Map<String, Integer> votes) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            // most votes wins; between equals, the smaller (first in sort order) for a stable answer
            if (e.getValue() > most || (e.getValue() == most && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** The document's title line ("2024年度单位预算公开") from the lines before the 目录 or the first part. */
    static String titleLine(Layout layout, DocumentStructure s) {
        int limit = s.tocStart >= 0 ? s.tocStart : s.parts.isEmpty() ? Math.min(layout.size(), 12) : s.parts.get(0).line();
        limit = Math.min(limit, 40);
        for (int i = 0; i < limit; i++) {
            String t = layout.get(i).text().strip();
            if (TITLE.matcher(Labels.compact(t)).find() && t.length() <= 60) {
                return t;
            }
        }
        return null;
    }

    /**
     * The unit the running text names as the subject of its figures, when neither the tables nor a
     * title block name one (a text whose cover page is a picture): the name most paragraphs open
     * with before the year, "江苏省政协办公厅2019年度收入、支出预算总计…", said at least twice.
     * "本部门2019年…" names none.
     */
    static String unitInText(Narrative narrative, Profile profile, int year) {
        return unitInText(allParagraphs(narrative, profile), year);
    }

    /** {@link #unitInText(Narrative, Profile, int)} of these paragraphs. */
    static String unitInText(List<Paragraph> paragraphs, int year) {
        if (year <= 0) {
            return null;
        }
        String y = Integer.toString(year);
        Map<String, Integer> votes = new HashMap<>();
        for (Paragraph p : paragraphs) {
            String t = p.text();
            int at = t.indexOf(y);
            if (at < 4 || at > 30 || !t.startsWith("年", at + 4)) {
                continue;
            }
            String before = t.substring(0, at);
            if (Labels.endsABodysName(before.charAt(before.length() - 1)) && isName(before)) {
                votes.merge(before, 1, Integer::sum);
            }
        }
        String best = top(votes);
        return best != null && votes.get(best) >= 2 ? best : null;
    }

    /** Chinese characters and brackets only, not "本部门", "我单位", "全局". */
    private static boolean isName(String s) {
        if (s.startsWith("本") || s.startsWith("我") || s.startsWith("全") || s.startsWith("该")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '\u4e00' && c <= '\u9fff') && c != '（' && c != '）' && c != '(' && c != ')') {
                return false;
            }
        }
        return true;
    }

    /** The unit named on the first line of the title block (before the 目录), when the tables name none. */
    static String titleBlockUnit(Layout layout) {
        String named = namedInTitleBlock(layout);
        if (named != null) {
            return named;
        }
        for (int i = 0; i < Math.min(layout.size(), 10); i++) {
            String t = layout.get(i).text().strip();
            if (t.isEmpty() || DocumentReader.isFolio(layout.get(i))) {
                continue;
            }
            String c = Labels.compact(t);
            if (c.equals("目录") || c.startsWith("第一部分") || t.length() > 40) {
                return null;
            }
            Matcher title = TITLE.matcher(c);
            if (title.find()) {
                // "江苏省政协办公厅2017年度部门预算": the name before the year, when the title has one
                String before = c.substring(0, title.start());
                return before.length() >= 4 && Labels.endsABodysName(before.charAt(before.length() - 1)) ? before : null;
            }
            if (c.indexOf("预算") < 0 && c.indexOf("决算") < 0) {
                c += wrappedTitleEnd(layout, i); // "2018 年度江苏省高级" / "人民法院预算公开"
            }
            // "2017年度江苏省高级人民法院部门预算公开", "江苏省政协办公厅2018年度": the name without the year and title words
            Matcher m = UNIT_IN_TITLE.matcher(c);
            if (m.matches() && m.group(1).length() >= 4 && !m.group(1).equals(c)) {
                return m.group(1);
            }
            return t;
        }
        return null;
    }

    /** "预算主管部门：上海市普陀区人民政府万里街道办事处", "单位名称：…": a name the title block states under a label. */
    private static final Pattern NAMED = Pattern.compile("^(?:预算)?(?:主管部门|部门名称|单位名称|预算单位|编制单位)(?:（盖章）|\\(盖章\\))?[：:]([\\u4e00-\\u9fa5（）()]{4,40})$");

    /**
     * The unit the title block names under a label, before the 目录 or the first part: the
     * Shanghai 区级部门预算 print "预算主管部门：上海市普陀区人民政府万里街道办事处" under a title that
     * names only the district ("上海市普陀区2023年区级部门预算"). Null when none does.
     */
    private static String namedInTitleBlock(Layout layout) {
        for (int i = 0; i < Math.min(layout.size(), 12); i++) {
            if (layout.isBlank(i)) {
                continue;
            }
            String c = layout.get(i).compact();
            if (c.equals("目录") || c.startsWith("第一部分")) {
                return null;
            }
            if (c.indexOf('：') > 0 || c.indexOf(':') > 0) {
                Matcher m = NAMED.matcher(c);
                if (m.matches() && Labels.endsABodysName(m.group(1).charAt(m.group(1).length() - 1))) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /**
     * The rest of a title wrapped after line {@code i}: the next line, compacted, when it is short
     * and holds the title's words (预算 or 决算); else "".
     */
    private static String wrappedTitleEnd(Layout layout, int i) {
        for (int j = i + 1; j < Math.min(layout.size(), i + 3); j++) {
            if (layout.isBlank(j)) {
                continue;
            }
            String next = layout.get(j).compact();
            boolean titleWords = next.indexOf("预算") >= 0 || next.indexOf("决算") >= 0;
            return titleWords && next.length() <= 20 && !layout.isTabular(j) ? next : "";
        }
        return "";
    }

    /** The year in the title block, or 0. */
    static int titleYear(Layout layout) {
        for (int i = 0; i < Math.min(layout.size(), 40); i++) {
            Matcher m = TITLE.matcher(layout.get(i).compact());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return 0;
    }
}
