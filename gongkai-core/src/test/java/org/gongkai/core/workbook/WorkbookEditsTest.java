package org.gongkai.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.model.Fact;
import org.gongkai.core.model.FactKey;
import org.gongkai.core.model.FundingSource;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Period;
import org.gongkai.core.model.SpendingType;
import org.gongkai.core.read.UnreadableInputException;
import org.junit.jupiter.api.Test;

/**
 * Edits to the reference unit's workbook, made with POI as a user would make them in Excel, and
 * what reading says: a changed amount at its cell, reordered columns, and one message naming the
 * cell for each kind of bad content, each beside the good content it differs from.
 */
class WorkbookEditsTest {

    private static final FactKey ADMIN_BASIC = FactKey.ALL.withFunction("2080101").withSource(FundingSource.GENERAL_BUDGET)
            .withPeriod(Period.CURRENT).withSpending(SpendingType.BASIC);

    static byte[] edited(Consumer<XSSFWorkbook> edit) {
        return WorkbookFixture.edited(edit);
    }

    static Cell cell(XSSFWorkbook wb, String sheet, String ref) {
        return WorkbookFixture.cell(wb, sheet, ref);
    }

    static WorkbookInput read(byte[] bytes) throws UnreadableInputException {
        return new InputWorkbookReader().read(bytes, "edited.xlsx");
    }

    static String message(byte[] bytes) {
        try {
            read(bytes);
        } catch (UnreadableInputException e) {
            return e.getMessage();
        }
        throw new AssertionError("read without complaint");
    }

    @Test
    void aChangedAmountIsReadAtItsCell() throws Exception {
        assertThat(read(WorkbookFixture.committed()).facts().total(ADMIN_BASIC)).contains(Money.of("133.70", MoneyUnit.WAN_YUAN));
        WorkbookInput in = read(edited(wb -> cell(wb, "收支预算", "D3").setCellValue(140.25)));
        Fact f = in.facts().get(ADMIN_BASIC).orElseThrow();
        assertThat(f.amount()).isEqualTo(Money.of("140.25", MoneyUnit.WAN_YUAN));
        assertThat(f.sources().get(0).position().describe()).isEqualTo("收支预算!D3");
        assertThat(f.sources().get(0).column()).isEqualTo("当年一般公共预算");
        // the function's total moves with it: 140.25 + 1.27 carried over
        assertThat(in.facts().total(FactKey.ALL.withFunction("2080101"))).contains(Money.of("141.52", MoneyUnit.WAN_YUAN));
    }

    @Test
    void amountsTypedAsTextWithSeparatorsAreRead() throws Exception {
        WorkbookInput in = read(edited(wb -> cell(wb, "收支预算", "D3").setCellValue("1,133.70")));
        assertThat(in.facts().total(ADMIN_BASIC)).contains(Money.of("1133.70", MoneyUnit.WAN_YUAN));
    }

    @Test
    void textInAMoneyCellIsNamedByItsCell() {
        assertThat(message(edited(wb -> cell(wb, "收支预算", "D3").setCellValue("十二万"))))
                .startsWith("收支预算!D3 应填写金额，实际是“十二万”");
    }

    @Test
    void reorderedColumnsStillRead() throws Exception {
        // swap 当年一般公共预算 (D) and 上年结转一般公共预算 (I), header and data alike
        byte[] swapped = edited(wb -> {
            Sheet s = wb.getSheet("收支预算");
            for (Row r : s) {
                Cell d = r.getCell(3);
                Cell i = r.getCell(8);
                String dt = d == null ? null : SheetCells.text(d);
                String it = i == null ? null : SheetCells.text(i);
                put(r, 3, it, r.getRowNum() == 1);
                put(r, 8, dt, r.getRowNum() == 1);
            }
        });
        WorkbookInput in = read(swapped);
        Fact f = in.facts().get(ADMIN_BASIC).orElseThrow();
        assertThat(f.amount()).isEqualTo(Money.of("133.70", MoneyUnit.WAN_YUAN));
        assertThat(f.sources().get(0).position().describe()).isEqualTo("收支预算!I3");
    }

    private static void put(Row r, int col, String text, boolean header) {
        Cell c = r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
        if (text == null || text.isEmpty()) {
            c.setBlank();
        } else if (header || r.getRowNum() == 0) {
            c.setCellValue(text);
        } else {
            c.setCellValue(Double.parseDouble(text));
        }
    }

    @Test
    void aMissingSheetIsNamed() throws Exception {
        assertThat(read(edited(wb -> wb.removeSheetAt(wb.getSheetIndex("名词解释")))).glossary()).isEmpty();
        assertThat(message(edited(wb -> wb.removeSheetAt(wb.getSheetIndex("收支预算")))))
                .startsWith("缺少工作表“收支预算”：");
        assertThat(message(edited(wb -> wb.setSheetName(wb.getSheetIndex("单位概况"), "概况"))))
                .startsWith("缺少工作表“单位概况”：").contains("现有工作表：填报说明、概况");
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        assertThat(message(edited(wb -> cell(wb, "收支预算", "A2").setCellValue("科目编码"))))
                .isEqualTo("工作表“收支预算”缺少“功能分类科目编码”列：表头应在第 2 行，请不要修改表头文字（可参照 gongkai template 生成的工作簿）。");
    }

    @Test
    void anUnknownFunctionCodeIsNamed() throws Exception {
        // a code under a known 类 that the bundled (partial) list lacks is read, with a note
        WorkbookInput in = read(edited(wb -> cell(wb, "收支预算", "A3").setCellValue("2080188")));
        assertThat(in.facts().total(FactKey.ALL.withFunction("2080188"))).isPresent();
        assertThat(in.notes()).anyMatch(n -> n.code().equals("UNLISTED_CODE") && n.position().describe().equals("收支预算!A3"));
        assertThat(message(edited(wb -> cell(wb, "收支预算", "A3").setCellValue("9990101"))))
                .startsWith("收支预算!A3 功能分类科目编码“9990101”不存在：没有编码为“999”的类级科目。");
        assertThat(message(edited(wb -> cell(wb, "收支预算", "A3").setCellValue("20801-01"))))
                .startsWith("收支预算!A3 功能分类科目编码“20801-01”格式不对");
    }

    @Test
    void aCodeTypedAsANumberIsRead() throws Exception {
        WorkbookInput in = read(edited(wb -> cell(wb, "收支预算", "A3").setCellValue(2080101)));
        assertThat(in.facts().total(ADMIN_BASIC)).contains(Money.of("133.70", MoneyUnit.WAN_YUAN));
    }

    @Test
    void aBadDateIsNamed() throws Exception {
        // 国有资产 截至日期 is B3
        WorkbookInput ok = read(edited(wb -> cell(wb, "国有资产", "B3").setCellValue("2023年12月31日")));
        assertThat(ok.assets().asOf()).hasToString("2023-12-31");
        assertThat(message(edited(wb -> cell(wb, "国有资产", "B3").setCellValue("2023-13-45"))))
                .isEqualTo("国有资产!B3 “截至日期”应填写日期，实际是“2023-13-45”：请按 2024-04-29 或 2024年4月29日 的格式填写一个有效日期。");
    }

    @Test
    void aChoiceOutsideItsListIsNamed() throws Exception {
        assertThat(read(edited(wb -> cell(wb, "收支预算", "C3").setCellValue("基本支出"))).facts().total(ADMIN_BASIC)).isPresent();
        assertThat(message(edited(wb -> cell(wb, "收支预算", "C3").setCellValue("基本"))))
                .isEqualTo("收支预算!C3 “支出类型”应为“基本支出”或“项目支出”之一，实际是“基本”：请从下拉列表中选择。");
    }

    @Test
    void aRequiredCellLeftBlankIsNamed() {
        assertThat(message(edited(wb -> cell(wb, "收支预算", "C3").setBlank())))
                .startsWith("收支预算!C3 未填写“支出类型”");
        assertThat(message(edited(wb -> cell(wb, "单位概况", "B4").setBlank())))
                .isEqualTo("单位概况!B4 未填写“单位名称”：这是必填项目。");
    }

    @Test
    void theSameRowTwiceIsSummedWithANote() throws Exception {
        byte[] doubled = edited(wb -> {
            Sheet s = wb.getSheet("收支预算");
            Row from = s.getRow(2);
            Row to = s.createRow(s.getLastRowNum() + 1);
            for (Cell c : from) {
                Cell n = to.createCell(c.getColumnIndex());
                switch (c.getCellType()) {
                    case NUMERIC -> n.setCellValue(c.getNumericCellValue());
                    case STRING -> n.setCellValue(c.getStringCellValue());
                    default -> { }
                }
            }
        });
        WorkbookInput in = read(doubled);
        assertThat(in.facts().total(ADMIN_BASIC)).contains(Money.of("267.40", MoneyUnit.WAN_YUAN));
        assertThat(in.notes()).anyMatch(n -> n.code().equals("DUPLICATE_ROW"));
    }

    @Test
    void theWorkbooksUnitIsTheUnitOfItsAmounts() throws Exception {
        // 单位概况 金额单位 is B12
        WorkbookInput in = read(edited(wb -> cell(wb, "单位概况", "B12").setCellValue("元")));
        assertThat(in.facts().get(ADMIN_BASIC).orElseThrow().amount().unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(in.facts().total(ADMIN_BASIC)).contains(Money.of("133.70", MoneyUnit.YUAN));
        assertThat(message(edited(wb -> cell(wb, "单位概况", "B12").setCellValue("千元"))))
                .isEqualTo("单位概况!B12 “金额单位”应为“万元”或“元”之一，实际是“千元”：请从下拉列表中选择。");
    }

    @Test
    void moreDecimalsThanPrintedAreKeptExactlyWithANote() throws Exception {
        WorkbookInput in = read(edited(wb -> cell(wb, "收支预算", "D3").setCellValue(133.705)));
        assertThat(in.facts().total(ADMIN_BASIC).orElseThrow().value()).isEqualByComparingTo("133.705");
        assertThat(in.notes()).anyMatch(n -> n.code().equals("PRECISION") && n.position().describe().equals("收支预算!D3"));
    }

    @Test
    void notAWorkbookIsRefusedInOneMessage() {
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(UnreadableInputException.class).hasMessageContaining("空文件");
    }
}
