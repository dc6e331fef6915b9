package org.gongkai.core.read;

import java.util.List;

import org.gongkai.core.model.SourcePosition;

/**
 * One line of a source, its cells in order. For a text file every tab starts a new cell and the
 * cell's index is its column; for a PDF the cells are placed by their x positions and the line
 * is tabular when it was split into more than one cell. The line's joined text and its compact
 * form (for matching labels) are worked out once, when the line is made: readers ask for them
 * many times, and worked out when first asked for.
 * Example: line 182 of the seed: [2080101, 行政运行, 134.97, 133.70, 1.27].
 */
public final class LayoutLine {

    private final int page;
    private final int number;
    private final List<LayoutCell> cells;
    private final float y;
    private final boolean blank;
    private final int size;
    private String text;
    private String compact;

    /**
     * @param page   1-based page, 0 for text files
     * @param number 1-based line number: in the file for text, on the page for PDF
     * @param cells  the cells, trimmed; a line with no text has none
     * @param y      the baseline's distance from the top of the page in points (PDF), or 0
     */
    public LayoutLine(int page, int number, List<LayoutCell> cells, float y) {
        this(page, number, List.copyOf(cells), y, true);
    }

    /** For readers that hand over a list nobody else holds: no copy is made. */
    LayoutLine(int page, int number, List<LayoutCell> cells, float y, boolean owned) {
        this.page = page;
        this.number = number;
        this.cells = owned ? cells : List.copyOf(cells);
        this.y = y;
        this.size = cells.size();
        boolean b = true;
        for (int i = 0; i < cells.size() && b; i++) {
            b = cells.get(i).text().isEmpty();
        }
        this.blank = b;
    }

    private static String join(List<LayoutCell> cells) {
        if (cells.size() == 1) {
            return cells.get(0).text();
        }
        StringBuilder b = new StringBuilder();
        for (LayoutCell c : cells) {
            if (!c.text().isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(c.text());
            }
        }
        return b.toString();
    }

    public int page() {
        return page;
    }

    public int number() {
        return number;
    }

    public List<LayoutCell> cells() {
        return cells;
    }

    public float y() {
        return y;
    }

    public boolean isBlank() {
        return blank;
    }

    /** More than one cell: a table row (text files: the line has a tab). */
    public boolean isTabular() {
        return size > 1;
    }

    /** The cells' text joined by single spaces; a single-cell line's text. */
    public String text() {
        String t = text;
        if (t == null) {
            t = join(cells);
            text = t; // worked out once; a race only works it out twice
        }
        return t;
    }

    /** {@link #text()} without spaces, brackets and quotes unified ({@link Labels#compact}). */
    String compact() {
        String c = compact;
        if (c == null) {
            c = Labels.compact(text());
            compact = c;
        }
        return c;
    }

    /** The text of cell {@code i}, "" when there is none. */
    public String cell(int i) {
        return i >= 0 && i < size ? cells.get(i).text() : "";
    }

    public SourcePosition position() {
        return SourcePosition.line(page, number);
    }

    public SourcePosition position(int column) {
        return SourcePosition.of(page, number, column + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayoutLine l && l.page == page && l.number == number && Float.compare(l.y, y) == 0
                && l.cells.equals(cells);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(page, number, cells, y);
    }

    @Override
    public String toString() {
        return position() + " " + text();
    }
}
