package org.gongkai.core.read;

/**
 * Normal forms for comparing printed labels: no spaces, full-width brackets, curly quotes, no
 * numbering prefix. Example: {@code Labels.key("八、 社会保障和就业支出")} is "社会保障和就业支出";
 * {@code Labels.key("因公出国(境)费")} is "因公出国（境）费".
 */
public final class Labels {

    private Labels() {
    }

    /** The label without numbering, spaces, with brackets and quotes unified. */
    static String key(String printed) {
        return compact(Numbering.strip(printed.strip()));
    }

    /** Spaces removed, brackets and quotes unified; numbering kept: the key a project or unit row is read under. */
    public static String compact(String s) {
        if (!needsCompacting(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case ' ', '\u3000', '\u00A0', '\t' -> {
                }
                case '(' -> b.append('（');
                case ')' -> b.append('）');
                case '"' -> b.append(openQuote(b) ? '“' : '”');
                case '〔', '[' -> b.append('【');
                case '〕', ']' -> b.append('】');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean needsCompacting(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case ' ', '\u3000', '\u00A0', '\t', '(', ')', '"', '〔', '[', '〕', ']' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static boolean openQuote(StringBuilder b) {
        int open = 0;
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) == '“') {
                open++;
            } else if (b.charAt(i) == '”') {
                open--;
            }
        }
        return open <= 0;
    }
}
