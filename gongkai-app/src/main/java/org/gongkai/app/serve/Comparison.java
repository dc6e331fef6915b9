package org.gongkai.app.serve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.app.serve.MainFigures.Figure;
import org.gongkai.app.serve.MainFigures.Section;
import org.gongkai.app.store.StoredDisclosure;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.narrative.AnnualChange;

/**
 * Two stored disclosures' main figures side by side ({@link MainFigures}): two years of one unit,
 * or two units. Each row has A, B, the difference B − A and its percentage of A, worked out
 * exactly ({@link AnnualChange}, the narrative's own arithmetic) in one unit: 万元, unless every
 * amount of both is in 元. Example: 机关运行经费 21.19 → 25.00 万元 is +3.81, +17.98%; a project only B
 * has is 新增; 因公出国（境）费 0 → 2.00 has no percentage (上年为零).
 *
 * @param a        the first version (the earlier year, usually)
 * @param b        the second
 * @param unit     the unit every amount is given in
 * @param sections the rows, section by section, sections without rows left out
 */
record Comparison(StoredDisclosure a, StoredDisclosure b, MoneyUnit unit, Map<Section, List<Row>> sections) {

    /** How a row stands. */
    enum Status {
        /** Both have it. */
        BOTH,
        /** 新增: an item (code, project) only B has. */
        ADDED,
        /** 取消: an item only A has. */
        REMOVED,
        /** A fixed figure one of the two does not print: "—", nothing to compare. */
        ONE_SIDED
    }

    /**
     * One line of the comparison, its amounts in the comparison's unit.
     *
     * @param key      what it is: "收入总计", "208", a project's name
     * @param zh       its label
     * @param en       its English label (the Chinese one for a code or project, as published)
     * @param level    indentation
     * @param itemised a code or project (absence is 新增/取消) rather than a fixed figure
     * @param a        A's amount, null when A has none
     * @param b        B's amount, null when B has none
     */
    record Row(String key, String zh, String en, int level, boolean itemised, Money a, Money b) {

        Status status() {
            if (a != null && b != null) {
                return Status.BOTH;
            }
            if (!itemised) {
                return Status.ONE_SIDED;
            }
            return a == null ? Status.ADDED : Status.REMOVED;
        }

        /** B − A, exactly; null unless both have it. */
        Money difference() {
            return status() == Status.BOTH ? new AnnualChange(b, a).difference() : null;
        }

        /** True when A is zero and B is not: a change with no percentage. */
        boolean fromZero() {
            return status() == Status.BOTH && a.isZero() && !b.isZero();
        }

        /** (B − A) / A × 100, signed, rounded half-up to two decimals; null from zero or unless both have it. */
        BigDecimal percent() {
            if (status() != Status.BOTH || a.isZero()) {
                return null;
            }
            AnnualChange c = new AnnualChange(b, a);
            return c.direction() < 0 ? c.percent().negate() : c.percent();
        }

        /** +1 when B is more than A, −1 when less, 0 when equal or not comparable. */
        int direction() {
            return status() == Status.BOTH ? b.compareTo(a) : 0;
        }
    }

    /** The comparison of {@code da} (stored as {@code a}) with {@code db} (stored as {@code b}). */
    static Comparison of(StoredDisclosure a, Disclosure da, StoredDisclosure b, Disclosure db) {
        return of(a, MainFigures.of(da), b, MainFigures.of(db));
    }

    /** The comparison of two sets of figures. */
    static Comparison of(StoredDisclosure a, List<Figure> fa, StoredDisclosure b, List<Figure> fb) {
        boolean allYuan = true;
        for (List<Figure> side : List.of(fa, fb)) {
            for (Figure f : side) {
                allYuan &= f.amount().unit() == MoneyUnit.YUAN;
            }
        }
        MoneyUnit unit = allYuan && !(fa.isEmpty() && fb.isEmpty()) ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
        Map<Section, Map<String, Row>> rows = new EnumMap<>(Section.class);
        for (Figure f : fa) {
            rows.computeIfAbsent(f.section(), s -> new LinkedHashMap<>())
                    .put(f.key(), new Row(f.key(), f.zh(), f.en(), f.level(), f.itemised(), f.amount().to(unit), null));
        }
        for (Figure f : fb) {
            Map<String, Row> in = rows.computeIfAbsent(f.section(), s -> new LinkedHashMap<>());
            Row r = in.get(f.key());
            in.put(f.key(), r == null
                    ? new Row(f.key(), f.zh(), f.en(), f.level(), f.itemised(), null, f.amount().to(unit))
                    : new Row(r.key(), r.zh(), r.en(), r.level(), r.itemised(), r.a(), f.amount().to(unit)));
        }
        Map<Section, List<Row>> out = new LinkedHashMap<>();
        for (Map.Entry<Section, Map<String, Row>> e : rows.entrySet()) {
            List<Row> list = new ArrayList<>();
            for (Row r : e.getValue().values()) {
                // a line that is nothing on both sides says nothing
                if ((r.a() != null && !r.a().isZero()) || (r.b() != null && !r.b().isZero())) {
                    list.add(r);
                }
            }
            if (e.getKey() == Section.FUNCTION_CLASSES || e.getKey() == Section.FUNCTION_ITEMS || e.getKey() == Section.ECONOMIC) {
                list.sort(Comparator.comparing(Row::key));
            } else if (e.getKey() != Section.PROJECTS) {
                list.sort(Comparator.comparingInt(r -> fixedOrder(r.key())));
            }
            if (!list.isEmpty()) {
                out.put(e.getKey(), list);
            }
        }
        return new Comparison(a, b, unit, out);
    }

    /** True when A and B are one unit's documents of the same kind, B the later year: a zero A is "上年为零". */
    boolean yearOnYear() {
        return a.unit().equals(b.unit()) && a.department().equals(b.department()) && a.kind() == b.kind() && b.year() > a.year();
    }

    /** Every row, section after section. */
    List<Row> rows() {
        return sections.values().stream().flatMap(List::stream).toList();
    }

    private static int fixedOrder(String key) {
        int i = MainFigures.fixedKeys().indexOf(key);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
