package org.gongkai.core.check;

import java.util.Arrays;

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
        String expected = Tolerance.show(v.expected());
        String difference = Tolerance.signed(v.difference());
        String[] all = Arrays.copyOf(values, values.length + 8);
        int n = values.length;
        all[n] = "expected";
        all[n + 1] = expected;
        all[n + 2] = "actual";
        all[n + 3] = actual;
        all[n + 4] = "difference";
        all[n + 5] = difference;
        all[n + 6] = "note";
        all[n + 7] = v.agreement() == Tolerance.Agreement.ROUNDING
                ? "，在四舍五入误差（±" + v.bound().stripTrailingZeros().toPlainString() + "）之内" : "";
        run.report(v.agreement() == Tolerance.Agreement.ROUNDING ? Severity.INFO : run.spec().severity(), location,
                expected, actual, difference, all);
    }
}
