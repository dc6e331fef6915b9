package org.gongkai.core.read;

/**
 * Normal forms for comparing printed labels: no spaces, full-width brackets, curly quotes, no
 * numbering prefix. Example: {@code Labels.key("八、 社会保障和就业支出")} is "社会保障和就业支出";
 * {@code Labels.key("因公出国(境)费")} is "因公出国（境）费".
 */
public final class Labels {

    private static final String BODY_ENDINGS = "院厅局室会部委办处所站心校馆队社团司署府组县市区";

    /**
     * True for a last character of the names of public bodies (法院, 办公厅, 财政局, 服务中心, 街道办,
     * 柳林县…): a name read from a title or a wrapped cell must end as one does.
     */
    static boolean endsABodysName(char c) {
        return BODY_ENDINGS.indexOf(c) >= 0;
    }

    private Labels() {
    }

    /** The label without numbering, spaces, with brackets and quotes unified. */
    static String key(String printed) {
        return compact(Numbering.strip(printed.strip()));
    }

    /**
     * Spaces removed, brackets and quotes unified; numbering kept: the key a project or unit row is
     * read under. The characters are compacted in place in one array: a StringBuilder starts with
     * a byte a character and is copied out to two at the first Chinese character.
     */
    public static String compact(String s) {
        if (!needsCompacting(s)) {
            return s;
        }
        int length = s.length();
        char[] b = new char[length];
        s.getChars(0, length, b, 0);
        int n = 0; // characters kept so far; never past the one being read
        for (int i = 0; i < length; i++) {
            char c = b[i];
            switch (c) {
                case ' ', '\u3000', '\u00A0', '\t' -> {
                }
                case '(' -> b[n++] = '（';
                case ')' -> b[n++] = '）';
                case '"' -> {
                    char quote = openQuote(b, n) ? '“' : '”'; // asked before n moves on
                    b[n++] = quote;
                }
                case '〔', '[' -> b[n++] = '【';
                case '〕', ']' -> b[n++] = '】';
                default -> b[n++] = c;
            }
        }
        return new String(b, 0, n);
    }

    /** {@link #lastCompacted} when {@link #compact} gives an empty string. */
    static final int NONE = -1;
    /** {@link #lastCompacted} when the last character is a straight quote: which curly one it becomes depends on the quotes before it. */
    static final int QUOTE = -2;

    /**
     * The last character of {@code compact(s)}, read from the end of {@code s} without making the
     * compact string: {@link #NONE} when it is empty, {@link #QUOTE} when only {@link #compact} can
     * tell. A long line of running text is then passed over without being compacted whole.
     */
    static int lastCompacted(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            switch (c) {
                case ' ', '\u3000', '\u00A0', '\t' -> {
                }
                case '(' -> {
                    return '（';
                }
                case ')' -> {
                    return '）';
                }
                case '"' -> {
                    return QUOTE;
                }
                case '〔', '[' -> {
                    return '【';
                }
                case '〕', ']' -> {
                    return '】';
                }
                default -> {
                    return c;
                }
            }
        }
        return NONE;
    }

    /** Whether {@code compact(s)} ends with {@code end} (no straight quote, no character compacting changes, in {@code end}). */
    static boolean compactEndsWith(String s, String end) {
        int i = s.length();
        for (int k = end.length() - 1; k >= 0; k--) {
            do {
                i--;
            } while (i >= 0 && isDropped(s.charAt(i)));
            if (i < 0 || s.charAt(i) != end.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The spaces {@link #compact} drops. */
    private static boolean isDropped(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0' || c == '\t';
    }

    /** Whether {@link #compact} changes {@code s}: one cheap test per character, no string made. */
    private static boolean needsCompacting(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (compacts(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The characters below 64 that {@link #compact} removes or replaces: tab, space, '"', '(' and ')'. */
    private static final long COMPACTED_LOW = 1L << '\t' | 1L << ' ' | 1L << '"' | 1L << '(' | 1L << ')';
    /** Those from 64 to 127: '[' and ']'. */
    private static final long COMPACTED_HIGH = 1L << ('[' - 64) | 1L << (']' - 64);

    /**
     * Whether {@link #compact} removes or replaces {@code c}. A bit mask answers for ASCII; a
     * Chinese character (above '〕') is passed over with two comparisons more, where a switch
     * over the eleven characters took a search through them for every character.
     */
    static boolean compacts(char c) {
        if (c < 64) {
            return (COMPACTED_LOW >>> c & 1) != 0;
        }
        if (c < 128) {
            return (COMPACTED_HIGH >>> (c - 64) & 1) != 0;
        }
        if (c >= '\u3000') {
            return c <= '〕' && (c == '\u3000' || c >= '〔');
        }
        return c == '\u00A0';
    }

    /**
     * {@code s.isBlank()}, answered at the first character for nearly every cell: no character
     * from '!' to U+167F, from U+2060 to U+2FFF (≥, ≤, —, “) or above U+3000 is white space, so a
     * cell starting with one is not blank.
     */
    static boolean isBlank(String s) {
        if (s.isEmpty()) {
            return true;
        }
        char c = s.charAt(0);
        if (c > ' ' && c < '\u1680' || c > '\u205F' && c != '\u3000') {
            return false;
        }
        return s.isBlank();
    }

    /** Whether a straight quote after the first {@code n} characters of {@code b} opens a quotation. */
    private static boolean openQuote(char[] b, int n) {
        int open = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == '“') {
                open++;
            } else if (b[i] == '”') {
                open--;
            }
        }
        return open <= 0;
    }
}
