package org.gongkai.core.template;

import java.util.List;

/**
 * A table whose 类 rows 情况说明 names ("社会保障和就业支出1,217.83万元"): the table and the columns
 * whose figure the text may give. Example: table T5, columns [total].
 */
public record ClassFigures(String table, List<String> columns) {

    public ClassFigures {
        columns = List.copyOf(columns);
    }
}
