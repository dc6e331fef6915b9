package org.gongkai.core.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Lays out extracted text as lines of cells: a line is split at tabs, CR LF and CR end lines,
 * cells are trimmed (ASCII and full-width spaces, no-break spaces). Blank lines are kept: they
 * mark paragraph and page breaks. UTF-8 bytes are decoded and laid out in the same pass
 * ({@link #readUtf8}); text in other encodings is laid out from its decoded characters.
 */
final class TextLayoutReader {

    /** Four bytes of a byte array read as one int, the first in the lowest bits. */
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

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
        Lines lines = new Lines(breaks);
        int[] tabs = new int[16];
        int start = n > 0 && c[0] == '\uFEFF' ? 1 : 0;
        int number = 1;
        while (start < n) {
            int end = start;
            int tabCount = 0;
            while (end < n && c[end] != '\n' && c[end] != '\r') {
                if (c[end] == '\t') {
                    if (tabCount == tabs.length) {
                        tabs = Arrays.copyOf(tabs, tabCount * 2);
                    }
                    tabs[tabCount++] = end;
                }
                end++;
            }
            lines.add(line(c, start, end, tabs, tabCount, number++)); // a lone CR ends a line too
            if (end < n && c[end] == '\r' && end + 1 < n && c[end + 1] == '\n') {
                end++;
            }
            start = end + 1;
        }
        return lines.layout();
    }

    /**
     * Decodes UTF-8 and lays it out in one pass over the bytes, checking the UTF-8 as it goes (no
     * overlong forms, no surrogates, nothing past U+10FFFF). Tabs and line ends are ASCII bytes,
     * which never occur inside a multi-byte character, so a line's characters are decoded into a
     * scratch buffer and its cells cut from there: the whole text is never held as one string.
     * Lays out the same lines as {@link #read(char[], int)} on the decoded characters.
     *
     * @throws NotUtf8 when a byte sequence is not UTF-8 (the caller then tries another encoding)
     */
    static Layout readUtf8(byte[] b, int from, int to) throws NotUtf8 {
        Lines lines = new Lines(Math.max(16, (to - from) / 40));
        // the current line's characters: a line is short, so the buffer starts small (a whole
        // file's worth, zeroed, would be a quarter of a read's memory) and doubles when full
        char[] line = new char[Math.max(16, Math.min(to - from, 4096))];
        int[] tabs = new int[16];
        int n = 0; // characters of the current line so far
        int tabCount = 0;
        int number = 1;
        boolean open = false; // bytes seen since the last line end
        int i = from;
        while (i < to) {
            if (n + 2 > line.length) { // room for the two characters of the longest step below
                line = Arrays.copyOf(line, line.length * 2);
            }
            int c = b[i];
            if (c >= 0x20) { // printable ASCII: digits, points, Latin letters
                line[n++] = (char) c;
                i++;
                open = true;
                continue;
            }
            if (c >= 0) {
                i++;
                if (c == '\n' || c == '\r') {
                    lines.add(line(line, 0, n, tabs, tabCount, number++));
                    n = 0;
                    tabCount = 0;
                    open = false;
                    if (c == '\r' && i < to && b[i] == '\n') {
                        i++;
                    }
                    continue;
                }
                open = true;
                if (c == '\t') {
                    if (tabCount == tabs.length) {
                        tabs = Arrays.copyOf(tabs, tabCount * 2);
                    }
                    tabs[tabCount++] = n;
                }
                line[n++] = (char) c;
                continue;
            }
            open = true;
            c &= 0xFF;
            if (c >= 0xE0 && c <= 0xEF) {
                // a run of three-byte characters (Chinese text), decoded without going round the outer
                // loop: each read as one int, its lead 1110xxxx and continuations 10xxxxxx told by one mask
                while (i + 3 < to) {
                    int w = (int) INT.get(b, i);
                    if ((w & 0xC0C0F0) != 0x8080E0) {
                        break; // the run ends, or a lead is not followed as it must be (told below)
                    }
                    int cp = ((w & 0x0F) << 12) | ((w & 0x3F00) >> 2) | ((w >> 16) & 0x3F);
                    if (cp < 0x800 || (cp & 0xF800) == 0xD800) {
                        throw NotUtf8.INSTANCE; // overlong, or a surrogate
                    }
                    if (n == line.length) {
                        line = Arrays.copyOf(line, line.length * 2);
                    }
                    line[n++] = (char) cp;
                    i += 3;
                }
                if (i < to && (b[i] & 0xF0) == 0xE0) {
                    // a lead in the last three bytes, or one the mask refused: byte by byte
                    if (i + 2 >= to) {
                        throw NotUtf8.INSTANCE;
                    }
                    int c1 = b[i + 1];
                    int c2 = b[i + 2];
                    int cp = ((b[i] & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (c2 & 0x3F);
                    if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80 || cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) {
                        throw NotUtf8.INSTANCE;
                    }
                    if (n == line.length) {
                        line = Arrays.copyOf(line, line.length * 2);
                    }
                    line[n++] = (char) cp;
                    i += 3;
                }
            } else if (c >= 0xC2 && c <= 0xDF && i + 1 < to) {
                int c1 = b[i + 1];
                if ((c1 & 0xC0) != 0x80) {
                    throw NotUtf8.INSTANCE;
                }
                line[n++] = (char) (((c & 0x1F) << 6) | (c1 & 0x3F));
                i += 2;
            } else if (c >= 0xF0 && c <= 0xF4 && i + 3 < to) {
                int c1 = b[i + 1];
                int c2 = b[i + 2];
                int c3 = b[i + 3];
                int cp = ((c & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F);
                if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80 || cp < 0x10000 || cp > 0x10FFFF) {
                    throw NotUtf8.INSTANCE;
                }
                line[n++] = Character.highSurrogate(cp);
                line[n++] = Character.lowSurrogate(cp);
                i += 4;
            } else {
                throw NotUtf8.INSTANCE;
            }
        }
        if (open) {
            lines.add(line(line, 0, n, tabs, tabCount, number));
        }
        return lines.layout();
    }

    /** The lines laid out so far and their kinds, in arrays that grow when full and are handed to the layout. */
    private static final class Lines {
        private LayoutLine[] lines;
        private byte[] kinds;
        private int size;

        Lines(int capacity) {
            lines = new LayoutLine[capacity];
            kinds = new byte[capacity];
        }

        void add(LayoutLine l) {
            if (size == lines.length) {
                lines = Arrays.copyOf(lines, size * 2);
                kinds = Arrays.copyOf(kinds, size * 2);
            }
            kinds[size] = Layout.kind(l);
            lines[size++] = l;
        }

        Layout layout() {
            return new Layout(lines, kinds, size);
        }
    }

    /** The bytes are not UTF-8; thrown without a stack trace, and never reaches a user. */
    static final class NotUtf8 extends Exception {
        private static final long serialVersionUID = 1L;
        static final NotUtf8 INSTANCE = new NotUtf8();

        private NotUtf8() {
            super("not UTF-8", null, false, false);
        }
    }

    /** One line from {@code c[start, end)}, whose tabs are at the {@code tabCount} indices in {@code tabs}. */
    private static LayoutLine line(char[] c, int start, int end, int[] tabs, int tabCount, int number) {
        if (tabCount == 0) {
            String t = trim(c, start, end);
            return new LayoutLine(number, t.isEmpty() ? NO_CELLS : new String[] {t});
        }
        String[] cells = new String[tabCount + 1];
        int s = start;
        for (int k = 0; k < tabCount; k++) {
            cells[k] = trim(c, s, tabs[k]);
            s = tabs[k] + 1;
        }
        cells[tabCount] = trim(c, s, end);
        return new LayoutLine(number, cells);
    }

    private static final String[] NO_CELLS = {};

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
