package org.gongkai.core.write.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference document written as XLSX and read back with POI: sheets, values, formulas that
 * evaluate to the published totals, comments where the published totals do not add up, formats,
 * merged headings and frozen panes.
 */
class XlsxWriterTest {

    private static final Disclosure SEED = SharedFixtures.seed();
    private static byte[] bytes;
    private static XSSFWorkbook wb;
    private static FormulaEvaluator evaluator;

    @BeforeAll
    static void write() throws IOException {
        bytes = XlsxWriter.withBundledTemplates().toBytes(SEED);
        wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        evaluator = wb.getCreationHelper().createFormulaEvaluator();
    }

    /** The first row of the body: after the number (when printed), title, unit line and headings. */
    private static int bodyStart(PublishedTable t) {
        return (t.number() == null ? 0 : 1) + 2 + t.headerRows().size();
    }

    private static Cell cell(Sheet s, PublishedTable t, TableEntry e, String column) {
        PublishedAmount a = e.amount(column).orElseThrow();
        return s.getRow(bodyStart(t) + e.row()).getCell(a.position().column() - 1);
    }

    /** The cell's value as the workbook shows it, to the published number of decimals. */
    private static BigDecimal shown(Cell c, int scale) {
        double v = c.getCellType() == CellType.FORMULA ? evaluator.evaluate(c).getNumberValue() : c.getNumericCellValue();
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
    }

    private static Sheet sheet(int number) {
        return wb.getSheetAt(number - 1);
    }

    @Test
    void hasOneSheetPerTableInTemplateOrderThenTargetsAndCatalogue() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).hasSize(16);
        assertThat(names.subList(0, 13)).allSatisfy(n -> {
            assertThat(n.length()).isLessThanOrEqualTo(31);
            assertThat(n).doesNotContainPattern("[\\[\\]:*?/\\\\]");
        });
        assertThat(names).startsWith("表1 预算收支总表", "表2 预算收入总表", "表3 预算支出总表", "表4 财政拨款收支总表");
        assertThat(names.get(4)).isEqualTo("表5 一般公共预算支出预算表（不含上年结转）");
        assertThat(names.get(12)).isEqualTo("表13 项目支出预算表（上年结转）");
        assertThat(names.subList(13, 16)).containsExactly("项目支出绩效目标表", "绩效指标", "政府购买服务指导性目录");
        Sheet t3 = sheet(3);
        assertThat(t3.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2024年预算支出总表");
        assertThat(t3.getRow(1).getCell(0).getStringCellValue()).isEqualTo("单位名称：柳林县人力资源和社会保障局");
        assertThat(t3.getRow(1).getCell(4).getStringCellValue()).isEqualTo("单位：万元");
        assertThat(sheet(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("预算公开表1");
    }

    @Test
    void everyPublishedAmountIsANumberShowingExactlyThePublishedFigure() {
        int cells = 0;
        for (int i = 0; i < SEED.tables().size(); i++) {
            PublishedTable t = SEED.tables().get(i);
            Sheet s = sheet(i + 1);
            for (TableEntry e : t.entries()) {
                for (Map.Entry<String, PublishedAmount> a : e.amounts().entrySet()) {
                    Cell c = cell(s, t, e, a.getKey());
                    BigDecimal published = a.getValue().money().value();
                    assertThat(shown(c, published.scale())).as(t.id() + " " + e.key() + " " + a.getKey())
                            .isEqualByComparingTo(published);
                    assertThat(c.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                    cells++;
                }
            }
        }
        assertThat(cells).isGreaterThan(250);
    }

    @Test
    void aConstantCellRoundTripsToThePublishedDecimal() {
        PublishedTable t3 = SEED.table("T3").orElseThrow();
        TableEntry row = t3.entry("2080101").orElseThrow();
        Row r = sheet(3).getRow(bodyStart(t3) + row.row());
        assertThat(r.getCell(0).getStringCellValue()).isEqualTo("2080101");
        assertThat(r.getCell(0).getCellType()).isEqualTo(CellType.STRING);
        assertThat(r.getCell(1).getStringCellValue()).isEqualTo("行政运行");
        assertThat(r.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
        // the double POI stores reads back as the published decimal itself, not a neighbour of it
        assertThat(BigDecimal.valueOf(r.getCell(3).getNumericCellValue())).isEqualByComparingTo("133.70");
        assertThat(BigDecimal.valueOf(r.getCell(4).getNumericCellValue())).isEqualByComparingTo("1.27");
        assertThat(r.getCell(2).getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(r.getCell(2).getCellFormula()).isEqualTo("SUM(D" + (r.getRowNum() + 1) + ":E" + (r.getRowNum() + 1) + ")");
        assertThat(shown(r.getCell(2), 2)).isEqualByComparingTo("134.97");
    }

    @Test
    void totalsThatAddUpAreFormulasEvaluatingToThePublishedTotals() {
        PublishedTable t3 = SEED.table("T3").orElseThrow();
        Sheet s = sheet(3);
        Cell grand = cell(s, t3, t3.entry("合计").orElseThrow(), "total");
        assertThat(grand.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(shown(grand, 2)).isEqualByComparingTo("1934.61");
        // 项目支出 of 合计 is the sum of the three 类; of 20801 the sum of its three 项
        Cell project = cell(s, t3, t3.entry("合计").orElseThrow(), "project");
        assertThat(project.getCellFormula()).isEqualTo("E" + (bodyStart(t3) + 2) + "+E" + (bodyStart(t3) + 11) + "+E" + (bodyStart(t3) + 17));
        assertThat(shown(project, 2)).isEqualByComparingTo("1701.71");
        Cell kuan = cell(s, t3, t3.entry("20801").orElseThrow(), "project");
        assertThat(kuan.getCellFormula()).startsWith("SUM(");
        assertThat(shown(kuan, 2)).isEqualByComparingTo("720.89");
        // lines: 表十 合计 = 出国 + 接待 + 公车; 公车 = 购置 + 运行维护
        PublishedTable t10 = SEED.table("T10").orElseThrow();
        Cell threePublic = cell(sheet(10), t10, t10.entry("total").orElseThrow(), "general");
        assertThat(threePublic.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(shown(threePublic, 2)).isEqualByComparingTo("3.10");
        // the performance-target sheet: 年度资金总额 is the sum of its sources
        Sheet targets = wb.getSheet("项目支出绩效目标表");
        Row insurance = targets.getRow(5);
        assertThat(insurance.getCell(1).getStringCellValue()).isEqualTo("2024年全民意外伤害保险");
        assertThat(insurance.getCell(12).getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(shown(insurance.getCell(12), 0)).isEqualByComparingTo("6000000");
        assertThat(insurance.getCell(12).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
    }

    @Test
    void totalsThatDoNotAddUpKeepThePublishedConstantWithAComment() {
        // 表十三: the unit's 683.55 against its seven projects' 683.54, a rounding difference
        PublishedTable t13 = SEED.table("T13").orElseThrow();
        Cell unit = cell(sheet(13), t13, t13.entries().get(1), "general");
        assertThat(unit.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(BigDecimal.valueOf(unit.getNumericCellValue())).isEqualByComparingTo("683.55");
        assertThat(unit.getCellComment()).isNotNull();
        assertThat(unit.getCellComment().getAuthor()).isEqualTo(XlsxWriter.AUTHOR);
        assertThat(unit.getCellComment().getString().getString())
                .contains("683.55", "所属7行之和 683.54", "相差 0.01", "之内", "保留公开数");
        // 表三 合计 / 基本支出: 232.90 against 199.67 + 12.03 + 21.21 = 232.91
        PublishedTable t3 = SEED.table("T3").orElseThrow();
        Cell basic = cell(sheet(3), t3, t3.entry("合计").orElseThrow(), "basic");
        assertThat(basic.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(basic.getCellComment().getString().getString()).contains("232.91");
        // a formula never carries a comment, a constant total always does
        for (int i = 0; i < SEED.tables().size(); i++) {
            PublishedTable t = SEED.tables().get(i);
            for (TableEntry e : t.entries()) {
                if (e.role() == EntryRole.ITEM) {
                    continue;
                }
                for (String col : e.amounts().keySet()) {
                    Cell c = cell(sheet(i + 1), t, e, col);
                    if (c.getCellType() == CellType.FORMULA) {
                        assertThat(c.getCellComment()).as(t.id() + " " + e.key()).isNull();
                    }
                }
            }
        }
    }

    @Test
    void aTotalFarFromItsRowsIsKeptAndFlaggedBeyondRounding() throws IOException {
        // 表三 with 合计/项目支出 printed as 1801.71 instead of 1701.71
        PublishedTable t3 = SEED.table("T3").orElseThrow();
        List<TableEntry> entries = new ArrayList<>(t3.entries());
        TableEntry total = entries.get(0);
        Map<String, PublishedAmount> amounts = new java.util.LinkedHashMap<>(total.amounts());
        PublishedAmount project = amounts.get("project");
        amounts.put("project", PublishedAmount.of(Money.of("1801.71", project.unit()), "1801.71", project.position()));
        entries.set(0, new TableEntry(total.block(), total.key(), total.label(), total.level(), total.role(), amounts, total.row()));
        PublishedTable wrong = new PublishedTable(t3.id(), t3.number(), t3.title(), t3.unitName(), t3.unit(),
                t3.headerRows(), t3.rows(), entries, t3.note(), t3.position());
        Disclosure d = new Disclosure(SEED.metadata(), SEED.templateId(), SEED.profile(), SEED.facts(), List.of(wrong),
                SEED.narrative(), List.of(), null, null, null, List.of(), List.of(), SEED.source());
        try (XSSFWorkbook w = new XSSFWorkbook(new ByteArrayInputStream(XlsxWriter.withBundledTemplates().toBytes(d)))) {
            Sheet s = w.getSheetAt(0);
            assertThat(w.getNumberOfSheets()).isEqualTo(1);
            Cell c = s.getRow(bodyStart(wrong)).getCell(4);
            assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(c.getNumericCellValue())).isEqualByComparingTo("1801.71");
            assertThat(c.getCellComment().getString().getString()).contains("1701.71", "相差 100.00", "超出", "请核对");
            // 合计/合计 1934.61 is no longer 232.90 + 1801.71: kept too
            Cell grand = s.getRow(bodyStart(wrong)).getCell(2);
            assertThat(grand.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(grand.getCellComment()).isNotNull();
            // the row below, untouched, is still a formula
            assertThat(s.getRow(bodyStart(wrong) + 1).getCell(2).getCellType()).isEqualTo(CellType.FORMULA);
        }
    }

    @Test
    void headingsAreMergedAsPrintedAndFrozen() {
        Sheet t3 = sheet(3);
        PublishedTable t = SEED.table("T3").orElseThrow();
        int headerTop = bodyStart(t) - t.headerRows().size();
        assertThat(t3.getMergedRegions()).contains(new CellRangeAddress(headerTop, headerTop, 2, 4),
                new CellRangeAddress(headerTop, headerTop, 0, 1));
        assertThat(t3.getRow(headerTop).getCell(2).getStringCellValue()).isEqualTo("2024年预算数");
        assertThat(t3.getPaneInformation().isFreezePane()).isTrue();
        assertThat(t3.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) bodyStart(t));
        assertThat(t3.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
        // printed, the headings repeat on every page
        assertThat(t3.getRepeatingRows().getFirstRow()).isEqualTo(headerTop);
        assertThat(t3.getRepeatingRows().getLastRow()).isEqualTo(bodyStart(t) - 1);
        // 表二's 上年结转 runs down both heading rows; 表四's 金额 spans its four columns
        PublishedTable t2 = SEED.table("T2").orElseThrow();
        int top2 = bodyStart(t2) - 2;
        assertThat(sheet(2).getMergedRegions()).contains(new CellRangeAddress(top2, top2 + 1, 8, 8));
        PublishedTable t4 = SEED.table("T4").orElseThrow();
        int top4 = bodyStart(t4) - 3;
        assertThat(sheet(4).getMergedRegions()).contains(new CellRangeAddress(top4 + 1, top4 + 1, 3, 6));
        // the name column fits 其他人力资源和社会保障管理事务支出 (17 characters, 34 wide)
        assertThat(t3.getColumnWidth(1)).isGreaterThanOrEqualTo(34 * 256);
        assertThat(t3.getColumnWidth(2)).isLessThan(t3.getColumnWidth(1));
    }

    @Test
    void emptyTablesKeepTheirNote() {
        PublishedTable t7 = SEED.table("T7").orElseThrow();
        Sheet s = sheet(7);
        int noteRow = bodyStart(t7) + t7.rows().size() + 1;
        assertThat(s.getRow(noteRow).getCell(0).getStringCellValue()).isEqualTo("注：本表无数据");
    }

    @Test
    void targetsIndicatorsAndCatalogue() {
        Sheet targets = wb.getSheet("项目支出绩效目标表");
        assertThat(targets.getLastRowNum()).isEqualTo(3 + 8);
        Sheet indicators = wb.getSheet("绩效指标");
        int indicatorCount = 0;
        for (var p : SEED.performanceTargets()) {
            for (var tree : List.of(p.implementationIndicators(), p.annualIndicators())) {
                for (var cat : tree) {
                    for (var g : cat.groups()) {
                        indicatorCount += Math.max(1, g.indicators().size());
                    }
                }
            }
        }
        assertThat(indicators.getLastRowNum()).isEqualTo(1 + indicatorCount);
        assertThat(indicators.getRow(2).getCell(4).getStringCellValue()).isEqualTo("维护系统终端用户数");
        Sheet catalogue = wb.getSheet("政府购买服务指导性目录");
        assertThat(catalogue.getLastRowNum()).isEqualTo(2 + SEED.catalogue().itemCount());
        assertThat(catalogue.getRow(6).getCell(5).getStringCellValue()).isEqualTo("人大宣传服务");
    }

    @Test
    void theCatalogueCanBeLeftOut() throws IOException {
        byte[] without = XlsxWriter.withBundledTemplates().withCatalogue(false).toBytes(SEED);
        try (XSSFWorkbook w = new XSSFWorkbook(new ByteArrayInputStream(without))) {
            assertThat(w.getNumberOfSheets()).isEqualTo(15);
            assertThat(w.getSheet("政府购买服务指导性目录")).isNull();
        }
        assertThat(without.length).isLessThan(bytes.length);
    }

    @Test
    void isAValidSmallOoxmlPackage() throws IOException {
        assertThat(bytes.length).isBetween(20_000, 1_000_000);
        List<String> parts = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.add(e.getName());
            }
        }
        assertThat(parts).contains("[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml");
        assertThat(parts).anyMatch(p -> p.startsWith("xl/comments"));
        // every formula in the workbook evaluates without error
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA) {
                        assertThat(evaluator.evaluate(c).getCellType()).as(s.getSheetName() + "!" + c.getAddress())
                                .isEqualTo(CellType.NUMERIC);
                    }
                }
            }
        }
    }

    @Test
    void aDisclosureWithoutTablesOrTemplateStillGivesAWorkbookThatOpens() throws IOException {
        Disclosure bare = new Disclosure(null, null, null, SEED.facts(), List.of(), null, List.of(), null, null, null,
                List.of(), List.of(), SEED.source());
        try (XSSFWorkbook w = new XSSFWorkbook(new ByteArrayInputStream(XlsxWriter.withBundledTemplates().toBytes(bare)))) {
            assertThat(w.getNumberOfSheets()).isEqualTo(1);
            assertThat(w.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).contains("未读到报表");
        }
        // a table without its template: no sums the template would give, but the code hierarchy still
        Disclosure loose = new Disclosure(SEED.metadata(), null, SEED.profile(), SEED.facts(),
                List.of(SEED.table("T3").orElseThrow()), SEED.narrative(), List.of(), null, null, null, List.of(), List.of(),
                SEED.source());
        try (XSSFWorkbook w = new XSSFWorkbook(new ByteArrayInputStream(XlsxWriter.withBundledTemplates().toBytes(loose)))) {
            Sheet s = w.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("表1 预算支出总表");
            Row total = s.getRow(4);
            assertThat(total.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getCell(4).getCellType()).isEqualTo(CellType.FORMULA);
        }
    }
}
