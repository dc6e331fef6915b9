package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out extracted text as lines of cells: a line is split at tabs, CR LF and CR end lines,
 * cells are trimmed (ASCII and full-width spaces, no-break spaces). Blank lines are kept: they
 * mark paragraph and page breaks. Works on the text's characters in one pass.
 */
final class TextLayoutReader {

    private TextLayoutReader() {
    }

    static Layout read(String text) {
        return read(text.toCharArray(), text.length());
    }

    /** Lays out the first {@code n} characters of {@code c}. */
    static Layout read(char[] c, int n) {
        int breaks = 1;
        for (int i = 0; i < n; i++) {
            if (c[i] == '\n') {
                breaks++;
            }
        }
        List<LayoutLine> lines = new ArrayList<>(breaks);
        int start = n > 0 && c[0] == '\uFEFF' ? 1 : 0;
        int number = 1;
        while (start < n) {
            int end = start;
            int tabs = 0;
            while (end < n && c[end] != '\n' && c[end] != '\r') {
                if (c[end] == '\t') {
                    tabs++;
                }
                end++;
            }
            lines.add(line(c, start, end, tabs, number++));
            if (end < n && c[end] == '\r' && end + 1 < n && c[end + 1] == '\n') {
                end++;
            }
            start = end + 1;
        }
        return new Layout(lines, 0, false);
    }

    private static final String[] NO_CELLS = {};

    private static LayoutLine line(char[] c, int start, int end, int tabs, int number) {
        if (tabs == 0) {
            String t = trim(c, start, end);
            return new LayoutLine(number, t.isEmpty() ? NO_CELLS : new String[] {t});
        }
        String[] cells = new String[tabs + 1];
        int col = 0;
        int s = start;
        for (int i = start; i <= end; i++) {
            if (i == end || c[i] == '\t') {
                cells[col++] = trim(c, s, i);
                s = i + 1;
            }
        }
        return new LayoutLine(number, cells);
    }

    private static String trim(char[] c, int from, int to) {
        while (from < to && isSpace(c[from])) {
            from++;
        }
        while (to > from && isSpace(c[to - 1])) {
            to--;
        }
        return from == to ? "" : new String(c, from, to - from);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0' || c == '\t' || c == '\f' || c == '\u200B' || c == '\uFEFF';
    }
}
