package org.gongkai.core.narrative;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.model.Money;

/**
 * Why each quantity changed, as the unit states it: a reason per quantity, in words and, where the
 * reason is itself a change in figures, as comparisons the writer computes. Immutable.
 *
 * <p>Example, the reasons the reference document gives:
 * <pre>{@code
 * ChangeReasons r = ChangeReasons.none()
 *         .with(Quantity.OPERATING_COSTS, Reason.of("人员减少2人，正常退休"))
 *         .with(Quantity.INCOME_TOTAL, Reason.comparing(new Comparison("上级就业补助资金提前下达资金",
 *                 Money.of("882.55", WAN_YUAN), Money.of("298.55", WAN_YUAN))));
 * }</pre>
 * The second is written "主要原因是2023年上级就业补助资金提前下达资金882.55万元，2024年上级就业补助资金
 * 提前下达资金298.55万元，比上年减少584.00万元，下降66.17%".
 *
 * @param reasons the reason for each quantity that has one
 * @param items   the reason for each 功能分类 项 that changed, by code, e.g. "2080101"
 */
public record ChangeReasons(Map<Quantity, Reason> reasons, Map<String, Reason> items) {

    /**
     * A reason: words ("人员减少2人，正常退休") and comparisons of figures behind the change; either may be empty.
     *
     * @param text        the words, without "主要原因是" and without a final 。
     * @param comparisons figures the writer states with their change, in order
     */
    public record Reason(String text, List<Comparison> comparisons) {

        public Reason {
            text = text == null ? "" : text.strip();
            comparisons = List.copyOf(comparisons);
        }

        /** Example: {@code Reason.of("人员减少2人，正常退休")}. */
        public static Reason of(String text) {
            return new Reason(text, List.of());
        }

        public static Reason comparing(Comparison... comparisons) {
            return new Reason("", List.of(comparisons));
        }

        public boolean isEmpty() {
            return text.isEmpty() && comparisons.isEmpty();
        }
    }

    /**
     * A figure behind a change, last year and this year.
     * Example: 上级就业补助资金提前下达资金, 882.55 万元 in 2023, 298.55 万元 in 2024.
     *
     * @param name    what the figure is
     * @param prior   last year's amount
     * @param current this year's amount
     */
    public record Comparison(String name, Money prior, Money current) {
    }

    public ChangeReasons {
        EnumMap<Quantity, Reason> r = new EnumMap<>(Quantity.class);
        r.putAll(reasons);
        reasons = Collections.unmodifiableMap(r);
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    public static ChangeReasons none() {
        return new ChangeReasons(Map.of(), Map.of());
    }

    /** The same with {@code reason} for {@code q}. */
    public ChangeReasons with(Quantity q, Reason reason) {
        EnumMap<Quantity, Reason> r = new EnumMap<>(Quantity.class);
        r.putAll(reasons);
        r.put(q, reason);
        return new ChangeReasons(r, items);
    }

    /** The same with a reason in words for {@code q}. */
    public ChangeReasons with(Quantity q, String reason) {
        return with(q, Reason.of(reason));
    }

    /** The same with {@code reason} for the 项 {@code code}. */
    public ChangeReasons withItem(String code, Reason reason) {
        Map<String, Reason> i = new LinkedHashMap<>(items);
        i.put(code, reason);
        return new ChangeReasons(reasons, i);
    }

    public Optional<Reason> item(String code) {
        Reason r = items.get(code);
        return r == null || r.isEmpty() ? Optional.empty() : Optional.of(r);
    }

    public Optional<Reason> reason(Quantity q) {
        Reason r = reasons.get(q);
        return r == null || r.isEmpty() ? Optional.empty() : Optional.of(r);
    }
}
