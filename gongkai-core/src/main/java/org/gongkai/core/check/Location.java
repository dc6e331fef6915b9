package org.gongkai.core.check;

import org.gongkai.core.model.SourcePosition;

/**
 * Where a finding points: a table cell (table, row, column) or a sentence (section, sentence),
 * or a form, a catalogue line; with the source position where known. Parts that do not apply
 * are null. Example: table "T3", row "2080101 行政运行", column "合计", line 182, column 3.
 *
 * @param table    template table id, e.g. "T3", or "PERF3" for the third performance-target form
 * @param row      the row's label as printed
 * @param column   the column's heading
 * @param section  the 情况说明 section, e.g. "五、一般公共预算支出情况说明"
 * @param sentence the sentence as printed
 * @param position page, line and column where known
 */
public record Location(String table, String row, String column, String section, String sentence, SourcePosition position) {

    public Location {
        position = position == null ? SourcePosition.UNKNOWN : position;
    }

    public static Location cell(String table, String row, String column, SourcePosition position) {
        return new Location(table, row, column, null, null, position);
    }

    public static Location text(String section, String sentence, SourcePosition position) {
        return new Location(null, null, null, section, sentence, position);
    }

    public static Location at(SourcePosition position) {
        return new Location(null, null, null, null, null, position);
    }

    /** In Chinese: "表三“2080101 行政运行”合计（第182行第3列）". */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (table != null) {
            b.append(table);
        }
        if (row != null) {
            b.append("“").append(row).append("”");
        }
        if (column != null) {
            b.append(column);
        }
        if (section != null) {
            if (b.length() > 0) {
                b.append("，");
            }
            b.append(section);
        }
        if (position.isKnown()) {
            b.append("（").append(position.describe()).append("）");
        }
        return b.toString();
    }
}
