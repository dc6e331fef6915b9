package org.gongkai.core.write.html;

import static org.gongkai.core.write.Markup.esc;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.ChineseNumerals;
import org.gongkai.core.model.CoverDocument;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.DisclosureLevel;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.Profile;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.PurchaseServiceCatalogue;
import org.gongkai.core.model.StaffCount;
import org.gongkai.core.model.Staffing;
import org.gongkai.core.model.StateAssets;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.VehicleCount;
import org.gongkai.core.template.BlockTemplate;
import org.gongkai.core.template.ColumnTemplate;
import org.gongkai.core.template.TableTemplate;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalog;
import org.gongkai.core.write.HeaderGrid;
import org.gongkai.core.write.chart.Chart;
import org.gongkai.core.write.chart.DisclosureCharts;
import org.gongkai.core.write.chart.SvgChartWriter;

/**
 * Writes a {@link Disclosure} as one self-contained XHTML page in Chinese: title block, 目录 linking
 * every part, table, section and form, 第一部分 概况, 第二部分 the tables in the template's order
 * (numbered and titled as published, 单位名称 and 单位 above each, headings merged as printed,
 * amounts right-aligned as printed, {@code <caption>} and {@code <th scope>}, an empty table with its
 * note), 第三部分 情况说明 with the charts where the text places them, 政府采购 and 国有资产 figures and the
 * 项目支出绩效目标表 forms, 第四部分 名词解释, and the 政府购买服务指导性目录 as an annex.
 *
 * <p>The page is well-formed XML, UTF-8, {@code <html lang="zh-CN">}, has no external resource (no
 * link, script, image or font URL), and escapes all text. It is written in one pass into one
 * buffer, without regular expressions.
 * Example: {@code HtmlWriter.write(seed)} has {@code <td class="num">134.97</td>} in 表三's 行政运行 row.
 */
public final class HtmlWriter {

    private final Disclosure d;
    private final HtmlOptions options;
    private final Template template;
    private final StringBuilder b;
    private int figureNumber;
    /** The charts drawn so far, in figure order, when writing a fragment; null otherwise. */
    private List<Chart> placed;

    private HtmlWriter(Disclosure d, HtmlOptions options) {
        this.d = d;
        this.options = options;
        this.template = d.templateId() == null ? null : TemplateCatalog.bundled().find(d.templateId()).orElse(null);
        int size = 96 * 1024 + (options.catalogue() && d.catalogue() != null ? d.catalogue().itemCount() * 160 : 0);
        this.b = new StringBuilder(size);
    }

    /** The page for a browser, annex included. */
    public static String write(Disclosure d) {
        return write(d, HtmlOptions.SCREEN);
    }

    /** The page with {@code options}. */
    public static String write(Disclosure d, HtmlOptions options) {
        HtmlWriter w = new HtmlWriter(d, options);
        w.page();
        return w.b.toString();
    }

    /**
     * The document without a page around it, for a site that shows it inside its own page: the
     * title block to the footer in one {@code <article class="document">}, the CSS to put in the
     * site's head (scoped so that the page's own body is left to the site), and the charts in the
     * order their figures appear, so that {@code charts().get(i)} is drawn (as SVG) in
     * {@code <figure id="chart-(i+1)">} and a script may draw it again, interactive.
     */
    public static HtmlFragment fragment(Disclosure d, HtmlOptions options) {
        HtmlWriter w = new HtmlWriter(d, options);
        w.placed = new ArrayList<>();
        w.b.append("<article class=\"document\" lang=\"zh-CN\">\n");
        w.content();
        w.b.append("</article>\n");
        return new HtmlFragment(w.b.toString(), HtmlStyle.fragmentCss(), w.placed);
    }

    // ---------------------------------------------------------------- page

    private void page() {
        String unit = unitName();
        String title = documentTitle();
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\" xml:lang=\"zh-CN\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"gongkai\"/>\n<meta name=\"author\" content=\"");
        esc(b, unit).append("\"/>\n<meta name=\"subject\" content=\"");
        esc(b, title).append("\"/>\n<title>");
        esc(b, unit + " " + title).append("</title>\n<style>\n")
                .append(HtmlStyle.css(options.pdf())).append("</style>\n");
        if (options.pdf()) {
            bookmarks();
        }
        b.append("</head>\n<body>\n");
        content();
        b.append("</body>\n</html>\n");
    }

    /** Everything inside the body: title block to footer. */
    private void content() {
        String unit = unitName();
        String title = documentTitle();
        titleBlock(unit, title);
        toc();
        profile();
        tables();
        narrative();
        glossary();
        if (options.catalogue() && d.catalogue() != null) {
            catalogue(d.catalogue());
        }
        if (!options.pdf()) {
            b.append("<footer class=\"generated\"><p>本页由 gongkai 依据");
            esc(b, unit).append("公开的").append(esc(title)).append("生成。</p></footer>\n");
        }
    }

    private void titleBlock(String unit, String title) {
        b.append("<header class=\"title-block\" id=\"top\">\n<p class=\"unit\">");
        esc(b, unit).append("</p>\n<h1>");
        esc(b, title).append("</h1>\n");
        DisclosureMetadata m = d.metadata();
        if (m != null && m.year() > 0) {
            b.append("<p class=\"meta\">预算年度：").append(m.year()).append("年</p>\n");
        }
        if (m != null && m.departmentName() != null && !m.departmentName().equals(m.unitName())) {
            b.append("<p class=\"meta\">主管部门：");
            esc(b, m.departmentName()).append("</p>\n");
        }
        b.append("</header>\n");
    }

    // ---------------------------------------------------------------- 目录 and bookmarks

    /** One entry of 目录 and of the PDF bookmarks. */
    private record Heading(String id, String text, List<Heading> children) {
    }

    private List<Heading> outline() {
        List<Heading> parts = new ArrayList<>();
        List<Heading> p1 = new ArrayList<>();
        p1.add(new Heading("part1-duties", "一、本单位职责", List.of()));
        p1.add(new Heading("part1-organisation", "二、机构设置情况", List.of()));
        p1.add(new Heading("part1-staffing", "三、人员情况", List.of()));
        parts.add(new Heading("part1", "第一部分 概况", p1));
        List<Heading> p2 = new ArrayList<>();
        for (TableSlot t : tableSlots()) {
            p2.add(new Heading(t.anchor(), t.number() + " " + t.title(), List.of()));
        }
        parts.add(new Heading("part2", part2Title(), p2));
        List<Heading> p3 = new ArrayList<>();
        int i = 0;
        for (NarrativeSection s : sections()) {
            i++;
            List<Heading> forms = new ArrayList<>();
            if (isPerformanceSection(s)) {
                forms = targetHeadings();
            }
            p3.add(new Heading("sec-" + i, sectionHeading(s), forms));
        }
        if (!hasSection("政府采购") && d.procurement() != null) {
            p3.add(new Heading("sec-procurement", "政府采购情况", List.of()));
        }
        if (!hasSection("国有资产") && d.assets() != null) {
            p3.add(new Heading("sec-assets", "国有资产占有使用情况", List.of()));
        }
        if (sections().stream().noneMatch(this::isPerformanceSection) && !d.performanceTargets().isEmpty()) {
            p3.add(new Heading("sec-targets", "项目支出绩效目标表", targetHeadings()));
        }
        parts.add(new Heading("part3", part3Title(), p3));
        parts.add(new Heading("part4", "第四部分 名词解释", List.of()));
        if (options.catalogue() && d.catalogue() != null) {
            List<Heading> depts = new ArrayList<>();
            if (options.pdf()) {
                int k = 0;
                for (CatalogueDepartment dep : d.catalogue().departments()) {
                    depts.add(new Heading("dept-" + (++k), dep.name(), List.of()));
                }
            }
            parts.add(new Heading("annex", "附件 " + catalogueTitle(d.catalogue()), depts));
        }
        return parts;
    }

    private List<Heading> targetHeadings() {
        List<Heading> out = new ArrayList<>();
        int k = 0;
        for (PerformanceTarget t : d.performanceTargets()) {
            k++;
            out.add(new Heading("target-" + k, "项目支出绩效目标表（" + k + "）" + nz(t.projectName()), List.of()));
        }
        return out;
    }

    private void toc() {
        b.append("<nav class=\"toc\" id=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">目录</h2>\n<ol>\n");
        for (Heading h : outline()) {
            tocEntry(h, true, 0);
        }
        b.append("</ol>\n</nav>\n");
    }

    private void tocEntry(Heading h, boolean part, int depth) {
        b.append(part ? "<li class=\"toc-part\">" : "<li>").append("<a href=\"#").append(h.id()).append("\">");
        esc(b, h.text()).append("</a>");
        // the annex's departments are bookmarks only; 目录 stops at the forms
        if (!h.children().isEmpty() && !"annex".equals(h.id()) && depth < 2) {
            b.append("\n<ol>\n");
            for (Heading c : h.children()) {
                tocEntry(c, false, depth + 1);
            }
            b.append("</ol>\n");
        }
        b.append("</li>\n");
    }

    private void bookmarks() {
        b.append("<bookmarks>\n<bookmark name=\"封面\" href=\"#top\"/>\n<bookmark name=\"目录\" href=\"#toc\"/>\n");
        for (Heading h : outline()) {
            bookmark(h);
        }
        b.append("</bookmarks>\n");
    }

    private void bookmark(Heading h) {
        b.append("<bookmark name=\"");
        esc(b, h.text()).append("\" href=\"#").append(h.id()).append('"');
        // the annex's departments are bookmarked by PdfWriter, which draws the annex's table
        if (h.children().isEmpty() || "annex".equals(h.id())) {
            b.append("/>\n");
            return;
        }
        b.append(">\n");
        for (Heading c : h.children()) {
            bookmark(c);
        }
        b.append("</bookmark>\n");
    }

    // ---------------------------------------------------------------- 第一部分

    private void profile() {
        Profile p = d.profile() == null ? Profile.empty() : d.profile();
        b.append("<section class=\"part prose\" id=\"part1\" aria-labelledby=\"part1-h\">\n<h2 id=\"part1-h\">第一部分 概况</h2>\n");
        b.append("<section id=\"part1-duties\">\n<h3>一、本单位职责</h3>\n");
        if (p.duties().isEmpty()) {
            b.append("<p>（未列示）</p>\n");
        } else {
            b.append("<ol class=\"duties\">\n");
            int i = 0;
            for (String duty : p.duties()) {
                b.append("<li>（").append(ChineseNumerals.of(++i)).append("）");
                esc(b, duty).append("</li>\n");
            }
            b.append("</ol>\n");
        }
        b.append("</section>\n<section id=\"part1-organisation\">\n<h3>二、机构设置情况</h3>\n");
        boolean any = false;
        if (!p.internalOffices().isEmpty() || p.internalOfficeCount() != null) {
            int n = p.internalOfficeCount() != null ? p.internalOfficeCount() : p.internalOffices().size();
            b.append("<p>内设机构").append(n).append("个");
            if (!p.internalOffices().isEmpty()) {
                b.append("：");
                esc(b, String.join("、", p.internalOffices()));
            }
            b.append("。</p>\n");
            any = true;
        }
        if (!p.subordinateUnits().isEmpty()) {
            b.append("<p>下属单位").append(p.subordinateUnits().size()).append("个：");
            esc(b, String.join("、", p.subordinateUnits())).append("。</p>\n");
            any = true;
        }
        for (String c : p.changes()) {
            b.append("<p>");
            esc(b, c).append("</p>\n");
            any = true;
        }
        if (!any) {
            b.append("<p>（未列示）</p>\n");
        }
        b.append("</section>\n<section id=\"part1-staffing\">\n<h3>三、人员情况</h3>\n");
        staffing(p.staffing());
        b.append("</section>\n</section>\n");
    }

    private void staffing(Staffing s) {
        if (s == null) {
            b.append("<p>（未列示）</p>\n");
            return;
        }
        for (Paragraph p : s.text()) {
            if (!isHeading(p.text())) {
                paragraph(p.text());
            }
        }
        if (!s.byKind().isEmpty() || s.total() != null) {
            b.append("<div class=\"table-block small\">\n<table class=\"plain staff\">\n<caption>人员情况</caption>\n")
                    .append("<thead><tr><th scope=\"col\">人员类别</th><th scope=\"col\">人数</th></tr></thead>\n<tbody>\n");
            for (StaffCount c : s.byKind()) {
                b.append("<tr><th scope=\"row\">");
                esc(b, c.kind()).append("</th><td class=\"num\">").append(c.count()).append("</td></tr>\n");
            }
            if (s.total() != null) {
                b.append("<tr class=\"total\"><th scope=\"row\">合计</th><td class=\"num\">").append(s.total()).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n</div>\n");
        }
    }

    /** A printed sub-heading kept in the text, e.g. "2、人员情况，包括当年变动情况及原因。". */
    private static boolean isHeading(String t) {
        if (t.length() > 32 || t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        return (c >= '0' && c <= '9' || ChineseNumerals.isDigit(c)) && t.length() > 1
                && (t.charAt(1) == '、' || t.charAt(1) == '.' || t.charAt(1) == '．');
    }

    // ---------------------------------------------------------------- 第二部分

    /** A table of the template, published or not. */
    private record TableSlot(String anchor, String number, String title, TableTemplate template, PublishedTable table) {
    }

    private List<TableSlot> slots;

    private List<TableSlot> tableSlots() {
        if (slots != null) {
            return slots;
        }
        List<TableSlot> out = new ArrayList<>();
        int year = d.metadata() == null ? 0 : d.metadata().year();
        List<PublishedTable> rest = new ArrayList<>(d.tables());
        if (template != null) {
            for (TableTemplate tt : template.tables()) {
                PublishedTable t = d.table(tt.id()).orElse(null);
                rest.remove(t);
                String title = t != null && t.title() != null ? t.title() : (year > 0 ? year + "年" : "") + tt.title();
                out.add(new TableSlot("table-" + tt.id(), number(tt.number()), title, tt, t));
            }
        }
        int n = out.size();
        for (PublishedTable t : rest) {
            n++;
            out.add(new TableSlot("table-" + t.id(), t.number() != null ? t.number() : number(n), nz(t.title()), null, t));
        }
        slots = out;
        return out;
    }

    /** The table's number in the template's first style: "表{cn}" gives 表三. */
    private String number(int n) {
        return Template.number(template == null || template.numbering().isEmpty() ? "表{cn}" : template.numbering().get(0), n);
    }

    private void tables() {
        b.append("<section class=\"part\" id=\"part2\" aria-labelledby=\"part2-h\">\n<h2 id=\"part2-h\">");
        esc(b, part2Title()).append("</h2>\n");
        for (TableSlot s : tableSlots()) {
            table(s);
        }
        b.append("</section>\n");
    }

    private void table(TableSlot s) {
        PublishedTable t = s.table();
        boolean small = t == null || t.rows().size() <= 40;
        b.append("<section class=\"table-block").append(small ? " small" : "").append("\" id=\"").append(s.anchor())
                .append("\" aria-labelledby=\"").append(s.anchor()).append("-h\">\n<div class=\"table-head\">\n");
        if (t != null && t.number() != null && !t.number().equals(s.number())) {
            b.append("<p class=\"table-label\">");
            esc(b, t.number()).append("</p>\n");
        }
        b.append("<h3 class=\"table-title\" id=\"").append(s.anchor()).append("-h\">");
        esc(b, s.number()).append("　");
        esc(b, s.title()).append("</h3>\n");
        String unitLabel = t != null && t.unit() != null ? t.unit().label() : template != null ? template.unit().label() : "万元";
        String unitName = t != null && t.unitName() != null ? t.unitName() : unitName();
        b.append("<p class=\"table-meta\"><span>单位名称：");
        esc(b, unitName).append("</span><span class=\"u\">单位：").append(unitLabel).append("</span></p>\n</div>\n");
        if (t == null) {
            b.append("<p class=\"note\">本文件未列示此表。</p>\n</section>\n");
            return;
        }
        BitSet amountColumns = amountColumns(s);
        boolean yuan = t.unit() == MoneyUnit.YUAN; // figures in 元 run to nine digits: grouped in threes, as printed
        int width = 0;
        for (TableRow r : t.rows()) {
            width = Math.max(width, r.cells().size());
        }
        HeaderGrid grid = HeaderGrid.of(t.headerRows(), width);
        width = Math.max(width, grid.columns());
        b.append("<table class=\"data\">\n<caption>");
        esc(b, s.number() + " " + s.title() + "（单位：" + unitLabel + "）").append("</caption>\n");
        if (grid.rows() > 0) {
            b.append("<thead>\n");
            for (int r = 0; r < grid.rows(); r++) {
                b.append("<tr>");
                for (HeaderGrid.HeaderCell c : grid.startingIn(r)) {
                    b.append("<th scope=\"").append(c.colSpan() > 1 ? "colgroup" : "col").append('"');
                    if (c.colSpan() == 1 && c.text().length() <= 4) {
                        b.append(" class=\"short\"");
                    }
                    if (c.colSpan() > 1) {
                        b.append(" colspan=\"").append(c.colSpan()).append('"');
                    }
                    if (c.rowSpan() > 1) {
                        b.append(" rowspan=\"").append(c.rowSpan()).append('"');
                    }
                    b.append('>');
                    esc(b, c.text()).append("</th>");
                }
                b.append("</tr>\n");
            }
            b.append("</thead>\n");
        }
        TableEntry[] byRow = new TableEntry[t.rows().size()];
        for (TableEntry e : t.entries()) {
            if (e.row() >= 0 && e.row() < byRow.length && (byRow[e.row()] == null || e.role() == EntryRole.TOTAL)) {
                byRow[e.row()] = e;
            }
        }
        b.append("<tbody>\n");
        for (int r = 0; r < t.rows().size(); r++) {
            TableRow row = t.rows().get(r);
            TableEntry e = byRow[r];
            String css = e == null ? null : e.role() == EntryRole.TOTAL ? "total" : e.role() == EntryRole.SUBTOTAL && e.level() <= 1 ? "subtotal" : null;
            b.append(css == null ? "<tr>" : "<tr class=\"" + css + "\">");
            boolean labelled = false;
            for (int c = 0; c < width; c++) {
                String text = row.text(c);
                if (amountColumns.get(c)) {
                    b.append("<td class=\"num\">");
                    esc(b, yuan ? grouped(text) : text).append("</td>");
                } else {
                    String level = e != null && e.level() >= 2 && c > 0 && !isCode(text) ? " l" + Math.min(3, e.level()) : "";
                    String cls = isCode(text) ? "code" : level.isEmpty() ? (text.length() <= 16 ? "short" : null) : level.substring(1);
                    if (!labelled && !text.isEmpty()) {
                        // a label runs over the blank label cells after it, as 合计 does in print
                        int span = 1;
                        while (c + span < width && !amountColumns.get(c + span) && row.text(c + span).isEmpty()) {
                            span++;
                        }
                        b.append("<th scope=\"row\"").append(cls == null ? "" : " class=\"" + cls + "\"");
                        if (span > 1) {
                            b.append(" colspan=\"").append(span).append('"');
                        }
                        b.append('>');
                        esc(b, text).append("</th>");
                        labelled = true;
                        c += span - 1;
                    } else {
                        b.append("<td").append(cls == null ? "" : " class=\"" + cls + "\"").append('>');
                        esc(b, text).append("</td>");
                    }
                }
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        String note = t.note();
        if ((note == null || note.isBlank()) && t.isEmpty() && template != null && template.emptyNote() != null) {
            note = template.emptyNote();
        }
        if (note != null && !note.isBlank()) {
            b.append("<p class=\"note\">");
            esc(b, note).append("</p>\n");
        }
        b.append("</section>\n");
    }

    /**
     * A figure in 元 with its thousands grouped ("164978640" is "164,978,640", "-1234.50" is
     * "-1,234.50"), as the tables print it; any other text as it is.
     */
    static String grouped(String text) {
        int point = text.indexOf('.');
        for (int i = text.startsWith("-") ? 1 : 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ((ch < '0' || ch > '9') && i != point) {
                return text; // not a plain figure: "—", "0.00%", a word
            }
        }
        return Money.grouped(text);
    }

    /** The columns that hold amounts: the template's, and those where the table printed one. */
    private static BitSet amountColumns(TableSlot s) {
        BitSet out = new BitSet();
        if (s.template() != null) {
            for (BlockTemplate bt : s.template().blocks()) {
                for (ColumnTemplate c : bt.columns()) {
                    out.set(c.column());
                }
            }
        }
        for (TableEntry e : s.table().entries()) {
            for (PublishedAmount a : e.amounts().values()) {
                if (a.position().column() > 0) {
                    out.set(a.position().column() - 1);
                }
            }
        }
        return out;
    }

    /** A classification code as printed: digits only, e.g. 2080101. */
    private static boolean isCode(String s) {
        if (s.length() < 3 || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- 第三部分

    private List<NarrativeSection> sections() {
        return d.narrative() == null ? List.of() : d.narrative().sections();
    }

    private boolean hasSection(String words) {
        for (NarrativeSection s : sections()) {
            if (s.title().contains(words)) {
                return true;
            }
        }
        return false;
    }

    private boolean isPerformanceSection(NarrativeSection s) {
        return s.title().contains("绩效");
    }

    private void narrative() {
        b.append("<section class=\"part prose\" id=\"part3\" aria-labelledby=\"part3-h\">\n<h2 id=\"part3-h\">");
        esc(b, part3Title()).append("</h2>\n");
        int i = 0;
        for (NarrativeSection s : sections()) {
            i++;
            b.append("<section id=\"sec-").append(i).append("\">\n");
            section(s, 1);
            if (s.title().contains("政府采购") && d.procurement() != null) {
                procurementTable(d.procurement());
            }
            if (s.title().contains("国有资产") && d.assets() != null) {
                assetsTable(d.assets());
            }
            if (isPerformanceSection(s)) {
                targets();
            }
            b.append("</section>\n");
        }
        if (!hasSection("政府采购") && d.procurement() != null) {
            b.append("<section id=\"sec-procurement\">\n<h3>政府采购情况</h3>\n");
            paragraphs(d.procurement().text());
            procurementTable(d.procurement());
            b.append("</section>\n");
        }
        if (!hasSection("国有资产") && d.assets() != null) {
            b.append("<section id=\"sec-assets\">\n<h3>国有资产占有使用情况</h3>\n");
            paragraphs(d.assets().text());
            assetsTable(d.assets());
            b.append("</section>\n");
        }
        if (sections().stream().noneMatch(this::isPerformanceSection) && !d.performanceTargets().isEmpty()) {
            b.append("<section id=\"sec-targets\">\n<h3>项目支出绩效目标表</h3>\n");
            targets();
            b.append("</section>\n");
        }
        b.append("</section>\n");
    }

    private void section(NarrativeSection s, int depth) {
        String tag = depth <= 1 ? "h3" : "h4";
        b.append('<').append(tag).append('>');
        esc(b, sectionHeading(s)).append("</").append(tag).append(">\n");
        paragraphs(s.paragraphs());
        for (String caption : s.figures()) {
            chart(caption);
        }
        if (s.title().contains("政府购买服务") && options.catalogue() && d.catalogue() != null) {
            b.append("<p>详见<a href=\"#annex\">附件：");
            esc(b, catalogueTitle(d.catalogue())).append("</a>。</p>\n");
        }
        for (NarrativeSection sub : s.sections()) {
            section(sub, depth + 1);
        }
    }

    private static String sectionHeading(NarrativeSection s) {
        String n = s.number() == null ? "" : s.number();
        if (n.isEmpty()) {
            return s.title();
        }
        return switch (s.level()) {
            case 1 -> n + "、" + s.title();
            case 2 -> "（" + n + "）" + s.title();
            default -> n + "．" + s.title();
        };
    }

    private void paragraphs(List<Paragraph> ps) {
        for (Paragraph p : ps) {
            paragraph(p.text());
        }
    }

    private void paragraph(String text) {
        b.append("<p>");
        esc(b, text).append("</p>\n");
    }

    private void chart(String caption) {
        Chart c = DisclosureCharts.forCaption(d, caption).orElse(null);
        if (c == null) {
            return;
        }
        figureNumber++;
        if (placed != null) {
            placed.add(c);
        }
        // the caption as the text names it, alone on its line, as a published document prints it
        // every amount in the chart carries its unit (1,251.07万元), so no 单位 line is needed
        b.append("<figure class=\"chart\" id=\"chart-").append(figureNumber).append("\">\n");
        SvgChartWriter.write(c, b);
        b.append("\n<figcaption>");
        esc(b, c.caption()).append("</figcaption>\n</figure>\n");
    }

    private void procurementTable(Procurement p) {
        b.append("<div class=\"table-block small\">\n<table class=\"plain\">\n<caption>政府采购预算（单位：万元）</caption>\n")
                .append("<thead><tr><th scope=\"col\">项目</th><th scope=\"col\">预算金额（万元）</th></tr></thead>\n<tbody>\n");
        amountRow("政府采购货物预算", p.goods(), false);
        amountRow("政府采购工程预算", p.works(), false);
        amountRow("政府采购服务预算", p.services(), false);
        amountRow("政府采购预算总额", p.total(), true);
        b.append("</tbody>\n</table>\n</div>\n");
    }

    private void amountRow(String label, PublishedAmount a, boolean total) {
        b.append(total ? "<tr class=\"total\">" : "<tr>").append("<th scope=\"row\">").append(label).append("</th><td class=\"num\">");
        if (a != null) {
            esc(b, SvgChartWriter.amount(a.money()));
        }
        b.append("</td></tr>\n");
    }

    private void assetsTable(StateAssets a) {
        b.append("<div class=\"table-block small\">\n<table class=\"plain\">\n<caption>国有资产占有使用情况");
        if (a.asOf() != null) {
            b.append("（截至").append(a.asOf().getYear()).append('年').append(a.asOf().getMonthValue()).append('月')
                    .append(a.asOf().getDayOfMonth()).append("日）");
        }
        b.append("</caption>\n<thead><tr><th scope=\"col\">项目</th><th scope=\"col\">数量</th></tr></thead>\n<tbody>\n");
        countRow("公务用车编制（辆）", a.vehiclesAuthorised());
        countRow("公务用车实有（辆）", a.vehiclesHeld());
        for (VehicleCount v : a.vehiclesByUse()) {
            countRow("其中：" + v.use() + "（辆）", v.count());
        }
        if (a.officeArea() != null) {
            b.append("<tr><th scope=\"row\">办公用房建筑总面积（平方米）</th><td class=\"num\">").append(a.officeArea().toPlainString())
                    .append("</td></tr>\n");
        }
        countRow("单位价值50万元以上通用设备（台、套）", a.equipmentOver500k());
        countRow("单位价值100万元以上通用设备（台、套）", a.equipmentOver1m());
        b.append("</tbody>\n</table>\n</div>\n");
    }

    private void countRow(String label, Integer n) {
        if (n == null) {
            return;
        }
        b.append("<tr><th scope=\"row\">");
        esc(b, label).append("</th><td class=\"num\">").append(n).append("</td></tr>\n");
    }

    private void targets() {
        int k = 0;
        for (PerformanceTarget t : d.performanceTargets()) {
            PerformanceTargetHtmlWriter.write(b, t, ++k);
        }
    }

    // ---------------------------------------------------------------- 第四部分, annex

    private void glossary() {
        b.append("<section class=\"part\" id=\"part4\" aria-labelledby=\"part4-h\">\n<h2 id=\"part4-h\">第四部分 名词解释</h2>\n");
        if (d.glossary().isEmpty()) {
            b.append("<p>（未列示）</p>\n");
        } else {
            b.append("<dl class=\"glossary\">\n");
            int i = 0;
            for (GlossaryEntry g : d.glossary()) {
                i++;
                b.append("<div class=\"term\"><dt>");
                esc(b, (g.number() != null ? g.number() : ChineseNumerals.of(i)) + "、" + g.term()).append("</dt><dd>");
                esc(b, g.definition()).append("</dd></div>\n");
            }
            b.append("</dl>\n");
        }
        b.append("</section>\n");
    }

    private void catalogue(PurchaseServiceCatalogue c) {
        b.append("<section class=\"part annex\" id=\"annex\" aria-labelledby=\"annex-h\">\n<h2 id=\"annex-h\">附件 ");
        esc(b, catalogueTitle(c)).append("</h2>\n");
        if (c.reference() != null) {
            paragraph(c.reference());
        }
        for (CoverDocument l : c.coverDocuments()) {
            b.append("<article class=\"letter\">\n");
            if (l.issuer() != null) {
                b.append("<p class=\"issuer\">");
                esc(b, l.issuer()).append("文件</p>\n");
            }
            if (l.number() != null) {
                b.append("<p class=\"doc-number\">");
                esc(b, l.number()).append("</p>\n");
            }
            b.append("<h3 class=\"table-title\">");
            esc(b, l.title()).append("</h3>\n");
            if (l.addressees() != null) {
                b.append("<p>");
                esc(b, l.addressees()).append("：</p>\n");
            }
            b.append("<div class=\"prose\">\n");
            for (String p : l.body()) {
                paragraph(p);
            }
            b.append("</div>\n");
            if (l.printedBy() != null || l.dateText() != null) {
                b.append("<p class=\"printed\">");
                esc(b, nz(l.printedBy())).append("　");
                esc(b, nz(l.dateText())).append("</p>\n");
            }
            b.append("</article>\n");
        }
        if (options.pdf()) {
            // PdfWriter draws the table itself, after this section (CatalogueTableDrawer)
            b.append("</section>\n");
            return;
        }
        b.append("<h3 class=\"table-title\">");
        esc(b, catalogueTitle(c)).append("</h3>\n<table class=\"catalogue\">\n<caption>");
        esc(b, catalogueTitle(c)).append("</caption>\n<thead><tr><th scope=\"col\" class=\"cc\">代码</th><th scope=\"col\" class=\"lv1\">一级目录</th>")
                .append("<th scope=\"col\" class=\"lv2\">二级目录</th><th scope=\"col\" class=\"lv3\">三级目录</th>")
                .append("<th scope=\"col\" class=\"lv4\">四级目录</th></tr></thead>\n<tbody>\n");
        int k = 0;
        for (CatalogueDepartment dep : c.departments()) {
            b.append("<tr class=\"dept\" id=\"dept-").append(++k).append("\"><th scope=\"rowgroup\" colspan=\"5\">");
            esc(b, dep.name()).append("</th></tr>\n");
            for (CatalogueItem item : dep.items()) {
                b.append("<tr><td class=\"code\">");
                esc(b, item.code()).append("</td>");
                int level = item.level() >= 1 && item.level() <= 4 ? item.level() : Math.max(1, item.codeLevel());
                for (int l = 1; l <= 4; l++) {
                    b.append("<td>");
                    if (l == level) {
                        esc(b, item.name());
                    }
                    b.append("</td>");
                }
                b.append("</tr>\n");
            }
        }
        b.append("</tbody>\n</table>\n</section>\n");
    }

    /** The catalogue's title as printed, or its usual name. */
    public static String catalogueTitle(PurchaseServiceCatalogue c) {
        return c.title() != null && !c.title().isBlank() ? c.title() : "政府购买服务指导性目录";
    }

    // ---------------------------------------------------------------- wording

    private String unitName() {
        DisclosureMetadata m = d.metadata();
        if (m != null && m.unitName() != null) {
            return m.unitName();
        }
        return m != null && m.departmentName() != null ? m.departmentName() : "（单位名称未列示）";
    }

    private String kindWords() {
        DisclosureMetadata m = d.metadata();
        String level = m != null && m.level() == DisclosureLevel.DEPARTMENT ? "部门" : "单位";
        String kind = m != null && m.kind() == DisclosureKind.FINAL_ACCOUNTS ? "决算" : "预算";
        return level + kind;
    }

    private String yearWords() {
        return d.metadata() != null && d.metadata().year() > 0 ? d.metadata().year() + "年" : "";
    }

    /** "2024年度单位预算公开". */
    private String documentTitle() {
        DisclosureMetadata m = d.metadata();
        if (m != null && m.title() != null && !m.title().isBlank()) {
            return m.title();
        }
        return (yearWords().isEmpty() ? "" : yearWords().replace("年", "年度")) + kindWords() + "公开";
    }

    /** "第二部分 2024年单位预算报表". */
    private String part2Title() {
        return "第二部分 " + yearWords() + kindWords() + "报表";
    }

    /** "第三部分 2024年度单位预算情况说明", as printed when it is. */
    private String part3Title() {
        String t = d.narrative() == null ? null : d.narrative().title();
        if (t != null && !t.isBlank()) {
            return t.startsWith("第三部分") ? t : "第三部分 " + t;
        }
        return "第三部分 " + yearWords().replace("年", "年度") + kindWords() + "情况说明";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
