package org.gongkai.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private FactSet(Map<FactKey, Fact> facts, List<Conflict> conflicts) {
        this.facts = Collections.unmodifiableMap(facts);
        this.conflicts = List.copyOf(conflicts);
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
        Map<Integer, List<Fact>> byGrain = new LinkedHashMap<>();
        int q = query.grain();
        for (Fact f : facts.values()) {
            int g = f.key().grain();
            if ((g & q) == q && f.key().within(query)) {
                byGrain.computeIfAbsent(g, k -> new ArrayList<>()).add(f);
            }
        }
        if (byGrain.isEmpty()) {
            return Optional.empty();
        }
        int best = -1;
        for (int g : byGrain.keySet()) {
            if (best < 0 || Integer.bitCount(g) < Integer.bitCount(best)) {
                best = g;
            }
        }
        Money sum = null;
        for (Fact f : byGrain.get(best)) {
            sum = sum == null ? f.amount() : sum.plus(f.amount());
        }
        return Optional.of(sum);
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
