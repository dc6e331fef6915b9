package org.gongkai.core.read;

import java.util.List;

import org.gongkai.core.model.SourcePosition;

/**
 * One line of a source, its cells in order. For a text file every tab starts a new cell and the
 * cell's index is its column; for a PDF the cells are placed by their x positions and
 * {@code tabular} says whether the line was split into more than one cell.
 * Example: line 182 of the seed: [2080101, 行政运行, 134.97, 133.70, 1.27].
 *
 * @param page   1-based page, 0 for text files
 * @param number 1-based line number: in the file for text, on the page for PDF
 * @param cells  the cells; a line with no text has none
 * @param y      the baseline's distance from the top of the page in points (PDF), or 0
 */
public record LayoutLine(int page, int number, List<LayoutCell> cells, float y) {

    public LayoutLine {
        cells = List.copyOf(cells);
    }

    public boolean isBlank() {
        for (LayoutCell c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** More than one cell: a table row (text files: the line has a tab). */
    public boolean isTabular() {
        return cells.size() > 1;
    }

    /** The cells' text joined; a single-cell line's text. */
    public String text() {
        if (cells.size() == 1) {
            return cells.get(0).text();
        }
        StringBuilder b = new StringBuilder();
        for (LayoutCell c : cells) {
            if (!c.isBlank()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(c.text());
            }
        }
        return b.toString();
    }

    /** The text of cell {@code i}, "" when there is none. */
    public String cell(int i) {
        return i >= 0 && i < cells.size() ? cells.get(i).text() : "";
    }

    public SourcePosition position() {
        return SourcePosition.line(page, number);
    }

    public SourcePosition position(int column) {
        return SourcePosition.of(page, number, column + 1);
    }
}
