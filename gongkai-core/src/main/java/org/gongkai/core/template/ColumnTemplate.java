package org.gongkai.core.template;

import java.util.List;

/**
 * One amount column of a table block.
 * Example: 表三 {id: basic, header: [基本支出], column: 3, dims: {spending: BASIC}}.
 *
 * @param id      stable id used in facts, findings and open data, e.g. "basic"
 * @param label   the heading to print, e.g. 基本支出
 * @param headers headings that identify the column in a published table ("{year}" stands for the year)
 * @param column  0-based position in the template's own layout, used when no heading matches
 * @param dims    what the column holds
 * @param sumOf   ids of the columns this one totals (合计 = 基本支出 + 项目支出); empty for a column of its own
 */
public record ColumnTemplate(String id, String label, List<String> headers, int column, Dimensions dims, List<String> sumOf) {

    public ColumnTemplate {
        headers = headers == null ? List.of() : List.copyOf(headers);
        dims = dims == null ? Dimensions.ALL : dims;
        sumOf = sumOf == null ? List.of() : List.copyOf(sumOf);
    }

    /** True when the column is the total of others, not facts of its own. */
    public boolean isTotal() {
        return !sumOf.isEmpty();
    }
}
