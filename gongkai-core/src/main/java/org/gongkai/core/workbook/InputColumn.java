package org.gongkai.core.workbook;

import java.util.List;
import java.util.Objects;

/**
 * One column of an input sheet: its header (by which the reader finds it, wherever it stands),
 * what it holds, whether a filled row must have it, the values a drop-down offers and the comment
 * on its header cell. Example: {@code InputColumn.money("当年一般公共预算")}.
 *
 * @param header   the header text, e.g. "功能分类科目编码"
 * @param kind     what the column holds
 * @param required true when a filled row must have a value here
 * @param choices  the drop-down values; for {@link ColumnKind#CHOICE} the only values accepted,
 *                 for other kinds suggestions
 * @param list     a named list on the hidden 代码表 sheet for the drop-down (e.g. "功能分类"), or null
 * @param comment  the comment on the header cell, or null
 * @param width    the column width in characters
 */
public record InputColumn(String header, ColumnKind kind, boolean required, List<String> choices, String list,
                          String comment, int width) {

    public InputColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static InputColumn text(String header, int width) {
        return new InputColumn(header, ColumnKind.TEXT, false, List.of(), null, null, width);
    }

    public static InputColumn code(String header, String list) {
        return new InputColumn(header, ColumnKind.CODE, false, List.of(), list, null, 14);
    }

    public static InputColumn money(String header) {
        return new InputColumn(header, ColumnKind.MONEY, false, List.of(), null, null, 14);
    }

    public static InputColumn integer(String header) {
        return new InputColumn(header, ColumnKind.INTEGER, false, List.of(), null, null, 10);
    }

    public static InputColumn date(String header) {
        return new InputColumn(header, ColumnKind.DATE, false, List.of(), null, null, 14);
    }

    public static InputColumn choice(String header, String... values) {
        return new InputColumn(header, ColumnKind.CHOICE, false, List.of(values), null, null, 12);
    }

    public InputColumn asRequired() {
        return new InputColumn(header, kind, true, choices, list, comment, width);
    }

    public InputColumn comment(String c) {
        return new InputColumn(header, kind, required, choices, list, c, width);
    }

    public InputColumn width(int w) {
        return new InputColumn(header, kind, required, choices, list, comment, w);
    }

    /** The same column offering {@code values} in its drop-down as suggestions. */
    public InputColumn suggesting(List<String> values) {
        return new InputColumn(header, kind, required, values, list, comment, width);
    }
}
