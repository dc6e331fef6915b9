package org.gongkai.core.write.excel;

import java.util.Set;

/**
 * Sheet names Excel accepts: at most 31 characters, none of {@code [ ] : * ? / \}, not starting or
 * ending with an apostrophe, unique in the workbook (case-insensitively, as Excel compares them).
 * Example: table 3 "2024年预算支出总表" gives "表3 预算支出总表".
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private SheetNames() {
    }

    /** "表{number} " and the title without its leading year: (3, "2024年预算支出总表") gives "表3 预算支出总表". */
    static String forTable(int number, String title) {
        String t = title == null ? "" : title.strip().replaceFirst("^\\d{4}\\s*年(度)?", "").strip();
        return clean("表" + number + (t.isEmpty() ? "" : " " + t));
    }

    /** {@code name} made valid: forbidden characters become "_", cut to 31 characters. */
    static String clean(String name) {
        String s = name.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        while (s.startsWith("'")) {
            s = s.substring(1);
        }
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH);
        }
        while (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() ? "表" : s;
    }

    /** {@code name}, or "name (2)" cut to fit, so that it is not in {@code taken}; records it. */
    static String unique(String name, Set<String> taken) {
        String base = clean(name);
        String candidate = base;
        for (int i = 2; taken.contains(candidate.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            candidate = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
        }
        taken.add(candidate.toLowerCase(java.util.Locale.ROOT));
        return candidate;
    }
}
