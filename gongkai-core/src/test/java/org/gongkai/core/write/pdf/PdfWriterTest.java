package org.gongkai.core.write.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.read.DisclosureReader;
import org.gongkai.core.write.html.HtmlOptions;
import org.gongkai.core.write.html.HtmlWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * The reference document as PDF, annex included, read back with PDFBox: its text, pages, 目录
 * page numbers, bookmarks, fonts (embedded, every character of the page has a glyph), headings
 * repeated over a long table, and pages rendered to PNG under {@code target/pdf-pages/} for a
 * person to look at; then read back with gongkai's own reader.
 */
class PdfWriterTest {

    private static final Disclosure SEED = SharedFixtures.seed();
    private static byte[] pdf;
    private static PDDocument doc;
    private static List<String> pages;

    @BeforeAll
    static void render() throws IOException {
        pdf = PdfWriter.write(SEED, true);
        doc = Loader.loadPDF(pdf);
        pages = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            s.setStartPage(p);
            s.setEndPage(p);
            pages.add(s.getText(doc));
        }
    }

    @AfterAll
    static void close() throws IOException {
        doc.close();
    }

    /** The 1-based page whose text contains {@code words}, after page {@code after}. */
    private static int pageOf(String words, int after) {
        for (int p = after; p < pages.size(); p++) {
            if (pages.get(p).contains(words)) {
                return p + 1;
            }
        }
        throw new AssertionError("no page with " + words);
    }

    @Test
    void isAnA4DocumentWithTheSeedsText() {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(doc.getNumberOfPages()).isBetween(60, 120);
        PDPage first = doc.getPage(0);
        assertThat(first.getMediaBox().getWidth()).isBetween(595f, 596f);
        assertThat(first.getMediaBox().getHeight()).isBetween(841f, 842f);
        assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("柳林县人力资源和社会保障局 2024年度单位预算公开");
        String all = String.join("\n", pages);
        assertThat(all).contains("柳林县人力资源和社会保障局", "134.97", "第二部分 2024年单位预算报表", "注：本表无数据", "名词解释")
                .doesNotContain("\uFFFD");
        // the cover: unit and title, no page number
        assertThat(pages.get(0)).contains("柳林县人力资源和社会保障局", "2024年度单位预算公开").doesNotContain("—");
        assertThat(pages.get(4)).contains("— 5 —");
    }

    @Test
    void table3PrintsItsRowOf2080101() {
        int p = pageOf("表三　2024年预算支出总表", 3);
        assertThat(pages.get(p - 1)).contains("2080101 行政运行 134.97 133.70 1.27");
    }

    @Test
    void tocGivesThePageEachTableAndFormIsOn() {
        Pattern entry = Pattern.compile("^(表[一二三四五六七八九十]+|项目支出绩效目标表（\\d）)\\S*.*?\\.{3,}\\s*(\\d+)\\s*$", Pattern.MULTILINE);
        String toc = pages.get(1) + pages.get(2);
        Matcher m = entry.matcher(toc);
        int found = 0;
        while (m.find()) {
            found++;
            int page = Integer.parseInt(m.group(2));
            String heading = m.group(1);
            assertThat(pages.get(page - 1)).as("%s on page %d", heading, page).contains(heading.startsWith("表") ? heading + "　" : heading);
        }
        assertThat(found).as("13 tables and 8 forms listed with their pages").isEqualTo(21);
    }

    @Test
    void bookmarksForPartsTablesSectionsAndForms() {
        List<String> top = new ArrayList<>();
        PDOutlineItem part2 = null;
        PDOutlineItem annex = null;
        for (PDOutlineItem i : doc.getDocumentCatalog().getDocumentOutline().children()) {
            top.add(i.getTitle());
            if (i.getTitle().startsWith("第二部分")) {
                part2 = i;
            }
            if (i.getTitle().startsWith("附件")) {
                annex = i;
            }
        }
        assertThat(top).containsExactly("封面", "目录", "第一部分 概况", "第二部分 2024年单位预算报表", "第三部分 2024年度单位预算情况说明",
                "第四部分 名词解释", "附件 山西省部门政府购买服务指导性目录");
        List<String> tables = new ArrayList<>();
        part2.children().forEach(i -> tables.add(i.getTitle()));
        assertThat(tables).hasSize(13).startsWith("表一 2024年预算收支总表").endsWith("表十三 2024年项目支出预算表（上年结转）");
        // the annex's table is drawn by CatalogueTableDrawer: a bookmark per department, at its page
        List<String> departments = new ArrayList<>();
        annex.children().forEach(i -> departments.add(i.getTitle()));
        assertThat(departments).hasSize(49).startsWith("人民代表大会常务委员会办公厅（室）");
        annex.children().forEach(i -> {
            try {
                assertThat(((org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination) i.getDestination())
                        .retrievePageNumber()).isGreaterThan(20);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void onlyTheEmbeddedNotoSansScIsUsed() throws IOException {
        int fonts = 0;
        for (PDPage page : doc.getPages()) {
            PDResources r = page.getResources();
            for (COSName n : r.getFontNames()) {
                PDFont f = r.getFont(n);
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                assertThat(f.getName()).contains("NotoSansSC");
                fonts++;
            }
        }
        assertThat(fonts).isPositive();
    }

    @Test
    void everyCharacterOfThePageHasAGlyph() throws Exception {
        String html = HtmlWriter.write(SEED, HtmlOptions.PDF);
        org.w3c.dom.Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        String text = dom.getElementsByTagName("body").item(0).getTextContent() + "— 0123456789 —";
        TrueTypeFont regular = PdfFonts.parsed(false);
        TrueTypeFont bold = PdfFonts.parsed(true);
        List<String> missing = new ArrayList<>();
        text.codePoints().distinct().filter(c -> !Character.isWhitespace(c) && c != 0x3000 && c != 0xA0).forEach(c -> {
            try {
                if (regular.getUnicodeCmapLookup().getGlyphId(c) == 0 || bold.getUnicodeCmapLookup().getGlyphId(c) == 0) {
                    missing.add(new String(Character.toChars(c)) + " U+" + Integer.toHexString(c));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(missing).as("characters Noto Sans SC (GBK) has no glyph for").isEmpty();
    }

    @Test
    void aLongTableRepeatsItsHeadingsOnEveryPage() {
        int first = pageOf("山西省部门政府购买服务指导性目录", pageOf("附件 山西省部门政府购买服务指导性目录", 3));
        int pagesWithHeadings = 0;
        for (int p = first; p < pages.size(); p++) {
            if (pages.get(p).contains("代码 一级目录 二级目录 三级目录 四级目录")) {
                pagesWithHeadings++;
            }
        }
        assertThat(pagesWithHeadings).isGreaterThan(20);
        assertThat(pages.get(pages.size() - 1)).contains("代码 一级目录 二级目录 三级目录 四级目录", "残疾人状况监测服务");
    }

    @Test
    void pagesRenderToImagesWithInk() throws IOException {
        Path dir = Path.of("target/pdf-pages");
        Files.createDirectories(dir);
        PDFRenderer r = new PDFRenderer(doc);
        Map<String, Integer> shown = new TreeMap<>();
        shown.put("01-cover", 1);
        shown.put("02-toc", 2);
        shown.put("03-table1", pageOf("表一　2024年预算收支总表", 3));
        shown.put("04-chart-income", pageOf("收入预算图", 3));
        shown.put("05-chart-classes", pageOf("一般公共预算当年拨款结构图", 3));
        shown.put("06-form-insurance", pageOf("项目支出绩效目标表（2）", 3));
        shown.put("07-annex", pageOf("人力资源和社会保障", pageOf("附件 山西省部门政府购买服务指导性目录", 3)));
        for (Map.Entry<String, Integer> e : shown.entrySet()) {
            BufferedImage image = r.renderImageWithDPI(e.getValue() - 1, 60);
            ImageIO.write(image, "png", dir.resolve(e.getKey() + ".png").toFile());
            assertThat(inked(image)).as("%s has print on it", e.getKey()).isGreaterThan(0.002);
        }
    }

    /** The share of pixels that are not near white. */
    private static double inked(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int lum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (lum < 600) {
                    dark++;
                }
            }
        }
        return dark / ((image.getHeight() / 2.0) * (image.getWidth() / 2.0));
    }

    /**
     * gongkai's own reader reads the PDF back: the metadata, the 13 tables, the 8 forms, the
     * glossary, all 74 facts; every entry of twelve tables comes back with the same amounts. One
     * row comes back missing, a blank one: 表十's 因公出国（境）费 (the reader takes a first body row
     * without an amount for a heading).
     */
    @Test
    void readsBackWithGongkaisReader() throws Exception {
        Disclosure back = DisclosureReader.withBundledTemplates().read(pdf, "seed.pdf");
        assertThat(back.metadata().unitName()).isEqualTo("柳林县人力资源和社会保障局");
        assertThat(back.metadata().year()).isEqualTo(2024);
        assertThat(back.templateId()).isEqualTo("shanxi-unit-budget-2024");
        assertThat(back.tables()).hasSize(13);
        assertThat(back.performanceTargets()).hasSize(8);
        assertThat(back.glossary()).hasSize(12);
        List<String> equal = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        for (PublishedTable t : SEED.tables()) {
            PublishedTable b = back.table(t.id()).orElseThrow();
            boolean same = true;
            for (TableEntry e : t.entries()) {
                TableEntry f = b.entry(e.block(), e.key()).orElse(null);
                if (f == null || !amounts(e).equals(amounts(f))) {
                    same = false;
                    differences.add(t.id() + " " + e.key() + " " + amounts(e) + " → " + (f == null ? "missing" : amounts(f)));
                }
            }
            if (same) {
                equal.add(t.id());
            }
        }
        assertThat(equal).containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12", "T13");
        assertThat(differences).isEmpty();
        assertThat(back.facts().size()).isEqualTo(SEED.facts().size());
        for (var f : SEED.facts().facts()) {
            assertThat(back.facts().get(f.key())).as("fact %s", f.key()).get().extracting(x -> x.amount()).isEqualTo(f.amount());
        }
        // the forms: names, departments and money by source come back; 总体目标 and the indicator trees do not yet
        for (int i = 0; i < 8; i++) {
            var x = SEED.performanceTargets().get(i);
            var y = back.performanceTargets().get(i);
            assertThat(y.projectName()).isEqualTo(x.projectName());
            assertThat(y.departmentCode()).isEqualTo(x.departmentCode());
            assertThat(y.annualFunds().total().money()).isEqualTo(x.annualFunds().total().money());
            assertThat(y.implementationFunds().cityCounty().money()).isEqualTo(x.implementationFunds().cityCounty().money());
        }
        assertThat(back.narrative().sections()).hasSize(12);
        // every sentence of 情况说明 comes back, and the charts where the text placed them
        assertThat(back.narrative().sentences()).extracting(s -> s.text())
                .containsAll(SEED.narrative().sentences().stream().map(s -> s.text()).toList());
        assertThat(back.narrative().section("收入预算").orElseThrow().figures()).containsExactly("收入预算图");
        assertThat(back.narrative().section("三公").orElseThrow().figures()).containsExactly("三公经费分布图");
        // the reader looks for the catalogue inside 其他说明, where the reference document prints it, not in an annex
        assertThat(back.catalogue()).isNull();
    }

    private static Map<String, Money> amounts(TableEntry e) {
        Map<String, Money> m = new TreeMap<>();
        e.amounts().forEach((k, v) -> m.put(k, v.money()));
        return m;
    }
}
