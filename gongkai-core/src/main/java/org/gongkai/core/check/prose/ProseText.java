package org.gongkai.core.check.prose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.model.ChineseNumerals;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Paragraph;

/**
 * 情况说明 read for its figures: every amount (万元), share (占…%), change (比上年增加/减少…,
 * 增长/下降…%) and "no change" (与上年相同, 持平), with the name the words give each amount and the
 * year they give it. The PROSE rules check these against each other and against the tables.
 */
public final class ProseText {

    private static final Pattern AMOUNT = Pattern.compile("(-?[0-9][0-9,，]*(?:\\.[0-9]+)?)\\s*(万元|元)");
    private static final Pattern PERCENT = Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?)\\s*[%％]");
    private static final Pattern SHARE_OF = Pattern.compile(".*占[^，,；;。]{0,20}的");
    static final Pattern SHARE_NO_PERCENT = Pattern.compile("占\\s*([0-9]+(?:\\.[0-9]+)?)(?!\\s*[0-9.%％万元])");
    static final Pattern NO_CHANGE = Pattern.compile("(与上年|与\\d{4}年)[^，,；;。]{0,12}?(相同|持平|一致)|持平");
    private static final Pattern CHANGE_TAIL = Pattern.compile(
            "(?:比|较|与)(上年|上一年|\\d{4}年)(?:度)?(?:[（(][^（）()]{1,12}[）)])?(?:相比)?(?:预算执行数|预算数|预算|执行数)?相?(增加|减少|增长|下降|减|增)了?$");
    private static final Pattern PERCENT_TAIL = Pattern.compile("(增加|减少|增长|下降|减|增)(比例|幅度)?(为|了)?$|(降|减|增|涨)幅(为|是|达)?$");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年度?");
    private static final String[] LEADING = {"其中：", "其中:", "其中", "主要包括", "包括", "支出包括", "主要用于以下方面", "主要用于",
        "主要原因是", "原因是", "主要是", "合计", "共计", "分别为", "分别是", "为"};

    private final List<ProseParagraph> paragraphs;
    private final int year;

    private ProseText(List<ProseParagraph> paragraphs, int year) {
        this.paragraphs = paragraphs;
        this.year = year;
    }

    public static ProseText of(Disclosure d) {
        List<ProseParagraph> out = new ArrayList<>();
        List<String> names = unitNames(d);
        int top = 0;
        int number = 0;
        for (NarrativeSection s : d.narrative().sections()) {
            String heading = heading(s);
            number = collect(s, heading, top, number, names, out);
            top++;
        }
        return new ProseText(out, d.metadata().year());
    }

    private static List<String> unitNames(Disclosure d) {
        List<String> n = new ArrayList<>();
        if (d.metadata().unitName() != null) {
            n.add(d.metadata().unitName());
        }
        if (d.metadata().departmentName() != null) {
            n.add(d.metadata().departmentName());
        }
        n.add("本单位");
        n.add("本部门");
        return n;
    }

    /** Adds the paragraphs of {@code s} and its subsections; returns the next section's number. */
    private static int collect(NarrativeSection s, String heading, int top, int number, List<String> names, List<ProseParagraph> out) {
        for (Paragraph p : s.paragraphs()) {
            out.add(new ProseParagraph(heading, top, number, p, mentions(p.text(), names, out.size())));
        }
        int next = number + 1;
        for (NarrativeSection sub : s.sections()) {
            next = collect(sub, heading, top, next, names, out);
        }
        return next;
    }

    public List<ProseParagraph> paragraphs() {
        return paragraphs;
    }

    /** A section's heading as printed: "五、一般公共预算支出情况说明"; its title alone when it has no number ("部门预算编制说明"). */
    static String heading(NarrativeSection s) {
        return s.number() == null || s.number().isEmpty() ? s.title() : s.number() + "、" + s.title();
    }

    /** The document's year: figures named with another year are not this year's. */
    public int year() {
        return year;
    }

    // ---------------------------------------------------------------- reading the figures

    static List<Mention> mentions(String t, List<String> unitNames, int paragraph) {
        List<Mention> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(t);
        int previousEnd = 0;
        String previousName = null;
        for (int yuan = t.indexOf('元'); yuan >= 0; yuan = t.indexOf('元', yuan + 1)) {
            if (!amountEndsAt(t, m, yuan, previousEnd)) {
                continue;
            }
            Money money = Money.parse(m.group(1), m.group(2).equals("元") ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN).orElse(null);
            if (money == null || (m.group(2).equals("元") && m.start(2) > 0 && t.charAt(m.start(2) - 1) == '万')) {
                continue;
            }
            if (isThreshold(t, m.end())) {
                continue; // "价值50万元（原值）以上的设备": a threshold, not an amount of the budget
            }
            int from = Math.max(start(t, m.start()), previousEnd);
            boolean sameClause = from == previousEnd && previousEnd > 0;
            String clause = t.substring(from, m.start()).strip();
            previousEnd = m.end();
            Matcher c = endsLikeAChange(clause) ? CHANGE_TAIL.matcher(clause) : null;
            if (c != null && c.find()) {
                int direction = c.group(2).startsWith("增") ? 1 : -1;
                int against = c.group(1).startsWith("上") ? -1 : Integer.parseInt(c.group(1).substring(0, 4));
                int at = from + t.substring(from, m.start()).indexOf(c.group());
                out.add(new Mention(Mention.Kind.CHANGE, null, 0, direction < 0 ? money.negate() : money, null, direction, against,
                        t.substring(at, m.end()), at, m.end(), paragraph));
                continue;
            }
            int yr = 0;
            String name = clean(clause, unitNames);
            if (name.isEmpty() && !sameClause && from >= 2 && (t.charAt(from - 1) == '）' || t.charAt(from - 1) == ')')) {
                name = clean(beforeBracket(t, from - 1), unitNames); // "采购金额（以合同签订为准）为251.25万元"
            }
            Matcher y = name.indexOf('年') < 0 ? null : YEAR.matcher(name); // most names give no year
            if (y != null && y.find()) {
                yr = Integer.parseInt(y.group(1));
                name = (name.substring(0, y.start()) + name.substring(y.end())).strip();
                name = clean(name, unitNames);
            }
            if ((name.isEmpty() || name.equals("与") || name.equals("和")) && sameClause && previousName != null) {
                name = previousName; // "3.1万元与2023年3.11万元": the same quantity in another year
            }
            previousName = name;
            out.add(new Mention(Mention.Kind.AMOUNT, name, yr, money, null, 0, 0, t.substring(from, m.end()), from, m.end(), paragraph));
        }
        // each pattern only where its sign is: most sentences have no %, no 占, no 与 or 持平
        m = PERCENT.matcher(t);
        int afterPercent = 0;
        for (int sign = percentSign(t, 0); sign >= 0; sign = percentSign(t, sign + 1)) {
            if (!percentEndsAt(t, m, sign, afterPercent)) {
                continue;
            }
            afterPercent = m.end();
            String clause = clauseBefore(t, m.start());
            BigDecimal pct = new BigDecimal(m.group(1));
            if (clause.endsWith("占") || SHARE_OF.matcher(clause).matches()) {
                out.add(new Mention(clause.endsWith("占") ? Mention.Kind.SHARE : Mention.Kind.SHARE, clause.endsWith("占") ? null : clause,
                        0, null, pct, 0, 0, m.group(), m.start(), m.end(), paragraph));
                continue;
            }
            Matcher c = endsLikeAChange(clause) ? PERCENT_TAIL.matcher(clause) : null;
            if (c != null && c.find()) {
                // "增长5.82%", "下降比例66%", "降幅0.66%"
                int direction = c.group(1) != null ? (c.group(1).startsWith("增") ? 1 : -1) : c.group(4).equals("增") || c.group(4).equals("涨") ? 1 : -1;
                out.add(new Mention(Mention.Kind.CHANGE_PERCENT, null, 0, null, pct, direction, 0,
                        c.group() + m.group(), m.start() - c.group().length(), m.end(), paragraph));
            }
        }
        m = SHARE_NO_PERCENT.matcher(t);
        for (int from = 0; findFrom(m, t, from, '占', '占'); from = m.end()) {
            out.add(new Mention(Mention.Kind.SHARE_WITHOUT_PERCENT, null, 0, null, new BigDecimal(m.group(1)), 0, 0,
                    m.group(), m.start(), m.end(), paragraph));
        }
        m = NO_CHANGE.matcher(t);
        for (int from = 0; findFrom(m, t, from, '与', '持'); from = m.end()) {
            out.add(new Mention(Mention.Kind.NO_CHANGE, null, 0, null, null, 0, 0, m.group(), m.start(), m.end(), paragraph));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * Finds the next match of {@code m}'s pattern starting at or after {@code from}, as
     * {@code find} would, for a pattern whose every match starts with {@code first} or
     * {@code second}: the pattern is asked only at those characters, not at every one of the
     * paragraph. On success {@code m} holds the match. (Its patterns look neither behind a match
     * nor at the text's ends.)
     */
    static boolean findFrom(Matcher m, String t, int from, char first, char second) {
        // the next of each character kept apart, so each is searched for once past each place tried
        int a = t.indexOf(first, from);
        int b = first == second ? -1 : t.indexOf(second, from);
        while (a >= 0 || b >= 0) {
            int at;
            if (b < 0 || (a >= 0 && a < b)) {
                at = a;
                a = t.indexOf(first, at + 1);
            } else {
                at = b;
                b = t.indexOf(second, at + 1);
            }
            m.region(at, t.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds the amount written just before the 元 at {@code yuan} ("1,018.17万元", "3 元"): the
     * pattern is asked only over the figures, spaces and 万 in front of it, never before
     * {@code notBefore}; on success {@code m} holds the match. Each 元 is looked at once, so the
     * paragraph is not searched character by character.
     */
    private static boolean amountEndsAt(String t, Matcher m, int yuan, int notBefore) {
        int s = yuan;
        if (s > notBefore && t.charAt(s - 1) == '万') {
            s--;
        }
        while (s > notBefore && amountChar(t.charAt(s - 1))) {
            s--;
        }
        if (s == yuan) {
            return false;
        }
        m.region(s, yuan + 1);
        return m.find();
    }

    /** The next % or ％ from {@code from}, or -1. */
    private static int percentSign(String t, int from) {
        int ascii = t.indexOf('%', from);
        int wide = t.indexOf('％', from);
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }

    /**
     * Finds the per cent written just before the sign at {@code sign} ("24.93%"), as
     * {@link #amountEndsAt} does for amounts: the pattern is asked only over the figures and spaces
     * in front of the sign, never before {@code notBefore} (the end of the last per cent). A per
     * cent holds no sign before its own, so this finds what a search from the start would.
     */
    private static boolean percentEndsAt(String t, Matcher m, int sign, int notBefore) {
        int s = sign;
        while (s > notBefore && percentChar(t.charAt(s - 1))) {
            s--;
        }
        if (s == sign) {
            return false;
        }
        m.region(s, sign + 1);
        return m.find();
    }

    private static boolean percentChar(char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == '-' || Character.isWhitespace(c);
    }

    private static boolean amountChar(char c) {
        return (c >= '0' && c <= '9') || c == ',' || c == '，' || c == '.' || c == '-' || Character.isWhitespace(c);
    }

    /**
     * True when a clause may end as a change does (…增加, …下降了, …减少比例为): the patterns that
     * read changes end so, and most clauses do not; a quick look spares them.
     */
    private static boolean endsLikeAChange(String clause) {
        if (clause.isEmpty()) {
            return false;
        }
        return switch (clause.charAt(clause.length() - 1)) {
            case '加', '少', '长', '降', '减', '增', '了', '例', '度', '为', '幅', '是', '达' -> true;
            default -> false;
        };
    }

    /**
     * The words before the bracket that closes at {@code close}, when only a linking word stands
     * between it and an amount: in "政府采购金额（以合同签订为准）为251.25万元" the bracket qualifies the
     * name before it, 政府采购金额. Empty when there is no bracket or nothing before it.
     */
    private static String beforeBracket(String t, int close) {
        int open = Math.max(t.lastIndexOf('（', close - 1), t.lastIndexOf('(', close - 1));
        return open <= 0 ? "" : clauseBefore(t, open);
    }

    private static boolean isThreshold(String t, int after) {
        String rest = t.substring(after, Math.min(t.length(), after + 8));
        return rest.startsWith("以上") || rest.startsWith("以下") || rest.startsWith("（原值）以上") || rest.startsWith("(原值)以上");
    }

    /** The words from the last punctuation before {@code at} up to it. */
    static String clauseBefore(String t, int at) {
        return t.substring(start(t, at), at).strip();
    }

    private static int start(String t, int at) {
        int i = at;
        while (i > 0) {
            char c = t.charAt(i - 1);
            if ((c == '）' || c == ')') && i >= 2) {
                int open = Math.max(t.lastIndexOf('（', i - 2), t.lastIndexOf('(', i - 2));
                // a short bracket inside a name, "因公出国(境)费", is part of it; so is one that says
                // what a year stands for, commas and all: "比2022年（上一年度，下同）预算增加"
                if (open >= 0 && (i - 1 - open <= 5 && noBoundary(t, open + 1, i - 1)
                        || open > 0 && t.charAt(open - 1) == '年' && i - 1 - open <= 13)) {
                    i = open;
                    continue;
                }
            }
            if (isBoundary(c)) {
                break;
            }
            i--;
        }
        return i;
    }

    private static boolean noBoundary(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isBoundary(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True for the marks a clause ends at: one of "，,；;：:。（(）)、！？" (a switch, asked of every character walked back over). */
    static boolean isBoundary(char c) {
        return switch (c) {
            case '，', ',', '；', ';', '：', ':', '。', '（', '(', '）', ')', '、', '！', '？' -> true;
            default -> false;
        };
    }

    /** A name without what is not part of it: 其中, 主要包括, the unit's name, the document's own "2024年度". */
    static String clean(String clause, List<String> unitNames) {
        String s = clause.replace(" ", "");
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String lead : LEADING) {
                if (s.startsWith(lead) && s.length() > lead.length()) {
                    s = s.substring(lead.length());
                    changed = true;
                }
            }
            for (String u : unitNames) {
                int i = s.indexOf(u);
                if (i >= 0) {
                    s = s.substring(0, i) + s.substring(i + u.length());
                    changed = true;
                }
            }
        }
        while (s.endsWith("为") || s.endsWith("是") || s.endsWith("达") || s.endsWith("共") || s.endsWith("的")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** 五 for 5, as section numbers print. */
    static String numeral(int n) {
        return ChineseNumerals.of(n);
    }
}
