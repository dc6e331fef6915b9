package org.gongkai.core.write.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PublishedTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The reference document written as DOCX and read back with POI: headings in Word's heading
 * styles, the 目录 field, each published table as a Word table with its cells as published and its
 * headings merged as printed, the performance-target forms, the page set-up.
 */
class DocxWriterTest {

    private static final Disclosure SEED = SharedFixtures.seed();
    private static byte[] bytes;
    private static XWPFDocument doc;

    @BeforeAll
    static void write() throws IOException {
        bytes = DocxWriter.withBundledTemplates().toBytes(SEED);
        doc = new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static List<XWPFParagraph> headings(String style) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (style.equals(p.getStyle())) {
                out.add(p);
            }
        }
        return out;
    }

    /** The first Word table after the heading that reads {@code title}. */
    private static XWPFTable tableAfter(String title) {
        boolean seen = false;
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                if (seen) {
                    break;
                }
                seen = p.getText().equals(title);
            } else if (seen && e instanceof XWPFTable t) {
                return t;
            }
        }
        throw new AssertionError("no table after " + title);
    }

    private static List<String> texts(XWPFTableRow row) {
        List<String> out = new ArrayList<>();
        for (XWPFTableCell c : row.getTableCells()) {
            out.add(c.getText());
        }
        return out;
    }

    private static int gridSpan(XWPFTableCell c) {
        CTTcPr pr = c.getCTTc().getTcPr();
        return pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
    }

    private static STMerge.Enum vMerge(XWPFTableCell c) {
        CTTcPr pr = c.getCTTc().getTcPr();
        if (pr == null || !pr.isSetVMerge()) {
            return null;
        }
        return pr.getVMerge().isSetVal() ? pr.getVMerge().getVal() : STMerge.CONTINUE;
    }

    @Test
    void theThirteenTableTitlesAreHeadingsInTemplateOrder() {
        List<String> h2 = headings("Heading2").stream().map(XWPFParagraph::getText).toList();
        List<String> titles = SEED.tables().stream().map(PublishedTable::title).toList();
        assertThat(titles).hasSize(13);
        assertThat(h2).containsSubsequence(titles);
        assertThat(headings("Heading1")).extracting(XWPFParagraph::getText)
                .containsExactly("第一部分 概况", "第二部分 2024年单位预算报表", "第三部分 2024年度单位预算情况说明",
                        "第四部分 名词解释", "附件 政府购买服务指导性目录");
        assertThat(h2).contains("一、本单位职责", "二、机构设置情况", "五、一般公共预算支出情况说明", "十、绩效管理情况");
        assertThat(headings("Heading3")).extracting(XWPFParagraph::getText).contains("（一）一般公共预算当年支出规模变化情况");
        // the printed number stays above its table's title
        int t1 = doc.getParagraphs().indexOf(headings("Heading2").stream()
                .filter(p -> p.getText().equals("2024年预算收支总表")).findFirst().orElseThrow());
        assertThat(doc.getParagraphs().get(t1 - 1).getText()).isEqualTo("预算公开表1");
        assertThat(doc.getParagraphs().get(t1 + 1).getText()).isEqualTo("单位名称：柳林县人力资源和社会保障局\t单位：万元");
    }

    @Test
    void headingStylesAreWordHeadingsWithOutlineLevelsAndChineseFonts() throws Exception {
        for (int level = 1; level <= 4; level++) {
            XWPFStyle s = doc.getStyles().getStyle("Heading" + level);
            assertThat(s).as("Heading" + level).isNotNull();
            assertThat(s.getName()).isEqualTo("heading " + level);
            assertThat(s.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level - 1);
            assertThat(s.getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("黑体");
        }
        assertThat(doc.getStyles().getStyle("TOC1").getName()).isEqualTo("toc 1");
        var defaults = doc.getStyle().getDocDefaults().getRPrDefault().getRPr();
        assertThat(defaults.getRFontsArray(0).getEastAsia()).isEqualTo("宋体");
    }

    @Test
    void theContentsIsATocFieldUpdatedOnOpenAndListsTheHeadings() {
        assertThat(doc.isEnforcedUpdateFields()).isTrue();
        List<XWPFParagraph> toc = doc.getParagraphs().stream()
                .filter(p -> p.getStyle() != null && p.getStyle().startsWith("TOC") && !p.getStyle().equals("TOCHeading"))
                .toList();
        String first = toc.get(0).getCTP().xmlText();
        assertThat(first).contains("fldCharType=\"begin\"", "TOC \\o \"1-3\" \\h \\z \\u", "fldCharType=\"separate\"");
        assertThat(doc.getParagraphs().stream().anyMatch(p -> p.getCTP().xmlText().contains("fldCharType=\"end\"")
                && doc.getParagraphs().indexOf(p) > doc.getParagraphs().indexOf(toc.get(toc.size() - 1)) - 1)).isTrue();
        List<String> entries = toc.stream().map(XWPFParagraph::getText).toList();
        assertThat(entries).contains("第二部分 2024年单位预算报表", "2024年预算支出总表", "（二）一般公共预算当年支出结构情况");
        // entries link to bookmarks on the headings; forms (标题 4) stay out of the 目录
        assertThat(first).contains("w:anchor=\"_Toc");
        assertThat(entries).noneMatch(e -> e.contains("项目支出绩效目标表（"));
    }

    @Test
    void eachTableIsAWordTableWithThePublishedCells() {
        XWPFTable t3 = tableAfter("2024年预算支出总表");
        XWPFTableRow row = t3.getRows().stream().filter(r -> r.getCell(0).getText().equals("2080101")).findFirst().orElseThrow();
        assertThat(texts(row)).containsExactly("2080101", "行政运行", "134.97", "133.70", "1.27");
        assertThat(row.getCell(2).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        assertThat(row.getCell(1).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
        assertThat(texts(t3.getRow(2))).containsExactly("合计", "", "1934.61", "232.90", "1701.71");
        assertThat(t3.getRow(2).getCell(2).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
        assertThat(t3.getRows()).hasSize(2 + SEED.table("T3").orElseThrow().rows().size());
        // every table: as many rows as printed, and every printed cell's text in its row
        for (PublishedTable t : SEED.tables()) {
            XWPFTable w = tableAfter(t.title());
            assertThat(w.getRows()).as(t.id()).hasSize(t.headerRows().size() + t.rows().size());
            for (int i = 0; i < t.rows().size(); i++) {
                List<String> cells = texts(w.getRow(t.headerRows().size() + i));
                for (var c : t.rows().get(i).cells()) {
                    assertThat(cells).as(t.id() + " row " + i).contains(c.text());
                }
            }
        }
        XWPFTable t13 = tableAfter("2024年项目支出预算表（上年结转）");
        assertThat(texts(t13.getRow(t13.getRows().size() - 1)))
                .containsExactly("上年结转—2023年中央财政就业补助资金（柳财社【2023】330号）", "174.98", "174.98", "", "");
    }

    @Test
    void headingsAreMergedAsPrintedAndRepeatedOnEachPage() {
        XWPFTable t3 = tableAfter("2024年预算支出总表");
        XWPFTableRow top = t3.getRow(0);
        assertThat(top.getTableCells()).hasSize(2);
        assertThat(top.getCell(0).getText()).isEqualTo("项目");
        assertThat(gridSpan(top.getCell(0))).isEqualTo(2);
        assertThat(top.getCell(1).getText()).isEqualTo("2024年预算数");
        assertThat(gridSpan(top.getCell(1))).isEqualTo(3);
        assertThat(t3.getRow(0).isRepeatHeader()).isTrue();
        assertThat(t3.getRow(1).isRepeatHeader()).isTrue();
        assertThat(t3.getRow(2).isRepeatHeader()).isFalse();
        // 表二: 上年结转 runs down both heading rows
        XWPFTable t2 = tableAfter("2024年预算收入总表");
        XWPFTableCell carry = t2.getRow(0).getTableCells().get(t2.getRow(0).getTableCells().size() - 1);
        assertThat(carry.getText()).isEqualTo("上年结转");
        assertThat(vMerge(carry)).isEqualTo(STMerge.RESTART);
        XWPFTableCell under = t2.getRow(1).getCell(t2.getRow(1).getTableCells().size() - 1);
        assertThat(vMerge(under)).isEqualTo(STMerge.CONTINUE);
        assertThat(under.getText()).isEmpty();
        // 表四: 金额 over 小计 and the three budgets
        XWPFTable t4 = tableAfter("2024年财政拨款收支总表");
        assertThat(t4.getRow(1).getTableCells()).extracting(DocxWriterTest::gridSpan).containsExactly(1, 1, 1, 4);
        assertThat(t4.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(7);
    }

    @Test
    void columnsFitTheTextWidthAndTheNameColumnIsWidest() {
        XWPFTable t3 = tableAfter("2024年预算支出总表");
        var grid = t3.getCTTbl().getTblGrid().getGridColList();
        long sum = 0;
        for (var g : grid) {
            sum += ((java.math.BigInteger) g.getW()).longValue();
        }
        assertThat(sum).isEqualTo(DocxWriter.TEXT_WIDTH);
        long name = ((java.math.BigInteger) grid.get(1).getW()).longValue();
        assertThat(grid).allSatisfy(g -> assertThat(((java.math.BigInteger) g.getW()).longValue()).isLessThanOrEqualTo(name));
    }

    @Test
    void anEmptyTableKeepsItsNote() {
        boolean seen = false;
        String after = null;
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && "Heading2".equals(p.getStyle())
                    && p.getText().equals("2024年政府性基金预算收入表（不含上年结转）")) {
                seen = true;
            } else if (seen && e instanceof XWPFParagraph p && !p.getText().startsWith("单位名称")) {
                after = p.getText();
                break;
            }
        }
        assertThat(after).isEqualTo("注：本表无数据");
    }

    @Test
    void theEightPerformanceTargetFormsAreTables() {
        List<XWPFTable> forms = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("项目名称")
                && t.getRow(1).getCell(0).getText().equals("主管部门及代码")).toList();
        assertThat(forms).hasSize(8);
        assertThat(forms).extracting(f -> f.getRow(0).getCell(1).getText())
                .containsExactlyElementsOf(SEED.performanceTargets().stream().map(PerformanceTarget::projectName).toList());
        XWPFTable insurance = forms.get(1);
        String all = insurance.getText();
        assertThat(all).contains("2024年全民意外伤害保险", "6,000,000", "参加意外保险人数", "≥320000人", "柳财预【2024】234号文件精神");
        // 项目资金（元） runs down its seven rows; 产出指标 down its indicators
        XWPFTableCell money = insurance.getRows().stream().map(r -> r.getCell(0))
                .filter(c -> c.getText().equals("项目资金（元）")).findFirst().orElseThrow();
        assertThat(vMerge(money)).isEqualTo(STMerge.RESTART);
        assertThat(headings("Heading4")).hasSize(8);
        // every form sits under 十、绩效管理情况, before 十一
        List<String> order = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        assertThat(order.lastIndexOf("十、绩效管理情况")).isLessThan(order.indexOf(headings("Heading4").get(0).getText()));
        assertThat(order.indexOf(headings("Heading4").get(7).getText())).isLessThan(order.lastIndexOf("十一、国有资产占有使用情况"));
    }

    @Test
    void procurementAssetsAndGlossaryAreWritten() {
        XWPFTable procurement = tableAfter("九、政府采购情况");
        assertThat(texts(procurement.getRow(1))).containsExactly("政府采购预算总额", "605.89");
        assertThat(texts(procurement.getRow(4))).containsExactly("政府采购服务预算", "602.00");
        XWPFTable assets = tableAfter("十一、国有资产占有使用情况");
        assertThat(assets.getText()).contains("其中：其他公务用车（辆）", "办公用房建筑总面积（平方米）", "200");
        assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                .contains("一、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。");
    }

    @Test
    void a4WithPageNumbersInTheFooter() {
        var sect = doc.getDocument().getBody().getSectPr();
        assertThat(((java.math.BigInteger) sect.getPgSz().getW()).intValue()).isEqualTo(11906);
        assertThat(((java.math.BigInteger) sect.getPgSz().getH()).intValue()).isEqualTo(16838);
        List<XWPFFooter> footers = doc.getFooterList();
        assertThat(footers).anyMatch(f -> f.getParagraphs().stream().anyMatch(p -> p.getCTP().xmlText().contains("PAGE")));
    }

    @Test
    void theCatalogueIsAnAnnexThatCanBeLeftOut() throws IOException {
        XWPFTable cat = tableAfter("山西省部门政府购买服务指导性目录");
        assertThat(texts(cat.getRow(0))).containsExactly("代码", "一级目录", "二级目录", "三级目录", "四级目录");
        assertThat(cat.getRows()).hasSize(1 + SEED.catalogue().departments().size() + SEED.catalogue().itemCount());
        byte[] without = DocxWriter.withBundledTemplates().withCatalogue(false).toBytes(SEED);
        try (XWPFDocument w = new XWPFDocument(new ByteArrayInputStream(without))) {
            assertThat(w.getParagraphs()).extracting(XWPFParagraph::getText).doesNotContain("附件 政府购买服务指导性目录");
            assertThat(w.getTables()).hasSize(doc.getTables().size() - 1);
        }
        assertThat(without.length).isLessThan(bytes.length);
    }

    @Test
    void isAValidSmallOoxmlPackage() throws IOException {
        assertThat(bytes.length).isBetween(20_000, 2_000_000);
        List<String> parts = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.add(e.getName());
            }
        }
        assertThat(parts).contains("[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/settings.xml");
        // the body ends with a paragraph, as Word wants before the section properties
        List<IBodyElement> body = doc.getBodyElements();
        assertThat(body.get(body.size() - 1)).isInstanceOf(XWPFParagraph.class);
        assertThat(doc.getTables()).hasSize(13 + 3 + 8 + 2 + 1);
    }

    @Test
    void aDisclosureWithAlmostNothingStillGivesADocumentThatOpens() throws IOException {
        Disclosure bare = new Disclosure(null, null, null, SEED.facts(), List.of(SEED.table("T7").orElseThrow()), null,
                List.of(), null, null, null, List.of(), List.of(), SEED.source());
        try (XWPFDocument w = new XWPFDocument(new ByteArrayInputStream(DocxWriter.withBundledTemplates().toBytes(bare)))) {
            assertThat(w.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("第一部分 概况", "第二部分 预算报表", "2024年政府性基金预算收入表（不含上年结转）", "注：本表无数据");
            assertThat(w.getTables()).hasSize(1);
        }
    }

    @Test
    void theChartsTheTextNamesAreWordChartsWithTheirFigures() {
        assertThat(doc.getCharts()).hasSize(3);
        assertThat(doc.getCharts()).extracting(c -> c.getCTChart().getTitle().getTx().getRich().getPArray(0).getRArray(0).getT())
                .containsExactly("收入预算图", "一般公共预算当年拨款结构图", "三公经费分布图");
        XWPFTable income = doc.getTables().stream().filter(t -> t.getText().contains("上年结转")
                && t.getRow(0).getCell(2) != null && t.getRow(0).getCell(2).getText().equals("占比")).findFirst().orElseThrow();
        assertThat(income.getRows()).anySatisfy(r -> assertThat(texts(r)).containsExactly("一般公共预算", "1251.07", "64.67%"));
        assertThat(income.getRows()).anySatisfy(r -> assertThat(texts(r)).containsExactly("上年结转", "683.55", "35.33%"));
        // the chart follows the paragraph that refers to it
        List<String> order = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        assertThat(order.indexOf("收入预算图")).isGreaterThan(order.lastIndexOf("二、收入预算情况说明"))
                .isLessThan(order.lastIndexOf("三、支出预算情况说明"));
    }
}
