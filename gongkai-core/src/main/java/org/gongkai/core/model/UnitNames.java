package org.gongkai.core.model;

/**
 * Comparing the names a unit is printed under. Two printings are the same name when they differ
 * only in spaces and in full- or half-width brackets ({@link #plain}); they name the same body in
 * its full and its usual short form when they differ only as the Party's bodies are shortened
 * ({@link #shortForm}): "中国共产党江苏省委员会办公厅", "中共江苏省委办公厅" and "江苏省委办公厅"
 * are one office, as are "江苏省人民代表大会常务委员会办公厅" and "江苏省人大常委会办公厅".
 */
public final class UnitNames {

    private UnitNames() {
    }

    /** The name without spaces, its brackets full-width: "柳林县 人力资源和社会保障局(本级)" is "柳林县人力资源和社会保障局（本级）". */
    public static String plain(String name) {
        return name.replace(" ", "").replace("\u3000", "").replace('(', '（').replace(')', '）');
    }

    /** True when both are given and {@link #plain} alike. */
    public static boolean same(String a, String b) {
        return a != null && b != null && plain(a).equals(plain(b));
    }

    /**
     * The name in its usual short form: without the leading 中国共产党 or 中共, 人民代表大会 as 人大,
     * 常务委员会 as 常委会, 委员会 as 委. "中国共产党江苏省委员会办公厅" gives "江苏省委办公厅".
     */
    public static String shortForm(String name) {
        String s = plain(name);
        if (s.startsWith("中国共产党")) {
            s = s.substring(5);
        } else if (s.startsWith("中共")) {
            s = s.substring(2);
        }
        return s.replace("人民代表大会", "人大").replace("常务委员会", "常委会").replace("委员会", "委");
    }

    /** True when both are given and name one body, in the same form or in its full and short forms. */
    public static boolean sameBody(String a, String b) {
        return a != null && b != null && shortForm(a).equals(shortForm(b));
    }
}
