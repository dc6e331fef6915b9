package org.gongkai.core.report;

import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Location;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureMetadata;

/**
 * The Chinese phrases every report format shares, so text and HTML say the same thing.
 * Example: {@code counts(report)} is "错误 22 项、警告 54 项、提示 32 项".
 */
final class ReportWording {

    static final String TITLE = "预算公开检查报告";

    private ReportWording() {
    }

    /** "柳林县人力资源和社会保障局", or "—" when the document does not say. */
    static String unit(Disclosure d) {
        DisclosureMetadata m = d.metadata();
        return m == null || m.unitName() == null ? "—" : m.unitName();
    }

    /** "2024年 单位预算", "2024年", or "—". */
    static String year(Disclosure d) {
        DisclosureMetadata m = d.metadata();
        if (m == null) {
            return "—";
        }
        String kind = (m.level() == null ? "" : m.level().label()) + (m.kind() == null ? "" : m.kind().label());
        String year = m.year() > 0 ? m.year() + "年" : "—";
        return kind.isEmpty() ? year : year + " " + kind;
    }

    /**
     * The file name as read, or "—"; a disclosure read from two files names both:
     * "…部门预算公开文件.pdf（报表：…部门预算公开表.pdf）".
     */
    static String file(Disclosure d) {
        String name = d.source() == null || d.source().fileName() == null ? "—" : d.source().fileName();
        if (d.companions().isEmpty()) {
            return name;
        }
        StringBuilder b = new StringBuilder(name).append("（报表：");
        for (int i = 0; i < d.companions().size(); i++) {
            b.append(i == 0 ? "" : "、").append(d.companions().get(i).fileName());
        }
        return b.append('）').toString();
    }

    /**
     * Where a finding is, as {@link Location#describe} says it; for a disclosure read from two
     * files, with the file its page is in: "表一《收支预算总表》“单位名称”（第3页第1行，报表文件）".
     */
    static String place(Disclosure d, Location l) {
        String place = l.describe();
        String file = file(d, l);
        return file.isEmpty() || !place.endsWith("）") ? place : place.substring(0, place.length() - 1) + file + "）";
    }

    /** The page and line of a finding, "第3页第1行", with its file for a disclosure read from two ("第3页第1行，报表文件"). */
    static String position(Disclosure d, Location l) {
        return l.position().describe() + file(d, l);
    }

    /** "，报表文件" or "，文字文件" for a known place in a disclosure read from two files; else "". */
    private static String file(Disclosure d, Location l) {
        if (d.companions().isEmpty() || !l.position().isKnown()) {
            return "";
        }
        return inTables(l) ? "，报表文件" : "，文字文件";
    }

    /** A place in a table ("表一《收支预算总表》…"), not in a form ("绩效目标表“…”") or the text. */
    private static boolean inTables(Location l) {
        return l.table() != null && l.table().startsWith("表");
    }

    /** The template id, or a note that none was recognised. */
    static String template(Disclosure d) {
        return d.templateId() == null ? "未识别（没有找到任何已知表样的表格）" : d.templateId();
    }

    /** "错误 22 项、警告 54 项、提示 32 项". */
    static String counts(CheckReport r) {
        StringBuilder b = new StringBuilder();
        for (Severity s : Severity.values()) {
            if (b.length() > 0) {
                b.append('、');
            }
            b.append(s.label()).append(' ').append(r.count(s)).append(" 项");
        }
        return b.toString();
    }

    /**
     * What the counts mean for publication: errors block it; no errors while rules could not run
     * proves nothing; otherwise nothing was found.
     */
    static String conclusion(CheckReport r) {
        long errors = r.count(Severity.ERROR);
        if (errors > 0) {
            return "发现 " + errors + " 项错误，改正后才能公开。";
        }
        int couldNotRun = LedgerSummary.of(r.ledger()).couldNotRun();
        if (couldNotRun > 0) {
            return "未发现错误；但有 " + couldNotRun + " 条规则无法检查（原因见规则执行情况），不能据此认定文件无误。";
        }
        long warnings = r.count(Severity.WARNING);
        return warnings > 0 ? "未发现错误；有 " + warnings + " 项警告，公开前请逐项核对。" : "未发现错误或警告。";
    }
}
