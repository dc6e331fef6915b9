package org.gongkai.core.platform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One export sheet as a grid of cell texts, 0-based. A number cell keeps the exact decimal Excel
 * stored ("12510700", "1251.07"), read from the file's text, never through a double.
 * Example: sheet "2.15单位收支总表", cell (8, 1) "12510700", a number.
 */
final class SheetGrid {

    /** A cell: its text as shown, and its exact value when Excel stored a number. */
    record Cell(String text, BigDecimal number) {

        static final Cell BLANK = new Cell("", null);

        boolean isBlank() {
            return number == null && text.isBlank();
        }
    }

    private final String name;
    private final List<List<Cell>> rows;
    private final List<CellRangeAddress> merged;

    private SheetGrid(String name, List<List<Cell>> rows, List<CellRangeAddress> merged) {
        this.name = name;
        this.rows = rows;
        this.merged = merged;
    }

    static SheetGrid of(XSSFSheet sheet) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            List<Cell> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(cell(row.getCell(c)));
                }
            }
            rows.add(cells);
        }
        return new SheetGrid(sheet.getSheetName(), rows, sheet.getMergedRegions());
    }

    private static Cell cell(XSSFCell c) {
        if (c == null) {
            return Cell.BLANK;
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        switch (type) {
            case NUMERIC -> {
                String raw = c.getRawValue();
                if (raw == null || raw.isBlank()) {
                    return Cell.BLANK;
                }
                BigDecimal v = new BigDecimal(raw.strip());
                return new Cell(v.toPlainString(), v);
            }
            case STRING -> {
                return new Cell(c.getStringCellValue().strip(), null);
            }
            case BOOLEAN -> {
                return new Cell(c.getBooleanCellValue() ? "TRUE" : "FALSE", null);
            }
            case ERROR -> {
                return new Cell(c.getErrorCellString(), null);
            }
            default -> {
                return Cell.BLANK;
            }
        }
    }

    String name() {
        return name;
    }

    int height() {
        return rows.size();
    }

    int width() {
        int w = 0;
        for (List<Cell> r : rows) {
            w = Math.max(w, r.size());
        }
        return w;
    }

    Cell cell(int row, int column) {
        if (row < 0 || row >= rows.size() || column < 0) {
            return Cell.BLANK;
        }
        List<Cell> r = rows.get(row);
        return column < r.size() ? r.get(column) : Cell.BLANK;
    }

    String text(int row, int column) {
        return cell(row, column).text();
    }

    /** The cells of row {@code row} that are not blank, in order. */
    List<String> texts(int row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < width(); c++) {
            String t = text(row, c);
            if (!t.isBlank()) {
                out.add(t);
            }
        }
        return out;
    }

    boolean isBlank(int row) {
        for (int c = 0; c < width(); c++) {
            if (!cell(row, c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The text of the merged region covering (row, column), from its first cell; null when not merged. */
    String mergedText(int row, int column) {
        for (CellRangeAddress a : merged) {
            if (a.isInRange(row, column)) {
                return text(a.getFirstRow(), a.getFirstColumn());
            }
        }
        return null;
    }

    boolean hasMergedRegions() {
        return !merged.isEmpty();
    }
}
