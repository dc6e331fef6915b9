package org.gongkai.core.model;

import java.util.Objects;

/**
 * One line of the 政府购买服务指导性目录 as printed: its code and name, and the level (1-4:
 * 一级目录 … 四级目录) of the column the name was printed in. A code's own length gives another
 * level; that the two agree is for the checker to say.
 * Example: "A030101", level 4, 妇女就业服务.
 *
 * <p>The position is kept as its numbers and made when asked for, as in {@link TableCell}: a
 * catalogue has some two thousand items.
 */
public final class CatalogueItem {

    private final String code;
    private final int level;
    private final String name;
    private final int page;
    private final int line;
    private final int column;
    private final String sheet;

    /**
     * @param code     as printed, e.g. "A0301"; may be malformed ("160601")
     * @param level    the column the name is printed in: 1 一级 … 4 四级; 0 when no name is printed
     * @param name     as printed, may be empty
     * @param position where it is printed
     */
    public CatalogueItem(String code, int level, String name, SourcePosition position) {
        this(code, level, name, position.page(), position.line(), position.column(), position.sheet());
    }

    private CatalogueItem(String code, int level, String name, int page, int line, int column, String sheet) {
        this.code = code;
        this.level = level;
        this.name = name;
        this.page = page;
        this.line = line;
        this.column = column;
        this.sheet = sheet;
    }

    /** The item printed at {@code page}, {@code line}, {@code column}, as {@link SourcePosition#of} numbers them. */
    public static CatalogueItem at(String code, int level, String name, int page, int line, int column) {
        return new CatalogueItem(code, level, name, page, line, column, null);
    }

    /** The same item with {@code more} added to its name: a name wrapped onto the next line. */
    public CatalogueItem withNameContinued(String more) {
        return new CatalogueItem(code, level, name + more, page, line, column, sheet);
    }

    public String code() {
        return code;
    }

    public int level() {
        return level;
    }

    public String name() {
        return name;
    }

    public SourcePosition position() {
        return new SourcePosition(page, line, column, sheet);
    }

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

    @Override
    public boolean equals(Object o) {
        return o instanceof CatalogueItem i && level == i.level && page == i.page && line == i.line && column == i.column
                && Objects.equals(code, i.code) && Objects.equals(name, i.name) && Objects.equals(sheet, i.sheet);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, level, name, page, line, column, sheet);
    }

    @Override
    public String toString() {
        return "CatalogueItem[code=" + code + ", level=" + level + ", name=" + name + ", position=" + position() + "]";
    }
}
