package org.gongkai.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.model.Classifications;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The blank workbook {@code gongkai template} writes: every sheet, its validations and comments, and how it reads. */
class WorkbookBlankTest {

    private static byte[] blank;
    private static XSSFWorkbook wb;

    @BeforeAll
    static void write() throws Exception {
        blank = new InputWorkbookWriter().blank("柳林县人力资源和社会保障局", 2024);
        wb = new XSSFWorkbook(new ByteArrayInputStream(blank));
    }

    @Test
    void hasEverySheetInOrderWithTheCodeListHidden() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        assertThat(names).containsExactly("填报说明", "单位概况", "收支预算", "基本支出经济分类", "三公经费", "项目", "绩效目标", "绩效指标",
                "政府采购", "国有资产", "上年数", "变动原因", "说明", "名词解释", "购买服务目录", "目录文件", "代码表");
        assertThat(wb.isSheetHidden(wb.getSheetIndex("代码表"))).isTrue();
        assertThat(wb.getActiveSheetIndex()).isZero();
        assertThat(wb.getSheet("填报说明").getRow(0).getCell(0).getStringCellValue())
                .isEqualTo("柳林县人力资源和社会保障局 2024年度单位预算公开 填报工作簿");
    }

    @Test
    void tableSheetsHaveHeadersFrozenAndInstructions() {
        for (InputSheet s : InputSheet.values()) {
            if (s.columns().isEmpty()) {
                continue;
            }
            XSSFSheet sheet = wb.getSheet(s.sheetName());
            Row header = sheet.getRow(InputSheet.HEADER_ROW - 1);
            for (int i = 0; i < s.columns().size(); i++) {
                assertThat(SheetCells.header(header.getCell(i).getStringCellValue())).as(s.sheetName())
                        .isEqualTo(s.columns().get(i).header());
                assertThat(sheet.getColumnWidth(i)).isEqualTo(s.columns().get(i).width() * 256);
            }
            assertThat(sheet.getPaneInformation().isFreezePane()).as(s.sheetName()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(s.instructions().replace("\n", ""));
            assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        }
    }

    @Test
    void validationsOnEverySheet() {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (InputSheet s : InputSheet.values()) {
            Map<String, Integer> byType = new LinkedHashMap<>();
            for (XSSFDataValidation v : wb.getSheet(s.sheetName()).getDataValidations()) {
                byType.merge(type(v.getValidationConstraint().getValidationType()), 1, Integer::sum);
            }
            counts.put(s.sheetName(), byType);
        }
        // 收支预算: the code list, 支出类型 and eight money columns
        assertThat(counts.get("收支预算")).isEqualTo(Map.of("LIST", 2, "DECIMAL", 8));
        // 绩效目标: 项目属性 suggestions, 年度, twelve money columns, 填报日期
        assertThat(counts.get("绩效目标")).isEqualTo(Map.of("LIST", 1, "INTEGER", 1,
                "DECIMAL", 12, "DATE", 1));
        // 单位概况: each choice item, integers, dates, the item names, the 人数 column
        assertThat(counts.get("单位概况")).isEqualTo(Map.of("LIST", 4, "INTEGER", 6, "DATE", 2));
        assertThat(counts.get("国有资产")).isEqualTo(Map.of("LIST", 1, "INTEGER", 11,
                "DECIMAL", 1, "DATE", 1));
        assertThat(counts.get("三公经费")).isEqualTo(Map.of("LIST", 1, "DECIMAL", 3));
        assertThat(counts.get("绩效指标")).isEqualTo(Map.of("LIST", 3));
        int total = counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        assertThat(total).isEqualTo(82);
        // the money validation refuses negatives and text
        XSSFDataValidation money = wb.getSheet("收支预算").getDataValidations().stream()
                .filter(v -> v.getValidationConstraint().getValidationType() == ValidationType.DECIMAL).findFirst().orElseThrow();
        assertThat(money.getValidationConstraint().getFormula1()).isEqualTo("0");
        assertThat(money.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("D3:D302");
        // the function codes come from the hidden 代码表
        XSSFDataValidation codes = wb.getSheet("收支预算").getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 0).findFirst().orElseThrow();
        long items = Classifications.bundled().functional().codes().stream().filter(c -> c.level() == 3).count();
        assertThat(codes.getValidationConstraint().getFormula1()).isEqualTo("'代码表'!$A$2:$A$" + (items + 1));
        assertThat(wb.getSheet("代码表").getRow(1).getCell(0).getStringCellValue()).matches("\\d{7}");
    }

    private static String type(int t) {
        return switch (t) {
            case ValidationType.LIST -> "LIST";
            case ValidationType.DECIMAL -> "DECIMAL";
            case ValidationType.INTEGER -> "INTEGER";
            case ValidationType.DATE -> "DATE";
            default -> "OTHER" + t;
        };
    }

    @Test
    void commentsOnTheCellsThatNeedThem() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (InputSheet s : InputSheet.values()) {
            counts.put(s.sheetName(), wb.getSheet(s.sheetName()).getCellComments().size());
        }
        assertThat(counts.get("收支预算")).isEqualTo(11);
        assertThat(counts.get("单位概况")).isEqualTo(15);
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(78);
        assertThat(wb.getSheet("收支预算").getCellComments().values().stream()
                .filter(c -> c.getAddress().formatAsString().equals("A2")).findFirst().orElseThrow()
                .getString().getString()).startsWith("支出功能分类科目编码，填到项级（7位）");
        assertThat(wb.getSheet("收支预算").getCellComments().values().stream()
                .filter(c -> c.getAddress().formatAsString().equals("D2")).findFirst().orElseThrow()
                .getString().getString()).isEqualTo("单位：万元，保留两位小数");
    }

    @Test
    void aRowFilledInTheBlankWorkbookIsAFact() throws Exception {
        byte[] filled;
        try (XSSFWorkbook w = new XSSFWorkbook(new ByteArrayInputStream(blank));
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            Row r = w.getSheet("收支预算").createRow(2);
            r.createCell(0).setCellValue("2080101");
            r.createCell(2).setCellValue("基本支出");
            r.createCell(3).setCellValue(100.5);
            w.write(out);
            filled = out.toByteArray();
        }
        WorkbookInput in = new InputWorkbookReader().read(filled, "filled.xlsx");
        assertThat(in.facts().facts()).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo(org.gongkai.core.model.FactKey.ALL.withFunction("2080101")
                    .withSource(org.gongkai.core.model.FundingSource.GENERAL_BUDGET)
                    .withPeriod(org.gongkai.core.model.Period.CURRENT)
                    .withSpending(org.gongkai.core.model.SpendingType.BASIC));
            assertThat(f.label()).isEqualTo("行政运行");
            assertThat(f.amount()).isEqualTo(org.gongkai.core.model.Money.of("100.50", org.gongkai.core.model.MoneyUnit.WAN_YUAN));
            assertThat(f.sources().get(0).position().describe()).isEqualTo("收支预算!D3");
        });
        assertThat(in.notes()).isEmpty();
    }

    @Test
    void aBlankWorkbookReadsAsAnEmptyInputForItsUnitAndYear() throws Exception {
        WorkbookInput in = new InputWorkbookReader().read(blank, "blank.xlsx");
        assertThat(in.isEmpty()).isTrue();
        assertThat(in.facts().size()).isZero();
        assertThat(in.metadata().unitName()).isEqualTo("柳林县人力资源和社会保障局");
        assertThat(in.metadata().year()).isEqualTo(2024);
        assertThat(in.performanceTargets()).isEmpty();
        assertThat(in.procurement()).isNull();
        assertThat(in.assets()).isNull();
        assertThat(in.catalogue()).isNull();
        assertThat(in.glossary()).isEmpty();
        assertThat(in.declared()).isEmpty();
        assertThat(in.statements().prior().year()).isEqualTo(2023);
        assertThat(in.statements().prior().amounts()).isEmpty();
        assertThat(in.statements().reasons().reasons()).isEmpty();
        assertThat(in.notes()).extracting(n -> n.message()).containsExactly("工作簿中没有填写任何金额：“收支预算”等表为空。");
    }
}
