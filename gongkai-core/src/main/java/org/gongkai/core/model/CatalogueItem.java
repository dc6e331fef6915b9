package org.gongkai.core.model;

/**
 * One line of the 政府购买服务指导性目录 as printed: its code and name, and the level (1-4:
 * 一级目录 … 四级目录) of the column the name was printed in. A code's own length gives another
 * level; that the two agree is for the checker to say.
 * Example: "A030101", level 4, 妇女就业服务.
 *
 * @param code     as printed, e.g. "A0301"; may be malformed ("160601")
 * @param level    the column the name is printed in: 1 一级 … 4 四级; 0 when no name is printed
 * @param name     as printed, may be empty
 * @param position where it is printed
 */
public record CatalogueItem(String code, int level, String name, SourcePosition position) {

    /** The level the code's length gives: A = 1, A03 = 2, A0301 = 3, A030101 = 4, 0 for a malformed code. */
    public int codeLevel() {
        if (code.isEmpty() || code.charAt(0) < 'A' || code.charAt(0) > 'Z') {
            return 0;
        }
        for (int i = 1; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return 0;
            }
        }
        return switch (code.length()) {
            case 1 -> 1;
            case 3 -> 2;
            case 5 -> 3;
            case 7 -> 4;
            default -> 0;
        };
    }
}
