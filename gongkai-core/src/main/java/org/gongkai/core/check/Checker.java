package org.gongkai.core.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.SourcePosition;

/**
 * Runs every rule of a catalogue on a disclosure. Each rule runs on its own; a rule that throws
 * is recorded as "could not run" with the reason, and the others go on.
 * Example: {@code CheckReport r = Checker.standard().check(disclosure);}
 */
public final class Checker {

    /**
     * How a report lists its findings: the most severe first, then in the document's order (page,
     * line), then by rule. Written out rather than chained from key extractors: a chain calls a
     * lambda per key and per comparison, and a report of a hundred findings makes a thousand.
     */
    static final Comparator<Finding> ORDER = (a, b) -> {
        int c = a.severity().compareTo(b.severity());
        if (c != 0) {
            return c;
        }
        SourcePosition pa = a.location().position();
        SourcePosition pb = b.location().position();
        c = Integer.compare(pa.page(), pb.page());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(pa.line(), pb.line());
        return c != 0 ? c : a.ruleId().compareTo(b.ruleId());
    };

    private final List<Rule> rules;
    private final List<RuleRun.Spec> specs;

    public Checker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.specs = this.rules.stream().map(r -> RuleRun.Spec.of(r.spec())).toList();
    }

    /** The checker with every rule gongkai has ({@link RuleCatalog}). */
    public static Checker standard() {
        return new Checker(RuleCatalog.rules());
    }

    public List<Rule> rules() {
        return rules;
    }

    public CheckReport check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        List<LedgerEntry> ledger = new ArrayList<>();
        Map<Class<?>, Object> shared = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            RuleRun run = new RuleRun(specs.get(i), shared);
            try {
                rule.check(d, run);
            } catch (RuntimeException e) {
                run.couldNotRun("规则执行出错：" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : "：" + e.getMessage()));
            }
            findings.addAll(run.findings());
            ledger.add(run.ledger());
        }
        return new CheckReport(sorted(findings), ledger);
    }

    /**
     * The findings in {@link #ORDER}. Each finding's severity, page and line are read once into one
     * number and the sort compares those (then rule ids): compared in place, every comparison goes
     * out to three objects per finding, made far apart in memory by the rules that reported them.
     * Positions too large for the number (none in practice) are sorted by {@link #ORDER} itself.
     */
    static List<Finding> sorted(List<Finding> findings) {
        Keyed[] keyed = new Keyed[findings.size()];
        for (int i = 0; i < keyed.length; i++) {
            Finding f = findings.get(i);
            SourcePosition p = f.location().position();
            if (p.page() < 0 || p.page() >= 1 << 20 || p.line() < 0) {
                List<Finding> out = new ArrayList<>(findings);
                out.sort(ORDER);
                return out;
            }
            keyed[i] = new Keyed((long) f.severity().ordinal() << 60 | (long) p.page() << 31 | p.line(), f);
        }
        Arrays.sort(keyed, BY_KEY); // stable, as List.sort is
        List<Finding> out = new ArrayList<>(keyed.length);
        for (Keyed k : keyed) {
            out.add(k.finding());
        }
        return out;
    }

    /** A finding and its severity, page and line in one number, ordered as {@link #ORDER} orders them. */
    private record Keyed(long key, Finding finding) {
    }

    private static final Comparator<Keyed> BY_KEY = (a, b) -> {
        int c = Long.compare(a.key(), b.key());
        return c != 0 ? c : a.finding().ruleId().compareTo(b.finding().ruleId());
    };
}
