package org.gongkai.core.report;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Finding;
import org.gongkai.core.check.LedgerEntry;
import org.gongkai.core.check.Location;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.SourceInfo;
import org.gongkai.core.write.DisclosureJsonWriter;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link CheckReport} as JSON ("gongkai-check-report", version 1), documented in
 * {@code docs/check-report-format.md}: the document checked (metadata and source file with its
 * SHA-256), the counts, every finding with every field, and the whole ledger. The mapping is
 * spelled out field by field so the format stays stable when the model changes; absent values
 * are left out, lists are always present, field order is fixed and the {@code values} of a
 * finding are sorted by name. Figures stay strings, as published.
 * Example: {@code {"ruleId": "PROSE-002", "severity": "ERROR", "expected": "8.11%", "actual": "0.08%", …}}.
 */
public final class CheckReportJsonWriter {

    /** The format's name and version, written at the top of every report. */
    public static final String FORMAT = "gongkai-check-report";
    public static final int VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CheckReportJsonWriter() {
    }

    /** The report as a JSON tree. */
    public static ObjectNode toJson(Disclosure d, CheckReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.set("document", document(d));
        if (d.source() != null) {
            root.set("source", DisclosureJsonWriter.source(d.source()));
        }
        if (!d.companions().isEmpty()) {
            ArrayNode companions = root.putArray("companions");
            for (SourceInfo s : d.companions()) {
                companions.add(DisclosureJsonWriter.source(s));
            }
        }
        ObjectNode counts = root.putObject("counts");
        counts.put("errors", r.count(Severity.ERROR));
        counts.put("warnings", r.count(Severity.WARNING));
        counts.put("infos", r.count(Severity.INFO));
        counts.put("total", r.findings().size());
        root.put("hasErrors", r.hasErrors());
        LedgerSummary s = LedgerSummary.of(r.ledger());
        ObjectNode rules = root.putObject("rules");
        rules.put("total", s.total());
        rules.put("ran", s.ran());
        rules.put("notApplicable", s.notApplicable());
        rules.put("couldNotRun", s.couldNotRun());

        Map<String, String> titles = new HashMap<>();
        for (LedgerEntry l : r.ledger()) {
            titles.put(l.ruleId(), l.title());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : r.findings()) {
            findings.add(finding(f, titles.get(f.ruleId())));
        }
        ArrayNode ledger = root.putArray("ledger");
        for (LedgerEntry l : r.ledger()) {
            ledger.add(ledgerEntry(l));
        }
        return root;
    }

    public static String write(Disclosure d, CheckReport r) {
        return JSON.writeValueAsString(toJson(d, r)) + "\n";
    }

    public static void write(Disclosure d, CheckReport r, OutputStream out) {
        JSON.writeValue(out, toJson(d, r));
    }

    // ---------------------------------------------------------------- parts

    private static ObjectNode document(Disclosure d) {
        ObjectNode n = d.metadata() == null ? JSON.createObjectNode() : DisclosureJsonWriter.metadata(d.metadata());
        put(n, "template", d.templateId());
        return n;
    }

    private static ObjectNode finding(Finding f, String title) {
        ObjectNode n = JSON.createObjectNode();
        n.put("ruleId", f.ruleId());
        put(n, "ruleTitle", title);
        n.put("severity", f.severity().name());
        n.put("severityLabel", f.severity().label());
        n.put("category", f.category().name());
        n.put("categoryLabel", f.category().label());
        n.put("message", f.message());
        n.set("location", location(f.location()));
        put(n, "expected", f.expected());
        put(n, "actual", f.actual());
        put(n, "difference", f.difference());
        ObjectNode values = n.putObject("values");
        new TreeMap<>(f.values()).forEach((k, v) -> put(values, k, v));
        return n;
    }

    private static ObjectNode location(Location l) {
        ObjectNode n = JSON.createObjectNode();
        put(n, "table", l.table());
        put(n, "row", l.row());
        put(n, "column", l.column());
        put(n, "section", l.section());
        put(n, "sentence", l.sentence());
        DisclosureJsonWriter.position(n, l.position());
        n.put("text", l.describe());
        return n;
    }

    private static ObjectNode ledgerEntry(LedgerEntry l) {
        ObjectNode n = JSON.createObjectNode();
        n.put("ruleId", l.ruleId());
        n.put("title", l.title());
        n.put("outcome", l.outcome().name());
        n.put("outcomeLabel", l.outcome().label());
        put(n, "reason", l.reason());
        n.put("errors", l.errors());
        n.put("warnings", l.warnings());
        n.put("infos", l.infos());
        n.put("passed", l.passed());
        return n;
    }

    private static void put(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }
}
