package org.gongkai.core.model;

/**
 * Where something was printed in the source: page (1-based, 0 when the source has no pages,
 * like extracted text), line (1-based, in the file for text, on the page for PDF) and column
 * (1-based cell index on that line, 0 for a whole line).
 * Example: {@code SourcePosition.of(0, 182, 3)} is line 182, third cell, of a text file.
 */
public record SourcePosition(int page, int line, int column) {

    public static final SourcePosition UNKNOWN = new SourcePosition(0, 0, 0);

    public static SourcePosition of(int page, int line, int column) {
        return new SourcePosition(page, line, column);
    }

    public static SourcePosition line(int page, int line) {
        return new SourcePosition(page, line, 0);
    }

    public SourcePosition withColumn(int c) {
        return new SourcePosition(page, line, c);
    }

    public boolean isKnown() {
        return line > 0;
    }

    /** "第3页第12行第2列", the Chinese form used in messages; parts that are unknown are left out. */
    public String describe() {
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
        return (page > 0 ? "p" + page + ":" : "") + line + (column > 0 ? ":" + column : "");
    }
}
