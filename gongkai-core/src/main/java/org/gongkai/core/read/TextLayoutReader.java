package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out extracted text as lines of cells: a line is split at tabs, CR LF and CR end lines,
 * cells are trimmed (ASCII and full-width spaces, no-break spaces). Blank lines are kept: they
 * mark paragraph and page breaks.
 */
final class TextLayoutReader {

    private TextLayoutReader() {
    }

    static Layout read(String text) {
        List<LayoutLine> lines = new ArrayList<>(text.length() / 40);
        int n = text.length();
        int start = 0;
        int number = 1;
        if (n > 0 && text.charAt(0) == '\uFEFF') {
            start = 1;
        }
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            if (end == n && start == n) {
                break;
            }
            lines.add(line(text, start, end, number++));
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        return new Layout(lines, 0, false);
    }

    private static LayoutLine line(String text, int start, int end, int number) {
        List<LayoutCell> cells = new ArrayList<>(4);
        int col = 0;
        int s = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '\t') {
                cells.add(new LayoutCell(trim(text, s, i), col, col + 1));
                col++;
                s = i + 1;
            }
        }
        if (cells.size() == 1 && cells.get(0).text().isEmpty()) {
            cells = List.of();
        }
        return new LayoutLine(0, number, cells, 0f);
    }

    static String trim(String s, int from, int to) {
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0' || c == '\t' || c == '\f' || c == '\u200B' || c == '\uFEFF';
    }
}
