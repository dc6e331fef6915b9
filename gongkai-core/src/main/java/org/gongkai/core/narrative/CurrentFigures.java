package org.gongkai.core.narrative;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.template.NamedFigure;
import org.gongkai.core.template.TableTemplate;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalog;

/**
 * This year's figures as the published tables give them, found through the template's named
 * figures (the same names the checker's PROSE rules look figures up by).
 * Example: {@code amount("基本支出", "T3")} is 232.90 万元 in the reference document (表三 合计 基本支出).
 */
final class CurrentFigures {

    /** A row of a table with its amount. Example: 208 社会保障和就业支出, 1,217.83 万元. */
    record Line(String code, String name, Money amount) {
    }

    private final Disclosure d;
    private final Template template;

    CurrentFigures(Disclosure d) {
        this.d = d;
        this.template = TemplateCatalog.bundled().find(d.templateId()).orElse(null);
    }

    Template template() {
        return template;
    }

    /** The tables 情况说明 draws on, found in any template by what their titles say. */
    enum Role {
        /** 预算收支总表 (the reference document's 表一). */
        SUMMARY("T1"),
        /** 预算支出总表 (表三). */
        SPENDING("T3"),
        /** 财政拨款收支总表 (表四). */
        FISCAL("T4"),
        /** 一般公共预算支出预算表 (表五). */
        GENERAL("T5"),
        /** 一般公共预算基本支出 by economic class (表六). */
        BASIC("T6"),
        /** "三公"经费支出预算表 (表十). */
        THREE_PUBLIC("T10"),
        /** 机关运行经费预算表 (表十一). */
        OPERATING("T11"),
        /** 项目支出预算表（本年预算） (表十二). */
        PROJECTS("T12");

        private final String usual;

        Role(String usual) {
            this.usual = usual;
        }

        boolean fits(String title) {
            return switch (this) {
                case SUMMARY -> title.contains("收支") && title.contains("总表") && !title.contains("财政拨款");
                case SPENDING -> title.contains("支出") && title.contains("总表") && !title.contains("收支") && !title.contains("财政拨款");
                case FISCAL -> title.contains("财政拨款收支");
                case GENERAL -> title.contains("一般公共预算支出") && !title.contains("基本支出");
                case BASIC -> title.contains("一般公共预算") && title.contains("基本支出");
                case THREE_PUBLIC -> title.contains("三公");
                case OPERATING -> title.contains("机关运行经费");
                case PROJECTS -> title.contains("项目支出") && !title.contains("上年结转");
            };
        }
    }

    /**
     * The template's id of the table playing {@code role}, by its title ("预算支出总表" is SPENDING);
     * the reference document's id when the template has no such title.
     */
    String table(Role role) {
        if (template != null) {
            for (TableTemplate t : template.tables()) {
                if (role.fits(t.title())) {
                    return t.id();
                }
            }
        }
        return role.usual;
    }

    /** True when the template names a figure by one of {@code names}: its tables have such a line. */
    boolean names(List<String> names) {
        if (template == null) {
            return false;
        }
        for (NamedFigure f : template.figures()) {
            for (String n : names) {
                if (f.names().contains(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first of {@code names} the template names a figure, as {@link #amount(String, String)}. */
    Optional<Money> amount(Role role, String... names) {
        for (String n : names) {
            Optional<Money> m = amount(n, table(role));
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    /**
     * The figure the template names {@code name}, from {@code table} when the template has it there,
     * else from the first table that prints it; empty when no table does (a blank cell is zero).
     */
    Optional<Money> amount(String name, String table) {
        if (template == null) {
            return Optional.empty();
        }
        List<NamedFigure> candidates = new ArrayList<>();
        for (NamedFigure f : template.figures()) {
            if (f.names().contains(name)) {
                if (f.table().equals(table)) {
                    candidates.add(0, f);
                } else {
                    candidates.add(f);
                }
            }
        }
        for (NamedFigure f : candidates) {
            Optional<PublishedTable> t = d.table(f.table());
            if (t.isEmpty()) {
                continue;
            }
            Optional<TableEntry> e = f.row().equals("top") ? top(t.get()) : t.get().entry(f.block(), f.row());
            if (e.isPresent()) {
                PublishedAmount a = e.get().amounts().get(f.column());
                return Optional.of(a == null ? Money.zero(unit(t.get())) : a.money());
            }
        }
        return Optional.empty();
    }

    /** The 类 rows of {@code table} that hold an amount in {@code column}, in printed order. */
    List<Line> classes(String table, String column) {
        return rows(table, column, 1);
    }

    /** The rows of {@code table} at code {@code level} (1 类, 2 款, 3 项) with an amount in {@code column}. */
    List<Line> rows(String table, String column, int level) {
        List<Line> out = new ArrayList<>();
        d.table(table).ifPresent(t -> {
            for (TableEntry e : t.entries()) {
                PublishedAmount a = e.amounts().get(column);
                if (e.level() == level && e.role() != EntryRole.TOTAL && a != null && !a.money().isZero()) {
                    out.add(new Line(e.key(), name(e.label()), a.money()));
                }
            }
        });
        return out;
    }

    /**
     * The names of the economic items (款) of {@code table} with an amount in {@code column}, each once,
     * in printed order: 表六's 人员经费 items "基本工资", "津贴补贴" ….
     */
    List<String> itemNames(String table, String column) {
        Set<String> out = new LinkedHashSet<>();
        d.table(table).ifPresent(t -> {
            for (TableEntry e : t.entries()) {
                PublishedAmount a = e.amounts().get(column);
                if (e.level() >= 2 && a != null && !a.money().isZero()) {
                    String label = e.label();
                    int bar = label.indexOf('|');
                    out.add(name(bar >= 0 ? label.substring(0, bar) : label));
                }
            }
        });
        return new ArrayList<>(out);
    }

    /** The items (rows that are not totals) of a project table, with their amounts in {@code column}. */
    List<Line> projects(String table, String column) {
        List<Line> out = new ArrayList<>();
        d.table(table).ifPresent(t -> {
            for (TableEntry e : t.entries()) {
                PublishedAmount a = e.amounts().get(column);
                if (e.role() == EntryRole.ITEM && a != null) {
                    out.add(new Line(e.key(), e.label(), a.money()));
                }
            }
        });
        return out;
    }

    /** A project table's total: its 合计 row, else its topmost unit row. */
    Optional<Money> projectTotal(String table, String column) {
        return d.table(table).flatMap(CurrentFigures::top).map(e -> {
            PublishedAmount a = e.amounts().get(column);
            return a == null ? Money.zero(MoneyUnit.WAN_YUAN) : a.money();
        });
    }

    private static Optional<TableEntry> top(PublishedTable t) {
        TableEntry best = null;
        for (TableEntry e : t.entries()) {
            if (e.role() == EntryRole.TOTAL) {
                return Optional.of(e);
            }
            if (e.role() == EntryRole.SUBTOTAL && (best == null || e.level() < best.level())) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    private static MoneyUnit unit(PublishedTable t) {
        return t.unit() == null ? MoneyUnit.WAN_YUAN : t.unit();
    }

    /** "八、社会保障和就业支出" without its numbering, "①公务用车购置费" without its mark. */
    static String name(String label) {
        return label.replaceFirst("^[一二三四五六七八九十]+、", "").replaceFirst("^[①②③④⑤⑥⑦⑧⑨]", "").strip();
    }
}
