package org.gongkai.core.read;

import java.util.List;

import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.model.TableCell;

/**
 * One line of a source, its cells in order. For a text file every tab starts a new cell and the
 * cell's index is its column; for a PDF the cells are placed by their x positions, the line
 * keeps the x positions of the table rules running through it (so a blank ruled cell is still
 * seen), and it is tabular when it was split into more than one cell. The line's joined text and its compact
 * form (for matching labels) are worked out once, when the line is made: readers ask for them
 * many times, and worked out when first asked for.
 * Example: line 182 of the seed: [2080101, 行政运行, 134.97, 133.70, 1.27].
 */
public final class LayoutLine {

    private static final float[] NO_RULES = new float[0];

    private final int page;
    private final int number;
    private final String[] texts;
    private final float y;
    private final float[] rules;
    private final boolean blank;
    private List<LayoutCell> cells;
    private String text;
    private String compact;

    /**
     * A line with no table rules through it.
     *
     * @param page   1-based page, 0 for text files
     * @param number 1-based line number: in the file for text, on the page for PDF
     * @param cells  the cells, trimmed; a line with no text has none
     * @param y      the baseline's distance from the top of the page in points (PDF), or 0
     */
    public LayoutLine(int page, int number, List<LayoutCell> cells, float y) {
        this(page, number, cells, y, NO_RULES);
    }

    /**
     * @param page   1-based page, 0 for text files
     * @param number 1-based line number: in the file for text, on the page for PDF
     * @param cells  the cells, trimmed; a line with no text has none
     * @param y      the baseline's distance from the top of the page in points (PDF), or 0
     * @param rules  the x positions, ascending, of the vertical table rules running through the
     *               line (PDF), handed over and not copied; empty when there are none
     */
    LayoutLine(int page, int number, List<LayoutCell> cells, float y, float[] rules) {
        this.page = page;
        this.number = number;
        this.y = y;
        this.rules = rules;
        int n = cells.size();
        this.texts = new String[n];
        for (int i = 0; i < n; i++) {
            texts[i] = cells.get(i).text();
        }
        this.cells = List.copyOf(cells);
        this.blank = allEmpty(texts);
    }

    /**
     * A line of a text file from its cells' texts, handed over and not copied: a cell's x
     * positions are its column index and index + 1.
     */
    LayoutLine(int number, String[] texts) {
        this.page = 0;
        this.number = number;
        this.y = 0f;
        this.rules = NO_RULES;
        this.texts = texts;
        this.blank = allEmpty(texts);
    }

    private static boolean allEmpty(String[] texts) {
        for (String t : texts) {
            if (!t.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String join(String[] texts) {
        if (texts.length == 1) {
            return texts[0];
        }
        StringBuilder b = new StringBuilder();
        for (String t : texts) {
            if (!t.isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(t);
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

    /** The cells with their positions (made when first asked for, for a text file's line). */
    public List<LayoutCell> cells() {
        List<LayoutCell> c = cells;
        if (c == null) {
            LayoutCell[] out = new LayoutCell[texts.length];
            for (int i = 0; i < texts.length; i++) {
                out[i] = new LayoutCell(texts[i], i, i + 1); // only a text file's line has no cells yet
            }
            c = List.of(out);
            cells = c;
        }
        return c;
    }

    public float y() {
        return y;
    }

    /**
     * The x positions, ascending, of the vertical table rules (cell borders) running through the
     * line; empty for a text file or an unruled line. Not part of the line's equality.
     * Example: page 9 of 江苏省政协办公厅2018度部门预算公开表.pdf, the 三公 row: ten rules, one
     * either side of each of its nine cells, the blank 公务用车购置费 cell included.
     */
    float[] rules() {
        return rules.clone();
    }

    public boolean isBlank() {
        return blank;
    }

    /** How many cells the line has. */
    public int size() {
        return texts.length;
    }

    /** More than one cell: a table row (text files: the line has a tab). */
    public boolean isTabular() {
        return texts.length > 1;
    }

    /** The cells' text joined by single spaces; a single-cell line's text. */
    public String text() {
        String t = text;
        if (t == null) {
            t = texts.length == 0 ? "" : join(texts);
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
        return i >= 0 && i < texts.length ? texts[i] : "";
    }

    /** The right edge of the last cell (PDF points; for text, the cell count). */
    float right() {
        return texts.length == 0 ? 0f : cells == null ? texts.length : cells.get(texts.length - 1).x1();
    }

    public SourcePosition position() {
        return SourcePosition.line(page, number);
    }

    public SourcePosition position(int column) {
        return SourcePosition.of(page, number, column + 1);
    }

    /** A table cell of {@code text} where cell {@code column} (0-based) of this line stands. */
    TableCell cellAt(int column, String text) {
        return TableCell.at(text, page, number, column + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayoutLine l && l.page == page && l.number == number && Float.compare(l.y, y) == 0
                && l.cells().equals(cells());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(page, number, cells(), y);
    }

    @Override
    public String toString() {
        return position() + " " + text();
    }
}
