package org.gongkai.core.write.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.Profile;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.DisclosureLevel;
import org.gongkai.core.model.DisclosureMetadata;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The reference document's page: what it says, where, and that it is well-formed and self-contained. */
class HtmlWriterTest {

    private static final Disclosure SEED = SharedFixtures.seed();
    private static final String HTML = HtmlWriter.write(SEED);
    private static final Document DOM = parse(HTML);

    static Document parse(String html) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static List<Element> xpath(Document doc, String expr) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(expr, doc, XPathConstants.NODESET);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add((Element) nodes.item(i));
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void isWellFormedChineseXhtml() {
        Element html = DOM.getDocumentElement();
        assertThat(html.getTagName()).isEqualTo("html");
        assertThat(html.getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(xpath(DOM, "/html/head/meta[@charset='utf-8']")).hasSize(1);
        assertThat(xpath(DOM, "/html/head/title").get(0).getTextContent()).isEqualTo("柳林县人力资源和社会保障局 2024年度单位预算公开");
    }

    @Test
    void hasNoExternalResource() {
        assertThat(xpath(DOM, "//link | //script | //img | //iframe | //object | //embed")).isEmpty();
        assertThat(xpath(DOM, "//*[@src]")).isEmpty();
        for (Element a : xpath(DOM, "//*[@href]")) {
            assertThat(a.getAttribute("href")).as("every link stays in the page").startsWith("#");
        }
        // the only URIs are the XHTML and SVG namespace names
        String withoutNamespaces = HTML.replace("xmlns=\"http://www.w3.org/1999/xhtml\"", "")
                .replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertThat(withoutNamespaces).doesNotContain("http:").doesNotContain("https:").doesNotContain("url(")
                .doesNotContain("@import").doesNotContain("@font-face");
    }

    @Test
    void everyInternalLinkHasItsTarget() {
        List<String> ids = new ArrayList<>();
        for (Element e : xpath(DOM, "//*[@id]")) {
            ids.add(e.getAttribute("id"));
        }
        assertThat(ids).doesNotHaveDuplicates();
        for (Element a : xpath(DOM, "//a[@href]")) {
            assertThat(ids).contains(a.getAttribute("href").substring(1));
        }
    }

    @Test
    void titleBlockNamesUnitYearAndKind() {
        Element header = xpath(DOM, "//header[@class='title-block']").get(0);
        assertThat(header.getTextContent()).contains("柳林县人力资源和社会保障局", "2024年度单位预算公开", "2024年");
    }

    @Test
    void tocLinksEveryPartTableSectionAndForm() {
        List<String> links = new ArrayList<>();
        for (Element a : xpath(DOM, "//nav[@id='toc']//a")) {
            links.add(a.getAttribute("href"));
        }
        assertThat(links).contains("#part1", "#part2", "#part3", "#part4", "#annex");
        for (int i = 1; i <= 13; i++) {
            assertThat(links).contains("#table-T" + i);
        }
        for (int i = 1; i <= 12; i++) {
            assertThat(links).contains("#sec-" + i);
        }
        for (int i = 1; i <= 8; i++) {
            assertThat(links).contains("#target-" + i);
        }
        assertThat(xpath(DOM, "//nav[@id='toc']//a[@href='#table-T3']").get(0).getTextContent()).isEqualTo("表三 2024年预算支出总表");
    }

    @Test
    void allThirteenTablesInTemplateOrderWithNumberTitleUnitAndCaption() {
        List<Element> blocks = xpath(DOM, "//section[@id='part2']/section[@class='table-block' or @class='table-block small']");
        assertThat(blocks).hasSize(13);
        for (int i = 0; i < 13; i++) {
            Element block = blocks.get(i);
            assertThat(block.getAttribute("id")).isEqualTo("table-T" + (i + 1));
            String text = block.getTextContent();
            assertThat(text).contains("单位名称：柳林县人力资源和社会保障局", "单位：万元");
            assertThat(xpath(DOM, "//section[@id='table-T" + (i + 1) + "']/table/caption")).hasSize(1);
        }
        assertThat(xpath(DOM, "//h3[@id='table-T10-h']").get(0).getTextContent()).isEqualTo("表十　2024年财政拨款安排“三公”经费支出预算表");
        // the number printed beside 表一 is kept
        assertThat(xpath(DOM, "//section[@id='table-T1']/div/p[@class='table-label']").get(0).getTextContent()).isEqualTo("预算公开表1");
    }

    @Test
    void table3RowOf2080101HasItsAmountsRightAligned() {
        List<Element> rows = xpath(DOM, "//section[@id='table-T3']//tbody/tr[*[1]='2080101']");
        assertThat(rows).hasSize(1);
        List<Element> cells = xpath(DOM, "//section[@id='table-T3']//tbody/tr[*[1]='2080101']/*");
        assertThat(cells).extracting(Element::getTextContent).containsExactly("2080101", "行政运行", "134.97", "133.70", "1.27");
        assertThat(cells.get(0).getTagName()).isEqualTo("th");
        assertThat(cells.get(0).getAttribute("scope")).isEqualTo("row");
        assertThat(cells.get(2).getAttribute("class")).isEqualTo("num");
        assertThat(HTML).contains("<td class=\"num\">134.97</td>");
    }

    @Test
    void headingsAreMergedAsPrinted() {
        List<Element> first = xpath(DOM, "//section[@id='table-T3']//thead/tr[1]/th");
        assertThat(first).extracting(Element::getTextContent).containsExactly("项目", "2024年预算数");
        assertThat(first.get(1).getAttribute("colspan")).isEqualTo("3");
        assertThat(first.get(1).getAttribute("scope")).isEqualTo("colgroup");
        List<Element> t2 = xpath(DOM, "//section[@id='table-T2']//thead//th[.='上年结转']");
        assertThat(t2.get(0).getAttribute("rowspan")).isEqualTo("2");
    }

    @Test
    void totalRowsAreMarkedAndTheirLabelSpansTheLabelColumns() {
        Element total = xpath(DOM, "//section[@id='table-T3']//tbody/tr[1]").get(0);
        assertThat(total.getAttribute("class")).isEqualTo("total");
        Element label = (Element) total.getElementsByTagName("th").item(0);
        assertThat(label.getTextContent()).isEqualTo("合计");
        assertThat(label.getAttribute("colspan")).isEqualTo("2");
    }

    @Test
    void emptyTablesCarryTheirNote() {
        for (String id : List.of("T7", "T8", "T9")) {
            assertThat(xpath(DOM, "//section[@id='table-" + id + "']/p[@class='note']").get(0).getTextContent())
                    .isEqualTo("注：本表无数据");
        }
        assertThat(xpath(DOM, "//section[@id='table-T3']/p[@class='note']")).isEmpty();
    }

    @Test
    void profileHasDutiesOfficesSubordinateUnitsAndStaff() {
        assertThat(xpath(DOM, "//section[@id='part1-duties']/ol/li")).hasSize(12);
        assertThat(xpath(DOM, "//section[@id='part1-duties']/ol/li[12]").get(0).getTextContent()).startsWith("（十二）职能转变。");
        String org = xpath(DOM, "//section[@id='part1-organisation']").get(0).getTextContent();
        assertThat(org).contains("内设机构8个：办公室、工资股", "下属单位3个：柳林县劳动保障监察行政综合执法队", "2024年无变动。");
        String staff = xpath(DOM, "//section[@id='part1-staffing']").get(0).getTextContent();
        assertThat(staff).contains("财政负担人员39人").doesNotContain("2、人员情况");
        assertThat(xpath(DOM, "//section[@id='part1-staffing']//tr[th='行政公务员']/td").get(0).getTextContent()).isEqualTo("12");
        assertThat(xpath(DOM, "//section[@id='part1-staffing']//tr[th='合计']/td").get(0).getTextContent()).isEqualTo("39");
    }

    @Test
    void narrativeHasItsTwelveSectionsAndTheChartsWhereTheTextPlacesThem() {
        assertThat(xpath(DOM, "//section[@id='part3']/section")).hasSize(12);
        assertThat(xpath(DOM, "//section[@id='sec-1']/h3").get(0).getTextContent()).isEqualTo("一、单位预算收支数据变动情况及原因");
        assertThat(xpath(DOM, "//section[@id='sec-5']/h4[1]").get(0).getTextContent()).isEqualTo("（一）一般公共预算当年支出规模变化情况");
        assertThat(xpath(DOM, "//section[@id='sec-2']/figure/figcaption").get(0).getTextContent()).isEqualTo("收入预算图");
        assertThat(xpath(DOM, "//section[@id='sec-5']/figure/figcaption").get(0).getTextContent()).contains("一般公共预算当年拨款结构图");
        assertThat(xpath(DOM, "//section[@id='sec-7']/figure/figcaption").get(0).getTextContent()).contains("三公经费分布图");
        assertThat(xpath(DOM, "//figure/*[local-name()='svg']")).hasSize(3);
        assertThat(xpath(DOM, "//section[@id='sec-2']/p").get(0).getTextContent()).contains("一般公共预算拨款收入1,251.07万元，占64.67%");
    }

    @Test
    void procurementAndAssetsAreShownWithTheirFigures() {
        assertThat(xpath(DOM, "//section[@id='sec-9']//tr[th='政府采购服务预算']/td").get(0).getTextContent()).isEqualTo("602.00");
        assertThat(xpath(DOM, "//section[@id='sec-9']//tr[th='政府采购预算总额']/td").get(0).getTextContent()).isEqualTo("605.89");
        assertThat(xpath(DOM, "//section[@id='sec-11']//tr[th='其中：其他公务用车（辆）']/td").get(0).getTextContent()).isEqualTo("1");
        assertThat(xpath(DOM, "//section[@id='sec-11']//tr[th='办公用房建筑总面积（平方米）']/td").get(0).getTextContent()).isEqualTo("200");
        assertThat(xpath(DOM, "//section[@id='sec-12']").get(0).getTextContent()).contains("本单位无其他需要说明的相关情况");
    }

    @Test
    void everyPerformanceTargetFormHasAllFieldsAndBothPeriods() {
        List<Element> forms = xpath(DOM, "//section[@id='sec-10']/section[@class='target']");
        assertThat(forms).hasSize(8);
        String insurance = xpath(DOM, "//section[@id='target-2']").get(0).getTextContent();
        assertThat(insurance).contains("2024年全民意外伤害保险", "061-柳林县人力资源和社会保障局[部门]", "一次性项目(1年结束)", "1年",
                "政府为柳林县户籍户口的人员参加意外伤害保险", "柳财预【2024】234号文件精神", "公开招标", "填报日期2024年4月29日");
        assertThat(xpath(DOM, "//section[@id='target-2']//tr[th='实施期资金总额']/td")).extracting(Element::getTextContent)
                .containsExactly("6,000,000", "6,000,000");
        // both periods' indicator trees side by side: 一级, then 二级/三级/指标值 for 实施期 and for 年度
        List<Element> quantity = xpath(DOM, "//section[@id='target-2']//table[contains(@class,'indicators')]//tr[td='数量指标']/td");
        assertThat(quantity).extracting(Element::getTextContent)
                .containsExactly("数量指标", "参加意外保险人数", "≥320000人", "数量指标", "参加意外保险人数", "≥320000人");
        // 视频会议网络费 prints the year's indicator names cut short: both are kept as printed
        String video = xpath(DOM, "//section[@id='target-1']").get(0).getTextContent();
        assertThat(video).contains("维护系统终端用户数", "维护系统终端用1个");
    }

    @Test
    void glossaryAndAnnex() {
        assertThat(xpath(DOM, "//section[@id='part4']//dt")).hasSize(12);
        assertThat(xpath(DOM, "//section[@id='part4']//dt[1]").get(0).getTextContent()).isEqualTo("一、基本支出");
        assertThat(xpath(DOM, "//section[@id='annex']//article[@class='letter']")).hasSize(3);
        assertThat(xpath(DOM, "//section[@id='annex']//tr[@class='dept']")).hasSize(49);
        assertThat(xpath(DOM, "//section[@id='annex']//tbody/tr[not(@class='dept')]")).hasSize(1835);
        List<Element> item = xpath(DOM, "//section[@id='annex']//tr[td='A030101']/td");
        assertThat(item.get(0).getAttribute("class")).isEqualTo("code");
        assertThat(HTML).contains("<a href=\"#annex\">附件：山西省部门政府购买服务指导性目录</a>");
    }

    @Test
    void theAnnexCanBeLeftOut() {
        String html = HtmlWriter.write(SEED, HtmlOptions.SCREEN.withoutCatalogue());
        Document dom = parse(html);
        assertThat(xpath(dom, "//*[@id='annex']")).isEmpty();
        assertThat(xpath(dom, "//a[@href='#annex']")).isEmpty();
        assertThat(html.length()).isLessThan(HTML.length() / 2);
    }

    @Test
    void pdfVariantHasBookmarksAndPrintRules() {
        String html = HtmlWriter.write(SEED, HtmlOptions.PDF);
        Document dom = parse(html);
        assertThat(xpath(dom, "/html/head/bookmarks/bookmark[@href='#part2']/bookmark")).hasSize(13);
        // the annex's table and its departments' bookmarks are drawn by PdfWriter, not laid out from the page
        assertThat(xpath(dom, "/html/head/bookmarks/bookmark[@href='#annex']")).hasSize(1);
        assertThat(xpath(dom, "/html/head/bookmarks/bookmark[@href='#annex']/bookmark")).isEmpty();
        assertThat(xpath(dom, "//table[@class='catalogue']")).isEmpty();
        assertThat(xpath(dom, "//section[@id='annex']//article[@class='letter']")).isNotEmpty();
        assertThat(html).contains("target-counter(attr(href), page)", "-fs-table-paginate: paginate", "size: A4")
                .doesNotContain("@media print");
        assertThat(HTML).contains("@media print").doesNotContain("<bookmarks>");
    }

    @Test
    void textIsEscaped() {
        Disclosure d = new Disclosure(new DisclosureMetadata("<script>alert('x')</script>", "A&B<单位>", null, null, null, null, 2025,
                DisclosureKind.BUDGET, DisclosureLevel.UNIT, null, null), "shanxi-unit-budget-2024",
                new Profile(List.of("职责\u0001一 \"甲\" & <乙>"), null, List.of(), List.of(), List.of(), null, List.of()),
                FactSet.empty(), List.<PublishedTable>of(), Narrative.empty(), List.of(), null, null, null, List.of(), List.of(), null);
        String html = HtmlWriter.write(d);
        Document dom = parse(html);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("A&amp;B&lt;单位&gt;").contains("职责一 &quot;甲&quot; &amp; &lt;乙&gt;");
        // a document without tables still lists the template's 13, each saying it is missing
        assertThat(xpath(dom, "//section[@id='part2']/section")).hasSize(13);
        assertThat(xpath(dom, "//section[@id='table-T5']/p[@class='note']").get(0).getTextContent()).isEqualTo("本文件未列示此表。");
        assertThat(xpath(dom, "//section[@id='table-T5']/div/h3").get(0).getTextContent()).isEqualTo("表五　2025年一般公共预算支出预算表（不含上年结转）");
    }

    @Test
    void figuresInYuanAreGroupedInThreesAsPrinted() {
        assertThat(HtmlWriter.grouped("164978640")).isEqualTo("164,978,640");
        assertThat(HtmlWriter.grouped("-1234.50")).isEqualTo("-1,234.50");
        assertThat(HtmlWriter.grouped("1000")).isEqualTo("1,000");
        assertThat(HtmlWriter.grouped("100")).isEqualTo("100");
        assertThat(HtmlWriter.grouped("")).isEqualTo("");
        assertThat(HtmlWriter.grouped("—")).isEqualTo("—");
        assertThat(HtmlWriter.grouped("12345.6%")).isEqualTo("12345.6%");
    }
}
