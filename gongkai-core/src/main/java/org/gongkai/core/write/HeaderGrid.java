package org.gongkai.core.write;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.model.TableRow;

/**
 * A table's heading rows as the printed table merges them: each heading with the rows and columns
 * it spans. A text file or a PDF gives the headings as rows of cells in which a merged heading
 * leaves blanks; this puts the merges back, for every writer that draws a table.
 *
 * <p>A blank cell belongs to the heading above it when that heading covers its column alone
 * (表二's 上年结转 runs down two rows); otherwise to the heading on its left in the same row, when a
 * lower row has a heading in its column (表三's 2024年预算数 runs over 合计, 基本支出, 项目支出); a
 * blank cell with neither stays an empty cell.
 * Example: 表三's [项目][] / [科目编码][科目名称][合计][基本支出][项目支出] gives 项目 (1 row, 2 columns)
 * and 2024年预算数 (1 row, 3 columns) over five single cells.
 */
public final class HeaderGrid {

    /**
     * One heading.
     *
     * @param text    as printed, "" for a cell nothing covers
     * @param row     its first row, 0-based
     * @param column  its first column, 0-based
     * @param rowSpan how many rows it covers, at least 1
     * @param colSpan how many columns it covers, at least 1
     */
    public record HeaderCell(String text, int row, int column, int rowSpan, int colSpan) {
    }

    private final List<HeaderCell> cells;
    private final int rows;
    private final int columns;

    private HeaderGrid(List<HeaderCell> cells, int rows, int columns) {
        this.cells = List.copyOf(cells);
        this.rows = rows;
        this.columns = columns;
    }

    /**
     * The grid of {@code headerRows}, at least {@code columns} wide (the body's width, so that a
     * heading row printed shorter than the body still covers it).
     */
    public static HeaderGrid of(List<TableRow> headerRows, int columns) {
        int rows = headerRows.size();
        int width = columns;
        for (TableRow r : headerRows) {
            width = Math.max(width, r.cells().size());
        }
        String[][] text = new String[rows][width];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < width; c++) {
                text[r][c] = headerRows.get(r).text(c).strip();
            }
        }
        int[][] owner = new int[rows][width];
        List<int[]> spans = new ArrayList<>(); // {row, column, rowSpan, colSpan}
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < width; c++) {
                if (!text[r][c].isEmpty()) {
                    owner[r][c] = start(spans, r, c);
                    continue;
                }
                int above = r > 0 ? owner[r - 1][c] : -1;
                int left = c > 0 ? owner[r][c - 1] : -1;
                if (above >= 0 && spans.get(above)[1] == c && spans.get(above)[3] == 1 && !text[spans.get(above)[0]][c].isEmpty()) {
                    spans.get(above)[2]++;
                    owner[r][c] = above;
                } else if (left >= 0 && spans.get(left)[0] == r && !text[r][spans.get(left)[1]].isEmpty() && headingBelow(text, r, c)) {
                    spans.get(left)[3]++;
                    owner[r][c] = left;
                } else {
                    owner[r][c] = start(spans, r, c);
                }
            }
        }
        List<HeaderCell> cells = new ArrayList<>(spans.size());
        for (int[] s : spans) {
            cells.add(new HeaderCell(text[s[0]][s[1]], s[0], s[1], s[2], s[3]));
        }
        return new HeaderGrid(cells, rows, width);
    }

    private static int start(List<int[]> spans, int r, int c) {
        spans.add(new int[] {r, c, 1, 1});
        return spans.size() - 1;
    }

    private static boolean headingBelow(String[][] text, int r, int c) {
        for (int below = r + 1; below < text.length; below++) {
            if (!text[below][c].isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Every heading, row by row and left to right within a row. */
    public List<HeaderCell> cells() {
        return cells;
    }

    /** The headings that start in row {@code r}, left to right. */
    public List<HeaderCell> startingIn(int r) {
        List<HeaderCell> out = new ArrayList<>();
        for (HeaderCell c : cells) {
            if (c.row() == r) {
                out.add(c);
            }
        }
        return out;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }
}
