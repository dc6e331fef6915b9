package org.gongkai.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.core.model.Disclosure;

/**
 * Runs every rule of a catalogue on a disclosure. Each rule runs on its own; a rule that throws
 * is recorded as "could not run" with the reason, and the others go on.
 * Example: {@code CheckReport r = Checker.standard().check(disclosure);}
 */
public final class Checker {

    /** How a report lists its findings: the most severe first, then in the document's order. */
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparingInt((Finding f) -> f.location().position().page())
            .thenComparingInt(f -> f.location().position().line())
            .thenComparing(Finding::ruleId);

    private final List<Rule> rules;
    private final List<RuleSpec> specs;

    public Checker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.specs = this.rules.stream().map(Rule::spec).toList();
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
