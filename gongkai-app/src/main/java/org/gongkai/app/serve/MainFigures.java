package org.gongkai.app.serve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.gongkai.core.model.ClassificationCode;
import org.gongkai.core.model.Classifications;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Fact;
import org.gongkai.core.model.FactKey;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.FundingSource;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Period;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.SpendingType;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.template.NamedFigure;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalog;

/**
 * The main figures of one disclosure, the ones {@link Comparison} sets side by side: the totals,
 * income by funding source, 基本支出/项目支出 and their parts, spending by functional 类 and 项 and by
 * economic 类/款, the 三公经费 items and 机关运行经费, and every project. A total is taken as the tables
 * print it, through the template's named figures (the names 情况说明 and the PROSE rules use:
 * 收入总计, 基本支出, 公务接待费 …), and only when the template names no such figure asked of the
 * facts ({@link FactSet#total}, which answers from one grain and never adds two together).
 * Example: {@code MainFigures.of(reference)} has {totals, 收入总计, 1934.61 万元} and
 * {projects, 培训费, 0.99 万元}.
 */
final class MainFigures {

    /** The sections, in the order a comparison shows them. */
    enum Section {
        TOTALS("收支总计", "Totals"),
        SOURCES("收入按资金来源", "Income by funding source"),
        SPENDING("支出按性质", "Spending by type"),
        FUNCTION_CLASSES("支出功能分类（类）", "Spending by function (class)"),
        FUNCTION_ITEMS("支出功能分类（项）", "Spending by function (item)"),
        ECONOMIC("部门预算支出经济分类（类、款）", "Spending by economic class and item"),
        THREE_PUBLIC("“三公”经费和机关运行经费", "Three public expenses and operating costs"),
        PROJECTS("项目", "Projects");

        private final String zh;
        private final String en;

        Section(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        String label(Lang lang) {
            return lang.t(zh, en);
        }

        /** The section's id in the API, e.g. "function-classes". */
        String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One figure. {@code itemised}: a row of a list that grows and shrinks (a code, a project), so
     * absence on one side means 新增 or 取消; otherwise a fixed figure the document may just not print.
     *
     * @param section  where it is shown
     * @param key      what it is, the same on both sides: "收入总计", "208", a project's name
     * @param zh       its name, as the document prints it where it is an item
     * @param en       its English name for a fixed figure; the Chinese one for an item
     * @param level    indentation: 0 for a total or a 类, 1 for a part or a 款
     * @param itemised true for a code or a project
     * @param amount   the amount as printed (in the table's unit)
     */
    record Figure(Section section, String key, String zh, String en, int level, boolean itemised, Money amount) {
    }

    /** A fixed figure: its key and labels, the names a template may call it, and the facts to ask when it does not. */
    private record Fixed(Section section, String zh, String en, int level, List<String> names, FactKey fallback) {
    }

    private static final List<Fixed> FIXED = List.of(
            new Fixed(Section.TOTALS, "收入总计", "Income total", 0,
                    List.of("收入总计", "预算收入总计", "收入预算总计"), null),
            new Fixed(Section.TOTALS, "本年收入", "Income of the year", 1,
                    List.of("本年收入", "本年收入合计", "当年收入"), FactKey.ALL.withPeriod(Period.CURRENT)),
            new Fixed(Section.TOTALS, "上年结转", "Carried over", 1,
                    List.of("上年结转", "上年结转收入"), FactKey.ALL.withPeriod(Period.CARRY_OVER)),
            new Fixed(Section.TOTALS, "支出总计", "Spending total", 0,
                    List.of("支出总计", "预算支出总计", "支出预算总计"), FactKey.ALL),
            new Fixed(Section.SOURCES, FundingSource.GENERAL_BUDGET.label(), "General public budget", 0,
                    List.of("一般公共预算拨款收入", "一般公共预算收入"), current(FundingSource.GENERAL_BUDGET)),
            new Fixed(Section.SOURCES, FundingSource.GOVERNMENT_FUND.label(), "Government funds", 0,
                    List.of("政府性基金预算拨款收入", "政府性基金预算收入", "政府性基金收入预算"), current(FundingSource.GOVERNMENT_FUND)),
            new Fixed(Section.SOURCES, FundingSource.STATE_CAPITAL.label(), "State capital operations", 0,
                    List.of("国有资本经营预算拨款收入", "国有资本经营预算收入"), current(FundingSource.STATE_CAPITAL)),
            new Fixed(Section.SOURCES, FundingSource.SPECIAL_ACCOUNT.label(), "Special fiscal accounts", 0,
                    List.of("财政专户管理资金收入", "财政专户管理资金"), current(FundingSource.SPECIAL_ACCOUNT)),
            new Fixed(Section.SOURCES, FundingSource.UNIT_FUNDS.label(), "Unit's own funds", 0,
                    List.of("单位资金", "单位资金收入", "其他资金收入"), current(FundingSource.UNIT_FUNDS)),
            new Fixed(Section.SPENDING, SpendingType.BASIC.label(), "Basic spending", 0,
                    List.of("基本支出"), FactKey.ALL.withSpending(SpendingType.BASIC)),
            new Fixed(Section.SPENDING, SpendingType.PERSONNEL.label(), "Personnel", 1,
                    List.of("人员经费"), FactKey.ALL.withSpending(SpendingType.PERSONNEL)),
            new Fixed(Section.SPENDING, SpendingType.PUBLIC.label(), "Public operating", 1,
                    List.of("公用经费"), FactKey.ALL.withSpending(SpendingType.PUBLIC)),
            new Fixed(Section.SPENDING, SpendingType.PROJECT.label(), "Project spending", 0,
                    List.of("项目支出"), FactKey.ALL.withSpending(SpendingType.PROJECT)),
            new Fixed(Section.SPENDING, SpendingType.RESERVE.label(), "Reserve", 0,
                    List.of("单位预留机动经费"), FactKey.ALL.withSpending(SpendingType.RESERVE)),
            new Fixed(Section.THREE_PUBLIC, "“三公”经费", "Three public expenses", 0,
                    List.of("“三公”经费", "“三公”经费预算", "三公经费"), null),
            new Fixed(Section.THREE_PUBLIC, "因公出国（境）费", "Official travel abroad", 1,
                    List.of("因公出国（境）费", "因公出国（境）费用"), FactKey.ALL.withItem("因公出国（境）费")),
            new Fixed(Section.THREE_PUBLIC, "公务接待费", "Official reception", 1,
                    List.of("公务接待费"), FactKey.ALL.withItem("公务接待费")),
            new Fixed(Section.THREE_PUBLIC, "公务用车购置及运行费", "Official vehicles", 1,
                    List.of("公务用车购置及运行费", "公务用车购置及运行维护费"), null),
            new Fixed(Section.THREE_PUBLIC, "公务用车购置费", "Vehicles bought", 2,
                    List.of("公务用车购置费"), FactKey.ALL.withItem("公务用车购置费")),
            new Fixed(Section.THREE_PUBLIC, "公务用车运行维护费", "Vehicles run", 2,
                    List.of("公务用车运行维护费", "公务用车运行费"), FactKey.ALL.withItem("公务用车运行维护费")),
            new Fixed(Section.THREE_PUBLIC, "机关运行经费", "Administrative operating costs", 0,
                    List.of("机关运行经费", "机关运行经费预算", "机关运行经费财政拨款预算"), FactKey.ALL.withItem("机关运行经费")));

    private MainFigures() {
    }

    /** The fixed figures' keys, in the order they are shown. */
    static List<String> fixedKeys() {
        return FIXED.stream().map(Fixed::zh).toList();
    }

    private static FactKey current(FundingSource s) {
        return FactKey.ALL.withSource(s).withPeriod(Period.CURRENT);
    }

    /** The figures of {@code d}, section by section; a figure neither the tables nor the facts give is left out. */
    static List<Figure> of(Disclosure d) {
        Template t = d.templateId() == null ? null : TemplateCatalog.bundled().find(d.templateId()).orElse(null);
        FactSet facts = d.facts() == null ? FactSet.empty() : d.facts();
        List<Figure> out = new ArrayList<>();
        for (Fixed f : FIXED) {
            Optional<Money> m = figure(d, t, f.names());
            if (m.isEmpty() && f.fallback() != null) {
                m = facts.total(f.fallback());
            }
            m.ifPresent(money -> out.add(new Figure(f.section(), f.zh(), f.zh(), f.en(), f.level(), false, money)));
        }
        codes(out, facts);
        projects(out, facts);
        return out;
    }

    /** Spending by functional 类 and 项, and by economic 类 and 款, each code once, in code order. */
    private static void codes(List<Figure> out, FactSet facts) {
        Set<String> classes = new TreeSet<>();
        Set<String> items = new TreeSet<>();
        Set<String> economic = new TreeSet<>();
        for (Fact f : facts.facts()) {
            String fn = f.key().function();
            if (fn != null && fn.length() >= 3 && fn.chars().allMatch(Character::isDigit)) {
                classes.add(fn.substring(0, 3));
                if (fn.length() == 7) {
                    items.add(fn);
                }
            }
            String ec = f.key().economic();
            if (ec != null && ec.length() >= 3 && ec.chars().allMatch(Character::isDigit)) {
                economic.add(ec.substring(0, 3));
                if (ec.length() >= 5) {
                    economic.add(ec.substring(0, 5));
                }
            }
        }
        Classifications c = Classifications.bundled();
        for (String code : classes) {
            facts.total(FactKey.ALL.withFunction(code)).ifPresent(m -> out.add(item(Section.FUNCTION_CLASSES, code,
                    c.functional().find(code).map(ClassificationCode::name).orElse(""), 0, m)));
        }
        for (String code : items) {
            facts.total(FactKey.ALL.withFunction(code)).ifPresent(m -> out.add(item(Section.FUNCTION_ITEMS, code,
                    c.functional().find(code).map(ClassificationCode::name).orElseGet(() -> label(facts, FactKey.ALL.withFunction(code))),
                    0, m)));
        }
        for (String code : economic) {
            facts.total(FactKey.ALL.withEconomic(code)).ifPresent(m -> out.add(item(Section.ECONOMIC, code,
                    c.departmentEconomic().find(code).map(ClassificationCode::name).orElseGet(() -> label(facts, FactKey.ALL.withEconomic(code))),
                    code.length() == 3 ? 0 : 1, m)));
        }
    }

    /** Every project, in the order the tables print them. */
    private static void projects(List<Figure> out, FactSet facts) {
        Set<String> names = new LinkedHashSet<>();
        for (Fact f : facts.facts()) {
            if (f.key().project() != null) {
                names.add(f.key().project());
            }
        }
        for (String p : names) {
            facts.total(FactKey.ALL.withProject(p)).ifPresent(m -> out.add(new Figure(Section.PROJECTS, p, p, p, 0, true, m)));
        }
    }

    private static Figure item(Section section, String code, String name, int level, Money m) {
        String label = name.isEmpty() ? code : code + " " + name;
        return new Figure(section, code, label, label, level, true, m);
    }

    /** The name a fact with exactly this code was printed under ("基本工资" of "基本工资|工资奖金津补贴"), or "". */
    private static String label(FactSet facts, FactKey exact) {
        for (Fact f : facts.facts()) {
            boolean same = exact.function() != null ? exact.function().equals(f.key().function())
                    : exact.economic().equals(f.key().economic());
            if (same && f.label() != null && !f.label().isBlank()) {
                int bar = f.label().indexOf('|');
                return (bar >= 0 ? f.label().substring(0, bar) : f.label()).strip();
            }
        }
        return "";
    }

    /**
     * The figure the template calls by the first of {@code names} that a table of {@code d} prints,
     * as printed (a blank cell is zero, in the table's unit); empty when none is printed.
     */
    static Optional<Money> figure(Disclosure d, Template t, List<String> names) {
        if (t == null) {
            return Optional.empty();
        }
        for (String name : names) {
            for (NamedFigure f : t.figures()) {
                if (!f.names().contains(name)) {
                    continue;
                }
                Optional<PublishedTable> table = d.table(f.table());
                if (table.isEmpty()) {
                    continue;
                }
                Optional<TableEntry> e = "top".equals(f.row())
                        ? table.get().entries(f.block()).stream().findFirst()
                        : table.get().entry(f.block(), f.row());
                if (e.isEmpty()) {
                    continue;
                }
                MoneyUnit unit = table.get().unit() != null ? table.get().unit() : t.unit() != null ? t.unit() : MoneyUnit.WAN_YUAN;
                return Optional.of(e.get().amount(f.column()).map(PublishedAmount::money).orElse(Money.zero(unit)));
            }
        }
        return Optional.empty();
    }
}
