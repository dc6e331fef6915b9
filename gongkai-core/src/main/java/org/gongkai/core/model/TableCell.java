package org.gongkai.core.model;

/**
 * One cell as published: its text (trimmed, a wrapped cell's lines joined) and its position.
 * Example: "134.97" at line 182, column 3.
 */
public record TableCell(String text, SourcePosition position) {

    public boolean isBlank() {
        return text.isBlank();
    }
}
