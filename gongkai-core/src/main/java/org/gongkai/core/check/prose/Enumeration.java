package org.gongkai.core.check.prose;

/**
 * The level of the number a paragraph starts with, outermost first: 一、 (1), （一） (2), 1．/1、 (3),
 * （1） (4), ① (5); 0 when it starts with none. "一是" counts as level 3.
 *
 * <p>Read character by character, as these patterns would match at the start of the stripped
 * paragraph: {@code [一二三四五六七八九十]+、}, {@code [（(][一二三四五六七八九十]+[）)]},
 * {@code [0-9]{1,2}\s*[．.、](?![0-9])|[一二三四五六七八九十]是}, {@code [（(][0-9]{1,2}[）)]},
 * {@code [①-⑮]}. A check asks it of every paragraph several times, and five matchers a paragraph
 * were a twentieth of what a check allocated.
 */
final class Enumeration {

    private Enumeration() {
    }

    static int level(String paragraph) {
        int n = paragraph.length();
        int i = 0;
        while (i < n && Character.isWhitespace(paragraph.charAt(i))) {
            i++;
        }
        if (i == n) {
            return 0;
        }
        char c = paragraph.charAt(i);
        if (isNumeral(c)) {
            int j = i + 1;
            while (j < n && isNumeral(paragraph.charAt(j))) {
                j++;
            }
            if (j < n && paragraph.charAt(j) == '、') {
                return 1;
            }
            return i + 1 < n && paragraph.charAt(i + 1) == '是' ? 3 : 0;
        }
        if (c == '（' || c == '(') {
            int j = i + 1;
            while (j < n && isNumeral(paragraph.charAt(j))) {
                j++;
            }
            if (j > i + 1) {
                return j < n && isClose(paragraph.charAt(j)) ? 2 : 0;
            }
            while (j < n && j < i + 3 && isDigit(paragraph.charAt(j))) {
                j++;
            }
            return j > i + 1 && j < n && isClose(paragraph.charAt(j)) ? 4 : 0;
        }
        if (isDigit(c)) {
            int j = i + 1;
            if (j < n && isDigit(paragraph.charAt(j))) {
                j++;
            }
            while (j < n && isRegexSpace(paragraph.charAt(j))) {
                j++;
            }
            if (j < n && (paragraph.charAt(j) == '．' || paragraph.charAt(j) == '.' || paragraph.charAt(j) == '、')) {
                return j + 1 < n && isDigit(paragraph.charAt(j + 1)) ? 0 : 3; // "1.5万元" is no number of a list
            }
            return 0;
        }
        return c >= '①' && c <= '⑮' ? 5 : 0;
    }

    private static boolean isNumeral(char c) {
        return "一二三四五六七八九十".indexOf(c) >= 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isClose(char c) {
        return c == '）' || c == ')';
    }

    /** What a regex's {@code \s} matches: space, tab, line ends, vertical tab, form feed. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
