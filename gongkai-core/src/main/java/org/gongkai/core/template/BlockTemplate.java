package org.gongkai.core.template;

import java.util.List;
import java.util.Optional;

import org.gongkai.core.model.ClassificationKind;

/**
 * A part of a table with its own rows and columns. Most tables have one block, "main"; 表一 and
 * 表四 print income and spending side by side on one line.
 * Example: 表一 spending: rows FUNCTION_CLASSES, label column 2, columns total/current/carryOver.
 *
 * @param id          "main", "income", "spending"
 * @param rows        how rows are told apart
 * @param keyColumn   0-based column of the code (CODES), the department economic name
 *                    (ECONOMIC_NAMES) or the label (others); the first label column (OUTLINE)
 * @param nameColumn  0-based column of the name (CODES) or the government economic name
 *                    (ECONOMIC_NAMES); the last label column (OUTLINE); -1 if none
 * @param classification which classification a CODES block's codes are (functional unless said)
 * @param facts       true when the block's cells are facts; false for a view of facts other tables
 *                    state (表一, 表四, 表十一) or for cells outside the fact dimensions (表七's income codes)
 * @param dims        what every amount of the block holds, before column and line dimensions
 * @param columns     the amount columns
 * @param lines       fixed lines (LINES, FUNCTION_CLASSES)
 */
public record BlockTemplate(String id, RowKind rows, int keyColumn, int nameColumn, ClassificationKind classification,
                            boolean facts, Dimensions dims, List<ColumnTemplate> columns, List<LineTemplate> lines) {

    public BlockTemplate {
        classification = classification == null ? ClassificationKind.FUNCTIONAL : classification;
        dims = dims == null ? Dimensions.ALL : dims;
        columns = List.copyOf(columns);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public Optional<ColumnTemplate> column(String id) {
        for (ColumnTemplate c : columns) {
            if (c.id().equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public Optional<LineTemplate> line(String id) {
        for (LineTemplate l : lines) {
            if (l.id().equals(id)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
