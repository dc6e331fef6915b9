package org.gongkai.core.write.text;

import java.util.List;
import java.util.regex.Pattern;

import org.gongkai.core.model.ChineseNumerals;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableCell;
import org.gongkai.core.model.TableRow;

/**
 * Writes a {@link Disclosure} as a published text file: the title block, 第一部分 概况, 第二部分
 * with every table (number, title, 单位名称, 单位, heading rows and body rows, cells separated by
 * tabs, the note under it), 第三部分 情况说明 with its numbered sections and the performance-target
 * forms as printed, 第四部分 名词解释. A document whose 情况说明 is in parts of its own, unnumbered
 * (Shanghai's 部门预算编制说明, 其他相关情况说明, 项目经费情况说明), has each written as a part (第三部分,
 * 第四部分, …), 名词解释 last. UTF-8, LF line ends. Reading the result with
 * {@link org.gongkai.core.read.DisclosureReader} gives the same facts, tables and sentences.
 * Not written: the purchase-services catalogue annex and the 目录 (a text file has no pages).
 * Example: the reference document's model gives a text of about 2,300 lines beginning
 * "柳林县人力资源和社会保障局", "2024年度单位预算公开", "第一部分 概况".
 */
public final class DisclosureTextWriter {

    private DisclosureTextWriter() {
    }

    public static String write(Disclosure d) {
        StringBuilder b = new StringBuilder(64 * 1024);
        DisclosureMetadata m = d.metadata();
        String what = (m.year() > 0 ? m.year() + "年度" : "") + (m.level() == null ? "" : m.level().label())
                + (m.kind() == null ? "" : m.kind().label());
        line(b, m.unitName());
        line(b, m.title() != null ? m.title() : what + "公开");

        line(b, "第一部分 概况");
        for (Paragraph p : d.profile().text()) {
            line(b, p.text());
        }

        line(b, "第二部分 " + what + "报表");
        for (PublishedTable t : d.tables()) {
            table(b, t);
        }

        int part = 3;
        List<NarrativeSection> sections = d.narrative().sections();
        if (!sections.isEmpty()) {
            boolean byParts = unnumbered(sections.get(0));
            if (!byParts) {
                line(b, "第三部分 " + (d.narrative().title() != null ? withoutPart(d.narrative().title()) : what + "情况说明"));
                part++;
            }
            for (NarrativeSection s : sections) {
                if (byParts && unnumbered(s)) {
                    // a part of its own in print (部门预算编制说明, 其他相关情况说明, 项目经费情况说明): so it is read back
                    line(b, "第" + ChineseNumerals.of(part++) + "部分 " + s.title());
                    paragraphs(b, s);
                } else {
                    section(b, s);
                }
            }
            for (PerformanceTarget t : d.performanceTargets()) {
                form(b, t);
            }
        }

        if (!d.glossary().isEmpty()) {
            line(b, "第" + ChineseNumerals.of(part) + "部分 名词解释");
            for (GlossaryEntry g : d.glossary()) {
                line(b, (g.number() == null ? "" : g.number() + "、") + g.term() + "：" + g.definition());
            }
        }
        return b.toString();
    }

    private static void table(StringBuilder b, PublishedTable t) {
        if (t.number() != null) {
            line(b, t.number());
        }
        line(b, t.title());
        if (t.unitName() != null) {
            line(b, "单位名称：" + t.unitName());
        }
        line(b, "单位：" + t.unit().label());
        rows(b, t.headerRows());
        rows(b, t.rows());
        b.append('\n');
        if (t.note() != null) {
            line(b, t.note());
        }
    }

    private static void section(StringBuilder b, NarrativeSection s) {
        line(b, numbered(s));
        paragraphs(b, s);
    }

    /** A section's paragraphs, its charts' captions ("收入预算图") and its subsections, after its heading. */
    private static void paragraphs(StringBuilder b, NarrativeSection s) {
        for (Paragraph p : s.paragraphs()) {
            line(b, p.text());
        }
        for (String caption : s.figures()) {
            line(b, caption);
        }
        for (NarrativeSection sub : s.sections()) {
            section(b, sub);
        }
    }

    /** The 情况说明's title without the part's number it was printed with: "第三部分 2024年度单位预算情况说明" gives "2024年度单位预算情况说明". */
    private static String withoutPart(String title) {
        return PART.matcher(title).replaceFirst("");
    }

    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分\\s*");

    /** A top-level section with no number: one a document prints as a part of its own. */
    private static boolean unnumbered(NarrativeSection s) {
        return (s.number() == null || s.number().isEmpty()) && s.level() <= 1;
    }

    /** "一、收入预算情况说明", "（一）一般公共预算当年支出规模变化情况", "1、整体绩效目标": numbers as publications print them. */
    static String numbered(NarrativeSection s) {
        String n = s.number();
        if (n == null || n.isEmpty()) {
            return s.title();
        }
        boolean arabic = Character.isDigit(n.charAt(0));
        if (arabic) {
            return n + "、" + s.title();
        }
        return s.level() <= 1 ? n + "、" + s.title() : "（" + n + "）" + s.title();
    }

    private static void form(StringBuilder b, PerformanceTarget t) {
        PublishedTable form = t.published();
        if (form == null) {
            return;
        }
        line(b, form.title() != null ? form.title() : t.title());
        if (t.year() != null) {
            line(b, "(" + t.year() + "年度)");
        }
        rows(b, form.headerRows());
        rows(b, form.rows());
        b.append('\n');
    }

    private static void rows(StringBuilder b, List<TableRow> rows) {
        for (TableRow r : rows) {
            List<TableCell> cells = r.cells();
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    b.append('\t');
                }
                b.append(cells.get(i).text().replace('\t', ' ').replace('\n', ' '));
            }
            b.append('\n');
        }
    }

    /** A line of its own, then a blank line, as the blocks of a published text are. */
    private static void line(StringBuilder b, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        b.append(text.replace('\n', ' ')).append("\n\n");
    }
}
