package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.gongkai.core.read.PdfLayoutReader.Glyph;
import org.gongkai.core.read.PdfLayoutReader.Rule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PdfLayoutReader} on the real disclosures in {@code shared/fixtures/real} (the figures
 * below were checked against {@code pdftotext -layout} and the rendered pages) and on small
 * glyph lists and PDFs built in the test.
 */
class PdfLayoutReaderTest {

    private static final Path REAL = shared().resolve("fixtures/real");

    private static final String SHENGWEI_2019 =
            "jiangsu/江苏省委办公厅/江苏省委办公厅2019年度部门预算公开表格.pdf";
    private static final String JIANCHAYUAN_2019 = "jiangsu/江苏省人民检察院/2019年度部门预算公开.pdf";
    private static final String RENDA_2017 = "jiangsu/江苏省人大办公厅/江苏省人大办公厅2017年度预算公开.pdf";
    private static final String SHANGHAI_TEMPLATE = "shanghai/附件2：部门决算模板.pdf";

    /**
     * The shared reference folder: the {@code gongkai.shared} system property (set by the Maven
     * build), else the first {@code shared} folder holding {@code seed} beside the working
     * directory or one of its parents.
     */
    static Path shared() {
        String property = System.getProperty("gongkai.shared");
        if (property != null && Files.isDirectory(Path.of(property).resolve("fixtures"))) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/seed"))) {
                return dir.resolve("shared");
            }
        }
        throw new IllegalStateException("shared reference folder not found: set -Dgongkai.shared");
    }

    private static Layout read(String relative) throws IOException {
        return PdfLayoutReader.read(Files.readAllBytes(REAL.resolve(relative)));
    }

    private static List<String> texts(LayoutLine line) {
        return line.cells().stream().map(LayoutCell::text).collect(Collectors.toList());
    }

    private static List<LayoutLine> page(Layout layout, int page) {
        return layout.lines().stream().filter(l -> l.page() == page).collect(Collectors.toList());
    }

    private static LayoutLine lineStartingWith(List<LayoutLine> lines, String first) {
        return lines.stream().filter(l -> l.cell(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with " + first));
    }

    @Nested
    class ShengweiBangongting2019Tables {

        @Test
        void rotatedPageOneKeepsTheSixCellsOfTheFirstRowApart() throws IOException {
            Layout layout = read(SHENGWEI_2019);

            assertThat(layout.pdf()).isTrue();
            assertThat(layout.pages()).isEqualTo(12);
            LayoutLine row = lineStartingWith(page(layout, 1), "一、财政拨款");
            assertThat(texts(row)).containsExactly("一、财政拨款", "27,664.22", "一、一般公共服务支出",
                    "22,395.50", "一、基本支出", "11,700.63");
            // only 3.6 points between the amount and the next label: the table rule splits them
            assertThat(row.cells().get(2).x0() - row.cells().get(1).x1()).isLessThan(5f);
            // the page is rotated 90°: read upright, it is wider than A3's short side
            assertThat(row.cells().get(5).x1()).isGreaterThan(1100f);
        }

        @Test
        void pageOneReadsTopToBottom() throws IOException {
            List<LayoutLine> lines = page(read(SHENGWEI_2019), 1);

            assertThat(texts(lines.get(0))).containsExactly("收支预算总表");
            assertThat(texts(lines.get(1))).containsExactly("部门：中共江苏省委办公厅", "单位：万元");
            LayoutLine first = lineStartingWith(lines, "一、财政拨款");
            LayoutLine second = lineStartingWith(lines, "1.一般公共预算");
            assertThat(second.number()).isEqualTo(first.number() + 1);
            assertThat(second.y()).isGreaterThan(first.y());
            assertThat(texts(second)).containsExactly("1.一般公共预算", "27,664.22", "二、外交支出",
                    "二、项目支出", "13,025.38");
            assertThat(texts(lines.get(lines.size() - 1)))
                    .containsExactly("收入合计", "27,664.22", "支出合计", "27,664.22");
        }

        @Test
        void functionCodeRowIsThreeCells() throws IOException {
            Layout layout = read(SHENGWEI_2019);

            for (int p : new int[] {5, 7}) {
                LayoutLine row = lineStartingWith(page(layout, p), "2013101");
                assertThat(texts(row)).as("page %d", p)
                        .containsExactly("2013101", "行政运行", "9,370.12");
                assertThat(row.cells().get(0).x1()).isLessThan(row.cells().get(1).x0());
                assertThat(row.cells().get(1).x1()).isLessThan(row.cells().get(2).x0());
            }
        }
    }

    @Nested
    class JianchayuanWordDocument2019 {

        @Test
        void proseLineIsOneCell() throws IOException {
            List<LayoutLine> lines = page(read(JIANCHAYUAN_2019), 3);

            assertThat(texts(lines.get(0))).containsExactly("第一部分部门概况");
            assertThat(texts(lines.get(2)))
                    .containsExactly("人民检察院是国家的法律监督机关。省检察院的主要任务");
        }

        @Test
        void spaceBetweenChineseIsDroppedButKeptBeforeDigits() throws IOException {
            List<LayoutLine> toc = page(read(JIANCHAYUAN_2019), 2);

            // printed "第一部分 部门概况" and "第二部分 2019年度部门预算表"
            assertThat(toc).extracting(LayoutLine::text).contains("第一部分部门概况",
                    "第二部分 2019年度部门预算表", "九、一般公共预算“三公”经费、会议费、培训费支出预算表");
        }

        @Test
        void distributedHeadingInsideOneRuledCellStaysOneCell() throws IOException {
            List<LayoutLine> lines = page(read(JIANCHAYUAN_2019), 18);

            // "合          计" and "金     额" are spread across their cells
            assertThat(texts(lineStartingWith(lines, "合计"))).containsExactly("合计", "24,169.74");
            assertThat(texts(lineStartingWith(lines, "科目代码")))
                    .containsExactly("科目代码", "功能科目名称", "金额");
            assertThat(texts(lineStartingWith(lines, "2080505")))
                    .containsExactly("2080505", "机关事业单位基本养老保险缴费支出", "1,064.46");
        }

        @Test
        void headerCellsSeparatedOnlyByAJoinedRuleAreTwoCells() throws IOException {
            List<LayoutLine> lines = page(read(JIANCHAYUAN_2019), 20);

            // the rule between 会议费 and 培训费 is drawn in pieces that meet inside the text band
            assertThat(texts(lineStartingWith(lines, "合计"))).endsWith("会议费", "培训费");
            assertThat(texts(lineStartingWith(lines, "1276.7"))).containsExactly(
                    "1276.7", "418.26", "80", "237", "237", "101.26", "158.44", "700");
        }

        @Test
        void textPlacedBeyondThePageEdgeIsDropped() throws IOException {
            List<LayoutLine> lines = page(read(JIANCHAYUAN_2019), 21);

            // a second "单位：万元" sits at x = 681 on a page 595 points wide
            assertThat(texts(lineStartingWith(lines, "部门名称：江苏省人民检察院")))
                    .containsExactly("部门名称：江苏省人民检察院", "单位：万元");
        }
    }

    @Test
    void tableOverflowingThePageBottomIsCutAtTheEdge() throws IOException {
        List<LayoutLine> lines = page(read(RENDA_2017), 11);

        // a second table continues below y = 842 on this A4 page; nothing of it is printed
        assertThat(texts(lines.get(lines.size() - 1)))
                .containsExactly("2210202", "提租补贴", "1,018.01");
        assertThat(lines).allSatisfy(l -> assertThat(l.y()).isLessThan(842f));
    }

    @Test
    void leadersDrawnHalfAGlyphApartAreNotDuplicates() throws IOException {
        List<LayoutLine> lines = page(read(SHANGHAI_TEMPLATE), 4);

        assertThat(texts(lineStartingWith(lines, "4"))).containsExactly("4", "。。。");
    }

    static Stream<Path> realPdfs() throws IOException {
        try (Stream<Path> files = Files.walk(REAL)) {
            List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted()
                    .collect(Collectors.toList());
            return pdfs.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("realPdfs")
    void everyRealPdfLaysOutPageByPageTopToBottom(Path pdf) throws IOException {
        Layout layout = PdfLayoutReader.read(Files.readAllBytes(pdf));

        assertThat(layout.pdf()).isTrue();
        assertThat(layout.pages()).isPositive();
        assertThat(layout.size()).isGreaterThan(layout.pages());
        Map<Integer, List<LayoutLine>> byPage = new TreeMap<>();
        int lastPage = 0;
        for (LayoutLine line : layout.lines()) {
            assertThat(line.page()).isBetween(Math.max(lastPage, 1), layout.pages());
            lastPage = line.page();
            byPage.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(line);
            assertThat(line.isBlank()).isFalse();
            float x = -Float.MAX_VALUE;
            for (LayoutCell cell : line.cells()) {
                assertThat(cell.text()).isNotBlank().isEqualTo(cell.text().strip())
                        .doesNotContain("  ");
                assertThat(cell.x0()).isGreaterThanOrEqualTo(x).isLessThanOrEqualTo(cell.x1());
                x = cell.x0();
            }
        }
        for (List<LayoutLine> lines : byPage.values()) {
            for (int i = 0; i < lines.size(); i++) {
                assertThat(lines.get(i).number()).isEqualTo(i + 1);
                if (i > 0) {
                    assertThat(lines.get(i).y()).isGreaterThanOrEqualTo(lines.get(i - 1).y());
                }
            }
        }
    }

    @Test
    void thirtyThreePageDocumentLaysOutQuicklyAfterWarmUp() throws IOException {
        byte[] pdf = Files.readAllBytes(REAL.resolve(JIANCHAYUAN_2019));
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            Layout layout = PdfLayoutReader.read(pdf);
            best = Math.min(best, System.nanoTime() - start);
            assertThat(layout.pages()).isEqualTo(33);
        }
        // measured 0.3 to 0.4 s on a 2-core machine, most of it PDFBox's own content stream
        // parsing; the bound is loose so that a slow build machine does not fail
        assertThat(best / 1_000_000).isLessThan(1500);
    }

    @Nested
    class Failures {

        @Test
        void notAPdfIsAnIoException() {
            byte[] text = "2013101\t行政运行\t9,370.12".getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> PdfLayoutReader.read(text)).isInstanceOf(IOException.class);
        }

        @Test
        void emptyInputIsAnIoException() {
            assertThatThrownBy(() -> PdfLayoutReader.read(new byte[0]))
                    .isInstanceOf(IOException.class);
        }

        @Test
        void encryptedWithoutUserPasswordIsRead() throws IOException {
            byte[] pdf = pdf("owner", "", "Total amount 27,664.22");

            Layout layout = PdfLayoutReader.read(pdf);

            assertThat(layout.lines()).extracting(LayoutLine::text)
                    .containsExactly("Total amount 27,664.22");
        }

        @Test
        void encryptedWithUserPasswordIsAnIoException() throws IOException {
            byte[] pdf = pdf("owner", "secret", "Total 27,664.22");

            assertThatThrownBy(() -> PdfLayoutReader.read(pdf)).isInstanceOf(IOException.class);
        }

        /** A one-page PDF with one line of Helvetica text, encrypted when passwords are given. */
        private byte[] pdf(String owner, String user, String text) throws IOException {
            try (PDDocument doc = new PDDocument();
                    ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy(owner, user, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
                doc.save(out);
                return out.toByteArray();
            }
        }
    }

    /** The layout rules on glyphs placed by hand: 10-point text, x in points. */
    @Nested
    class Glyphs {

        /** A run of glyphs starting at x on baseline y, each {@code advance} wide. */
        private List<Glyph> run(String text, float x, float y, float advance) {
            List<Glyph> glyphs = new ArrayList<>();
            int[] cps = text.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                float x0 = x + i * advance;
                glyphs.add(new Glyph(new String(cps, i, 1), x0, x0 + advance, y, 10f));
            }
            return glyphs;
        }

        private List<Glyph> all(List<List<Glyph>> runs) {
            List<Glyph> glyphs = new ArrayList<>();
            runs.forEach(glyphs::addAll);
            return glyphs;
        }

        @Test
        void numberAndLabelOnSlightlyDifferentBaselinesShareALine() {
            List<Glyph> glyphs = all(List.of(run("行政运行", 100, 200, 10),
                    run("9,370.12", 200, 203, 5), run("提租补贴", 100, 220, 10)));

            List<LayoutLine> lines = PdfLayoutReader.layOutPage(1, glyphs, List.of());

            assertThat(lines).extracting(LayoutLine::text).containsExactly("行政运行 9,370.12", "提租补贴");
            assertThat(lines.get(0).cells()).hasSize(2);
            assertThat(lines).extracting(LayoutLine::number).containsExactly(1, 2);
        }

        @Test
        void wideGapSplitsWordGapDoesNot() {
            List<Glyph> glyphs = all(List.of(run("Total", 100, 200, 5), run("amount", 128, 200, 5),
                    run("27,664.22", 200, 200, 5)));

            List<LayoutLine> lines = PdfLayoutReader.layOutPage(1, glyphs, List.of());

            assertThat(texts(lines.get(0))).containsExactly("Total amount", "27,664.22");
            assertThat(lines.get(0).cells().get(1).x0()).isEqualTo(200f);
        }

        @Test
        void ruleBetweenCloseGlyphsSplits() {
            List<Glyph> glyphs = all(List.of(run("27,664.22", 100, 200, 5),
                    run("一、一般公共服务支出", 148.6f, 200, 10)));
            List<Rule> border = List.of(new Rule(147f, 180, 210));

            assertThat(texts(PdfLayoutReader.layOutPage(1, glyphs, List.of()).get(0)))
                    .containsExactly("27,664.22一、一般公共服务支出");
            assertThat(texts(PdfLayoutReader.layOutPage(1, glyphs, border).get(0)))
                    .containsExactly("27,664.22", "一、一般公共服务支出");
        }

        @Test
        void ruleAboveOrBelowTheLineDoesNotSplit() {
            List<Glyph> glyphs = all(List.of(run("27,664.22", 100, 200, 5),
                    run("一、基本支出", 148.6f, 200, 10)));
            List<Rule> ruleAbove = List.of(new Rule(147f, 100, 190));

            List<LayoutLine> lines = PdfLayoutReader.layOutPage(1, glyphs, ruleAbove);

            assertThat(lines.get(0).cells()).hasSize(1);
        }

        @Test
        void spreadOutTextBetweenTwoRulesOfARuledRowIsOneCell() {
            List<Glyph> glyphs = all(List.of(run("合", 120, 200, 10), run("计", 180, 200, 10),
                    run("24,169.74", 260, 200, 5)));
            List<Rule> rules = List.of(new Rule(100, 185, 205), new Rule(240, 185, 205),
                    new Rule(320, 185, 205));

            assertThat(texts(PdfLayoutReader.layOutPage(1, glyphs, rules).get(0)))
                    .containsExactly("合计", "24,169.74");
            assertThat(texts(PdfLayoutReader.layOutPage(1, glyphs, List.of()).get(0)))
                    .containsExactly("合", "计", "24,169.74");
        }

        @Test
        void lineKeepsTheRulesThroughItEvenAroundABlankCell() {
            List<Glyph> glyphs = all(List.of(run("156.60", 110, 200, 5), run("412.50", 270, 200, 5)));
            List<Rule> rules = List.of(new Rule(100, 185, 205), new Rule(180, 185, 205),
                    new Rule(260, 185, 205), new Rule(340, 185, 205), new Rule(400, 100, 190));

            LayoutLine line = PdfLayoutReader.layOutPage(1, glyphs, rules).get(0);

            assertThat(texts(line)).containsExactly("156.60", "412.50");
            assertThat(line.rules()).containsExactly(100f, 180f, 260f, 340f);
            assertThat(PdfLayoutReader.layOutPage(1, glyphs, List.of()).get(0).rules()).isEmpty();
        }

        @Test
        void ruleDrawnInTouchingPiecesCountsAsOne() {
            List<Rule> pieces = List.of(new Rule(147f, 150, 196.8f), new Rule(147.2f, 197.3f, 240),
                    new Rule(300, 150, 240));

            assertThat(PdfLayoutReader.joined(pieces))
                    .containsExactly(new Rule(147f, 150, 240), new Rule(300, 150, 240));
        }

        @Test
        void glyphDrawnTwiceForBoldCountsOnce() {
            List<Glyph> glyphs = new ArrayList<>(run("合计", 100, 200, 10));
            glyphs.addAll(run("合计", 100.4f, 200.2f, 10));

            List<LayoutLine> lines = PdfLayoutReader.layOutPage(1, glyphs, List.of());

            assertThat(lines).extracting(LayoutLine::text).containsExactly("合计");
        }

        @Test
        void repeatedDigitsAreNotDuplicates() {
            List<LayoutLine> lines =
                    PdfLayoutReader.layOutPage(1, run("11,100.00", 100, 200, 5), List.of());

            assertThat(lines).extracting(LayoutLine::text).containsExactly("11,100.00");
        }

        @Test
        void spacesAreNormalisedAndFullWidthKept() {
            List<Glyph> glyphs = new ArrayList<>(run("（一）", 100, 200, 10));
            glyphs.addAll(run("  ", 130, 200, 2.5f));
            glyphs.addAll(run("收入", 135, 200, 10));
            glyphs.addAll(run(" ", 155, 200, 2.5f));
            glyphs.addAll(run("A1", 157.5f, 200, 5));
            glyphs.addAll(run("\u3000", 300, 200, 10));

            List<LayoutLine> lines = PdfLayoutReader.layOutPage(1, glyphs, List.of());

            assertThat(lines).extracting(LayoutLine::text).containsExactly("（一）收入 A1");
        }

        @Test
        void lineOfSpacesOnlyIsDropped() {
            List<Glyph> glyphs = all(List.of(run("   ", 100, 200, 2.5f), run("一", 100, 250, 10)));

            List<LayoutLine> lines = PdfLayoutReader.layOutPage(3, glyphs, List.of());

            assertThat(lines).containsExactly(new LayoutLine(3, 1,
                    List.of(new LayoutCell("一", 100, 110)), 250));
        }
    }
}
