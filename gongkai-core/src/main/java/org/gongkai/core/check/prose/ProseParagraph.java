package org.gongkai.core.check.prose;

import java.util.List;

import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.Sentence;

/**
 * A paragraph of 情况说明 with the section it is in and the figures stated in it.
 *
 * @param section   the top-level section's heading, e.g. "五、一般公共预算支出情况说明"
 * @param topIndex  which top-level section (0-based)
 * @param subsection which section or subsection it is directly in, counted in document order: two
 *                  paragraphs of one top-level section with different numbers have a heading between them
 * @param paragraph the paragraph
 * @param mentions  the figures, in order
 */
public record ProseParagraph(String section, int topIndex, int subsection, Paragraph paragraph, List<Mention> mentions) {

    public ProseParagraph {
        mentions = List.copyOf(mentions);
    }

    public String text() {
        return paragraph.text();
    }

    /** The sentence holding offset {@code at}. */
    public Sentence sentenceAt(int at) {
        int pos = 0;
        String text = paragraph.text();
        for (Sentence s : paragraph.sentences()) {
            int i = text.indexOf(s.text(), pos);
            if (i < 0) {
                continue;
            }
            if (at < i + s.text().length()) {
                return s;
            }
            pos = i + s.text().length();
        }
        return paragraph.sentences().isEmpty() ? new Sentence(text, paragraph.position())
                : paragraph.sentences().get(paragraph.sentences().size() - 1);
    }

    /**
     * The end of the sentence holding {@code at} ("。" or the paragraph's end; "；" does not end it
     * here). {@code at} is an offset in the paragraph; the search is the JDK's own, which reads
     * wide text much faster than a loop over its characters.
     */
    public int periodAfter(int at) {
        String t = paragraph.text();
        int period = t.indexOf('。', at);
        return period < 0 ? t.length() : period;
    }
}
