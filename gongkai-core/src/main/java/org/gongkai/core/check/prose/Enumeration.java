package org.gongkai.core.check.prose;

import java.util.regex.Pattern;

/**
 * The level of the number a paragraph starts with, outermost first: 一、 (1), （一） (2), 1．/1、 (3),
 * （1） (4), ① (5); 0 when it starts with none. "一是" counts as level 3.
 */
final class Enumeration {

    private static final Pattern[] LEVELS = {
        Pattern.compile("^[一二三四五六七八九十]+、"),
        Pattern.compile("^[（(][一二三四五六七八九十]+[）)]"),
        Pattern.compile("^([0-9]{1,2}\\s*[．.、](?![0-9])|[一二三四五六七八九十]是)"),
        Pattern.compile("^[（(][0-9]{1,2}[）)]"),
        Pattern.compile("^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮]"),
    };

    private Enumeration() {
    }

    static int level(String paragraph) {
        String t = paragraph.strip();
        for (int i = 0; i < LEVELS.length; i++) {
            if (LEVELS[i].matcher(t).find()) {
                return i + 1;
            }
        }
        return 0;
    }
}
