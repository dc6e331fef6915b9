package org.gongkai.core.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Reports a comparison's verdict the same way in every rule: nothing when equal, INFO when
 * rounding explains the difference (saying so), the rule's severity when it does not. Messages of
 * such rules end with {@code {note}}, filled here.
 */
public final class Verdicts {

    private Verdicts() {
    }

    /** Reports {@code v} at {@code location}; {@code values} are the message's other placeholders. */
    public static void report(RuleRun run, Tolerance.Verdict v, Location location, String actual, String... values) {
        if (v.agreement() == Tolerance.Agreement.EQUAL) {
            return;
        }
        List<String> all = new ArrayList<>(List.of(values));
        all.add("expected");
        all.add(Tolerance.show(v.expected()));
        all.add("actual");
        all.add(actual);
        all.add("difference");
        all.add(Tolerance.signed(v.difference()));
        all.add("note");
        all.add(v.agreement() == Tolerance.Agreement.ROUNDING
                ? "，在四舍五入误差（±" + v.bound().stripTrailingZeros().toPlainString() + "）之内" : "");
        run.report(v.agreement() == Tolerance.Agreement.ROUNDING ? Severity.INFO : run.spec().severity(), location,
                Tolerance.show(v.expected()), actual, Tolerance.signed(v.difference()), all.toArray(String[]::new));
    }
}
