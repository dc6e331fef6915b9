package org.gongkai.core.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.template.BlockTemplate;
import org.gongkai.core.template.ColumnTemplate;
import org.gongkai.core.template.TableTemplate;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalog;

/**
 * Test support: writes, from a disclosure's published tables (the reference document's), a
 * workbook in the style of a 预算管理一体化 platform export, since no real export is at hand.
 * Two layouts: {@link #shanxi()} (sheets "2.15单位收支总表" …, a title row, a
 * "单位名称：… 单位：元" row, merged header cells, a 栏次 row, amounts in 元 as numbers) and
 * {@link #otherProvince()} (sheets "01收支总表" …, other column labels and order, 编制单位,
 * amounts in 万元 as text with thousands separators, no 栏次 row).
 * Example: {@code SampleExportWriter.write(SharedFixtures.seed(), SampleExportWriter.shanxi())}.
 */
final class SampleExportWriter {

    /**
     * How one export sheet prints a template table.
     *
     * @param sheetName the sheet's name
     * @param header    the header rows; null to take the published table's own
     * @param columns   export column j holds the published table's column columns[j]; null for the same order
     * @param relabel   row labels printed otherwise than in the published table
     */
    record SheetLayout(String table, String sheetName, List<List<String>> header, int[] columns, Map<String, String> relabel) {
    }

    /**
     * A whole export layout.
     *
     * @param unit           the unit amounts are written in
     * @param unitNameLabel  the label before the unit's name, e.g. 单位名称
     * @param unitLabel      the label before the unit, e.g. 单位, 金额单位
     * @param amountsAsText  true to write amounts as text with thousands separators, false as numbers
     * @param numberingRow   true to write a 栏次 row under the header
     * @param mergeHeadings  true to merge the cells a heading spans
     * @param titlePrefix    printed before each table's title, e.g. the unit's name
     */
    record Layout(MoneyUnit unit, String unitNameLabel, String unitLabel, boolean amountsAsText, boolean numberingRow,
                  boolean mergeHeadings, boolean titlePrefix, List<SheetLayout> sheets) {
    }

    private SampleExportWriter() {
    }

    /** The 山西 platform's style, as mapped by shanxi-yitihua-2024.yaml. */
    static Layout shanxi() {
        String[] names = {"2.15单位收支总表", "2.16单位收入总表", "2.17单位支出总表", "2.18单位财政拨款收支总表",
            "2.19单位一般公共预算支出表", "2.20单位一般公共预算基本支出表", "2.21单位政府性基金预算收入表",
            "2.22单位政府性基金预算支出表", "2.23单位国有资本经营预算收支表", "2.24单位三公经费支出表",
            "2.25单位机关运行经费表", "2.26单位项目支出表", "2.27单位上年结转项目支出表"};
        List<SheetLayout> sheets = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            sheets.add(new SheetLayout("T" + (i + 1), names[i], null, null, Map.of()));
        }
        return new Layout(MoneyUnit.YUAN, "单位名称", "单位", false, true, true, false, sheets);
    }

    /** Another province's style, as mapped by the test mapping other-province-2024.yaml. */
    static Layout otherProvince() {
        Map<String, String> income = new LinkedHashMap<>();
        income.put("一、一般公共预算", "一般公共预算拨款收入");
        income.put("二、政府性基金预算", "政府性基金预算拨款收入");
        income.put("三、国有资本经营预算", "国有资本经营预算拨款收入");
        income.put("四、财政专户管理资金", "财政专户管理资金收入");
        income.put("五、单位资金", "单位资金收入");
        income.put("上年结转", "上年结转结余");
        income.put("上年财政拨款结转", "上年结转结余");
        List<String> spendingCode = List.of("功能分类科目编码", "功能分类科目名称", "基本支出", "项目支出", "支出合计");
        List<SheetLayout> s = new ArrayList<>();
        s.add(new SheetLayout("T1", "01收支总表", List.of(List.of("支出功能分类", "支出合计", "本年预算安排", "上年结转安排", "收入项目", "收入金额")),
                new int[] {2, 3, 4, 5, 0, 1}, income));
        s.add(new SheetLayout("T2", "02收入总表", List.of(List.of("功能分类科目编码", "功能分类科目名称", "上年结转结余", "收入合计",
                "一般公共预算拨款", "政府性基金拨款", "国有资本经营预算拨款", "财政专户管理资金收入", "单位资金收入")),
                new int[] {0, 1, 8, 2, 3, 4, 5, 6, 7}, Map.of()));
        s.add(new SheetLayout("T3", "03支出总表", List.of(spendingCode), new int[] {0, 1, 3, 4, 2}, Map.of()));
        s.add(new SheetLayout("T4", "04财政拨款收支总表", List.of(List.of("支出功能分类", "支出合计", "一般公共预算拨款支出",
                "政府性基金预算拨款支出", "国有资本经营预算拨款支出", "收入项目", "收入金额")), new int[] {2, 3, 4, 5, 6, 0, 1}, income));
        s.add(new SheetLayout("T5", "05一般公共预算支出表", List.of(spendingCode), new int[] {0, 1, 3, 4, 2}, Map.of()));
        s.add(new SheetLayout("T6", "06基本支出经济分类表", List.of(List.of("部门经济分类科目", "政府经济分类科目", "人员经费支出",
                "公用经费支出", "基本支出合计")), new int[] {0, 1, 3, 4, 2}, Map.of()));
        s.add(new SheetLayout("T7", "07政府性基金收入表", List.of(List.of("收入科目编码", "收入科目名称", "政府性基金收入")),
                new int[] {0, 1, 2}, Map.of()));
        s.add(new SheetLayout("T8", "08政府性基金支出表", List.of(spendingCode), new int[] {0, 1, 3, 4, 2}, Map.of()));
        s.add(new SheetLayout("T9", "09国有资本经营收支表", List.of(List.of("收入科目编码", "收入科目名称", "国有资本经营收入",
                "支出科目编码", "支出科目名称", "基本支出", "项目支出", "支出合计")), new int[] {0, 1, 2, 3, 4, 6, 7, 5}, Map.of()));
        s.add(new SheetLayout("T10", "10三公经费表", List.of(List.of("项目", "一般公共预算拨款", "政府性基金预算拨款",
                "国有资本经营预算拨款", "合计")), new int[] {0, 2, 3, 4, 1}, Map.of()));
        s.add(new SheetLayout("T11", "11机关运行经费表", List.of(List.of("单位", "合计", "一般公共预算拨款", "政府性基金预算拨款",
                "国有资本经营预算拨款")), new int[] {0, 1, 2, 3, 4}, Map.of()));
        s.add(new SheetLayout("T12", "12项目支出表", List.of(List.of("项目", "一般公共预算拨款", "政府性基金预算拨款",
                "国有资本经营预算拨款", "财政专户管理资金", "单位资金", "项目合计")), new int[] {0, 2, 3, 4, 5, 6, 1}, Map.of()));
        s.add(new SheetLayout("T13", "13结转项目支出表", List.of(List.of("项目", "一般公共预算拨款", "政府性基金预算拨款",
                "国有资本经营预算拨款", "项目合计")), new int[] {0, 2, 3, 4, 1}, Map.of()));
        return new Layout(MoneyUnit.WAN_YUAN, "编制单位", "金额单位", true, false, false, true, s);
    }

    /** The workbook's bytes. */
    static byte[] write(Disclosure d, Layout layout) {
        Template template = TemplateCatalog.bundled().find(d.templateId()).orElseThrow();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (SheetLayout s : layout.sheets()) {
                PublishedTable t = d.table(s.table()).orElseThrow();
                sheet(wb.createSheet(s.sheetName()), d, t, template.table(t.id()).orElseThrow(), s, layout);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFSheet sheet, Disclosure d, PublishedTable t, TableTemplate tt, SheetLayout s, Layout layout) {
        List<List<String>> header = s.header();
        if (header == null) {
            header = new ArrayList<>();
            for (TableRow r : t.headerRows()) {
                List<String> texts = texts(r);
                if (!isNumbering(texts)) {
                    header.add(texts);
                }
            }
        }
        int width = 0;
        for (List<String> h : header) {
            width = Math.max(width, h.size());
        }
        for (TableRow r : t.rows()) {
            width = Math.max(width, r.cells().size());
        }
        int[] columns = s.columns();
        if (columns == null) {
            columns = new int[width];
            for (int i = 0; i < width; i++) {
                columns[i] = i;
            }
        }
        Set<Integer> amounts = new HashSet<>();
        for (BlockTemplate b : tt.blocks()) {
            for (ColumnTemplate c : b.columns()) {
                amounts.add(c.column());
            }
        }
        int r = 0;
        text(sheet.createRow(r++), 0, (layout.titlePrefix() ? d.metadata().unitName() : "") + t.title());
        XSSFRow unitRow = sheet.createRow(r++);
        text(unitRow, 0, layout.unitNameLabel() + "：" + d.metadata().unitName());
        text(unitRow, Math.max(columns.length - 1, 1), layout.unitLabel() + "：" + layout.unit().label());
        int headerStart = r;
        for (List<String> h : header) {
            XSSFRow row = sheet.createRow(r++);
            for (int j = 0; j < h.size(); j++) {
                text(row, j, h.get(j));
            }
        }
        if (layout.mergeHeadings()) {
            merge(sheet, header, headerStart);
        }
        if (layout.numberingRow()) {
            XSSFRow row = sheet.createRow(r++);
            text(row, 0, "栏次");
            for (int j = 1; j < columns.length; j++) {
                text(row, j, Integer.toString(j));
            }
        }
        for (TableRow body : t.rows()) {
            XSSFRow row = sheet.createRow(r++);
            for (int j = 0; j < columns.length; j++) {
                String text = body.text(columns[j]);
                if (text.isEmpty()) {
                    continue;
                }
                Optional<BigDecimal> v = amounts.contains(columns[j]) ? Money.parseDecimal(text) : Optional.empty();
                if (v.isPresent()) {
                    BigDecimal a = Money.of(v.get(), t.unit()).to(layout.unit()).value();
                    if (layout.amountsAsText()) {
                        text(row, j, String.format("%,.2f", a));
                    } else {
                        number(row, j, a.stripTrailingZeros().toPlainString());
                    }
                } else {
                    text(row, j, s.relabel().getOrDefault(text, text));
                }
            }
        }
        if (t.note() != null) {
            text(sheet.createRow(r), 0, t.note());
        }
    }

    /** Merges each heading over the cells it spans: to the right over blanks with headings beneath, down over blanks. */
    private static void merge(XSSFSheet sheet, List<List<String>> header, int top) {
        int rows = header.size();
        for (int i = 0; i < rows; i++) {
            List<String> h = header.get(i);
            for (int c = 0; c < h.size(); c++) {
                if (h.get(c).isEmpty()) {
                    continue;
                }
                int right = c;
                while (i + 1 < rows && right + 1 < h.size() && h.get(right + 1).isEmpty() && below(header, i, right + 1)) {
                    right++;
                }
                int down = i;
                if (right == c) {
                    while (down + 1 < rows && at(header, down + 1, c).isEmpty()) {
                        down++;
                    }
                }
                if (right > c || down > i) {
                    sheet.addMergedRegion(new CellRangeAddress(top + i, top + down, c, right));
                }
            }
        }
    }

    private static boolean below(List<List<String>> header, int i, int c) {
        for (int k = i + 1; k < header.size(); k++) {
            if (!at(header, k, c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String at(List<List<String>> header, int i, int c) {
        List<String> h = header.get(i);
        return c < h.size() ? h.get(c) : "";
    }

    private static List<String> texts(TableRow r) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.cells().size(); i++) {
            out.add(r.text(i));
        }
        return out;
    }

    private static boolean isNumbering(List<String> texts) {
        int n = 1;
        for (String t : texts) {
            if (!t.isEmpty() && !t.equals(Integer.toString(n++))) {
                return false;
            }
        }
        return n > 3;
    }

    private static void text(XSSFRow row, int column, String text) {
        row.createCell(column).setCellValue(text);
    }

    /** A number cell holding exactly {@code plain}, written as Excel stores it, never through a double. */
    private static void number(XSSFRow row, int column, String plain) {
        XSSFCell cell = row.createCell(column);
        cell.getCTCell().setV(plain);
    }
}
