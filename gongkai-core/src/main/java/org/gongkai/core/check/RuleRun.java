package org.gongkai.core.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One rule's run on one document: where it reports its findings, or says that it does not apply
 * or could not run. Example: {@code run.report(Severity.ERROR, location, "1934.61", "1934.71",
 * "table", "表三", "row", "合计", …)}.
 */
public final class RuleRun {

    /**
     * A rule's {@link RuleSpec}, read once: each call on an annotation goes through a proxy and a
     * map, and a check reads the id, severity and message for every finding.
     */
    record Spec(RuleSpec annotation, String id, Severity severity, Category category, String title, String message) {

        static Spec of(RuleSpec s) {
            return new Spec(s, s.id(), s.severity(), s.category(), s.title(), s.message());
        }
    }

    /**
     * What the rules of one check share ({@link #shared}), safe to use from the check's two
     * threads: each object is made once, by the first rule to ask; a rule of the other thread that
     * asks meanwhile waits for it.
     */
    static final class Shared {

        private final Map<Class<?>, Once> made = new ConcurrentHashMap<>();

        <T> T get(Class<T> type, Supplier<T> make) {
            return type.cast(made.computeIfAbsent(type, t -> new Once()).get(make));
        }

        /** One shared object, made on the first call; made again only if making it threw. */
        private static final class Once {
            private Object value;

            synchronized Object get(Supplier<?> make) {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        }
    }

    private final Spec spec;
    private final Shared shared;
    private final List<Finding> findings = new ArrayList<>();
    private Outcome outcome = Outcome.RAN;
    private String reason;

    RuleRun(Spec spec, Shared shared) {
        this.spec = spec;
        this.shared = shared;
    }

    /**
     * What several rules read out of the same document, worked out once per check: the first rule
     * to ask makes it, the others get the same object. Example:
     * {@code run.shared(Statements.class, () -> new Statements(ProseText.of(d)))}.
     */
    public <T> T shared(Class<T> type, Supplier<T> make) {
        return shared.get(type, make);
    }

    public RuleSpec spec() {
        return spec.annotation();
    }

    /**
     * Reports a finding at {@code severity} (at most the rule's own). The message is the rule's,
     * filled with {@code values}: pairs of placeholder name and value.
     */
    public void report(Severity severity, Location location, String expected, String actual, String difference, String... values) {
        if (values.length % 2 != 0) {
            throw new IllegalArgumentException("values come in name, value pairs");
        }
        Severity s = severity.ordinal() < spec.severity().ordinal() ? spec.severity() : severity;
        String message = MessageTemplate.fill(spec.message(), values);
        findings.add(new Finding(spec.id(), s, spec.category(), message, location, expected, actual, difference, byName(values)));
    }

    /**
     * The values by placeholder name, as the finding keeps them (immutable). Made straight from the
     * pairs when no name is given twice; otherwise the last value given counts, as in any map.
     */
    private static Map<String, String> byName(String[] values) {
        @SuppressWarnings("unchecked")
        Map.Entry<String, String>[] entries = new Map.Entry[values.length / 2];
        for (int i = 0; i < values.length; i += 2) {
            for (int j = 0; j < i; j += 2) {
                if (values[j].equals(values[i])) {
                    return withRepeats(values);
                }
            }
            entries[i / 2] = Map.entry(values[i], values[i + 1]);
        }
        return Map.ofEntries(entries);
    }

    private static Map<String, String> withRepeats(String[] values) {
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            v.put(values[i], values[i + 1]);
        }
        return Map.copyOf(v);
    }

    /** The rule does not apply to this document; {@code condition} says why, e.g. "本单位无项目支出". */
    public void notApplicable(String condition) {
        outcome = Outcome.NOT_APPLICABLE;
        reason = condition;
    }

    /** The rule could not run; {@code why} names what is missing, e.g. "未找到表三". */
    public void couldNotRun(String why) {
        outcome = Outcome.COULD_NOT_RUN;
        reason = why;
    }

    /**
     * The rule ran, but left part of its work undone; {@code what} says which, e.g. "未找到表八，
     * 1 条等式未查". The ledger keeps it as the reason of a rule that ran: what it did check passed or
     * failed, what it did not is not counted either way.
     */
    public void partly(String what) {
        if (outcome == Outcome.RAN) {
            reason = what;
        }
    }

    List<Finding> findings() {
        return findings;
    }

    LedgerEntry ledger() {
        int e = 0;
        int w = 0;
        int i = 0;
        for (Finding f : findings) {
            switch (f.severity()) {
                case ERROR -> e++;
                case WARNING -> w++;
                case INFO -> i++;
            }
        }
        return new LedgerEntry(spec.id(), spec.title(), outcome, reason, e, w, i);
    }
}
