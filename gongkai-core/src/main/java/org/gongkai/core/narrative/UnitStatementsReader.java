package org.gongkai.core.narrative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.check.prose.Mention;
import org.gongkai.core.check.prose.ProseParagraph;
import org.gongkai.core.check.prose.Statements;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Paragraph;

/**
 * Takes what a unit stated in a published 情况说明 that its tables cannot give: last year's figures,
 * the reasons for changes and the notes under 其他说明, so that the explanation can be written again
 * from the figures. It reads the text as the PROSE rules do ({@link Statements}).
 *
 * <p>Last year's figure of a quantity is, in this order of trust: the amount the text names with
 * last year ("2023年机关运行经费财政拨款预算23.06万元"); this year's amount with a stated change undone
 * ("一般公共预算当年支出1,251.07万元,比上年减少701.13万元" gives 1,952.20); this year's amount where the
 * text says it did not change ("与上年预算数相同"). The first statement of a figure wins over a later,
 * different one.
 *
 * <p>A reason is the words after "主要原因是" / "原因为" in the sentence of the change. Words without
 * figures are kept as they are; figures are kept only as the comparisons they make (last year's and
 * this year's amount of one thing, "2023年提前下达资金882.55万元，2024年提前下达资金298.55万元"), which
 * the writer computes again; figures that make no comparison are dropped, and a reason left empty
 * is missing.
 *
 * <p>Example: for the reference document, prior 2023 with 收入总计 2,577.02, 一般公共预算当年支出
 * 1,952.20, "三公"经费 3.11, 公务接待费 0.11, 机关运行经费 23.06 万元; reason for 机关运行经费
 * "人员减少2人，正常退休".
 */
public final class UnitStatementsReader {

    private static final Pattern REASON = Pattern.compile("(?:主要原因是|主要原因为|原因是|原因为|主要是由于|主要是因为)");

    private UnitStatementsReader() {
    }

    public static UnitStatements read(Disclosure d) {
        int year = d.metadata().year();
        Statements st = Statements.of(d);
        PriorYear prior = PriorYear.of(year - 1);
        // 1. figures named with last year
        for (ProseParagraph p : st.text().paragraphs()) {
            for (Mention m : p.mentions()) {
                if (m.kind() == Mention.Kind.AMOUNT && m.year() == year - 1) {
                    Quantity q = Quantity.named(m.name());
                    if (q != null && prior.amount(q).isEmpty()) {
                        prior = prior.with(q, m.money());
                    }
                }
            }
        }
        // 2. this year's figures with a stated change undone
        for (Statements.Change c : st.changes()) {
            if (c.change() == null) {
                continue;
            }
            Mention cur = subject(c);
            Quantity q = Quantity.named(cur.name());
            if (q != null && prior.amount(q).isEmpty()) {
                prior = prior.with(q, cur.money().minus(c.change().money()));
            }
        }
        // 3. this year's figures said not to have changed
        for (ProseParagraph p : st.text().paragraphs()) {
            Mention last = null;
            for (Mention m : p.mentions()) {
                if (m.kind() == Mention.Kind.AMOUNT && (m.year() == 0 || m.year() == year)) {
                    last = m;
                } else if (m.kind() == Mention.Kind.NO_CHANGE && last != null) {
                    Quantity q = Quantity.named(last.name());
                    if (q != null && prior.amount(q).isEmpty()) {
                        prior = prior.with(q, last.money());
                    }
                    last = null;
                } else if (m.kind() == Mention.Kind.CHANGE) {
                    last = null;
                }
            }
        }
        return new UnitStatements(prior, reasons(st, year), notes(d));
    }

    /**
     * The amount a change is of: the one just before it, unless that one is listed under the
     * sentence's subject ("收入总计1,934.61万元，其中：…上年结转683.55万元，比上年减少642.41万元" is
     * a change of the 收入总计).
     */
    static Mention subject(Statements.Change c) {
        Mention near = c.current().get(0);
        if (c.current().size() > 1) {
            Mention first = c.current().get(1);
            String between = c.paragraph().text().substring(Math.min(first.end(), near.start()), near.start());
            if ((between.contains("其中") || between.contains("包括")) && !between.contains("原因")) {
                return first;
            }
        }
        return near;
    }

    private static ChangeReasons reasons(Statements st, int year) {
        ChangeReasons out = ChangeReasons.none();
        List<ChangeReasons.Comparison> seen = new ArrayList<>();
        for (ProseParagraph p : st.text().paragraphs()) {
            String t = p.text();
            Matcher m = REASON.matcher(t);
            while (m.find()) {
                int from = m.end();
                int to = end(t, from);
                Quantity q = quantityBefore(st, p, m.start());
                if (q == null) {
                    continue;
                }
                List<Mention> figures = new ArrayList<>();
                for (Mention x : p.mentions()) {
                    if (x.start() >= from && x.end() <= to) {
                        figures.add(x);
                    }
                }
                ChangeReasons.Reason r;
                if (figures.isEmpty()) {
                    r = ChangeReasons.Reason.of(t.substring(from, to));
                } else {
                    List<ChangeReasons.Comparison> cs = new ArrayList<>();
                    for (Statements.Change c : st.changes()) {
                        if (c.paragraph() == p && c.prior() != null && c.current().get(0).start() >= from && c.current().get(0).end() <= to) {
                            Mention cur = c.current().get(0);
                            String name = c.prior().name().length() >= cur.name().length() ? c.prior().name() : cur.name();
                            ChangeReasons.Comparison cmp = stated(seen, name);
                            if (cmp == null) {
                                cmp = new ChangeReasons.Comparison(name, c.prior().money(), cur.money());
                                seen.add(cmp);
                            }
                            if (!cs.contains(cmp)) {
                                cs.add(cmp);
                            }
                        }
                    }
                    r = new ChangeReasons.Reason("", cs);
                }
                if (!r.isEmpty() && out.reason(q).isEmpty()) {
                    out = out.with(q, r);
                }
            }
        }
        return out;
    }

    /**
     * The comparison stated before for the same thing, if any: one name ends with the other
     * ("上级就业补助资金提前下达资金", "提前下达资金"). The first statement of its figures is kept.
     */
    private static ChangeReasons.Comparison stated(List<ChangeReasons.Comparison> seen, String name) {
        for (ChangeReasons.Comparison c : seen) {
            if (c.name().endsWith(name) || name.endsWith(c.name())) {
                return c;
            }
        }
        return null;
    }

    /** The end of the reason: the sentence's 。 or the paragraph's end, before any 。；. */
    private static int end(String t, int from) {
        int i = from;
        while (i < t.length() && t.charAt(i) != '。') {
            i++;
        }
        int e = i;
        while (e > from && "。；;，, ".indexOf(t.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    /** The quantity whose change comes last before the reason in its paragraph. */
    private static Quantity quantityBefore(Statements st, ProseParagraph p, int at) {
        Quantity found = null;
        for (Statements.Change c : st.changes()) {
            Mention anchor = c.change() != null ? c.change() : c.percent();
            if (c.paragraph() == p && anchor != null && anchor.start() < at) {
                Quantity q = Quantity.named(subject(c).name());
                if (q != null) {
                    found = q;
                }
            }
        }
        if (found == null) {
            // "公务接待费减少的主要原因是…": the quantity is named just before the reason
            String t = p.text();
            int from = Math.max(t.lastIndexOf('。', at - 1), t.lastIndexOf('；', at - 1)) + 1;
            String words = t.substring(from, at).replaceAll("(增加|减少|增减|变动|增长|下降)?的?$", "");
            found = Quantity.named(words);
        }
        if (found == null) {
            for (Mention m : p.mentions()) {
                if (m.start() < at && m.kind() == Mention.Kind.AMOUNT && Quantity.named(m.name()) != null) {
                    found = Quantity.named(m.name());
                    break;
                }
            }
        }
        return found;
    }

    /** The paragraphs under 其他说明's sub-sections, by their heading. */
    private static Map<String, String> notes(Disclosure d) {
        Map<String, String> out = new LinkedHashMap<>();
        for (NarrativeSection s : d.narrative().sections()) {
            if (!s.title().contains("其他说明")) {
                continue;
            }
            for (NarrativeSection sub : s.sections()) {
                StringBuilder b = new StringBuilder();
                for (Paragraph p : sub.allParagraphs()) {
                    b.append(p.text().strip());
                }
                String heading = sub.title().contains("购买服务") ? UnitStatements.CATALOGUE_NOTE
                        : sub.title().strip().equals("其他") ? UnitStatements.OTHER_NOTE : sub.title().strip();
                if (b.length() > 0) {
                    out.put(heading, b.toString());
                }
            }
        }
        return out;
    }
}
