package org.gongkai.core.report;

import java.util.List;

import org.gongkai.core.check.LedgerEntry;
import org.gongkai.core.check.Outcome;

/**
 * How the rules of a check fared, counted from its ledger. Example: 56 rules, 54 ran, 1 did not
 * apply, 1 could not run.
 *
 * @param total         rules in the ledger
 * @param ran           rules that ran (已检查)
 * @param notApplicable rules whose condition was not met (不适用)
 * @param couldNotRun   rules missing something they need (无法检查)
 */
public record LedgerSummary(int total, int ran, int notApplicable, int couldNotRun) {

    public static LedgerSummary of(List<LedgerEntry> ledger) {
        int ran = 0;
        int notApplicable = 0;
        int couldNotRun = 0;
        for (LedgerEntry l : ledger) {
            if (l.outcome() == Outcome.RAN) {
                ran++;
            } else if (l.outcome() == Outcome.NOT_APPLICABLE) {
                notApplicable++;
            } else {
                couldNotRun++;
            }
        }
        return new LedgerSummary(ledger.size(), ran, notApplicable, couldNotRun);
    }

    /** In Chinese: "共 56 条规则：已检查 54 条，不适用 1 条，无法检查 1 条". */
    public String describe() {
        return "共 " + total + " 条规则：" + Outcome.RAN.label() + " " + ran + " 条，" + Outcome.NOT_APPLICABLE.label() + " "
                + notApplicable + " 条，" + Outcome.COULD_NOT_RUN.label() + " " + couldNotRun + " 条";
    }
}
