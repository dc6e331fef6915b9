package org.gongkai.app.cli;

/**
 * What {@code gongkai check} prints: text for people at a terminal, JSON for programs
 * (docs/check-report-format.md), or one HTML page to read in a browser or print.
 */
public enum ReportFormat {
    text,
    json,
    html
}
