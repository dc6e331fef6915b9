package org.gongkai.core.workbook;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as units type them: 2024-04-29, 2024/4/29, 2024.4.29, 20240429, the platform's
 * 20240429172924, 2024年4月29日 (a trailing 印发 allowed). Example: {@code parse("2024年4月29日")} is 2024-04-29.
 */
final class Dates {

    private static final Pattern DIGITS = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(\\d{2})(\\d{2}))?$");
    private static final Pattern SEPARATED = Pattern.compile("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s*印发)?$");

    private Dates() {
    }

    /** The date {@code text} names, or null when it names none (a malformed or impossible date). */
    static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        try {
            Matcher m = DIGITS.matcher(t);
            if (m.matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (m.group(4) != null) {
                    LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
                }
                return d;
            }
            m = SEPARATED.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }
}
