package org.gongkai.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 第三部分 情况说明: the explanation's numbered sections, as published.
 * Example: 12 sections, 一、单位预算收支数据变动情况及原因 … 十二、其他说明.
 *
 * @param title    the part's heading, e.g. "第三部分 2024年度单位预算情况说明"
 * @param sections the sections in order
 */
public record Narrative(String title, List<NarrativeSection> sections) {

    public Narrative {
        sections = List.copyOf(sections);
    }

    public static Narrative empty() {
        return new Narrative(null, List.of());
    }

    /** The first top-level section whose title contains {@code words}, e.g. "收入预算". */
    public Optional<NarrativeSection> section(String words) {
        return sections.stream().filter(s -> s.title().contains(words)).findFirst();
    }

    /** Every sentence of every section, in reading order. */
    public List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        for (NarrativeSection s : sections) {
            for (Paragraph p : s.allParagraphs()) {
                out.addAll(p.sentences());
            }
        }
        return out;
    }
}
