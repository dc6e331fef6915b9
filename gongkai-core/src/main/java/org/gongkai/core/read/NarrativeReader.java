package org.gongkai.core.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PurchaseServiceCatalogue;
import org.gongkai.core.model.ReadNote;
import org.gongkai.core.model.StateAssets;
import org.gongkai.core.model.VehicleCount;
import org.gongkai.core.read.DocumentStructure.Part;

/**
 * Reads 第三部分 情况说明: its numbered sections and sub-sections with their paragraphs and chart
 * captions; the 项目支出绩效目标表 inside it; the catalogue and cover letters attached to 其他说明;
 * and, from their sections, the state assets and the procurement figures.
 */
final class NarrativeReader {

    private static final Pattern PAGE_NUMBER =
            Pattern.compile("[-—－\\s]*(第\\s*)?\\d{1,4}\\s*(页)?(\\s*共\\s*\\d{1,4}\\s*页)?[-—－\\s]*");

    /** What the part holds. */
    record Result(Narrative narrative, List<PerformanceTarget> targets, PurchaseServiceCatalogue catalogue,
                  StateAssets assets, Procurement procurement) {
    }

    private static final class Section {
        final String number;
        final String title;
        final int level;
        final org.gongkai.core.model.SourcePosition position;
        final List<Paragraph> paragraphs = new ArrayList<>();
        final List<String> figures = new ArrayList<>();
        final List<Section> sections = new ArrayList<>();

        Section(String number, String title, int level, org.gongkai.core.model.SourcePosition position) {
            this.number = number;
            this.title = title;
            this.level = level;
            this.position = position;
        }

        NarrativeSection build() {
            List<NarrativeSection> subs = new ArrayList<>();
            for (Section s : sections) {
                subs.add(s.build());
            }
            return new NarrativeSection(number, title, level, paragraphs, figures, subs, position);
        }
    }

    private NarrativeReader() {
    }

    /**
     * Reads the explanation from its parts, each from its heading to {@code ends} at the same
     * index: one part in most documents; several where the 目录 lists sections rather than parts
     * (部门预算编制说明, 其他相关情况说明, 项目经费情况说明). Each part's numbering starts again at 一;
     * text before a part's first numbered section is a section of its own, named by the part.
     */
    static Result read(Layout layout, List<Part> parts, List<Integer> ends, List<ReadNote> notes) {
        List<PerformanceTarget> targets = new ArrayList<>();
        List<Section> top = new ArrayList<>();
        int catalogueFrom = -1;
        int catalogueTo = -1;
        for (int k = 0; k < parts.size(); k++) {
            Part part = parts.get(k);
            int end = ends.get(k);
            int from = part.line() + 1;
            // regions that are not running text: the performance-target tables and the catalogue annex
            List<int[]> tables = new ArrayList<>();
            int catalogueStart = end;
            for (int i = from; i < end; i++) {
                if (layout.isBlank(i) || layout.isTabular(i)) {
                    continue; // titles and cover letters are lines of their own; the others are passed over untouched
                }
                LayoutLine l = layout.get(i);
                if (PerformanceTargetReader.isTitle(l.text())) {
                    int stop = PerformanceTargetReader.end(layout, i, end);
                    tables.add(new int[] {i, stop});
                    i = stop - 1;
                } else if (catalogueStart == end && CatalogueReader.startsCoverLetter(layout, i, end)) {
                    catalogueStart = i;
                    break;
                }
            }
            List<Paragraphs.Lines> paragraphs = new ArrayList<>();
            int cursor = from;
            for (int[] t : tables) {
                paragraphs.addAll(Paragraphs.of(layout, cursor, t[0]));
                targets.add(PerformanceTargetReader.read(layout, t[0], t[1], targets.size() + 1, notes));
                cursor = t[1];
            }
            paragraphs.addAll(Paragraphs.of(layout, cursor, catalogueStart));
            sections(paragraphs, part, parts.size() > 1, layout, top);
            if (catalogueStart < end && catalogueFrom < 0) {
                catalogueFrom = catalogueStart;
                catalogueTo = end;
            }
        }
        List<NarrativeSection> sections = new ArrayList<>();
        for (Section s : top) {
            sections.add(s.build());
        }
        Narrative narrative = new Narrative(layout.get(parts.get(0).line()).text().strip(), sections);

        PurchaseServiceCatalogue catalogue = null;
        if (catalogueFrom >= 0) {
            catalogue = CatalogueReader.read(layout, catalogueFrom, catalogueTo, reference(narrative));
        }
        return new Result(narrative, targets, catalogue, assets(narrative), procurement(narrative));
    }

    /**
     * Adds the numbered sections of one part's paragraphs to {@code top}. When the part is one of
     * several ({@code several}), a section named by its heading comes first and holds the text
     * before its first numbered section ("部门预算编制说明" has no other). With one part, such a
     * section is made only when there is such text: the reference document has none, but a
     * document whose 编制说明 opens with its figures before "一、…“三公”经费" does.
     */
    private static void sections(List<Paragraphs.Lines> paragraphs, Part part, boolean several, Layout layout, List<Section> top) {
        Section current = null;
        if (part != null && several) {
            // the part's own heading, so that its numbered sections stay under its name ("其他相关情况说明")
            current = new Section("", part.title(), 1, layout.get(part.line()).position());
            top.add(current);
        }
        Section sub = null;
        Section subsub = null;
        int expected = 1;
        for (Paragraphs.Lines p : paragraphs) {
            String t = p.text();
            Numbering.Prefix n = Numbering.parse(t);
            // the next number, or one a section or two further on when the document leaves one out
            boolean next = n != null && n.level() == 1 && (n.number() == expected
                    || n.number() > expected && n.number() <= expected + 2 && !n.rest().contains("。") && !n.rest().contains("，"));
            if (next && n.rest().length() <= 40) {
                current = new Section(Numbering.toChinese(n.number()), title(n.rest()), 1, p.position());
                top.add(current);
                sub = null;
                subsub = null;
                expected = n.number() + 1;
                continue;
            }
            if (current != null && n != null && n.level() == 2 && n.rest().length() <= 30 && !n.rest().contains("。")) {
                sub = new Section(Numbering.toChinese(n.number()), title(n.rest()), 2, p.position());
                current.sections.add(sub);
                subsub = null;
                continue;
            }
            if (current != null && n != null && n.level() == 3 && n.rest().length() <= 20 && !n.rest().contains("。")) {
                Section parent = sub != null ? sub : current;
                subsub = new Section(Integer.toString(n.number()), title(n.rest()), 3, p.position());
                parent.sections.add(subsub);
                continue;
            }
            if (mayBePageNumber(t) && PAGE_NUMBER.matcher(t).matches()) {
                continue; // a page's number printed at its foot: "25", "- 25 -", "第25页"
            }
            Section into = subsub != null ? subsub : sub != null ? sub : current;
            if (into == null) {
                if (part == null || t.length() <= 40 && t.indexOf('。') < 0 && t.indexOf('，') < 0 && t.indexOf('；') < 0) {
                    // no part to name it by, or no sentence yet: the part's name printed again under its
                    // heading, or its title wrapped ("江苏省人大常委会办公厅" / "2017年度部门预算情况说明")
                    continue;
                }
                // text before the first numbered section of the only part: a section named by the part
                current = new Section("", part.title(), 1, layout.get(part.line()).position());
                top.add(current);
                into = current;
            }
            if (isCaption(t)) {
                into.figures.add(t);
            } else {
                into.paragraphs.add(Paragraphs.paragraph(p));
            }
        }
    }

    /** Whether {@code t} starts as {@link #PAGE_NUMBER} needs: a digit, a dash, a space or 第. */
    private static boolean mayBePageNumber(String t) {
        char c = t.charAt(0);
        return c >= '0' && c <= '9' || c == '-' || c == '—' || c == '－' || c == '第'
                || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String title(String rest) {
        String t = rest.strip();
        while (!t.isEmpty() && (t.endsWith("：") || t.endsWith(":"))) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** A chart's caption standing alone: "收入预算图", "三公经费分布图". */
    private static boolean isCaption(String t) {
        return t.length() <= 24 && t.endsWith("图") && t.chars().noneMatch(c -> c == '，' || c == '。' || c == '：');
    }

    private static String reference(Narrative n) {
        for (NarrativeSection s : n.sections()) {
            for (NarrativeSection sub : s.sections()) {
                if (sub.title().contains("政府购买服务") && !sub.paragraphs().isEmpty()) {
                    return sub.paragraphs().get(0).text();
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- 国有资产占有使用情况

    private static final Pattern AS_OF = Pattern.compile("截[至止](\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern VEHICLES = Pattern.compile("公务用车编制(\\d+)辆[，,]?实有(\\d+)辆");
    private static final Pattern VEHICLE_USE = Pattern.compile("([\\u4e00-\\u9fa5]{2,12}?车)(\\d+)辆");
    /**
     * "共有车辆66辆，其中，一般公务用车13辆、…", "…；车辆7辆（一般公务用车3辆，执法执勤用车4辆，…）": the vehicles
     * held, no 编制 stated; not "购置车辆2辆".
     */
    private static final Pattern VEHICLES_HELD = Pattern.compile("(?:共有|实有|[；;：:，,])车辆\\s*(\\d+)\\s*辆");
    private static final Pattern AREA = Pattern.compile("办公用房[^。]{0,10}?面积([0-9,.]+)平方米");
    private static final Pattern OVER_500K = Pattern.compile("50万元[^。；]{0,12}以上的?[^。；]{0,8}?设备(\\d+)[台套]");
    private static final Pattern OVER_1M = Pattern.compile("100万元[^。；]{0,12}以上的?[^。；]{0,8}?设备(\\d+)[台套]");

    /** The first section whose title has {@code words}, as {@link Narrative#section} finds it, without a stream. */
    private static Optional<NarrativeSection> section(Narrative n, String words) {
        for (NarrativeSection s : n.sections()) {
            if (s.title().contains(words)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static StateAssets assets(Narrative n) {
        Optional<NarrativeSection> s = section(n, "国有资产");
        if (s.isEmpty()) {
            return null;
        }
        List<Paragraph> ps = s.get().allParagraphs();
        StringBuilder all = new StringBuilder();
        for (Paragraph p : ps) {
            all.append(p.text()).append('\n');
        }
        String t = all.toString();
        // each pattern is run only when the words it starts with are there
        LocalDate asOf = null;
        Matcher m = AS_OF.matcher(t);
        if (t.indexOf('截') >= 0 && m.find()) {
            asOf = date(m.group(1), m.group(2), m.group(3));
        }
        Integer authorised = null;
        Integer held = null;
        List<VehicleCount> uses = new ArrayList<>();
        m = VEHICLES.matcher(t);
        if (t.contains("公务用车编制") && m.find()) {
            authorised = Integer.valueOf(m.group(1));
            held = Integer.valueOf(m.group(2));
            int other = t.indexOf("其中", m.end());
            int stop = t.indexOf('。', m.end());
            if (other >= 0 && (stop < 0 || other < stop)) {
                Matcher u = VEHICLE_USE.matcher(t.substring(other + 2, stop < 0 ? t.length() : stop));
                while (u.find()) {
                    uses.add(new VehicleCount(withoutLeadingMark(u.group(1)), Integer.parseInt(u.group(2))));
                }
            }
        }
        m = VEHICLES_HELD.matcher(t);
        if (held == null && t.contains("车辆") && m.find()) {
            held = Integer.valueOf(m.group(1));
            // the uses follow, after 其中 or in a bracket, up to the sentence's end or the list's next item
            int stop = t.length();
            for (char c : new char[] {'。', '；', ';'}) {
                int i = t.indexOf(c, m.end());
                if (i >= 0 && i < stop) {
                    stop = i;
                }
            }
            Matcher u = VEHICLE_USE.matcher(t.substring(m.end(), stop));
            while (u.find()) {
                uses.add(new VehicleCount(withoutLeadingMark(u.group(1)), Integer.parseInt(u.group(2))));
            }
        }
        BigDecimal area = null;
        m = AREA.matcher(t);
        if (t.contains("办公用房") && m.find()) {
            area = Money.parseDecimal(m.group(1)).orElse(null);
        }
        Integer over500k = null;
        m = OVER_500K.matcher(t);
        if (t.contains("50万元") && m.find()) {
            over500k = Integer.valueOf(m.group(1));
        }
        Integer over1m = null;
        m = OVER_1M.matcher(t);
        if (t.contains("100万元") && m.find()) {
            over1m = Integer.valueOf(m.group(1));
        }
        return new StateAssets(asOf, authorised, held, uses, area, over500k, over1m, ps);
    }

    /** The use's name without a colon or comma printed before it. */
    private static String withoutLeadingMark(String use) {
        char c = use.charAt(0);
        return c == '：' || c == ':' || c == '，' || c == ',' ? use.substring(1) : use;
    }

    static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- 政府采购情况

    private static final Pattern PROCUREMENT_TOTAL = Pattern.compile("政府采购(?:预算)?总额(?:为)?([0-9,.]+)万元");

    private static Procurement procurement(Narrative n) {
        Optional<NarrativeSection> s = section(n, "政府采购");
        if (s.isEmpty()) {
            return null;
        }
        List<Paragraph> ps = s.get().allParagraphs();
        PublishedAmount total = null;
        PublishedAmount goods = null;
        PublishedAmount works = null;
        PublishedAmount services = null;
        for (Paragraph p : ps) {
            String t = p.text();
            if (total == null && t.contains("政府采购")) {
                Matcher m = PROCUREMENT_TOTAL.matcher(t);
                if (m.find()) {
                    total = amount(m.group(1), p);
                }
            }
            goods = goods != null ? goods : part(t, "货物", p);
            works = works != null ? works : part(t, "工程", p);
            services = services != null ? services : part(t, "服务", p);
        }
        return new Procurement(total, goods, works, services, ps);
    }

    private static final java.util.Map<String, Pattern> PROCUREMENT_PARTS = java.util.Map.of(
            "货物", procurementPart("货物"), "工程", procurementPart("工程"), "服务", procurementPart("服务"));

    private static Pattern procurementPart(String kind) {
        return Pattern.compile("(?:政府采购)?" + kind + "(?:类)?(?:预算|采购预算)?(?:为)?([0-9,.]+)万元");
    }

    private static PublishedAmount part(String t, String kind, Paragraph p) {
        if (!t.contains(kind)) {
            return null;
        }
        Matcher m = PROCUREMENT_PARTS.get(kind).matcher(t);
        return m.find() ? amount(m.group(1), p) : null;
    }

    private static PublishedAmount amount(String text, Paragraph p) {
        return Money.parse(text, MoneyUnit.WAN_YUAN).map(v -> PublishedAmount.of(v, text, p.position())).orElse(null);
    }
}
