package org.gongkai.core.report;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Finding;
import org.gongkai.core.check.LedgerEntry;
import org.gongkai.core.check.Outcome;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;

/**
 * A check report as plain text for a terminal: a header (unit, year, file, template, counts and
 * what they mean), the findings grouped by severity, errors first, each with its rule, message
 * and place, notes (提示) one line each, and the ledger in short: how many rules ran, did not
 * apply or could not run, and why the last could not. Example line:
 * <pre>
 *   3. [PROSE-002] “机关运行经费财政拨款预算21.19万元”的增减幅度写作0.08%，按上年23.06万元计算应为8.11%
 *      位置：八、机关运行经费增减变动原因说明（第473行）
 * </pre>
 */
public final class CheckReportTextWriter {

    private CheckReportTextWriter() {
    }

    public static String write(Disclosure d, CheckReport r) {
        StringBuilder b = new StringBuilder();
        b.append(ReportWording.TITLE).append('\n');
        b.append("单位：").append(ReportWording.unit(d)).append('\n');
        b.append("年度：").append(ReportWording.year(d)).append('\n');
        b.append("文件：").append(ReportWording.file(d)).append('\n');
        b.append("模板：").append(ReportWording.template(d)).append('\n');
        b.append("结果：").append(ReportWording.counts(r)).append('\n');
        b.append("结论：").append(ReportWording.conclusion(r)).append('\n');

        for (Severity s : Severity.values()) {
            List<Finding> group = r.findings().stream().filter(f -> f.severity() == s).toList();
            if (group.isEmpty()) {
                continue;
            }
            b.append('\n').append(s.label()).append("（").append(group.size()).append(" 项）\n");
            int n = 0;
            for (Finding f : group) {
                n++;
                if (s == Severity.INFO) {
                    b.append("  - [").append(f.ruleId()).append("] ").append(f.message());
                    if (f.location().position().isKnown()) {
                        b.append("（").append(ReportWording.position(d, f.location())).append("）");
                    }
                    b.append('\n');
                    continue;
                }
                b.append(String.format("%3d. [", n)).append(f.ruleId()).append("] ").append(f.message()).append('\n');
                String place = ReportWording.place(d, f.location());
                if (!place.isEmpty()) {
                    b.append("     位置：").append(place).append('\n');
                }
            }
        }

        LedgerSummary summary = LedgerSummary.of(r.ledger());
        b.append("\n规则执行情况：").append(summary.describe()).append("。\n");
        List<LedgerEntry> couldNotRun = new ArrayList<>();
        List<LedgerEntry> partly = new ArrayList<>();
        List<String> notApplicable = new ArrayList<>();
        for (LedgerEntry l : r.ledger()) {
            if (l.outcome() == Outcome.RAN && l.reason() != null) {
                partly.add(l);
            } else if (l.outcome() == Outcome.COULD_NOT_RUN) {
                couldNotRun.add(l);
            } else if (l.outcome() == Outcome.NOT_APPLICABLE) {
                notApplicable.add(l.ruleId());
            }
        }
        if (!couldNotRun.isEmpty()) {
            b.append(Outcome.COULD_NOT_RUN.label()).append("：\n");
            for (LedgerEntry l : couldNotRun) {
                b.append("  - ").append(l.ruleId()).append(' ').append(l.title());
                if (l.reason() != null) {
                    b.append("：").append(l.reason());
                }
                b.append('\n');
            }
        }
        if (!partly.isEmpty()) {
            b.append("已检查，部分未查：\n");
            for (LedgerEntry l : partly) {
                b.append("  - ").append(l.ruleId()).append(' ').append(l.title()).append("：").append(l.reason()).append('\n');
            }
        }
        if (!notApplicable.isEmpty()) {
            b.append(Outcome.NOT_APPLICABLE.label()).append("：").append(String.join("、", notApplicable)).append('\n');
        }
        return b.toString();
    }
}
