package org.gongkai.core.model;

import java.util.Objects;

/**
 * One cell as published: its text (trimmed, a wrapped cell's lines joined) and its position.
 * Example: "134.97" at line 182, column 3.
 *
 * <p>The position is kept as its numbers and made when asked for: a disclosure holds some eight
 * thousand cells, and a position object for each was a tenth of what reading one allocated.
 */
public final class TableCell {

    private final String text;
    private final int page;
    private final int line;
    private final int column;
    private final String sheet;

    public TableCell(String text, SourcePosition position) {
        this(text, position.page(), position.line(), position.column(), position.sheet());
    }

    private TableCell(String text, int page, int line, int column, String sheet) {
        this.text = text;
        this.page = page;
        this.line = line;
        this.column = column;
        this.sheet = sheet;
    }

    /** The cell {@code text} at {@code page}, {@code line}, {@code column}, numbered as {@link SourcePosition#of} does. */
    public static TableCell at(String text, int page, int line, int column) {
        return new TableCell(text, page, line, column, null);
    }

    public String text() {
        return text;
    }

    public SourcePosition position() {
        return new SourcePosition(page, line, column, sheet);
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableCell c && page == c.page && line == c.line && column == c.column
                && Objects.equals(text, c.text) && Objects.equals(sheet, c.sheet);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, page, line, column, sheet);
    }

    @Override
    public String toString() {
        return "TableCell[text=" + text + ", position=" + position() + "]";
    }
}
