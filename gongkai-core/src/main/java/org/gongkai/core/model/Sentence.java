package org.gongkai.core.model;

/**
 * One sentence of the text, ending at 。；！？ or the paragraph end, with where it starts.
 * Example: "占64.67%；" is part of a sentence; the sentence "…一般公共预算拨款收入1,251.07万元，占64.67%；".
 */
public record Sentence(String text, SourcePosition position) {
}
