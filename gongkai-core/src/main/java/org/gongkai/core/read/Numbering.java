package org.gongkai.core.read;

import org.gongkai.core.model.ChineseNumerals;

/**
 * Chinese numbering as documents print it: "一、" (level 1), "（一）" or "(一)" (level 2),
 * "1、" / "1." / "1．" (level 3), "①" (circled). Reads the number and strips the prefix.
 * Example: {@code Numbering.parse("（十二）职能转变")} is level 2, number 12, rest "职能转变".
 */
final class Numbering {

    /** A numbering prefix found at the start of a text. */
    record Prefix(int level, int number, String printed, String rest) {
    }

    private Numbering() {
    }

    static int chinese(String s) {
        return ChineseNumerals.parse(s);
    }

    static String toChinese(int n) {
        return ChineseNumerals.of(n);
    }

    private static boolean isChineseDigit(char c) {
        return ChineseNumerals.isDigit(c);
    }

    /** The numbering at the start of {@code text}, or null. Spaces after the prefix are skipped. */
    static Prefix parse(String text) {
        if (text.isEmpty()) {
            return null;
        }
        char c0 = text.charAt(0);
        // 一、  十二、
        if (isChineseDigit(c0)) {
            int i = 0;
            while (i < text.length() && i < 3 && isChineseDigit(text.charAt(i))) {
                i++;
            }
            if (i < text.length() && (text.charAt(i) == '、' || text.charAt(i) == '，' || text.charAt(i) == '.')) {
                int n = chinese(text.substring(0, i));
                if (n > 0) {
                    return new Prefix(1, n, text.substring(0, i + 1), rest(text, i + 1));
                }
            }
            return null;
        }
        // （一） (一)
        if (c0 == '（' || c0 == '(') {
            int close = -1;
            for (int i = 1; i < Math.min(text.length(), 6); i++) {
                char c = text.charAt(i);
                if (c == '）' || c == ')') {
                    close = i;
                    break;
                }
            }
            if (close > 1) {
                String inner = text.substring(1, close).strip();
                int n = chinese(inner);
                if (n > 0) {
                    return new Prefix(2, n, text.substring(0, close + 1), rest(text, close + 1));
                }
                if (inner.chars().allMatch(Character::isDigit) && !inner.isEmpty()) {
                    return new Prefix(4, Integer.parseInt(inner), text.substring(0, close + 1), rest(text, close + 1));
                }
            }
            return null;
        }
        // 1、 1. 1．
        if (c0 >= '0' && c0 <= '9') {
            int i = 0;
            while (i < text.length() && i < 3 && Character.isDigit(text.charAt(i))) {
                i++;
            }
            if (i < text.length() && i <= 2) {
                char sep = text.charAt(i);
                boolean decimalFollows = sep == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
                if ((sep == '、' || sep == '．' || sep == '.') && !decimalFollows) {
                    return new Prefix(3, Integer.parseInt(text.substring(0, i)), text.substring(0, i + 1), rest(text, i + 1));
                }
            }
            return null;
        }
        // ① … ⑳
        if (c0 >= '①' && c0 <= '⑳') {
            return new Prefix(5, c0 - '①' + 1, text.substring(0, 1), rest(text, 1));
        }
        return null;
    }

    /** {@code text} without a numbering prefix. */
    static String strip(String text) {
        Prefix p = parse(text);
        return p == null ? text : p.rest();
    }

    private static String rest(String text, int from) {
        int i = from;
        while (i < text.length() && TextLayoutReader.isSpace(text.charAt(i))) {
            i++;
        }
        return text.substring(i);
    }
}
