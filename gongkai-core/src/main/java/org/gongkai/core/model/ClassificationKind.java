package org.gongkai.core.model;

/**
 * The three classifications of 政府收支分类科目 a disclosure uses.
 * Example: {@code FUNCTIONAL} for "2080101 行政运行".
 */
public enum ClassificationKind {
    /** 支出功能分类 (what for): 类 3 digits, 款 5, 项 7. Example: 208 社会保障和就业支出. */
    FUNCTIONAL("支出功能分类", new int[] {3, 5, 7}),
    /** 部门预算支出经济分类 (what kind, department view): 类 3, 款 5. Example: 30101 基本工资. */
    DEPARTMENT_ECONOMIC("部门预算支出经济分类", new int[] {3, 5}),
    /** 政府预算支出经济分类 (what kind, government view): 类 3, 款 5. Example: 50101 工资奖金津补贴. */
    GOVERNMENT_ECONOMIC("政府预算支出经济分类", new int[] {3, 5});

    private final String label;
    private final int[] lengths;

    ClassificationKind(String label, int[] lengths) {
        this.label = label;
        this.lengths = lengths;
    }

    public String label() {
        return label;
    }

    /**
     * The level (1 = 类, 2 = 款, 3 = 项) a code of this many digits has, or 0 when no level has
     * that length. Example: FUNCTIONAL.levelOf("20801") is 2.
     */
    public int levelOf(String code) {
        if (code == null || code.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return 0;
            }
        }
        for (int i = 0; i < lengths.length; i++) {
            if (lengths[i] == code.length()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Digits of a code at {@code level} (1-based). */
    public int lengthOf(int level) {
        return lengths[level - 1];
    }

    public int levels() {
        return lengths.length;
    }

    /** The parent code ("20801" for "2080101"), or empty for a 类 or a malformed code. */
    public String parentOf(String code) {
        int level = levelOf(code);
        return level <= 1 ? "" : code.substring(0, lengths[level - 2]);
    }

    /** 类, 款 or 项. */
    public static String levelName(int level) {
        return switch (level) {
            case 1 -> "类";
            case 2 -> "款";
            case 3 -> "项";
            default -> "?";
        };
    }
}
