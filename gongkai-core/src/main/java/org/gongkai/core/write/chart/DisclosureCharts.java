package org.gongkai.core.write.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.FactKey;
import org.gongkai.core.model.FundingSource;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Period;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.template.NamedFigure;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalog;

/**
 * The three charts of 情况说明, with their figures taken from the published tables through the
 * template's named figures (the same names the text uses: 一般公共预算拨款收入, 上年结转, 一般公共预算当年支出,
 * 公务接待费 …), so a chart shows what the tables print and agrees with the text's shares. When the
 * template names no such figure, the facts are asked instead.
 * Example: {@code DisclosureCharts.income(seed)} has 一般公共预算 1,251.07万元 (64.67%) and 上年结转
 * 683.55万元 (35.33%) out of 1,934.62万元.
 */
public final class DisclosureCharts {

    /** 收入预算图. */
    public static final String INCOME = "收入预算图";
    /** 一般公共预算当年拨款结构图. */
    public static final String GENERAL_BUDGET_BY_CLASS = "一般公共预算当年拨款结构图";
    /** 三公经费分布图. */
    public static final String THREE_PUBLIC_EXPENSES = "三公经费分布图";

    private static final String[][] INCOME_PARTS = {
            {"一般公共预算", "一般公共预算拨款收入"},
            {"政府性基金预算", "政府性基金预算拨款收入"},
            {"国有资本经营预算", "国有资本经营预算拨款收入"},
            {"财政专户管理资金", "财政专户管理资金收入"},
            {"单位资金", "单位资金"},
            {"上年结转", "上年结转"},
    };

    private DisclosureCharts() {
    }

    /** The chart the text calls {@code caption} ("收入预算图", "三公经费分布图" …), if gongkai can draw it. */
    public static Optional<Chart> forCaption(Disclosure d, String caption) {
        if (caption == null) {
            return Optional.empty();
        }
        if (caption.contains("三公")) {
            return Optional.of(threePublicExpenses(d, caption));
        }
        if (caption.contains("收入")) {
            return Optional.of(income(d, caption));
        }
        if (caption.contains("一般公共预算") || caption.contains("拨款") || caption.contains("支出结构")) {
            return Optional.of(generalBudgetByClass(d, caption));
        }
        return Optional.empty();
    }

    /** 收入预算图: income by source and the carry-over, as 表一 prints them. */
    public static Chart income(Disclosure d) {
        return income(d, INCOME);
    }

    static Chart income(Disclosure d, String caption) {
        Template t = template(d);
        MoneyUnit unit = unit(t);
        List<Chart.Part> parts = new ArrayList<>();
        for (String[] p : INCOME_PARTS) {
            figure(d, t, p[1]).ifPresent(m -> parts.add(new Chart.Part(p[0], m, null)));
        }
        if (parts.isEmpty()) {
            for (FundingSource s : FundingSource.values()) {
                parts.add(new Chart.Part(s.label(), fact(d, FactKey.ALL.withSource(s).withPeriod(Period.CURRENT), unit), null));
            }
            parts.add(new Chart.Part("上年结转", fact(d, FactKey.ALL.withPeriod(Period.CARRY_OVER), unit), null));
        }
        Chart c = Chart.of(caption, Chart.ChartKind.DONUT, unit, parts, null);
        String note = figure(d, t, "收入总计").filter(total -> !c.isEmpty() && !total.equals(c.total()))
                .map(total -> "各项之和" + SvgChartWriter.amount(c.total()) + c.unit().label() + "与表列收入总计"
                        + SvgChartWriter.amount(total.to(c.unit())) + c.unit().label() + "相差"
                        + SvgChartWriter.amount(c.total().minus(total).abs()) + c.unit().label() + "，系各项分别四舍五入所致。")
                .orElse(null);
        return new Chart(c.caption(), c.kind(), c.unit(), c.slices(), c.total(), note);
    }

    /** 一般公共预算当年拨款结构图: the year's general-budget money by 类, as 表五 prints its 类 rows. */
    public static Chart generalBudgetByClass(Disclosure d) {
        return generalBudgetByClass(d, GENERAL_BUDGET_BY_CLASS);
    }

    static Chart generalBudgetByClass(Disclosure d, String caption) {
        Template t = template(d);
        MoneyUnit unit = unit(t);
        List<Chart.Part> parts = new ArrayList<>();
        Optional<NamedFigure> f = named(d, t, "一般公共预算当年支出");
        if (f.isPresent()) {
            PublishedTable table = d.table(f.get().table()).orElseThrow();
            for (TableEntry e : table.entries(f.get().block())) {
                if (e.level() == 1 && e.role() != EntryRole.TOTAL) {
                    parts.add(new Chart.Part(className(e.label()), e.money(f.get().column(), unit), null));
                }
            }
        }
        return Chart.of(caption, Chart.ChartKind.BARS, unit, parts, null);
    }

    /** 三公经费分布图: 因公出国（境）费, 公务接待费 and 公务用车购置及运行费, as 表十 prints them. */
    public static Chart threePublicExpenses(Disclosure d) {
        return threePublicExpenses(d, THREE_PUBLIC_EXPENSES);
    }

    static Chart threePublicExpenses(Disclosure d, String caption) {
        Template t = template(d);
        MoneyUnit unit = unit(t);
        List<Chart.Part> parts = new ArrayList<>();
        parts.add(new Chart.Part("因公出国（境）费", amountOf(d, t, "因公出国（境）费", unit), null));
        parts.add(new Chart.Part("公务接待费", amountOf(d, t, "公务接待费", unit), null));
        Money purchase = amountOf(d, t, "公务用车购置费", unit);
        Money operation = amountOf(d, t, "公务用车运行维护费", unit);
        Money vehicles = figure(d, t, "公务用车购置及运行费").orElse(purchase.plus(operation));
        parts.add(new Chart.Part("公务用车购置及运行费", vehicles, "其中：公务用车购置费" + SvgChartWriter.amount(purchase.to(unit))
                + unit.label() + "，公务用车运行维护费" + SvgChartWriter.amount(operation.to(unit)) + unit.label()));
        return Chart.of(caption, Chart.ChartKind.DONUT, unit, parts, null);
    }

    /** All three, in the order the text places them. */
    public static List<Chart> all(Disclosure d) {
        return List.of(income(d), generalBudgetByClass(d), threePublicExpenses(d));
    }

    // ---------------------------------------------------------------- figures

    private static Money amountOf(Disclosure d, Template t, String name, MoneyUnit unit) {
        return figure(d, t, name).orElseGet(() -> fact(d, FactKey.ALL.withItem(name), unit));
    }

    private static Money fact(Disclosure d, FactKey key, MoneyUnit unit) {
        return d.facts() == null ? Money.zero(unit) : d.facts().total(key).map(m -> m.to(unit)).orElse(Money.zero(unit));
    }

    /**
     * The figure the template calls {@code name}, as the first table that prints it gives it: a
     * blank cell is zero; empty when no table of the document has the figure's row.
     */
    static Optional<Money> figure(Disclosure d, Template t, String name) {
        return named(d, t, name).map(f -> {
            PublishedTable table = d.table(f.table()).orElseThrow();
            TableEntry e = entry(table, f).orElseThrow();
            MoneyUnit unit = table.unit() == null ? unit(t) : table.unit();
            return e.amount(f.column()).map(PublishedAmount::money).orElse(Money.zero(unit));
        });
    }

    private static Optional<NamedFigure> named(Disclosure d, Template t, String name) {
        if (t == null) {
            return Optional.empty();
        }
        for (NamedFigure f : t.figures()) {
            if (f.names().contains(name)) {
                Optional<PublishedTable> table = d.table(f.table());
                if (table.isPresent() && entry(table.get(), f).isPresent()) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<TableEntry> entry(PublishedTable table, NamedFigure f) {
        if ("top".equals(f.row())) {
            List<TableEntry> block = table.entries(f.block());
            return block.isEmpty() ? Optional.empty() : Optional.of(block.get(0));
        }
        return table.entry(f.block(), f.row());
    }

    private static Template template(Disclosure d) {
        return d.templateId() == null ? null : TemplateCatalog.bundled().find(d.templateId()).orElse(null);
    }

    private static MoneyUnit unit(Template t) {
        return t == null || t.unit() == null ? MoneyUnit.WAN_YUAN : t.unit();
    }

    /** "八、社会保障和就业支出" is 社会保障和就业支出. */
    static String className(String label) {
        int i = label.indexOf('、');
        return i > 0 && i <= 4 ? label.substring(i + 1) : label;
    }
}
