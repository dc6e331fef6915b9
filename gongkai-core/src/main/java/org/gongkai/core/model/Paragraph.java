package org.gongkai.core.model;

import java.util.List;

/**
 * A paragraph as published (lines split by a page break joined back) and its sentences.
 * Example: the paragraph of 二、收入预算情况说明 with six sentences.
 */
public record Paragraph(String text, List<Sentence> sentences, SourcePosition position) {

    public Paragraph {
        sentences = List.copyOf(sentences);
    }
}
