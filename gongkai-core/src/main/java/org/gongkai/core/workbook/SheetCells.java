package org.gongkai.core.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.ReadNote;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.read.UnreadableInputException;

/**
 * One sheet of a filled workbook read through its layout: columns found by their header text
 * (so a reordered sheet still reads), data rows after the header, every cell read by the kind its
 * column holds. Content that cannot be read raises one message naming the cell, e.g.
 * "收支预算!E7 应填写金额，实际是“十二万”。".
 */
final class SheetCells {

    /** How far down the header row is looked for. */
    private static final int HEADER_SEARCH = 10;

    final InputSheet layout;
    final Sheet sheet;
    final String name;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final int headerRow;
    private final List<ReadNote> notes;

    private SheetCells(InputSheet layout, Sheet sheet, int headerRow, List<ReadNote> notes) {
        this.layout = layout;
        this.sheet = sheet;
        this.name = layout.sheetName();
        this.headerRow = headerRow;
        this.notes = notes;
    }

    /** The sheet of {@code layout} in {@code wb}; null when an optional sheet is absent. */
    static SheetCells of(Workbook wb, InputSheet layout, List<ReadNote> notes) throws UnreadableInputException {
        Sheet sheet = wb.getSheet(layout.sheetName());
        if (sheet == null) {
            if (layout.required()) {
                throw new UnreadableInputException("缺少工作表“" + layout.sheetName() + "”：请使用 gongkai template 生成的工作簿填写，"
                        + "不要删除或重命名工作表（现有工作表：" + sheetNames(wb) + "）。");
            }
            return null;
        }
        int best = -1;
        int bestHits = 0;
        for (int r = 0; r <= Math.min(HEADER_SEARCH, sheet.getLastRowNum()); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int hits = 0;
            for (Cell c : row) {
                if (layout.column(header(text(c))).isPresent()) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                best = r;
                bestHits = hits;
            }
        }
        SheetCells s = new SheetCells(layout, sheet, best, notes);
        if (best >= 0) {
            for (Cell c : sheet.getRow(best)) {
                String h = header(text(c));
                if (layout.column(h).isPresent() && !s.columns.containsKey(h)) {
                    s.columns.put(h, c.getColumnIndex());
                }
            }
        }
        for (InputColumn col : layout.columns()) {
            if (col.required() && !s.columns.containsKey(col.header())) {
                throw new UnreadableInputException("工作表“" + layout.sheetName() + "”缺少“" + col.header() + "”列"
                        + "：表头应在第 " + InputSheet.HEADER_ROW + " 行，请不要修改表头文字（可参照 gongkai template 生成的工作簿）。");
            }
        }
        return s;
    }

    private static String sheetNames(Workbook wb) {
        List<String> n = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            n.add(wb.getSheetName(i));
        }
        return String.join("、", n);
    }

    /** A header as written, without spaces, a required mark or a unit such as "（万元）". */
    static String header(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("\\s", "").replace("*", "").replaceAll("[（(](万元|元)[）)]$", "");
    }

    boolean has(String header) {
        return columns.containsKey(header);
    }

    /** The 0-based indexes of the rows after the header that hold anything. */
    List<Integer> rows() {
        List<Integer> out = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c : columns.values()) {
                if (!text(row.getCell(c)).isEmpty()) {
                    out.add(r);
                    break;
                }
            }
        }
        return out;
    }

    SourcePosition position(int row, String header) {
        Integer c = columns.get(header);
        return SourcePosition.cell(name, row + 1, c == null ? 0 : c + 1);
    }

    Cell cell(int row, String header) {
        Integer c = columns.get(header);
        Row r = sheet.getRow(row);
        return c == null || r == null ? null : r.getCell(c);
    }

    /** The cell's text, stripped; null when blank or the column is absent. */
    String text(int row, String header) {
        String t = text(cell(row, header));
        return t.isEmpty() ? null : t;
    }

    /** The text, or an error naming the cell when a required column is blank. */
    String required(int row, String header) throws UnreadableInputException {
        String t = text(row, header);
        if (t == null) {
            throw new UnreadableInputException(position(row, header).describe() + " 未填写“" + header + "”：这一行已填了其他内容，"
                    + "“" + header + "”必须填写。");
        }
        return t;
    }

    /** One of {@code choices}, or null when blank. */
    String choice(int row, String header, List<String> choices) throws UnreadableInputException {
        String t = text(row, header);
        if (t == null) {
            return null;
        }
        String compact = t.replaceAll("\\s", "");
        for (String c : choices) {
            if (c.equals(compact)) {
                return c;
            }
        }
        throw new UnreadableInputException(position(row, header).describe() + " “" + header + "”应为" + quoted(choices)
                + "之一，实际是“" + t + "”：请从下拉列表中选择。");
    }

    /** The amount in {@code unit}, or null when blank. */
    Money money(int row, String header, MoneyUnit unit) throws UnreadableInputException {
        return money(cell(row, header), position(row, header), header, unit, name, notes);
    }

    Integer integer(int row, String header) throws UnreadableInputException {
        return integer(cell(row, header), position(row, header), header);
    }

    DateText date(int row, String header) throws UnreadableInputException {
        return date(cell(row, header), position(row, header), header);
    }

    // ------------------------------------------------------------------ cells of any sheet

    /** A date as written and as a date. Example: "20240429172924", 2024-04-29. */
    record DateText(String text, LocalDate date) {
    }

    static String text(Cell c) {
        if (c == null) {
            return "";
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (t) {
            case STRING -> c.getRichStringCellValue().getString().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(c) && c.getNumericCellValue() > 0
                    ? c.getLocalDateTimeCellValue().toLocalDate().toString()
                    : NumberToTextConverter.toText(c.getNumericCellValue());
            case BOOLEAN -> c.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> "#错误";
            default -> "";
        };
    }

    static Money money(Cell c, SourcePosition at, String what, MoneyUnit unit, String sheet, List<ReadNote> notes)
            throws UnreadableInputException {
        BigDecimal v = decimal(c, at, "金额", "133.70");
        if (v == null) {
            return null;
        }
        if (v.signum() < 0) {
            throw new UnreadableInputException(at.describe() + " 应填写不小于 0 的金额，实际是“" + text(c) + "”。");
        }
        int scale = unit == MoneyUnit.WAN_YUAN ? 2 : 0;
        if (v.stripTrailingZeros().scale() > scale && notes != null) {
            notes.add(ReadNote.of("PRECISION", at.describe() + " “" + what + "”" + v.toPlainString() + unit.label() + "超过 "
                    + scale + " 位小数：按所填数值读取，公开表将四舍五入。", at));
        }
        return Money.of(v, unit);
    }

    /** A decimal as Excel shows it (at most 15 significant digits, exactly), or null when blank. */
    static BigDecimal decimal(Cell c, SourcePosition at, String expected, String example) throws UnreadableInputException {
        if (c == null) {
            return null;
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (t == CellType.NUMERIC) {
            return new BigDecimal(NumberToTextConverter.toText(c.getNumericCellValue()));
        }
        String s = text(c);
        if (s.isEmpty()) {
            return null;
        }
        return Money.parseDecimal(s).orElseThrow(() -> new UnreadableInputException(at.describe() + " 应填写" + expected
                + "，实际是“" + s + "”：请填写数字，如 " + example + "（不带单位和文字）。"));
    }

    static Integer integer(Cell c, SourcePosition at, String what) throws UnreadableInputException {
        BigDecimal v = decimal(c, at, "整数", "12");
        if (v == null) {
            return null;
        }
        try {
            return v.intValueExact();
        } catch (ArithmeticException e) {
            throw new UnreadableInputException(at.describe() + " “" + what + "”应填写整数，实际是“" + text(c) + "”。");
        }
    }

    static DateText date(Cell c, SourcePosition at, String what) throws UnreadableInputException {
        if (c == null) {
            return null;
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (t == CellType.NUMERIC && DateUtil.isValidExcelDate(c.getNumericCellValue())
                && (DateUtil.isCellDateFormatted(c) || c.getNumericCellValue() < 2958466 && c.getNumericCellValue() > 20000
                && c.getNumericCellValue() < 80000)) {
            LocalDate d = c.getLocalDateTimeCellValue().toLocalDate();
            return new DateText(d.toString(), d);
        }
        String s = text(c);
        if (s.isEmpty()) {
            return null;
        }
        LocalDate d = Dates.parse(s);
        if (d == null) {
            throw new UnreadableInputException(at.describe() + " “" + what + "”应填写日期，实际是“" + s
                    + "”：请按 2024-04-29 或 2024年4月29日 的格式填写一个有效日期。");
        }
        return new DateText(s, d);
    }

    static String quoted(List<String> choices) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < choices.size(); i++) {
            if (i > 0) {
                b.append(i == choices.size() - 1 ? "或" : "、");
            }
            b.append('“').append(choices.get(i)).append('”');
        }
        return b.toString();
    }
}
