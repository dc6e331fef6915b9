package org.gongkai.core.model;

/**
 * Something the reader could not read or did not find, said in Chinese: a missing table, a
 * table cut off, a figure that is not a number. Reading goes on; the note says what is missing.
 * Example: {@code MISSING_TABLE} "未找到表十三《项目支出预算表（上年结转）》".
 *
 * @param code     a stable key, e.g. MISSING_TABLE, MISSING_PART, TRUNCATED, UNREADABLE_CELL
 * @param message  the note in Chinese
 * @param position where, when known
 */
public record ReadNote(String code, String message, SourcePosition position) {

    public static ReadNote of(String code, String message, SourcePosition position) {
        return new ReadNote(code, message, position == null ? SourcePosition.UNKNOWN : position);
    }
}
