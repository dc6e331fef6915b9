package org.gongkai.core.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.SourcePosition;

/**
 * Runs every rule of a catalogue on a disclosure. Each rule runs on its own; a rule that throws
 * is recorded as "could not run" with the reason, and the others go on.
 * Example: {@code CheckReport r = Checker.standard().check(disclosure);}
 *
 * <p>On a machine with more than one processor, a check runs on two threads: the rules that read
 * the text (情况说明 and the document as a whole: {@link RuleFamily#PROSE}, {@link RuleFamily#DOC})
 * on one of {@link ForkJoinPool#commonPool()}, the rules that read the figures (tables,
 * performance targets, catalogue) on the caller's. Each half runs its rules in catalogue order, so
 * what a family's rules share (the 情况说明's statements, the document's passages) is only ever used
 * by one thread; what both halves use ({@link Tables}) is made once, by whichever asks first. The
 * report is the same either way: findings sorted, the ledger in catalogue order. Work that already
 * checks many documents at once uses {@link #oneThread()}.
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
    /** The indices of the rules that read the text ({@link #TEXT}), and of the others, each in catalogue order. */
    private final int[] text;
    private final int[] figures;
    private final boolean twoThreads;

    /** The families whose rules read the text, run on a thread of their own when there are two. */
    private static final List<RuleFamily> TEXT = List.of(RuleFamily.PROSE, RuleFamily.DOC);

    public Checker(List<Rule> rules) {
        this(rules, Runtime.getRuntime().availableProcessors() > 1);
    }

    /** The rules, checked on two threads when {@code twoThreads} and both halves have rules, else on the caller's. */
    Checker(List<Rule> rules, boolean twoThreads) {
        this.rules = List.copyOf(rules);
        this.specs = this.rules.stream().map(r -> RuleRun.Spec.of(r.spec())).toList();
        int[] t = new int[this.rules.size()];
        int[] f = new int[this.rules.size()];
        int nt = 0;
        int nf = 0;
        for (int i = 0; i < specs.size(); i++) {
            if (readsText(specs.get(i).id())) {
                t[nt++] = i;
            } else {
                f[nf++] = i;
            }
        }
        this.text = Arrays.copyOf(t, nt);
        this.figures = Arrays.copyOf(f, nf);
        this.twoThreads = twoThreads && nt > 0 && nf > 0;
    }

    private static boolean readsText(String ruleId) {
        for (RuleFamily family : TEXT) {
            if (family.holds(ruleId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same rules, run on the caller's thread only: for work that checks several documents at
     * once, one per thread, where a second thread per check would only wait for a processor.
     */
    public Checker oneThread() {
        return twoThreads ? new Checker(rules, false) : this;
    }

    /** True when a check runs its text rules and its figure rules at the same time, on two threads. */
    public boolean twoThreads() {
        return twoThreads;
    }

    /** The checker with every rule gongkai has ({@link RuleCatalog}). */
    public static Checker standard() {
        return new Checker(RuleCatalog.rules());
    }

    public List<Rule> rules() {
        return rules;
    }

    public CheckReport check(Disclosure d) {
        RuleRun[] runs = new RuleRun[rules.size()];
        RuleRun.Shared shared = new RuleRun.Shared();
        if (twoThreads) {
            ForkJoinTask<?> reading = ForkJoinPool.commonPool().submit(() -> run(text, d, shared, runs));
            run(figures, d, shared, runs);
            reading.join(); // runs it here if no thread of the pool has taken it yet
        } else {
            run(text, d, shared, runs);
            run(figures, d, shared, runs);
        }
        List<Finding> findings = new ArrayList<>();
        List<LedgerEntry> ledger = new ArrayList<>(runs.length);
        for (RuleRun run : runs) {
            findings.addAll(run.findings());
            ledger.add(run.ledger());
        }
        return new CheckReport(sorted(findings), ledger);
    }

    /** Runs the rules at {@code indices}, in order, each run kept at its index in {@code runs}. */
    private void run(int[] indices, Disclosure d, RuleRun.Shared shared, RuleRun[] runs) {
        for (int i : indices) {
            RuleRun run = new RuleRun(specs.get(i), shared);
            try {
                rules.get(i).check(d, run);
            } catch (RuntimeException e) {
                run.couldNotRun("规则执行出错：" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : "：" + e.getMessage()));
            }
            runs[i] = run;
        }
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
