package org.gongkai.core.read;

import java.util.List;

/**
 * A source laid out as lines of cells, the common ground of the text and PDF readers. A text
 * file keeps its blank lines (they mark paragraph and page breaks); a PDF's lines come page by
 * page, each page's lines from top to bottom.
 *
 * @param lines  the lines in reading order
 * @param pages  pages of a PDF, 0 for text
 * @param pdf    true when laid out from a PDF (cells carry x positions, not column indices)
 */
public record Layout(List<LayoutLine> lines, int pages, boolean pdf) {

    public Layout {
        lines = List.copyOf(lines);
    }

    public int size() {
        return lines.size();
    }

    public LayoutLine get(int i) {
        return lines.get(i);
    }
}
