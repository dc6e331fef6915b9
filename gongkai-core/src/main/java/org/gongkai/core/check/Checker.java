package org.gongkai.core.check;

import java.util.ArrayList;
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
    private static final Comparator<Finding> ORDER = (a, b) -> {
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
        findings.sort(ORDER);
        return new CheckReport(findings, ledger);
    }
}
