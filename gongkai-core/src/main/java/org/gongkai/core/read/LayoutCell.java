package org.gongkai.core.read;

/**
 * A run of text on a line, as the source lays it out: a tab-separated cell of a text file, or a
 * group of glyphs of a PDF line with no wide gap inside. {@code x0}/{@code x1} are the left and
 * right edges in PDF points; for text files they are the cell index and index + 1.
 * Example: "134.97" from x0 = 402.1 to x1 = 431.6 on a PDF page.
 */
public record LayoutCell(String text, float x0, float x1) {

    public boolean isBlank() {
        return text.isEmpty() || text.isBlank();
    }

    public float center() {
        return (x0 + x1) / 2f;
    }
}
