package org.gongkai.core.check.prose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.Tables;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.template.ClassFigures;
import org.gongkai.core.template.NamedFigure;
import org.gongkai.core.template.Template;

/**
 * What the tables call things: for each name the prose uses for a budget quantity (基本支出,
 * 一般公共预算拨款收入, 公务接待费, a 类 such as 社会保障和就业支出), the figures the tables print
 * under that name. A name may stand for several figures (项目支出: all of it in 表三, this year's
 * general budget in 表五); a prose amount under that name must be one of them.
 */
public final class TableQuantities {

    /** A figure the tables print under a name: the amount in {@code column} of {@code entry}, a row of table {@code table}. */
    public record Quantity(String table, TableEntry entry, String column, Money amount) {
    }

    /** The numbering before a 类's name: "一、" in "一、社会保障和就业支出". */
    private static final Pattern NUMBERING = Pattern.compile("^[一二三四五六七八九十]+、");

    private final Map<String, List<Quantity>> byName = new LinkedHashMap<>();
    /** {@link #byName}'s entries in order, made at the first look-up, when all names are known. */
    private Map.Entry<String, List<Quantity>>[] named;
    private int[] lengths;
    private char[] lastChars;
    private final Tables tables;

    private TableQuantities(Tables tables) {
        this.tables = tables;
    }

    /** The same, worked out once per check. */
    public static TableQuantities of(Disclosure d, RuleRun run) {
        return run.shared(TableQuantities.class, () -> of(d, Tables.of(d, run)));
    }

    /** The figures the document's template names, and the 类 rows of its class tables. */
    public static TableQuantities of(Disclosure d) {
        return of(d, new Tables(d));
    }

    /**
     * Each table is found once for what it is asked (not again for every name), and its unit read
     * once for all of a row's figures.
     */
    private static TableQuantities of(Disclosure d, Tables tables) {
        TableQuantities q = new TableQuantities(tables);
        Template template = q.tables.template();
        if (template == null) {
            return q;
        }
        for (NamedFigure f : template.figures()) {
            // a column no row of the table has a figure in may not have been found: its blanks prove
            // nothing, but the name is still known, so a shorter one ("基本支出") does not answer for it
            PublishedTable t = d.table(f.table()).orElse(null);
            if (t == null) {
                continue;
            }
            if (!located(t, f.block(), f.column())) {
                for (String n : f.names()) {
                    q.byName.computeIfAbsent(normal(n), k -> new ArrayList<>());
                }
                continue;
            }
            TableEntry e = (f.row().equals("top") ? Tables.top(t) : t.entry(f.block(), f.row())).orElse(null);
            if (e != null) {
                Money m = Tables.amount(e, f.column(), Tables.unit(t));
                for (String n : f.names()) {
                    q.add(n, f.table(), e, f.column(), m);
                }
            }
        }
        for (ClassFigures c : template.classFigures()) {
            PublishedTable t = d.table(c.table()).orElse(null);
            if (t == null) {
                continue;
            }
            MoneyUnit unit = Tables.unit(t);
            for (TableEntry e : t.entries()) {
                if (e.level() == 1 && e.role() != EntryRole.TOTAL && !e.amounts().isEmpty()) {
                    String label = e.label();
                    // every numbering ends with 、: a label without one has none to take off
                    String name = (label.indexOf('、') < 0 ? label : NUMBERING.matcher(label).replaceFirst("")).strip();
                    for (String col : c.columns()) {
                        if (e.amounts().containsKey(col)) {
                            q.add(name, c.table(), e, col, Tables.amount(e, col, unit));
                        }
                    }
                }
            }
        }
        return q;
    }

    /** True when some row of {@code block} has a figure in {@code column} (the rows read in place, not copied out). */
    private static boolean located(PublishedTable t, String block, String column) {
        for (TableEntry e : t.entries()) {
            if (e.block().equals(block) && e.amounts().containsKey(column)) {
                return true;
            }
        }
        return false;
    }

    private void add(String name, String table, TableEntry e, String column, Money m) {
        byName.computeIfAbsent(normal(name), k -> new ArrayList<>()).add(new Quantity(table, e, column, m));
    }

    /** Where the tables print {@code q}, for messages: "表三《预算支出总表》“合计”基本支出". */
    public String where(Quantity q) {
        return tables.name(q.table()) + "“" + Tables.row(q.entry()) + "”" + tables.column(q.table(), q.entry().block(), q.column());
    }

    /**
     * The figures printed under the name {@code prose} ends with (the longest known name wins:
     * "一般公共预算安排基本支出" before "基本支出"); empty when the tables use no such name, or
     * print nothing under it that can be compared.
     */
    public List<Quantity> lookup(String prose) {
        Map.Entry<String, List<Quantity>> best = match(prose);
        return best == null ? List.of() : best.getValue();
    }

    /** The name a lookup matched, for messages. */
    public String matchedName(String prose) {
        Map.Entry<String, List<Quantity>> best = match(prose);
        return best == null ? null : best.getKey();
    }

    /**
     * The longest known name {@code prose} ends with, with its figures (of names as long, the one
     * first known); null when none. Kept as the entry, so no second look-up by name is made.
     */
    private Map.Entry<String, List<Quantity>> match(String prose) {
        String p = normal(prose);
        if (named == null) {
            known();
        }
        Map.Entry<String, List<Quantity>> best = null;
        int bestLength = -1;
        char last = p.isEmpty() ? 0 : p.charAt(p.length() - 1);
        for (int i = 0; i < named.length; i++) {
            // a name p ends with ends with p's last character: most names are passed over on that
            int length = lengths[i];
            if (length > bestLength && (length == 0 || lastChars[i] == last) && p.endsWith(named[i].getKey())) {
                best = named[i];
                bestLength = length;
            }
        }
        return best;
    }

    /** The known names, in the order first known, with each name's length and last character, for {@link #match}. */
    @SuppressWarnings("unchecked")
    private void known() {
        Map.Entry<String, List<Quantity>>[] entries = byName.entrySet().toArray(new Map.Entry[0]);
        int[] length = new int[entries.length];
        char[] last = new char[entries.length];
        for (int i = 0; i < entries.length; i++) {
            String k = entries[i].getKey();
            length[i] = k.length();
            last[i] = k.isEmpty() ? 0 : k.charAt(k.length() - 1);
        }
        lengths = length;
        lastChars = last;
        named = entries;
    }

    /**
     * A name as the tables and the prose are compared: without spaces, with wide brackets and
     * quotes ({@code s.replace(" ", "").replace('(', '（').replace(')', '）').replace('"', '“')}).
     * Read in one pass, and most names, holding none of these, are given back as they are: four
     * replaces read every name four times.
     */
    static String normal(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ')' && (c == ' ' || c == '(' || c == ')' || c == '"')) {
                return normalFrom(s, i);
            }
        }
        return s;
    }

    /** {@link #normal} of {@code s}, whose first character to change is at {@code first}. */
    private static String normalFrom(String s, int first) {
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case ' ' -> { }
                case '(' -> b.append('（');
                case ')' -> b.append('）');
                case '"' -> b.append('“');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
