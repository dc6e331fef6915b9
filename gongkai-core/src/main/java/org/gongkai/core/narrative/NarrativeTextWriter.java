package org.gongkai.core.narrative;

import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Paragraph;

/**
 * 情况说明 as plain text, laid out as a published document prints it: the part's title, each
 * heading on its own line with its numbering ("一、", "（一）", "1、"), paragraphs and chart captions
 * separated by blank lines. The reader reads it back into the same sections and paragraphs.
 * Example: "一、单位预算收支数据变动情况及原因\n\n2024年度…预算收入总计1,934.61万元，…"
 */
public final class NarrativeTextWriter {

    private NarrativeTextWriter() {
    }

    public static String write(Narrative n) {
        StringBuilder b = new StringBuilder();
        if (n.title() != null) {
            b.append(n.title()).append("\n\n");
        }
        for (NarrativeSection s : n.sections()) {
            section(b, s);
        }
        return b.toString();
    }

    private static void section(StringBuilder b, NarrativeSection s) {
        String heading = switch (s.level()) {
            case 1 -> s.number() + "、";
            case 2 -> "（" + s.number() + "）";
            default -> s.number() + "、";
        };
        b.append(heading).append(s.title()).append("\n\n");
        for (Paragraph p : s.paragraphs()) {
            b.append(p.text()).append("\n\n");
        }
        for (String f : s.figures()) {
            b.append(f).append("\n\n");
        }
        for (NarrativeSection sub : s.sections()) {
            section(b, sub);
        }
    }
}
