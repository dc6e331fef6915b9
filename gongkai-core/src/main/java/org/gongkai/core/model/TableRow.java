package org.gongkai.core.model;

import java.util.List;

/**
 * One printed row of a table: its cells in column order, empty cells included.
 * Example: [2080101, 行政运行, 134.97, 133.70, 1.27] at line 182.
 */
public record TableRow(List<TableCell> cells, SourcePosition position) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    /** The text of cell {@code i} (0-based), "" when the row is shorter. */
    public String text(int i) {
        return i >= 0 && i < cells.size() ? cells.get(i).text() : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(TableCell::isBlank);
    }
}
