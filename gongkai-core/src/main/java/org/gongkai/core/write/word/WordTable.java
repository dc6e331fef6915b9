package org.gongkai.core.write.word;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A Word table laid out on a grid before it is written: cells placed at (row, column) with the
 * rows and columns they span, written as {@code w:gridSpan} across and {@code w:vMerge} down, with
 * fixed column widths that add up to the text width, heading rows repeated on every page and no
 * row split across pages.
 * Example: 表三's heading "2024年预算数" at (0, 2) spanning 3 columns over 合计, 基本支出, 项目支出.
 */
final class WordTable {

    /** How a cell is set: 表头 shaded, bold and centred; figures right-aligned; text left. */
    enum Kind {
        HEADER, TEXT, AMOUNT, TOTAL_TEXT, TOTAL_AMOUNT, LABEL, CENTRED
    }

    /** One cell at its first row and column. */
    record Cell(String text, int row, int column, int rowSpan, int colSpan, Kind kind) {
    }

    private static final String SHADE = "E7E6E6";
    /** A figure column's width when there is room: "1,934.61" with air around it. */
    private static final int COMFORTABLE_FIGURE = 1250;

    private final int[] widths;
    private final List<Cell> cells = new ArrayList<>();
    private int rows;
    private int headerRows;

    /** A table with columns of these widths in twips (1/20 point), adding up to the text width. */
    WordTable(int[] widths) {
        this.widths = widths.clone();
    }

    int columns() {
        return widths.length;
    }

    int rows() {
        return rows;
    }

    /** The first {@code n} rows are headings, repeated at the top of each page. */
    WordTable headerRows(int n) {
        this.headerRows = n;
        return this;
    }

    WordTable put(int row, int column, String text, Kind kind) {
        return put(row, column, 1, 1, text, kind);
    }

    WordTable put(int row, int column, int rowSpan, int colSpan, String text, Kind kind) {
        if (column < 0 || column + colSpan > widths.length) {
            throw new IllegalArgumentException("column " + column + "+" + colSpan + " outside " + widths.length);
        }
        cells.add(new Cell(text == null ? "" : text, row, column, Math.max(1, rowSpan), Math.max(1, colSpan), kind));
        rows = Math.max(rows, row + Math.max(1, rowSpan));
        return this;
    }

    /** Writes the table at the end of {@code doc}'s body. */
    XWPFTable writeTo(XWPFDocument doc) {
        Cell[][] origin = new Cell[rows][widths.length];
        Cell[][] cover = new Cell[rows][widths.length];
        for (Cell c : cells) {
            origin[c.row()][c.column()] = c;
            for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                for (int k = c.column(); k < c.column() + c.colSpan(); k++) {
                    cover[r][k] = c;
                }
            }
        }
        XWPFTable table = doc.createTable();
        CTTbl ct = table.getCTTbl();
        layout(table, ct);
        while (table.getNumberOfRows() > 0) {
            table.removeRow(0);
        }
        for (int r = 0; r < rows; r++) {
            // appended straight to the XML: inserting through XWPFTable costs time in the row count
            XWPFTableRow row = new XWPFTableRow(ct.addNewTr(), table);
            row.setCantSplitRow(true);
            if (r < headerRows) {
                row.setRepeatHeader(true);
            }
            int c = 0;
            while (c < widths.length) {
                Cell o = origin[r][c];
                Cell covering = cover[r][c];
                if (o != null) {
                    cell(row.createCell(), o, o.rowSpan() > 1 ? STMerge.RESTART : null, o.text());
                    c += o.colSpan();
                } else if (covering != null && covering.column() == c) {
                    cell(row.createCell(), covering, STMerge.CONTINUE, "");
                    c += covering.colSpan();
                } else {
                    cell(row.createCell(), new Cell("", r, c, 1, 1, r < headerRows ? Kind.HEADER : Kind.TEXT), null, "");
                    c++;
                }
            }
        }
        return table;
    }

    private void layout(XWPFTable table, CTTbl ct) {
        CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
        pr.addNewTblStyle().setVal("TableGrid");
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(total()));
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        table.setTableAlignment(TableRowAlign.CENTER);
        for (var side : List.<java.util.function.Consumer<XWPFTable.XWPFBorderType>>of(
                b -> table.setTopBorder(b, 4, 0, "000000"), b -> table.setBottomBorder(b, 4, 0, "000000"),
                b -> table.setLeftBorder(b, 4, 0, "000000"), b -> table.setRightBorder(b, 4, 0, "000000"),
                b -> table.setInsideHBorder(b, 4, 0, "000000"), b -> table.setInsideVBorder(b, 4, 0, "000000"))) {
            side.accept(XWPFTable.XWPFBorderType.SINGLE);
        }
        table.setCellMargins(20, 60, 20, 60);
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
    }

    private int total() {
        int t = 0;
        for (int w : widths) {
            t += w;
        }
        return t;
    }

    private void cell(XWPFTableCell cell, Cell c, STMerge.Enum merge, String text) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        int width = 0;
        for (int k = c.column(); k < c.column() + c.colSpan(); k++) {
            width += widths[k];
        }
        CTTblWidth tcW = pr.addNewTcW();
        tcW.setType(STTblWidth.DXA);
        tcW.setW(BigInteger.valueOf(width));
        if (c.colSpan() > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(c.colSpan()));
        }
        if (merge != null) {
            pr.addNewVMerge().setVal(merge);
        }
        if (c.kind() == Kind.HEADER || c.kind() == Kind.LABEL) {
            CTShd shd = pr.addNewShd();
            shd.setVal(STShd.CLEAR);
            shd.setColor("auto");
            shd.setFill(SHADE);
        }
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        p.setStyle(WordStyles.TABLE_TEXT);
        p.setAlignment(switch (c.kind()) {
            case HEADER, CENTRED -> ParagraphAlignment.CENTER;
            case AMOUNT, TOTAL_AMOUNT -> ParagraphAlignment.RIGHT;
            case LABEL -> ParagraphAlignment.CENTER;
            default -> ParagraphAlignment.LEFT;
        });
        if (!text.isEmpty()) {
            XWPFRun run = p.createRun();
            run.setText(text);
            if (c.kind() == Kind.HEADER || c.kind() == Kind.TOTAL_TEXT || c.kind() == Kind.TOTAL_AMOUNT
                    || c.kind() == Kind.LABEL) {
                run.setBold(true);
            }
        }
    }

    /**
     * Column widths in twips from each column's natural width in Latin characters (a CJK character
     * counts two): figures keep their width, text columns share what is left of {@code total},
     * never narrower than four Chinese characters unless nothing else fits.
     * Example: 表三 (7, 34, 8, 8, 8) gives roughly 1000, 4500, 1200, 1200, 1200 of 9070.
     */
    static int[] fit(int[] chars, boolean[] figures, int total) {
        int n = chars.length;
        int[] natural = new int[n];
        int sumNatural = 0;
        int sumFigures = 0;
        int sumText = 0;
        for (int i = 0; i < n; i++) {
            natural[i] = Math.max(3, chars[i]) * 95 + 160;
            sumNatural += natural[i];
            if (figures[i]) {
                sumFigures += natural[i];
            } else {
                sumText += natural[i];
            }
        }
        int[] out = new int[n];
        if (sumNatural <= total) {
            // figures first up to a comfortable width, then what is left over the text columns
            int spare = total - sumNatural;
            for (int i = 0; i < n && sumText > 0; i++) {
                if (figures[i] && natural[i] < COMFORTABLE_FIGURE) {
                    int add = Math.min(COMFORTABLE_FIGURE - natural[i], spare);
                    natural[i] += add;
                    spare -= add;
                }
            }
            int base = sumText > 0 ? sumText : sumNatural;
            for (int i = 0; i < n; i++) {
                boolean gets = sumText == 0 || !figures[i];
                out[i] = natural[i] + (gets ? (int) ((long) spare * natural[i] / base) : 0);
            }
        } else if (sumFigures + 900 * countText(figures) <= total) {
            int left = total - sumFigures;
            for (int i = 0; i < n; i++) {
                out[i] = figures[i] ? natural[i] : (int) ((long) left * natural[i] / sumText);
            }
            // lift narrow text columns to 900, taking from the widest
            for (int i = 0; i < n; i++) {
                if (!figures[i] && out[i] < 900) {
                    int need = 900 - out[i];
                    out[i] = 900;
                    out[widest(out, figures)] -= need;
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                out[i] = (int) ((long) total * natural[i] / sumNatural);
            }
        }
        int sum = 0;
        for (int w : out) {
            sum += w;
        }
        out[widest(out, figures)] += total - sum;
        return out;
    }

    private static int countText(boolean[] figures) {
        int k = 0;
        for (boolean f : figures) {
            if (!f) {
                k++;
            }
        }
        return k;
    }

    private static int widest(int[] widths, boolean[] figures) {
        int best = 0;
        for (int i = 1; i < widths.length; i++) {
            boolean better = (!figures[i] && figures[best]) || (figures[i] == figures[best] && widths[i] > widths[best]);
            if (better) {
                best = i;
            }
        }
        return best;
    }

    /** Width in Latin characters: East Asian wide and full-width characters count two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            w += ch >= 0x2E80 || (ch >= 0x2010 && ch <= 0x206F) ? 2 : 1;
        }
        return w;
    }
}
