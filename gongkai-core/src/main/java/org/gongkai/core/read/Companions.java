package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.ReadNote;
import org.gongkai.core.model.SourceInfo;
import org.gongkai.core.model.UnitNames;

/**
 * One disclosure published as two files: its text (概况, 情况说明, 名词解释) in one and its tables
 * in another, as the Jiangsu departments publish theirs ("江苏省委办公厅2018年度部门预算公开文件.pdf"
 * and "江苏省委办公厅2018年度部门预算公开表.pdf"). Read apart, the text lacks every table and the
 * tables every part, and nothing the text says can be checked against the tables; joined
 * ({@link #join}), they are read and checked as the one disclosure they are.
 */
public final class Companions {

    private Companions() {
    }

    /** Text and no table: 概况 or 情况说明 read, no table found. */
    public static boolean textOnly(Disclosure d) {
        return d.tables().isEmpty() && (!d.narrative().sections().isEmpty() || !d.profile().text().isEmpty())
                && !hasUnreadTables(d);
    }

    /** True when {@code d} prints tables gongkai could not read, of a set it does not know: it is no text without tables. */
    public static boolean hasUnreadTables(Disclosure d) {
        for (ReadNote n : d.notes()) {
            if (n.code().equals(DocumentReader.UNREAD_TABLES)) {
                return true;
            }
        }
        return false;
    }

    /** Tables and no text: tables read, and no 概况, 情况说明, form or glossary. */
    public static boolean tablesOnly(Disclosure d) {
        return !d.tables().isEmpty() && d.narrative().sections().isEmpty() && d.profile().text().isEmpty()
                && d.performanceTargets().isEmpty() && d.glossary().isEmpty();
    }

    /**
     * Why {@code text} and {@code tables} cannot be one disclosure, or empty when they can: the
     * first must be text only, the second tables only, neither cut short, of the same year (when
     * both state one) and, when both name their unit, the same unit ({@link UnitNames#sameBody}:
     * "江苏省委办公厅" and "中共江苏省委办公厅" are one).
     */
    public static Optional<String> whyNot(Disclosure text, Disclosure tables) {
        if (!textOnly(text)) {
            return Optional.of(name(text) + (text.tables().isEmpty() ? "既没有报表也没有文字说明" : "已有报表") + "，不是只含文字的文件");
        }
        if (!tablesOnly(tables)) {
            return Optional.of(name(tables) + (tables.tables().isEmpty() ? "没有报表" : "除报表外还有文字说明") + "，不是只含报表的文件");
        }
        for (Disclosure d : List.of(text, tables)) {
            if (d.truncation().isPresent()) {
                return Optional.of(name(d) + "不完整（" + d.truncation().get().message() + "）");
            }
        }
        int a = year(text);
        int b = year(tables);
        if (a > 0 && b > 0 && a != b) {
            return Optional.of(name(text) + "是" + a + "年的，" + name(tables) + "是" + b + "年的");
        }
        String u = unit(text);
        String v = unit(tables);
        if (u != null && v != null && !UnitNames.sameBody(u, v)) {
            return Optional.of(name(text) + "的单位是“" + u + "”，" + name(tables) + "的单位是“" + v + "”");
        }
        return Optional.empty();
    }

    /**
     * The disclosure {@code text} and {@code tables} are together: the tables, their template and
     * facts from {@code tables}; 概况, 情况说明, forms, assets, procurement, catalogue and glossary from
     * {@code text}; the metadata of {@code text}, what it lacks taken from {@code tables}. The notes
     * of each, but those the other file answers: the tables the text lacked, the 目录 entries that
     * name tables, the parts the tables lacked. The source is the text's file, the tables' file its
     * companion.
     *
     * @throws IllegalArgumentException when they are not one disclosure ({@link #whyNot})
     */
    public static Disclosure join(Disclosure text, Disclosure tables) {
        whyNot(text, tables).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        List<ReadNote> notes = new ArrayList<>();
        for (ReadNote n : text.notes()) {
            if (!n.code().equals("MISSING_TABLE") && !n.code().equals("UNKNOWN_TEMPLATE") && !namesATable(n)) {
                notes.add(n);
            }
        }
        for (ReadNote n : tables.notes()) {
            if (!n.code().equals("MISSING_PART")) {
                notes.add(n);
            }
        }
        List<SourceInfo> companions = new ArrayList<>(text.companions());
        if (tables.source() != null) {
            companions.add(tables.source());
        }
        companions.addAll(tables.companions());
        return new Disclosure(metadata(text.metadata(), tables.metadata()), tables.templateId(), text.profile(), tables.facts(),
                tables.tables(), text.narrative(), text.performanceTargets(), text.assets(), text.procurement(), text.catalogue(),
                text.glossary(), notes, text.source(), companions);
    }

    /**
     * The pairs among {@code docs} (files of one folder) that are one disclosure: a text-only and a
     * tables-only file of the same year that {@link #whyNot} allows, each the only one the other
     * could go with. Returns index pairs, text first, in the order of the texts.
     * Example: the six files of 江苏省委办公厅 2017-2019 give three pairs.
     */
    public static List<int[]> pairs(List<Disclosure> docs) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            int j = onlyMatch(docs, i, true);
            if (j >= 0 && onlyMatch(docs, j, false) == i) {
                out.add(new int[] {i, j});
            }
        }
        return out;
    }

    /**
     * The one file of {@code docs} that file {@code i} (a text when {@code text}, else tables) could
     * be joined with, or -1 when none or several. A year must be stated; a unit stated by neither
     * or by one side only is left to the year, which must then leave one file.
     */
    private static int onlyMatch(List<Disclosure> docs, int i, boolean text) {
        Disclosure d = docs.get(i);
        if (year(d) <= 0 || !(text ? textOnly(d) : tablesOnly(d))) {
            return -1;
        }
        int found = -1;
        for (int j = 0; j < docs.size(); j++) {
            Disclosure o = docs.get(j);
            if (j == i || year(o) != year(d)) {
                continue;
            }
            if (text ? whyNot(d, o).isEmpty() : whyNot(o, d).isEmpty()) {
                if (found >= 0) {
                    return -1;
                }
                found = j;
            }
        }
        return found;
    }

    /** A MISSING_TOC_ENTRY note whose entry is a table's title ("目录列出的“一、收支预算总表”在正文中未找到"). */
    private static boolean namesATable(ReadNote n) {
        if (!n.code().equals("MISSING_TOC_ENTRY")) {
            return false;
        }
        String m = n.message();
        int open = m.indexOf('“');
        int close = m.lastIndexOf('”');
        return open >= 0 && close > open && m.substring(open + 1, close).endsWith("表");
    }

    private static DisclosureMetadata metadata(DisclosureMetadata a, DisclosureMetadata b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return new DisclosureMetadata(or(a.title(), b.title()), or(a.unitName(), b.unitName()),
                or(a.departmentName(), b.departmentName()), or(a.departmentCode(), b.departmentCode()), or(a.region(), b.region()),
                or(a.province(), b.province()), a.year() > 0 ? a.year() : b.year(), or(a.kind(), b.kind()), or(a.level(), b.level()),
                or(a.approvalDate(), b.approvalDate()), or(a.publicationDate(), b.publicationDate()));
    }

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }

    private static int year(Disclosure d) {
        return d.metadata() == null ? 0 : d.metadata().year();
    }

    private static String unit(Disclosure d) {
        DisclosureMetadata m = d.metadata();
        return m == null ? null : m.unitName() != null ? m.unitName() : m.departmentName();
    }

    private static String name(Disclosure d) {
        return d.source() == null || d.source().fileName() == null ? "该文件" : "“" + d.source().fileName() + "”";
    }
}
