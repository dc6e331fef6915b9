package org.gongkai.core.check.prose;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tolerance;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Money;

/** One quantity stated twice in a section is stated the same way: "2023年提前下达资金882.55万元" and "…881万元" cannot both stand. */
@RuleSpec(id = "PROSE-006", severity = Severity.ERROR, category = Category.CONSISTENCY,
        title = "同一数额前后表述一致",
        message = "{section}中“{name}”（{year}年）先写作{expected}万元，后写作{actual}万元",
        description = "同一节中，带年度的同一名称金额（如“2023年提前下达资金”）出现两次以上时数额应相同（按各自的小数位四舍五入后可相等）。"
                + "不同段落中的同名金额，句首所说的主体（如“检察（款）”与“住房改革支出（款）”）也须相同才算同一数额；"
                + "同一列表中编号不同的两项（“1. …”与“2. …”）说的是不同的事，其中的同名金额不比较。"
                + "编号的一项以本年金额开头（“16. “…缴费支出（项）”220.63万元”）时，项内又写的本年“预算安排”“预算数”“预算”即是这笔金额，两者应相同。")
public final class SameQuantityRule implements Rule {

    /** What {@link #subject} leaves out, compiled once (String.replaceAll compiled it at every call). */
    private static final Pattern NOT_SUBJECT = Pattern.compile("[0-9.,，\\s:：年度]");

    @Override
    public void check(Disclosure d, RuleRun run) {
        Statements st = Statements.of(d, run);
        List<ProseParagraph> ps = st.text().paragraphs();
        if (ps.isEmpty()) {
            run.couldNotRun("未读到情况说明");
            return;
        }
        // the list item each paragraph is in: "1. “统计管理（项）”2.63万元…" and the paragraphs after it up to
        // "2. …", at its level (0 when none); a new section ends the list
        int[] itemLevel = new int[ps.size()];
        int[] item = new int[ps.size()];
        for (int i = 0, items = 0; i < ps.size(); i++) {
            int level = Enumeration.level(ps.get(i).text());
            boolean sameSection = i > 0 && ps.get(i - 1).topIndex() == ps.get(i).topIndex();
            if (level > 0) {
                itemLevel[i] = level;
                item[i] = ++items;
            } else if (sameSection) {
                itemLevel[i] = itemLevel[i - 1];
                item[i] = item[i - 1];
            }
        }
        for (int i = 0; i < ps.size(); i++) {
            for (Mention a : ps.get(i).mentions()) {
                if (a.kind() != Mention.Kind.AMOUNT || a.year() == 0 || a.name().length() < 2) {
                    continue;
                }
                for (int j = i; j < ps.size() && ps.get(j).topIndex() == ps.get(i).topIndex(); j++) {
                    if (itemLevel[i] > 0 && itemLevel[j] == itemLevel[i] && item[j] != item[i]) {
                        continue; // "1. “统计管理（项）”…" and "2. “专项普查活动（项）”…": items of a list are about different things
                    }
                    for (Mention b : ps.get(j).mentions()) {
                        if (b == a || (j == i && b.start() <= a.start()) || b.kind() != Mention.Kind.AMOUNT || b.year() != a.year()
                                || !Statements.sameQuantity(a.name(), b.name())
                                || j != i && !Statements.sameQuantity(subject(ps.get(i), a), subject(ps.get(j), b))) {
                            continue;
                        }
                        if (sameFigure(a.money(), b.money())) {
                            continue;
                        }
                        run.report(Severity.ERROR, ProseLocations.of(ps.get(j), b), a.money().plain(), b.money().plain(),
                                Tolerance.signed(b.money().minus(a.money())),
                                "section", ps.get(i).section(), "name", a.name(), "year", Integer.toString(a.year()),
                                "expected", a.money().plain(), "actual", b.money().plain());
                    }
                }
            }
        }
        restatedItemAmounts(ps, st.text().year(), run);
    }

    /** Equal, or one printed with fewer decimals: 3.1 and 3.10, 297 and 297.00. */
    private static boolean sameFigure(Money a, Money b) {
        return b.minus(a).abs().value().compareTo(Tolerance.halfUnit(a).max(Tolerance.halfUnit(b))) <= 0;
    }

    /** The names under which an item restates its own amount for this year: "2023年预算安排441.25万元". */
    private static final Set<String> RESTATED = Set.of("预算安排", "预算数", "预算", "本年预算", "预算安排数");

    /**
     * A numbered item that opens with its amount ("16. “…职业年金缴费支出（项）”220.63万元，主要用于…。") and
     * restates it as this year's 预算安排 ("2023年预算安排441.25万元") states one quantity twice.
     */
    private static void restatedItemAmounts(List<ProseParagraph> ps, int year, RuleRun run) {
        for (ProseParagraph p : ps) {
            Mention head = itemHead(p, year);
            if (head == null) {
                continue;
            }
            for (Mention m : p.mentions()) {
                if (m == head || m.kind() != Mention.Kind.AMOUNT || m.year() != year || !RESTATED.contains(m.name())) {
                    continue;
                }
                if (!sameFigure(head.money(), m.money())) {
                    run.report(Severity.ERROR, ProseLocations.of(p, m), head.money().plain(), m.money().plain(),
                            Tolerance.signed(m.money().minus(head.money())),
                            "section", p.section(), "name", itemName(head, m),
                            "year", Integer.toString(year), "expected", head.money().plain(), "actual", m.money().plain());
                }
            }
        }
    }

    /** The item's name without its number and quotes ("16.“…缴费支出（项）”" gives "…缴费支出（项）"), or the restating name. */
    private static String itemName(Mention head, Mention restated) {
        String n = ITEM_NUMBER.matcher(head.name()).replaceFirst("").replace("“", "").replace("”", "").strip();
        return n.isEmpty() ? restated.name() : n;
    }

    /** The amount a numbered item opens with ("16. “…职业年金缴费支出（项）”220.63万元，…"), or null. */
    private static Mention itemHead(ProseParagraph p, int year) {
        if (p.mentions().isEmpty() || Enumeration.level(p.text()) == 0) {
            return null;
        }
        Mention head = p.mentions().get(0);
        if (head.kind() != Mention.Kind.AMOUNT || head.start() > p.periodAfter(0) || (head.year() != 0 && head.year() != year)) {
            return null;
        }
        return head;
    }

    /**
     * What a figure of a numbered item that names it only by a budget word ("2023年预算安排441.25万元")
     * is: the item's name and that word, "…职业年金缴费支出（项）预算安排"; the word alone elsewhere.
     */
    static String nameInItem(ProseParagraph p, Mention m, int year) {
        Mention head = itemHead(p, year);
        if (head == null || head == m || !RESTATED.contains(m.name()) && !m.name().equals("预算执行数")) {
            return m.name();
        }
        return itemName(head, m) + (itemName(head, m).equals(m.name()) ? "" : m.name());
    }

    private static final Pattern ITEM_NUMBER = Pattern.compile("^[0-9]{1,2}\\s*[．.、]");

    /**
     * What a sentence's words before an amount say it is, years and figures left out: in two
     * paragraphs, "检察（款）：2018年预算支出合计" and "住房改革支出（款）：2018年预算支出合计" are
     * not one quantity.
     */
    private static String subject(ProseParagraph p, Mention m) {
        String t = p.text();
        int from = m.start();
        while (from > 0 && "。；;".indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        return NOT_SUBJECT.matcher(t.substring(from, m.start())).replaceAll("");
    }
}
