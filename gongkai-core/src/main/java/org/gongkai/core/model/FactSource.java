package org.gongkai.core.model;

/**
 * Where a fact was published: the table, its column and the cell's position.
 * Example: T5 "basic" at line 257, column 4.
 */
public record FactSource(String table, String column, SourcePosition position) {
}
