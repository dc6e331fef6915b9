package org.gongkai.core.check;

import java.util.List;

/**
 * What checking a disclosure found: every finding, ordered by severity then place, and the
 * obligations ledger, one entry per rule. Example: 17 errors, 9 warnings, 21 notes; 40 rules ran,
 * 3 did not apply.
 */
public record CheckReport(List<Finding> findings, List<LedgerEntry> ledger) {

    public CheckReport {
        findings = List.copyOf(findings);
        ledger = List.copyOf(ledger);
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** True when some finding blocks publication. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    public LedgerEntry ledger(String ruleId) {
        return ledger.stream().filter(l -> l.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }
}
