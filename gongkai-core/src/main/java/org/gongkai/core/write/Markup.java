package org.gongkai.core.write;

/**
 * Escaping for XHTML element content and attribute values: the five markup characters become
 * entities, and characters XML 1.0 does not allow (control characters other than tab and line
 * ends, lone surrogates) are dropped, so the page always parses as XML.
 * Example: {@code 表<一> & “三公”} becomes {@code 表&lt;一&gt; &amp; “三公”}. Used by every writer of
 * markup: the HTML page, the SVG charts, the check report.
 */
public final class Markup {

    private Markup() {
    }

    /** Appends {@code s} escaped to {@code b}; null appends nothing. */
    public static StringBuilder esc(StringBuilder b, String s) {
        if (s == null) {
            return b;
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        continue;
                    }
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                            b.append(c).append(s.charAt(++i));
                        }
                        continue;
                    }
                    if (Character.isLowSurrogate(c)) {
                        continue;
                    }
                    b.append(c);
                }
            }
        }
        return b;
    }

    /** {@code s} escaped; null gives "". */
    public static String esc(String s) {
        return esc(new StringBuilder(s == null ? 0 : s.length() + 8), s).toString();
    }
}
