package org.gongkai.core.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facts a disclosure's tables are views of, each stated once. Facts come at the grains the
 * tables give them (表五 by function code, source, period and spending type; 表六 by economic
 * code and personnel/public; 表十二 by project), so a sum asks one grain at a time and never
 * adds two grains together.
 *
 * <p>Two tables that print the same fact with different amounts are kept as a
 * {@link Conflict}: which one is right is for the checker to say.
 *
 * <p>Example: {@code facts.total(FactKey.ALL.withFunction("208").withSpending(SpendingType.PROJECT))}
 * is 1701.71 万元 for the reference document.
 */
public final class FactSet {

    /** One fact printed twice with different amounts. */
    public record Conflict(FactKey key, Money first, FactSource firstSource, Money second, FactSource secondSource) {
    }

    private final Map<FactKey, Fact> facts;
    private final List<Conflict> conflicts;
    /** The facts in order, and where each grain's facts are in it: a query looks only at the grains that can answer it. */
    private final Fact[] ordered;
    private final Map<Integer, int[]> positionsByGrain;
    /** What {@link #parts(FactKey)} gave for each query asked: a table asks the same sums many times over. */
    private final Map<FactKey, List<Fact>> answered = new ConcurrentHashMap<>();

    private FactSet(Map<FactKey, Fact> facts, List<Conflict> conflicts) {
        this.facts = Collections.unmodifiableMap(facts);
        this.conflicts = List.copyOf(conflicts);
        this.ordered = facts.values().toArray(new Fact[0]);
        // a grain is eight bits: each grain's facts are counted, then placed, in the order of the first
        int[] grains = new int[ordered.length];
        int[] count = new int[256];
        for (int i = 0; i < ordered.length; i++) {
            grains[i] = ordered[i].key().grain();
            count[grains[i]]++;
        }
        Map<Integer, int[]> positions = new LinkedHashMap<>();
        int[] placed = new int[256];
        for (int i = 0; i < ordered.length; i++) {
            int g = grains[i];
            int[] at = positions.get(g);
            if (at == null) {
                at = new int[count[g]];
                positions.put(g, at);
            }
            at[placed[g]++] = i;
        }
        this.positionsByGrain = positions;
    }

    public static FactSet empty() {
        return new FactSet(new LinkedHashMap<>(), List.of());
    }

    public List<Fact> facts() {
        return List.copyOf(facts.values());
    }

    public int size() {
        return facts.size();
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    public Optional<Fact> get(FactKey key) {
        return Optional.ofNullable(facts.get(key));
    }

    /**
     * The total of what {@code query} asks for, from the coarsest grain that can answer it
     * (fewest dimensions set beyond the query's), or empty when no fact can.
     */
    public Optional<Money> total(FactKey query) {
        Money sum = null;
        for (Fact f : parts(query)) {
            sum = sum == null ? f.amount() : sum.plus(f.amount());
        }
        return Optional.ofNullable(sum);
    }

    /**
     * The facts {@link #total(FactKey)} adds for {@code query}: those of the grain that answers it,
     * empty when none can. Lets a table say where a printed sum comes from (one fact: its cell).
     * Example: {@code parts(FactKey.ALL.withFunction("20801").withSpending(SpendingType.BASIC))} is
     * 表三's 行政运行 and 机关服务 basic facts.
     */
    public List<Fact> parts(FactKey query) {
        List<Fact> known = answered.get(query);
        if (known == null) {
            known = answer(query);
            answered.put(query, known);
        }
        return known;
    }

    private List<Fact> answer(FactKey query) {
        int q = query.grain();
        // the facts of each grain that can answer, the grains in the order of their first matching fact
        List<int[]> found = new ArrayList<>();
        for (Map.Entry<Integer, int[]> e : positionsByGrain.entrySet()) {
            int g = e.getKey();
            if ((g & q) != q) {
                continue;
            }
            int[] at = e.getValue();
            int[] match = new int[at.length + 1];
            int n = 0;
            for (int i : at) {
                if (ordered[i].key().within(query)) {
                    match[1 + n++] = i;
                }
            }
            if (n > 0) {
                match[0] = g;
                found.add(java.util.Arrays.copyOf(match, n + 1));
            }
        }
        found.sort(java.util.Comparator.comparingInt(m -> m[1]));
        Map<Integer, List<Fact>> byGrain = new LinkedHashMap<>();
        for (int[] m : found) {
            List<Fact> in = new ArrayList<>(m.length - 1);
            for (int k = 1; k < m.length; k++) {
                in.add(ordered[m[k]]);
            }
            byGrain.put(m[0], in);
        }
        if (byGrain.isEmpty()) {
            return List.of();
        }
        int best = -1;
        boolean bestPartial = true;
        for (Map.Entry<Integer, List<Fact>> e : byGrain.entrySet()) {
            int g = e.getKey();
            // a named item (表十's 公务接待费) is always a part of spending, never the whole of it
            boolean partial = (g & ~q & 128) != 0 || partial(e.getValue(), g & ~q);
            if (best < 0 || (bestPartial && !partial)
                    || (partial == bestPartial && Integer.bitCount(g) < Integer.bitCount(best))) {
                best = g;
                bestPartial = partial;
            }
        }
        // a grain that states clearly more than the one chosen is the whole of which that one is a
        // slice (a unit with one 项 code: its codes never vary, yet 基本支出 by economic item is the slice)
        Money chosen = sum(byGrain.get(best));
        for (Map.Entry<Integer, List<Fact>> e : byGrain.entrySet()) {
            Money other = sum(e.getValue());
            BigDecimal rounding = rounding(byGrain.get(best)).add(rounding(e.getValue()));
            if (other.to(chosen.unit()).minus(chosen).value().compareTo(rounding) > 0) {
                best = e.getKey();
                chosen = other.to(chosen.unit());
            }
        }
        return List.copyOf(byGrain.get(best));
    }

    private static Money sum(List<Fact> facts) {
        Money sum = null;
        for (Fact f : facts) {
            sum = sum == null ? f.amount() : sum.plus(f.amount());
        }
        return sum;
    }

    /** What rounding can explain in a sum of {@code facts}: half a unit of the last printed decimal of each, in 万元 or 元 as printed. */
    private static BigDecimal rounding(List<Fact> facts) {
        BigDecimal r = BigDecimal.ZERO;
        for (Fact f : facts) {
            r = r.add(BigDecimal.valueOf(5, Math.max(0, f.amount().value().scale()) + 1));
        }
        return r;
    }

    /**
     * True when the facts hold one value in every fact for a dimension the query leaves open:
     * then they are likely one slice of what was asked, not all of it (表二's 上年结转 column is
     * {function, period = CARRY_OVER}: asked for everything, it gives the carried-over part only).
     * A grain that varies in every such dimension is preferred over one that does not.
     */
    private static boolean partial(List<Fact> facts, int openDimensions) {
        if (facts.size() < 2) {
            return openDimensions != 0;
        }
        FactKey first = facts.get(0).key();
        for (int bit = 1; bit <= 128; bit <<= 1) {
            if ((openDimensions & bit) == 0) {
                continue;
            }
            boolean same = true;
            for (Fact f : facts) {
                if (!java.util.Objects.equals(dimension(f.key(), bit), dimension(first, bit))) {
                    same = false;
                    break;
                }
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    private static Object dimension(FactKey k, int bit) {
        return switch (bit) {
            case 1 -> k.function();
            case 2 -> k.economic();
            case 4 -> k.governmentEconomic();
            case 8 -> k.source();
            case 16 -> k.period();
            case 32 -> k.spending();
            case 64 -> k.project();
            default -> k.item();
        };
    }

    /** Builds a fact set, merging a fact printed in several tables into one. */
    public static final class Builder {
        private final Map<FactKey, Fact> facts = new LinkedHashMap<>();
        private final List<Conflict> conflicts = new ArrayList<>();

        public Builder add(FactKey key, Money amount, String label, FactSource source) {
            Fact old = facts.get(key);
            if (old == null) {
                facts.put(key, new Fact(key, amount, label, List.of(source)));
            } else if (old.amount().equals(amount)) {
                List<FactSource> s = new ArrayList<>(old.sources());
                s.add(source);
                facts.put(key, new Fact(key, old.amount(), old.label(), s));
            } else {
                conflicts.add(new Conflict(key, old.amount(), old.sources().get(0), amount, source));
            }
            return this;
        }

        public FactSet build() {
            return new FactSet(new LinkedHashMap<>(facts), conflicts);
        }
    }

    public static Builder builder() {
        return new Builder();
    }
}
