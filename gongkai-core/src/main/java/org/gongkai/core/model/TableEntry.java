package org.gongkai.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A table row as understood through its template: which block it belongs to (表一 has an income
 * and a spending side on one printed line), what it is about and the amount in each column.
 * Example: block "main", code "2080101", label 行政运行, ITEM, {total=134.97, basic=133.70, project=1.27}.
 *
 * @param block    the template block, e.g. "income" or "spending" in 表一, "main" elsewhere
 * @param key      what the row is about: a classification code, a fixed line's id, a project name
 * @param label    the row's label as printed, e.g. 行政运行, 八、社会保障和就业支出
 * @param level    depth in a code hierarchy (1 = 类 …), 0 when the row is not a code
 * @param role     total, subtotal or item
 * @param amounts  the amount printed in each of the block's columns, by column id; blank cells absent
 * @param row      the index of the printed row in {@link PublishedTable#rows()}
 */
public record TableEntry(String block, String key, String label, int level, EntryRole role,
                         Map<String, PublishedAmount> amounts, int row) {

    public TableEntry {
        amounts = Collections.unmodifiableMap(new LinkedHashMap<>(amounts));
    }

    public Optional<PublishedAmount> amount(String column) {
        return Optional.ofNullable(amounts.get(column));
    }

    /** The amount in {@code column}, zero in {@code unit} when the cell is blank. */
    public Money money(String column, MoneyUnit unit) {
        PublishedAmount a = amounts.get(column);
        return a == null ? Money.zero(unit) : a.money();
    }
}
