package org.gongkai.core.narrative;

import java.util.regex.Pattern;

/**
 * What the writer puts where the unit has not supplied a figure or a reason: one unmistakable
 * form, "【待补充：…】", naming what is missing. Rule PROSE-014 reports every one left in a text.
 * Example: {@code Placeholder.of("2023年基本支出")} is "【待补充：2023年基本支出】".
 */
public final class Placeholder {

    /** Every placeholder the writer makes matches this; PROSE-014 looks for the same form. */
    public static final Pattern PATTERN = Pattern.compile("【待补充[：:][^】]*】");

    private Placeholder() {
    }

    /** "【待补充：{what}】". */
    public static String of(String what) {
        return "【待补充：" + what + "】";
    }

    /** True when {@code text} still holds a placeholder. */
    public static boolean in(String text) {
        return text != null && PATTERN.matcher(text).find();
    }
}
