package org.gongkai.core.model;

import java.util.List;

/**
 * A numbered section of 情况说明 with its paragraphs and sub-sections.
 * Example: number "五", title "一般公共预算支出情况说明", with sub-sections （一） and （二）.
 *
 * @param number   the numbering as printed without punctuation: "五", "（一）" becomes "一", "1"
 * @param title    the heading without its numbering
 * @param level    1 for 一、, 2 for （一）, 3 for 1、
 * @param paragraphs the paragraphs directly under the heading
 * @param figures  captions of the charts the section places, e.g. "收入预算图"
 * @param sections the sub-sections
 * @param position where the heading is
 */
public record NarrativeSection(String number, String title, int level, List<Paragraph> paragraphs,
                               List<String> figures, List<NarrativeSection> sections, SourcePosition position) {

    public NarrativeSection {
        paragraphs = List.copyOf(paragraphs);
        figures = List.copyOf(figures);
        sections = List.copyOf(sections);
    }

    /** Every paragraph of this section and its sub-sections, in order. */
    public List<Paragraph> allParagraphs() {
        java.util.ArrayList<Paragraph> out = new java.util.ArrayList<>(paragraphs);
        for (NarrativeSection s : sections) {
            out.addAll(s.allParagraphs());
        }
        return out;
    }
}
