package org.gongkai.core.read;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A source laid out as lines of cells, the common ground of the text and PDF readers. A text
 * file keeps its blank lines (they mark paragraph and page breaks); a PDF's lines come page by
 * page, each page's lines from top to bottom.
 *
 * <p>Whether each line is blank or tabular is also kept in one small array: most passes over a
 * document look only at its few lines of running text and headings (181 of the reference
 * document's 2,869 lines), and can pass over the others without touching them.
 */
public final class Layout {

    private static final byte BLANK = 1;
    private static final byte TABULAR = 2;

    private final LayoutLine[] lines;
    private final int size;
    private final int pages;
    private final boolean pdf;
    private final byte[] kinds;

    /**
     * @param lines the lines in reading order
     * @param pages pages of a PDF, 0 for text
     * @param pdf   true when laid out from a PDF (cells carry x positions, not column indices)
     */
    public Layout(List<LayoutLine> lines, int pages, boolean pdf) {
        this.lines = lines.toArray(new LayoutLine[0]);
        this.size = this.lines.length;
        this.pages = pages;
        this.pdf = pdf;
        this.kinds = new byte[size];
        for (int i = 0; i < size; i++) {
            kinds[i] = kind(this.lines[i]);
        }
    }

    /**
     * A text file's first {@code size} lines and their kinds, worked out as they were made
     * ({@link #kind}); both arrays handed over, not copied.
     */
    Layout(LayoutLine[] lines, byte[] kinds, int size) {
        this.lines = lines;
        this.size = size;
        this.pages = 0;
        this.pdf = false;
        this.kinds = kinds;
    }

    static byte kind(LayoutLine l) {
        return (byte) ((l.isBlank() ? BLANK : 0) | (l.isTabular() ? TABULAR : 0));
    }

    /** The lines in reading order. */
    public List<LayoutLine> lines() {
        return Collections.unmodifiableList(Arrays.asList(lines).subList(0, size));
    }

    /** Pages of a PDF, 0 for text. */
    public int pages() {
        return pages;
    }

    /** True when laid out from a PDF (cells carry x positions, not column indices). */
    public boolean pdf() {
        return pdf;
    }

    public int size() {
        return size;
    }

    public LayoutLine get(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException("line " + i + " of " + size);
        }
        return lines[i];
    }

    /** {@code get(i).isBlank()}, without touching the line. */
    public boolean isBlank(int i) {
        return (kinds[i] & BLANK) != 0;
    }

    /** {@code get(i).isTabular()}, without touching the line. */
    public boolean isTabular(int i) {
        return (kinds[i] & TABULAR) != 0;
    }
}
