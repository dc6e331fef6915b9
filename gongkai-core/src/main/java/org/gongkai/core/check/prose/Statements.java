package org.gongkai.core.check.prose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.check.RuleRun;
import org.gongkai.core.model.Disclosure;

/**
 * The statements 情况说明 makes with its figures, worked out once for all PROSE rules:
 * <ul>
 * <li>a share: an amount, "占X%", and the paragraph's lead amount it is a share of;</li>
 * <li>a change: this year's amount, a change against another year (an amount, a per cent or
 * both), and last year's amount where the text states it;</li>
 * <li>a breakdown: an amount and the amounts "其中" / "主要包括" / "支出包括" lists under it.</li>
 * </ul>
 */
public final class Statements {

    /** "一般公共预算拨款收入1,251.07万元，占64.67%" of the paragraph's lead amount. */
    public record Share(ProseParagraph paragraph, Mention amount, Mention share, Mention base) {
    }

    /**
     * A change: {@code current} this year's amount (candidates: the amount just before the change
     * and the sentence's subject), {@code prior} last year's where stated, {@code change} the
     * amount of the change and {@code percent} its per cent (either may be absent).
     */
    public record Change(ProseParagraph paragraph, List<Mention> current, Mention prior, Mention change, Mention percent) {
    }

    /** An amount and the parts listed under it; {@code open} when the list ends with 等. */
    public record Breakdown(ProseParagraph paragraph, Mention head, List<Mention> parts, boolean open, String marker,
                            ProseParagraph partsParagraph) {
    }

    private static final Pattern REASON_START = Pattern.compile("[\\s，,]*(主要)?原因");
    private static final String[] MARKERS = {"主要用于以下方面", "主要用于", "支出包括", "主要包括", "其中", "包括"};

    private final ProseText text;
    private final List<Share> shares = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<Breakdown> breakdowns = new ArrayList<>();

    private Statements(ProseText text) {
        this.text = text;
        List<ProseParagraph> ps = text.paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            ProseParagraph p = ps.get(i);
            shares(p);
            changes(p);
            breakdowns(ps, i);
        }
    }

    public static Statements of(Disclosure d) {
        return new Statements(ProseText.of(d));
    }

    /** The statements of {@code d}, read once per check and shared by the rules that ask. */
    public static Statements of(Disclosure d, RuleRun run) {
        return run.shared(Statements.class, () -> of(d));
    }

    public ProseText text() {
        return text;
    }

    public List<Share> shares() {
        return shares;
    }

    public List<Change> changes() {
        return changes;
    }

    public List<Breakdown> breakdowns() {
        return breakdowns;
    }

    private boolean thisYear(Mention m) {
        return m.kind() == Mention.Kind.AMOUNT && (m.year() == 0 || m.year() == text.year());
    }

    private void shares(ProseParagraph p) {
        Mention base = null;
        for (Mention m : p.mentions()) {
            if (m.kind() == Mention.Kind.AMOUNT && thisYear(m) && base == null) {
                base = m;
            }
        }
        for (Mention s : p.mentions()) {
            if (s.kind() != Mention.Kind.SHARE || s.name() != null) {
                continue;
            }
            Mention amount = before(p, s.start(), Mention.Kind.AMOUNT);
            if (amount != null && base != null && amount != base) {
                shares.add(new Share(p, amount, s, base));
            }
        }
    }

    private void changes(ProseParagraph p) {
        List<Mention> ms = p.mentions();
        List<Mention> used = new ArrayList<>();
        for (Mention c : ms) {
            boolean byAmount = c.kind() == Mention.Kind.CHANGE;
            boolean byPercent = c.kind() == Mention.Kind.CHANGE_PERCENT && !isIn(used, c);
            if (!byAmount && !byPercent) {
                continue;
            }
            int sentenceStart = sentenceStart(p, c.start());
            List<Mention> current = new ArrayList<>();
            Mention near = null;
            Mention first = null;
            for (Mention m : ms) {
                if (m.start() >= c.start()) {
                    break;
                }
                if (m.start() >= sentenceStart && thisYear(m)) {
                    near = m;
                    if (first == null) {
                        first = m;
                    }
                }
            }
            if (near != null) {
                current.add(near);
            }
            if (first != null && first != near) {
                current.add(first);
            }
            if (current.isEmpty()) {
                continue;
            }
            Mention percent = null;
            if (byAmount) {
                for (Mention m : ms) {
                    if (m.start() > c.start()) {
                        if (m.kind() == Mention.Kind.CHANGE_PERCENT) {
                            // "增加164.48万元，主要原因按规定…统一压减10%": a per cent in the reason is another quantity's
                            int reason = p.text().indexOf("原因", c.end());
                            if (reason < 0 || reason > m.start()) {
                                percent = m;
                                used.add(m);
                            }
                            break;
                        }
                        if (m.kind() == Mention.Kind.AMOUNT || m.kind() == Mention.Kind.CHANGE) {
                            break;
                        }
                    }
                }
            } else {
                percent = c;
            }
            int against = byAmount && c.against() > 0 ? c.against() : text.year() - 1;
            int end = p.periodAfter(c.end());
            Mention prior = prior(ms, against, sentenceStart, end, current.get(0).name());
            if (prior == null) {
                // "2022年当年预算执行数为11.67万元，2023年预算安排45.41万元，比2022年预算执行数增加314.82%":
                // the two years' figures have names of their own, and the change names which one it compares with
                String basis = comparedWith(p.text(), sentenceStart, c);
                prior = basis == null ? null : prior(ms, against, sentenceStart, end, basis);
            }
            changes.add(new Change(p, current, prior, byAmount ? c : null, percent));
        }
    }

    /** The first amount of year {@code against} in the sentence {@code [start, end)} that names {@code name}'s quantity. */
    private static Mention prior(List<Mention> ms, int against, int start, int end, String name) {
        for (Mention m : ms) {
            if (m.kind() == Mention.Kind.AMOUNT && m.year() == against && m.start() >= start && m.start() < end
                    && sameQuantity(m.name(), name)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The figure a change says it is compared with, "比2022年预算执行数增加" gives 预算执行数; null when
     * it names none ("比上年增加").
     */
    static String comparedWith(String t, int sentenceStart, Mention change) {
        int to = change.kind() == Mention.Kind.CHANGE ? change.end() : change.start();
        Matcher m = COMPARED_WITH.matcher(t).region(Math.max(sentenceStart, to - 40), to);
        String basis = null;
        while (m.find()) {
            basis = m.group(1);
        }
        return basis;
    }

    /** "比2022年预算执行数", "较上年（调整后）预算数": the figure of the other year a change is measured against. */
    private static final Pattern COMPARED_WITH = Pattern.compile(
            "(?:比|较)(?:上年|上一年|\\d{4}年)度?(?:[（(][^（）()]{1,12}[）)])?(?:相比)?(预算执行数|预算数|执行数|决算数|预算)");

    /**
     * True when {@code m} itself is in {@code ms}. The mentions of a paragraph are all different
     * (no two share kind and start), so this answers as {@code ms.contains(m)} does, without
     * comparing records field by field.
     */
    private static boolean isIn(List<Mention> ms, Mention m) {
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i) == m) {
                return true;
            }
        }
        return false;
    }

    /** Two names for one quantity: equal, or one ends with the other ("上级就业补助资金提前下达资金", "提前下达资金"). */
    static boolean sameQuantity(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.endsWith(b) || b.endsWith(a);
    }

    private static int sentenceStart(ProseParagraph p, int at) {
        String t = p.text();
        for (int i = at - 1; i >= 0; i--) {
            if (t.charAt(i) == '。') {
                return i + 1;
            }
        }
        return 0;
    }

    private static Mention before(ProseParagraph p, int at, Mention.Kind kind) {
        Mention found = null;
        for (Mention m : p.mentions()) {
            if (m.start() >= at) {
                break;
            }
            if (m.kind() == kind) {
                found = m;
            }
        }
        return found;
    }

    private void breakdowns(List<ProseParagraph> ps, int index) {
        ProseParagraph p = ps.get(index);
        String t = p.text();
        if (t.indexOf("其中") < 0 && t.indexOf("包括") < 0 && t.indexOf("用于") < 0) {
            return; // every marker holds one of these: most paragraphs list nothing
        }
        int from = 0;
        // where each marker next appears, kept from one search to the next: a marker is looked for
        // again only once the search has passed it (-2: not looked for yet, -1: not there)
        int[] next = new int[MARKERS.length];
        Arrays.fill(next, -2);
        while (from < t.length()) {
            int at = -1;
            String marker = null;
            for (int k = 0; k < MARKERS.length; k++) {
                if (next[k] == -2 || (next[k] >= 0 && next[k] < from)) {
                    next[k] = t.indexOf(MARKERS[k], from);
                }
                int i = next[k];
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                    marker = MARKERS[k];
                }
            }
            if (at < 0) {
                return;
            }
            int markerEnd = at + marker.length();
            from = markerEnd;
            int sentenceStart = sentenceStart(p, at);
            if (REASON_START.matcher(t).region(sentenceStart, t.length()).lookingAt()) {
                continue; // "主要原因是基本支出增加…。其中：" lists no parts of a reason
            }
            Mention head = null;
            ProseParagraph partsParagraph = p;
            for (Mention m : p.mentions()) {
                if (m.start() >= sentenceStart && m.end() <= at && thisYear(m) && !isChange(m)) {
                    head = m; // the amount the list follows
                }
            }
            if (head == null && sentenceStart > 0 && !REASON_START.matcher(t).lookingAt()) {
                head = firstAmount(p); // "。其中：…" lists under the paragraph's subject
            }
            if (head == null && at == 0 && index > 0 && ps.get(index - 1).topIndex() == p.topIndex()) {
                head = firstAmount(ps.get(index - 1)); // a paragraph that starts with 其中 continues the one before
                if (head != null) {
                    partsParagraph = p;
                    p = ps.get(index - 1);
                }
            }
            if (head == null) {
                continue;
            }
            int end = partsParagraph.periodAfter(markerEnd);
            List<Mention> parts = new ArrayList<>();
            int depth = 0;
            int lastEnd = markerEnd;
            String pt = partsParagraph.text();
            int reason = firstOf(pt, markerEnd, end, "主要原因", "原因是", "原因为");
            if (reason >= 0) {
                end = reason;
            }
            for (Mention m : partsParagraph.mentions()) {
                if (m.end() <= markerEnd || m.start() >= end) {
                    continue;
                }
                depth = depth(pt, lastEnd, m.start(), depth);
                lastEnd = m.start();
                if (depth == 0 && m.kind() == Mention.Kind.AMOUNT && thisYear(m)) {
                    parts.add(m);
                }
            }
            boolean following = false;
            boolean cut = false;
            if (parts.isEmpty() && markerEnd >= pt.strip().length() - 1) {
                // "…232.90万元,其中:" at the paragraph's end: the parts lead the paragraphs that follow,
                // "1．…" "2．…" at one level of numbering (deeper levels skipped), or unnumbered ones
                int level = -1;
                for (int j = index + 1; j < ps.size() && ps.get(j).topIndex() == p.topIndex(); j++) {
                    if (ps.get(j).subsection() != p.subsection()) {
                        // a heading between: "其中：" / "（一）一般公共服务支出（类）" / "1. …3,233.03万元": these are
                        // the parts of a part, and the parts themselves are the headings
                        cut = true;
                        break;
                    }
                    int l = Enumeration.level(ps.get(j).paragraph().text());
                    if (level == -1) {
                        level = l;
                    } else if (l > level && level > 0) {
                        continue; // a deeper item: "（1）…" under "1．…"
                    } else if (l != level) {
                        cut = l == 0; // an unnumbered paragraph may still belong to the list
                        break;
                    }
                    Mention lead = firstAmount(ps.get(j));
                    if (lead == null || l == 0 && Character.isDigit(ps.get(j).paragraph().text().strip().charAt(0))) {
                        cut = true;
                        break;
                    }
                    parts.add(lead);
                }
                partsParagraph = p;
                following = true;
                cut |= level == 0; // unnumbered paragraphs: where the list ends is a guess
            }
            if (!following && end >= pt.length() && !pt.strip().endsWith("。")) {
                cut = true; // the sentence runs past the paragraph (a page or line break): more parts may follow
            }
            if (parts.size() == 1) {
                cut = true; // "其中：人员经费…" names one part, not all
            }
            if (allEqual(parts, head)) {
                parts.clear(); // "收入、支出预算总计各X万元，其中：（一）收入X万元（二）支出X万元" restates, does not break down
            }
            if (parts.size() >= 2 || (parts.size() == 1 && !parts.get(0).equals(head))) {
                boolean open = cut || !following && pt.substring(parts.get(parts.size() - 1).end(), Math.min(pt.length(), end + 1)).contains("等");
                breakdowns.add(new Breakdown(p, head, parts, open, marker, partsParagraph));
            }
            // a bracketed list right after an amount breaks that amount down: "项目支出898.55万元（中央…297万元，…）"
            p = ps.get(index);
        }
    }

    /** An amount the words make a change: "基本支出增加1408.29万元". */
    private static boolean isChange(Mention m) {
        String n = m.name() == null ? "" : m.name();
        return n.endsWith("增加") || n.endsWith("减少") || n.endsWith("增长") || n.endsWith("下降") || n.endsWith("增") || n.endsWith("减");
    }

    private static boolean allEqual(List<Mention> parts, Mention head) {
        if (parts.size() < 2) {
            return false;
        }
        for (Mention m : parts) {
            if (m.money().compareTo(head.money()) != 0) {
                return false;
            }
        }
        return true;
    }

    private Mention firstAmount(ProseParagraph p) {
        for (Mention m : p.mentions()) {
            if (thisYear(m) && !isChange(m)) {
                return m;
            }
        }
        return null;
    }

    private static int depth(String t, int from, int to, int depth) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    private static int firstOf(String t, int from, int to, String... words) {
        int best = -1;
        for (String w : words) {
            int i = t.indexOf(w, from);
            if (i >= 0 && i < to && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** Bracketed lists after an amount: the amount, and the amounts inside the brackets. */
    public List<Breakdown> bracketed() {
        List<Breakdown> out = new ArrayList<>();
        for (ProseParagraph p : text.paragraphs()) {
            String t = p.text();
            for (Mention m : p.mentions()) {
                if (m.kind() != Mention.Kind.AMOUNT || m.end() >= t.length()) {
                    continue;
                }
                char next = t.charAt(m.end());
                if (next != '（' && next != '(') {
                    continue;
                }
                int close = closing(t, m.end());
                List<Mention> inside = new ArrayList<>();
                for (Mention x : p.mentions()) {
                    if (x.start() > m.end() && x.end() <= close && x.kind() == Mention.Kind.AMOUNT && thisYear(x)) {
                        inside.add(x);
                    }
                }
                if (inside.size() >= 2) {
                    boolean open = t.substring(inside.get(inside.size() - 1).end(), close).contains("等");
                    out.add(new Breakdown(p, m, inside, open, "（", p));
                }
            }
        }
        return out;
    }

    private static int closing(String t, int open) {
        int depth = 0;
        for (int i = open; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return t.length();
    }
}
