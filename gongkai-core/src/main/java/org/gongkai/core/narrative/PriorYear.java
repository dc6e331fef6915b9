package org.gongkai.core.narrative;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.model.Money;

/**
 * Last year's figures, as the unit supplies them: an amount per named quantity and, where the
 * unit gives them, per 功能分类 项 code. Immutable; {@code with} returns a new value.
 *
 * <p>Example, the 2023 figures the reference document states:
 * <pre>{@code
 * PriorYear p = PriorYear.of(2023)
 *         .with(Quantity.OPERATING_COSTS, Money.of("23.06", WAN_YUAN))
 *         .with(Quantity.THREE_PUBLIC, Money.of("3.11", WAN_YUAN))
 *         .withItem("2080101", Money.of("128.40", WAN_YUAN));
 * p.amount(Quantity.OPERATING_COSTS)  // 23.06万元
 * p.amount(Quantity.BASIC_SPENDING)   // empty: the writer prints 【待补充：2023年基本支出】
 * }</pre>
 *
 * @param year    the year the figures are for, e.g. 2023 for a 2024 budget
 * @param amounts amounts by quantity
 * @param items   amounts by 功能分类 项 code, e.g. "2080101" → 128.40 万元; empty when not supplied
 */
public record PriorYear(int year, Map<Quantity, Money> amounts, Map<String, Money> items) {

    public PriorYear {
        EnumMap<Quantity, Money> a = new EnumMap<>(Quantity.class);
        a.putAll(amounts);
        amounts = Collections.unmodifiableMap(a);
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    /** No figures yet for {@code year}. */
    public static PriorYear of(int year) {
        return new PriorYear(year, Map.of(), Map.of());
    }

    /** The same with {@code q} at {@code amount}. */
    public PriorYear with(Quantity q, Money amount) {
        EnumMap<Quantity, Money> a = new EnumMap<>(Quantity.class);
        a.putAll(amounts);
        a.put(q, amount);
        return new PriorYear(year, a, items);
    }

    /** The same with the 项 {@code code} at {@code amount}. */
    public PriorYear withItem(String code, Money amount) {
        Map<String, Money> i = new LinkedHashMap<>(items);
        i.put(code, amount);
        return new PriorYear(year, amounts, i);
    }

    /** The same without {@code q}. */
    public PriorYear without(Quantity q) {
        EnumMap<Quantity, Money> a = new EnumMap<>(Quantity.class);
        a.putAll(amounts);
        a.remove(q);
        return new PriorYear(year, a, items);
    }

    public Optional<Money> amount(Quantity q) {
        return Optional.ofNullable(amounts.get(q));
    }

    public Optional<Money> item(String code) {
        return Optional.ofNullable(items.get(code));
    }
}
