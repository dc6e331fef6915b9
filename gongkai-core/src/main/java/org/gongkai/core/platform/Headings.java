package org.gongkai.core.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normal forms for comparing an export's labels with a mapping's: no spaces, full-width
 * brackets and curly quotes, and (for row labels) no numbering prefix.
 * Example: {@code Headings.label("一、 一般公共预算(拨款)")} is "一般公共预算（拨款）";
 * {@code Headings.sheet("2.15单位收支总表")} is "单位收支总表".
 */
final class Headings {

    private static final Pattern ROW_NUMBERING = Pattern.compile(
            "^(?:[一二三四五六七八九十百]+[、.．]|（[一二三四五六七八九十百]+）|\\([一二三四五六七八九十百]+\\)|\\d+[、.．](?!\\d)|[①-⑳])");
    private static final Pattern SHEET_NUMBERING = Pattern.compile("^[0-9０-９]+(?:[.．\\-_][0-9０-９]+)*[.．、\\-_ ]*");
    private static final Pattern TABLE_PREFIX = Pattern.compile("^表[0-9０-９一二三四五六七八九十]+[.．、\\-_ ]*");

    private Headings() {
    }

    /** Spaces removed, brackets and quotes unified. */
    static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case ' ', '\u3000', '\u00A0', '\t', '\n', '\r' -> {
                }
                case '(' -> b.append('（');
                case ')' -> b.append('）');
                case ':' -> b.append('：');
                case '"', '\'', '‘', '’' -> b.append(quote(b));
                case '[', '〔' -> b.append('【');
                case ']', '〕' -> b.append('】');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static char quote(StringBuilder b) {
        int open = 0;
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) == '“') {
                open++;
            } else if (b.charAt(i) == '”') {
                open--;
            }
        }
        return open <= 0 ? '“' : '”';
    }

    /** A row label without its numbering: "二、政府性基金预算" is "政府性基金预算". */
    static String label(String s) {
        String c = compact(s);
        return ROW_NUMBERING.matcher(c).replaceFirst("");
    }

    /** True when heading {@code printed} is {@code wanted}; a {year} left in {@code wanted} stands for any year. */
    static boolean same(String printed, String wanted) {
        if (!wanted.contains("{year}")) {
            return printed.equals(wanted);
        }
        StringBuilder re = new StringBuilder();
        String[] parts = wanted.split("\\{year\\}", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                re.append("(?:19|20)\\d{2}");
            }
            re.append(Pattern.quote(parts[i]));
        }
        return printed.matches(re.toString());
    }

    /** A sheet name without its numbering prefix or quotes: "2.24单位“三公”经费支出表" is "单位三公经费支出表". */
    static String sheet(String s) {
        String c = compact(s);
        c = SHEET_NUMBERING.matcher(c).replaceFirst("");
        c = TABLE_PREFIX.matcher(c).replaceFirst("");
        return c.replace("“", "").replace("”", "");
    }

    /** A mapping label split at "/" into the headings from the top down, {year} filled in when the year is known (not 0). */
    static List<String> path(String label, int year) {
        List<String> out = new ArrayList<>();
        for (String part : (year > 0 ? label.replace("{year}", Integer.toString(year)) : label).split("/")) {
            String p = compact(part);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
