package org.gongkai.app.cli;

/** What a command prints: a summary for people or JSON for programs. */
public enum OutputFormat {
    text,
    json
}
