package org.gongkai.app.cli;

/**
 * What {@code gongkai parse} prints: a summary for people, the whole disclosure as JSON for
 * programs, or its facts as a CSV table (a row per figure, for spreadsheets and statistics).
 */
public enum OutputFormat {
    text,
    json,
    csv
}
