package org.gongkai.core.check;

/**
 * One line of the obligations ledger: a rule, what became of it and why, and how many findings
 * of each severity it made. Example: PERF-001, RAN, 0 errors; CAT-001, NOT_APPLICABLE,
 * "文件未附政府购买服务指导性目录". A rule that ran may give a reason too: the part of its work it
 * could not do (TBL-019: "未找到表八…，1 条表间等式未查").
 */
public record LedgerEntry(String ruleId, String title, Outcome outcome, String reason, int errors, int warnings, int infos) {

    /** Ran and found nothing above INFO. */
    public boolean passed() {
        return outcome == Outcome.RAN && errors == 0 && warnings == 0;
    }
}
