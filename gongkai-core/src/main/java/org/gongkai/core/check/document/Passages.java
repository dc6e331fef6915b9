package org.gongkai.core.check.document;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.check.Location;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.IndicatorCategory;
import org.gongkai.core.model.IndicatorGroup;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Sentence;

/**
 * The document's running text, one passage per sentence or field, each with where it is: 概况,
 * 情况说明 (sentence by sentence), 名词解释; with all the text ({@link #passage}, {@link #joined}), also
 * the performance-target forms' texts and indicators and the catalogue's names.
 */
final class Passages {

    /** A piece of text and where it stands. */
    record Passage(String text, Location location) {
    }

    /**
     * The texts of all the passages ({@link #passage}) end to end, each followed by {@link #SEPARATOR}, for rules that
     * scan all the text in one go (a loop over an array is several times faster than {@code charAt}).
     *
     * @param starts where each passage begins in {@code chars}
     */
    record Joined(char[] chars, int[] starts) {

        /** The passage the character at {@code offset} belongs to. */
        int passageAt(int offset) {
            int i = java.util.Arrays.binarySearch(starts, offset);
            return i >= 0 ? i : -i - 2;
        }
    }

    /** Ends each passage in {@link Joined}: no passage has it (binary input is refused), and it is no letter or mark. */
    static final char SEPARATOR = '\u0000';

    private final Disclosure d;
    private List<Passage> prose;
    /** The passages before the catalogue's: the prose, the forms' texts and indicators. */
    private List<Passage> leading;
    /**
     * The catalogue's items in order, and the department of each. The catalogue is most of the
     * passages (one per item), and rules report on few of them: a catalogue passage is made only
     * when a rule asks for it ({@link #passage}).
     */
    private CatalogueItem[] items;
    private CatalogueDepartment[] departments;
    private Joined joined;

    private Passages(Disclosure d) {
        this.d = d;
    }

    /** The passages of {@code d}, gathered once per check and shared by the DOC rules. */
    static Passages of(Disclosure d, RuleRun run) {
        return run.shared(Passages.class, () -> new Passages(d));
    }

    /** 概况, 情况说明 and 名词解释, sentence by sentence. */
    List<Passage> prose() {
        if (prose == null) {
            prose = List.copyOf(prose(d));
        }
        return prose;
    }

    /** How many passages all the text makes: the prose, and the forms' and the catalogue's texts. */
    int count() {
        gather();
        return leading.size() + items.length;
    }

    /** Passage {@code i} of all the text (0 ≤ i < {@link #count}). */
    Passage passage(int i) {
        gather();
        if (i < leading.size()) {
            return leading.get(i);
        }
        CatalogueItem item = items[i - leading.size()];
        CatalogueDepartment dept = departments[i - leading.size()];
        return new Passage(item.name(), Location.cell("政府购买服务指导性目录", dept.name() + " " + item.code(), null, item.position()));
    }

    private void gather() {
        if (leading != null) {
            return;
        }
        leading = leading(prose(), d);
        List<CatalogueDepartment> depts = d.catalogue() == null ? List.of() : d.catalogue().departments();
        int n = 0;
        for (CatalogueDepartment dept : depts) {
            n += dept.items().size();
        }
        items = new CatalogueItem[n];
        departments = new CatalogueDepartment[n];
        int k = 0;
        for (CatalogueDepartment dept : depts) {
            for (CatalogueItem i : dept.items()) {
                items[k] = i;
                departments[k++] = dept;
            }
        }
    }

    /** All the text, joined. */
    Joined joined() {
        if (joined == null) {
            gather();
            int n = count();
            int[] starts = new int[n];
            int length = 0;
            for (int i = 0; i < n; i++) {
                starts[i] = length;
                length += text(i).length() + 1;
            }
            char[] chars = new char[length];
            for (int i = 0; i < n; i++) {
                String t = text(i);
                t.getChars(0, t.length(), chars, starts[i]);
                chars[starts[i] + t.length()] = SEPARATOR;
            }
            joined = new Joined(chars, starts);
        }
        return joined;
    }

    /** The text of passage {@code i}, without making the passage. */
    private String text(int i) {
        return i < leading.size() ? leading.get(i).text() : items[i - leading.size()].name();
    }

    private static List<Passage> prose(Disclosure d) {
        List<Passage> out = new ArrayList<>();
        for (Paragraph p : d.profile().text()) {
            sentences("第一部分 概况", p, out);
        }
        for (NarrativeSection s : d.narrative().sections()) {
            for (Paragraph p : s.allParagraphs()) {
                sentences(s.number() + "、" + s.title(), p, out);
            }
        }
        for (GlossaryEntry g : d.glossary()) {
            out.add(new Passage(g.term() + "：" + g.definition(), Location.text("第四部分 名词解释", g.term(), g.position())));
        }
        return out;
    }

    private static List<Passage> leading(List<Passage> prose, Disclosure d) {
        List<Passage> out = new ArrayList<>(prose);
        for (PerformanceTarget t : d.performanceTargets()) {
            String form = "绩效目标表“" + (t.projectName() == null ? "" : t.projectName()) + "”";
            String[][] fields = {{"项目概况", t.overview()}, {"立项依据", t.basis()}, {"项目设立必要性", t.necessity()},
                {"保证项目实施的制度、措施", t.measures()}, {"项目实施计划", t.plan()}, {"实施期总体目标", t.implementationGoal()},
                {"年度总体目标", t.annualGoal()}};
            for (String[] f : fields) {
                if (f[1] != null && !f[1].isBlank()) {
                    out.add(new Passage(f[1], Location.cell(form, f[0], null, t.published().position())));
                }
            }
            indicators(form, "实施期", t.implementationIndicators(), out);
            indicators(form, "年度", t.annualIndicators(), out);
        }
        return out;
    }

    /** The words around {@code start}..{@code end}, at most 15 characters each side: "…纳入绩效管理管理的二级项目…". */
    static String excerpt(String text, int start, int end) {
        int from = Math.max(0, start - 15);
        int to = Math.min(text.length(), end + 15);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    private static void sentences(String section, Paragraph p, List<Passage> out) {
        for (Sentence s : p.sentences()) {
            out.add(new Passage(s.text(), Location.text(section, s.text(), s.position())));
        }
    }

    private static void indicators(String form, String period, List<IndicatorCategory> tree, List<Passage> out) {
        for (IndicatorCategory c : tree) {
            for (IndicatorGroup g : c.groups()) {
                String row = period + g.name();
                for (Indicator i : g.indicators()) {
                    String text = i.name() + (i.value() == null || i.value().isBlank() ? "" : "：" + i.value());
                    out.add(new Passage(text, Location.cell(form, row, i.name(), i.position())));
                }
            }
        }
    }
}
