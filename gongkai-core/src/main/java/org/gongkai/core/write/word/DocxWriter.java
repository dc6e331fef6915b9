package org.gongkai.core.write.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.CoverDocument;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.Profile;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.PurchaseServiceCatalogue;
import org.gongkai.core.model.StateAssets;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.VehicleCount;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TableTemplate;
import org.gongkai.core.template.TemplateCatalog;
import org.gongkai.core.write.HeaderGrid;
import org.gongkai.core.write.chart.DisclosureCharts;
import org.gongkai.core.write.word.WordTable.Kind;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Writes a disclosure as an editable Word document (DOCX): a title page; a 目录 that is a real
 * Word field (<code>TOC \o "1-3" \h \z &#92;u</code>, filled with the headings and set to update when the
 * document is opened); 第一部分 概况; 第二部分 every table in the template's order as a real Word
 * table with its number and title as published, 单位名称 and 单位：万元 above it, the heading rows as
 * printed with merged cells ({@code w:gridSpan} across, {@code w:vMerge} down) repeated at the top
 * of each page, figures right-aligned with their two decimals as published, and the note of an
 * empty table; 第三部分 情况说明 by section, with the 政府采购 and 国有资产 figures as tables under
 * their sections, the charts the text refers to (收入预算图 …) as Word charts with their figures, and
 * every 项目支出绩效目标表 as a form under 绩效管理; 第四部分 名词解释; and the
 * purchase-services catalogue as an annex, unless left out.
 *
 * <p>A4 portrait, 2.5 cm side margins; 宋体 for the text and 黑体 for headings (the {@code w:eastAsia}
 * fonts), Times New Roman for figures; page numbers in the footer. Headings use Word's own heading
 * styles (shown as 标题 1-4) so the 目录 and the navigation pane work.
 *
 * <p>Example: {@code DocxWriter.withBundledTemplates().write(disclosure, out)}; the reference
 * document gives a Word file of 13 tables, 3 charts, 8 forms and the catalogue, about 90 KB (45 KB
 * without the catalogue).
 */
public final class DocxWriter {

    /** A4 width and height, in twips. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_SIDE = 1418;
    static final int MARGIN_TOP = 1440;
    /** The width of the text between the margins: 9070 twips, 16 cm. */
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE;

    /** The field code of the 目录. */
    public static final String TOC_FIELD = "TOC \\o \"1-3\" \\h \\z \\u";

    private static final Pattern NUMBERED = Pattern.compile("^([一二三四五六七八九十]+)、.*");
    private static final Pattern SUB_NUMBERED = Pattern.compile("^([（(][一二三四五六七八九十]+[)）]|\\d+[、.．]).*");
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
        "十三", "十四", "十五"};

    private final TemplateCatalog templates;
    private final boolean catalogue;

    private DocxWriter(TemplateCatalog templates, boolean catalogue) {
        this.templates = templates;
        this.catalogue = catalogue;
    }

    /** A writer that orders each disclosure's tables by its template among those bundled with gongkai. */
    public static DocxWriter withBundledTemplates() {
        return new DocxWriter(TemplateCatalog.bundled(), true);
    }

    /** A writer that orders each disclosure's tables by its template in {@code templates}. */
    public static DocxWriter with(TemplateCatalog templates) {
        return new DocxWriter(templates, true);
    }

    /** The same writer, with or without the purchase-services catalogue as an annex (with, by default). */
    public DocxWriter withCatalogue(boolean include) {
        return new DocxWriter(templates, include);
    }

    /** Writes {@code d} as a DOCX document to {@code out}, which is left open. */
    public void write(Disclosure d, OutputStream out) throws IOException {
        try (XWPFDocument doc = document(d)) {
            doc.write(out);
        }
    }

    /** {@code d} as the bytes of a DOCX document. */
    public byte[] toBytes(Disclosure d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            write(d, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private XWPFDocument document(Disclosure d) {
        XWPFDocument doc = new XWPFDocument();
        WordStyles.install(doc);
        pageSetup(doc);
        Template template = d.templateId() == null ? null : templates.find(d.templateId()).orElse(null);
        new Body(doc, d, template, catalogue).write();
        doc.enforceUpdateFields();
        var core = doc.getProperties().getCoreProperties();
        DisclosureMetadata m = d.metadata();
        if (m != null) {
            core.setTitle(join(m.unitName(), m.title()));
        }
        core.setCreator("gongkai");
        return doc;
    }

    private static void pageSetup(XWPFDocument doc) {
        var body = doc.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_TOP));
        mar.setLeft(BigInteger.valueOf(MARGIN_SIDE));
        mar.setRight(BigInteger.valueOf(MARGIN_SIDE));
        mar.setHeader(BigInteger.valueOf(851));
        mar.setFooter(BigInteger.valueOf(992));
        mar.setGutter(BigInteger.ZERO);
        sect.addNewTitlePg();
        // the title page has no page number
        doc.createFooter(HeaderFooterType.FIRST).createParagraph();
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setStyle(WordStyles.FOOTER);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText("— ");
        field(p, "PAGE", "1");
        p.createRun().setText(" —");
    }

    /** A complex field in runs: begin, code, separate, the shown result, end. */
    private static void field(XWPFParagraph p, String code, String result) {
        fieldBegin(p, code);
        p.createRun().setText(result);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void fieldBegin(XWPFParagraph p, String code) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" " + code + " ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    /** "2024", or "" when the year is not known. */
    private static String year(DisclosureMetadata m) {
        return m == null || m.year() <= 0 ? "" : String.valueOf(m.year());
    }

    /** "单位预算", "部门决算" …, as far as the metadata says; "预算" when it says nothing. */
    private static String kind(DisclosureMetadata m) {
        String level = m == null || m.level() == null ? "" : m.level().label();
        String kind = m == null || m.kind() == null ? "预算" : m.kind().label();
        return level + kind;
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + (b == null ? "" : b);
    }

    /** A heading written, for the 目录. */
    private record Heading(int level, String text, String bookmark) {
    }

    /** The writing of one document's body, in reading order. */
    private static final class Body {

        private final XWPFDocument doc;
        private final Disclosure d;
        private final Template template;
        private final boolean catalogue;
        private final List<Heading> headings = new ArrayList<>();
        private boolean procurementPlaced;
        private boolean assetsPlaced;
        private boolean targetsPlaced;

        Body(XWPFDocument doc, Disclosure d, Template template, boolean catalogue) {
            this.doc = doc;
            this.d = d;
            this.template = template;
            this.catalogue = catalogue;
        }

        void write() {
            titlePage();
            XWPFParagraph tocEnd = contents();
            profile();
            tables();
            narrative();
            glossary();
            if (catalogue && d.catalogue() != null) {
                annex(d.catalogue());
            }
            fillContents(tocEnd);
            // Word wants a paragraph, not a table, before the section properties at the end
            var elements = doc.getBodyElements();
            if (!elements.isEmpty() && elements.get(elements.size() - 1) instanceof org.apache.poi.xwpf.usermodel.XWPFTable) {
                doc.createParagraph();
            }
        }

        private void titlePage() {
            DisclosureMetadata m = d.metadata();
            XWPFParagraph space = doc.createParagraph();
            space.setSpacingBefore(3600);
            if (m != null && m.unitName() != null) {
                text(WordStyles.TITLE, m.unitName());
            }
            String title = m == null ? null : m.title();
            if (title == null && m != null) {
                title = (year(m).isEmpty() ? "" : year(m) + "年度") + kind(m) + "公开";
            }
            if (title != null) {
                text(WordStyles.SUBTITLE, title);
            }
        }

        /** "目 录" and the paragraph the 目录 entries go before; that paragraph ends the field. */
        private XWPFParagraph contents() {
            XWPFParagraph head = text(WordStyles.TOC_HEADING, "目  录");
            head.setPageBreak(true);
            return doc.createParagraph();
        }

        private void fillContents(XWPFParagraph end) {
            boolean first = true;
            for (Heading h : headings) {
                if (h.level() > 3) {
                    continue;
                }
                XmlCursor cursor = end.getCTP().newCursor();
                XWPFParagraph p = doc.insertNewParagraph(cursor);
                cursor.close();
                p.setStyle(WordStyles.toc(h.level()));
                if (first) {
                    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
                    p.createRun().getCTR().addNewInstrText().setStringValue(" " + TOC_FIELD + " ");
                    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
                    first = false;
                }
                CTHyperlink link = p.getCTP().addNewHyperlink();
                link.setAnchor(h.bookmark());
                link.setHistory(true);
                CTR r = link.addNewR();
                r.addNewT().setStringValue(h.text());
            }
            if (first) {
                fieldBegin(end, TOC_FIELD);
            }
            end.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        }

        private XWPFParagraph heading(int level, String text, boolean newPage) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(WordStyles.heading(level));
            if (newPage) {
                p.setPageBreak(true);
            }
            int id = headings.size() + 1;
            String bookmark = "_Toc" + String.format("%08d", id);
            CTBookmark start = p.getCTP().addNewBookmarkStart();
            start.setName(bookmark);
            start.setId(BigInteger.valueOf(id));
            p.createRun().setText(text);
            p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(id));
            headings.add(new Heading(level, text, bookmark));
            return p;
        }

        private XWPFParagraph text(String style, String text) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(style);
            if (text != null && !text.isEmpty()) {
                p.createRun().setText(text);
            }
            return p;
        }

        private void profile() {
            heading(1, "第一部分 概况", true);
            Profile profile = d.profile();
            if (profile == null) {
                return;
            }
            if (!profile.text().isEmpty()) {
                int next = 0;
                for (Paragraph para : profile.text()) {
                    String t = para.text().strip();
                    var m = NUMBERED.matcher(t);
                    if (t.length() <= 30 && m.matches() && next < NUMERALS.length && m.group(1).equals(NUMERALS[next])) {
                        heading(2, t, false);
                        next++;
                    } else if (t.length() <= 30 && (SUB_NUMBERED.matcher(t).matches() || NUMBERED.matcher(t).matches())) {
                        XWPFParagraph p = text(WordStyles.BODY, null);
                        XWPFRun r = p.createRun();
                        r.setText(t);
                        r.setBold(true);
                        p.setKeepNext(true);
                    } else {
                        text(WordStyles.BODY, t);
                    }
                }
                return;
            }
            // no text as published: what the model knows
            heading(2, "一、主要职责", false);
            for (int i = 0; i < profile.duties().size(); i++) {
                text(WordStyles.BODY, "（" + (i < NUMERALS.length ? NUMERALS[i] : String.valueOf(i + 1)) + "）"
                        + profile.duties().get(i));
            }
            heading(2, "二、机构设置情况", false);
            if (!profile.internalOffices().isEmpty()) {
                text(WordStyles.BODY, "内设机构：" + String.join("、", profile.internalOffices()) + "。");
            }
            if (!profile.subordinateUnits().isEmpty()) {
                text(WordStyles.BODY, "下属单位：" + String.join("、", profile.subordinateUnits()) + "。");
            }
            for (String c : profile.changes()) {
                text(WordStyles.BODY, c);
            }
            if (profile.staffing() != null) {
                for (Paragraph para : profile.staffing().text()) {
                    text(WordStyles.BODY, para.text());
                }
            }
        }

        private void tables() {
            DisclosureMetadata m = d.metadata();
            String part = "第二部分 " + (year(m).isEmpty() ? "" : year(m) + "年") + kind(m) + "报表";
            heading(1, part, true);
            List<PublishedTable> ordered = new ArrayList<>(d.tables());
            if (template != null) {
                Map<String, Integer> order = new HashMap<>();
                for (TableTemplate tt : template.tables()) {
                    order.put(tt.id(), tt.number());
                }
                ordered.sort(Comparator.comparingInt(t -> order.getOrDefault(t.id(), Integer.MAX_VALUE)));
            }
            boolean first = true;
            for (PublishedTable t : ordered) {
                table(t, !first);
                first = false;
            }
        }

        private void table(PublishedTable t, boolean newPage) {
            boolean numbered = t.number() != null && !t.number().isBlank();
            if (numbered) {
                XWPFParagraph n = text(WordStyles.TABLE_CAPTION, t.number());
                n.setPageBreak(newPage);
            }
            XWPFParagraph title = heading(2, t.title(), newPage && !numbered);
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFParagraph caption = text(WordStyles.TABLE_CAPTION, null);
            caption.createRun().setText(t.unitName() == null ? "" : "单位名称：" + t.unitName());
            if (t.unit() != null) {
                XWPFRun r = caption.createRun();
                r.addTab();
                r.setText("单位：" + t.unit().label());
            }
            published(t).writeTo(doc);
            if (t.note() != null && !t.note().isBlank()) {
                text(WordStyles.NOTE, t.note());
            }
        }

        /** The table as printed: headings merged back, figures right-aligned, total rows bold. */
        private static WordTable published(PublishedTable t) {
            int width = 1;
            for (TableRow r : t.rows()) {
                width = Math.max(width, r.cells().size());
            }
            HeaderGrid grid = HeaderGrid.of(t.headerRows(), width);
            width = Math.max(width, grid.columns());
            Map<Long, PublishedAmount> amounts = new HashMap<>();
            Map<Integer, EntryRole> roles = new HashMap<>();
            for (TableEntry e : t.entries()) {
                roles.merge(e.row(), e.role(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                for (PublishedAmount a : e.amounts().values()) {
                    if (a.position().column() > 0) {
                        amounts.put(key(e.row(), a.position().column() - 1), a);
                    }
                }
            }
            int[] chars = new int[width];
            boolean[] figures = new boolean[width];
            for (int c = 0; c < width; c++) {
                figures[c] = true;
            }
            for (int i = 0; i < t.rows().size(); i++) {
                TableRow row = t.rows().get(i);
                for (int c = 0; c < width; c++) {
                    String s = row.text(c);
                    if (s.isBlank()) {
                        continue;
                    }
                    chars[c] = Math.max(chars[c], WordTable.displayWidth(s) + 1);
                    if (!amounts.containsKey(key(i, c))) {
                        figures[c] = false;
                    }
                }
            }
            for (HeaderGrid.HeaderCell h : grid.cells()) {
                if (h.colSpan() == 1) {
                    chars[h.column()] = Math.max(chars[h.column()], Math.min(10, WordTable.displayWidth(h.text())));
                }
            }
            for (int c = 0; c < width; c++) {
                if (figures[c]) {
                    chars[c] = Math.max(chars[c], 8);
                }
            }
            WordTable table = new WordTable(WordTable.fit(chars, figures, TEXT_WIDTH)).headerRows(grid.rows());
            for (HeaderGrid.HeaderCell h : grid.cells()) {
                table.put(h.row(), h.column(), h.rowSpan(), h.colSpan(), h.text(), Kind.HEADER);
            }
            int top = grid.rows();
            for (int i = 0; i < t.rows().size(); i++) {
                TableRow row = t.rows().get(i);
                boolean total = roles.get(i) == EntryRole.TOTAL;
                for (int c = 0; c < width; c++) {
                    PublishedAmount a = amounts.get(key(i, c));
                    String text = a != null ? a.text() : row.text(c);
                    Kind kind = a != null ? (total ? Kind.TOTAL_AMOUNT : Kind.AMOUNT) : (total ? Kind.TOTAL_TEXT : Kind.TEXT);
                    table.put(top + i, c, text, kind);
                }
            }
            return table;
        }

        private static long key(int row, int column) {
            return ((long) row << 32) | column;
        }

        private void narrative() {
            var n = d.narrative();
            DisclosureMetadata m = d.metadata();
            String title = n == null || n.title() == null
                    ? "第三部分 " + (year(m).isEmpty() ? "" : year(m) + "年度") + kind(m) + "情况说明"
                    : n.title();
            heading(1, title, true);
            if (n != null) {
                for (NarrativeSection s : n.sections()) {
                    section(s, 2);
                }
            }
            if (!procurementPlaced && d.procurement() != null) {
                heading(2, "政府采购情况", false);
                procurement(d.procurement());
            }
            if (!assetsPlaced && d.assets() != null) {
                heading(2, "国有资产占有使用情况", false);
                assets(d.assets());
            }
            if (!targetsPlaced && !d.performanceTargets().isEmpty()) {
                heading(2, "项目支出绩效目标表", false);
                targets();
            }
        }

        private void section(NarrativeSection s, int level) {
            heading(Math.min(level, 4), numbered(s), false);
            for (Paragraph p : s.paragraphs()) {
                text(WordStyles.BODY, p.text());
            }
            for (String caption : s.figures()) {
                DisclosureCharts.forCaption(d, caption).filter(c -> !c.isEmpty()).ifPresent(c -> WordChart.write(doc, c));
            }
            if (level == 2 && s.title().contains("政府采购") && d.procurement() != null && !procurementPlaced) {
                procurement(d.procurement());
                procurementPlaced = true;
            }
            if (level == 2 && s.title().contains("国有资产") && d.assets() != null && !assetsPlaced) {
                assets(d.assets());
                assetsPlaced = true;
            }
            for (NarrativeSection sub : s.sections()) {
                section(sub, level + 1);
            }
            if (level == 2 && s.title().contains("绩效") && !d.performanceTargets().isEmpty() && !targetsPlaced) {
                targets();
                targetsPlaced = true;
            }
        }

        /** "五、一般公共预算支出情况说明", "（一）一般公共预算当年支出规模变化情况", "1、整体绩效目标". */
        private static String numbered(NarrativeSection s) {
            String n = s.number();
            if (n == null || n.isBlank()) {
                return s.title();
            }
            if (Character.isDigit(n.charAt(0))) {
                return n + "、" + s.title();
            }
            return s.level() >= 2 ? "（" + n + "）" + s.title() : n + "、" + s.title();
        }

        private void procurement(Procurement p) {
            String[][] rows = {{"政府采购预算总额", text(p.total())}, {"其中：政府采购货物预算", text(p.goods())},
                {"政府采购工程预算", text(p.works())}, {"政府采购服务预算", text(p.services())}};
            XWPFParagraph caption = text(WordStyles.TABLE_CAPTION, "政府采购预算");
            caption.createRun().addTab();
            caption.createRun().setText("单位：" + unitOf(p.total()));
            WordTable t = new WordTable(new int[] {TEXT_WIDTH - 3000, 3000}).headerRows(1);
            t.put(0, 0, "项目", Kind.HEADER).put(0, 1, "金额", Kind.HEADER);
            for (int i = 0; i < rows.length; i++) {
                t.put(i + 1, 0, rows[i][0], i == 0 ? Kind.TOTAL_TEXT : Kind.TEXT)
                        .put(i + 1, 1, rows[i][1], i == 0 ? Kind.TOTAL_AMOUNT : Kind.AMOUNT);
            }
            t.writeTo(doc);
        }

        private static String unitOf(PublishedAmount a) {
            return a == null ? "万元" : a.unit().label();
        }

        private static String text(PublishedAmount a) {
            return a == null ? "" : a.text();
        }

        private void assets(StateAssets a) {
            List<String[]> rows = new ArrayList<>();
            if (a.vehiclesAuthorised() != null) {
                rows.add(new String[] {"公务用车编制（辆）", a.vehiclesAuthorised().toString()});
            }
            if (a.vehiclesHeld() != null) {
                rows.add(new String[] {"实有公务用车（辆）", a.vehiclesHeld().toString()});
            }
            for (VehicleCount v : a.vehiclesByUse()) {
                rows.add(new String[] {"其中：" + v.use() + "（辆）", String.valueOf(v.count())});
            }
            if (a.officeArea() != null) {
                rows.add(new String[] {"办公用房建筑总面积（平方米）", a.officeArea().toPlainString()});
            }
            if (a.equipmentOver500k() != null) {
                rows.add(new String[] {"价值50万元（原值）以上通用设备（台/套）", a.equipmentOver500k().toString()});
            }
            if (a.equipmentOver1m() != null) {
                rows.add(new String[] {"价值100万元（原值）以上通用设备（台/套）", a.equipmentOver1m().toString()});
            }
            if (rows.isEmpty()) {
                return;
            }
            text(WordStyles.TABLE_CAPTION, "国有资产占有使用情况" + (a.asOf() == null ? ""
                    : "（截至" + a.asOf().getYear() + "年" + a.asOf().getMonthValue() + "月" + a.asOf().getDayOfMonth() + "日）"));
            WordTable t = new WordTable(new int[] {TEXT_WIDTH - 3000, 3000}).headerRows(1);
            t.put(0, 0, "项目", Kind.HEADER).put(0, 1, "数量", Kind.HEADER);
            for (int i = 0; i < rows.size(); i++) {
                t.put(i + 1, 0, rows.get(i)[0], Kind.TEXT).put(i + 1, 1, rows.get(i)[1], Kind.AMOUNT);
            }
            t.writeTo(doc);
        }

        private void targets() {
            for (PerformanceTarget p : d.performanceTargets()) {
                String title = p.title() == null ? "项目支出绩效目标表" : p.title();
                heading(4, title + (p.projectName() == null ? "" : "（" + p.projectName() + "）"), true);
                if (p.year() != null) {
                    text(WordStyles.TABLE_CAPTION, "（" + p.year() + "年度）").setAlignment(ParagraphAlignment.CENTER);
                }
                TargetForm.of(p).writeTo(doc);
            }
        }

        private void glossary() {
            if (d.glossary().isEmpty()) {
                return;
            }
            heading(1, "第四部分 名词解释", true);
            for (GlossaryEntry g : d.glossary()) {
                XWPFParagraph p = text(WordStyles.BODY, null);
                XWPFRun term = p.createRun();
                term.setText((g.number() == null ? "" : g.number() + "、") + g.term() + "：");
                term.setBold(true);
                p.createRun().setText(g.definition());
            }
        }

        private void annex(PurchaseServiceCatalogue cat) {
            heading(1, "附件 政府购买服务指导性目录", true);
            if (cat.reference() != null && !cat.reference().isBlank()) {
                text(WordStyles.BODY, cat.reference());
            }
            for (CoverDocument c : cat.coverDocuments()) {
                heading(2, c.title() == null ? c.issuer() + "文件" : c.title(), false);
                if (c.issuer() != null) {
                    text(WordStyles.SUBTITLE, c.issuer() + "文件");
                }
                if (c.number() != null) {
                    text(WordStyles.TABLE_CAPTION, c.number()).setAlignment(ParagraphAlignment.CENTER);
                }
                if (c.addressees() != null) {
                    text(WordStyles.NOTE, c.addressees() + "：");
                }
                for (String b : c.body()) {
                    text(WordStyles.BODY, b);
                }
                if (c.printedBy() != null || c.dateText() != null) {
                    text(WordStyles.NOTE, join(c.printedBy(), c.dateText() == null ? "" : "　" + c.dateText()))
                            .setAlignment(ParagraphAlignment.RIGHT);
                }
            }
            if (cat.departments().isEmpty()) {
                return;
            }
            heading(2, cat.title() == null ? "政府购买服务指导性目录" : cat.title(), true);
            int[] widths = {1100, 1500, 2000, 2200, TEXT_WIDTH - 6800};
            WordTable t = new WordTable(widths).headerRows(1);
            String[] heads = {"代码", "一级目录", "二级目录", "三级目录", "四级目录"};
            for (int c = 0; c < heads.length; c++) {
                t.put(0, c, heads[c], Kind.HEADER);
            }
            int r = 1;
            for (CatalogueDepartment dep : cat.departments()) {
                t.put(r++, 0, 1, 5, dep.name(), Kind.TOTAL_TEXT);
                for (CatalogueItem item : dep.items()) {
                    t.put(r, 0, item.code(), Kind.TEXT);
                    if (item.level() >= 1 && item.level() <= 4) {
                        t.put(r, item.level(), item.name(), Kind.TEXT);
                    }
                    r++;
                }
            }
            t.writeTo(doc);
        }
    }
}
