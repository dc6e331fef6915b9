package org.gongkai.core.model;

/**
 * Where something was printed in the source: page (1-based, 0 when the source has no pages,
 * like extracted text), line (1-based, in the file for text, on the page for PDF) and column
 * (1-based cell index on that line, 0 for a whole line). In a workbook, {@code sheet} names the
 * sheet, the line is the row and the column the column, both 1-based.
 * Example: {@code SourcePosition.of(0, 182, 3)} is line 182, third cell, of a text file;
 * {@code SourcePosition.cell("收支预算", 12, 3)} is cell 收支预算!C12 of a workbook.
 *
 * @param page   1-based page, 0 when the source has no pages
 * @param line   1-based line (row in a workbook), 0 when unknown
 * @param column 1-based cell on the line, 0 for the whole line
 * @param sheet  the workbook sheet, null for text and PDF
 */
public record SourcePosition(int page, int line, int column, String sheet) {

    public static final SourcePosition UNKNOWN = new SourcePosition(0, 0, 0);

    public SourcePosition(int page, int line, int column) {
        this(page, line, column, null);
    }

    /** Cell {@code row}, {@code column} (both 1-based) of workbook sheet {@code sheet}. */
    public static SourcePosition cell(String sheet, int row, int column) {
        return new SourcePosition(0, row, column, sheet);
    }

    /** The cell's A1 reference without the sheet, "C12"; the row alone when no column is known. */
    public String cellReference() {
        return column > 0 ? columnLetters(column) + line : Integer.toString(line);
    }

    /** "A" for 1, "Z" for 26, "AA" for 27. */
    public static String columnLetters(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }

    public static SourcePosition of(int page, int line, int column) {
        return new SourcePosition(page, line, column);
    }

    public static SourcePosition line(int page, int line) {
        return new SourcePosition(page, line, 0);
    }

    public SourcePosition withColumn(int c) {
        return new SourcePosition(page, line, c, sheet);
    }

    /** True when something is known: a line, or at least the workbook sheet. */
    public boolean isKnown() {
        return line > 0 || sheet != null;
    }

    /**
     * "第3页第12行第2列", the Chinese form used in messages, parts that are unknown left out; in a
     * workbook "收支预算!C12", "收支预算第12行" or "工作表“收支预算”".
     */
    public String describe() {
        if (sheet != null) {
            return line > 0 && column > 0 ? sheet + "!" + cellReference() : line > 0 ? sheet + "第" + line + "行"
                    : "工作表“" + sheet + "”";
        }
        StringBuilder b = new StringBuilder();
        if (page > 0) {
            b.append('第').append(page).append('页');
        }
        if (line > 0) {
            b.append('第').append(line).append('行');
        }
        if (column > 0) {
            b.append('第').append(column).append('列');
        }
        return b.length() == 0 ? "位置未知" : b.toString();
    }

    @Override
    public String toString() {
        if (sheet != null) {
            return line > 0 ? sheet + "!" + cellReference() : sheet;
        }
        return (page > 0 ? "p" + page + ":" : "") + line + (column > 0 ? ":" + column : "");
    }
}
