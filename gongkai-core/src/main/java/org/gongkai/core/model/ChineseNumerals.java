package org.gongkai.core.model;

/**
 * Chinese numerals up to 99, as documents number tables and sections.
 * Example: {@code ChineseNumerals.of(12)} is "十二"; {@code ChineseNumerals.parse("二十")} is 20.
 */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    /** 1 to 99 written once: tables and sections are numbered on every read and check. */
    private static final String[] WRITTEN = new String[100];

    static {
        for (int n = 1; n < 100; n++) {
            WRITTEN[n] = write(n);
        }
    }

    private ChineseNumerals() {
    }

    /** 12 as "十二", 20 as "二十", 1 as "一"; numbers outside 1-99 as Arabic digits. */
    public static String of(int n) {
        return n <= 0 || n >= 100 ? Integer.toString(n) : WRITTEN[n];
    }

    private static String write(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }

    /** The value of a numeral up to 99 ("十二" = 12, "二十" = 20), or -1 when it is none. */
    public static int parse(String s) {
        if (s.isEmpty() || s.length() > 3) {
            return -1;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            if (s.length() != 1) {
                return -1;
            }
            int d = DIGITS.indexOf(s.charAt(0));
            return d > 0 ? d : -1;
        }
        int tens = 1;
        if (ten == 1) {
            tens = DIGITS.indexOf(s.charAt(0));
            if (tens <= 0) {
                return -1;
            }
        } else if (ten != 0) {
            return -1;
        }
        int ones = 0;
        if (ten + 1 < s.length()) {
            if (ten + 2 != s.length()) {
                return -1;
            }
            ones = DIGITS.indexOf(s.charAt(ten + 1));
            if (ones <= 0) {
                return -1;
            }
        }
        return tens * 10 + ones;
    }

    /** True for 一 … 九 and 十. */
    public static boolean isDigit(char c) {
        return DIGITS.indexOf(c) > 0 || c == '十';
    }
}
