package org.gongkai.core.narrative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.model.ChineseNumerals;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureLevel;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.Sentence;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.model.StateAssets;
import org.gongkai.core.model.VehicleCount;

/**
 * Writes 第三部分 情况说明 from a disclosure's tables and the unit's statements, in the template's
 * section order and in the wording of a published explanation. Every amount comes from the tables
 * (万元, two decimals), every share and change is computed (two decimals, half-up), a change is
 * always against the year before with its direction word, and "与上年持平" is written only when the
 * figures are equal. What the unit has not supplied (a figure of last year, a reason) is written as
 * a {@link Placeholder}, never guessed.
 *
 * <p>Example, the reference document with its own 2023 figures and reasons:
 * <pre>{@code
 * Narrative n = NarrativeWriter.standard().write(disclosure, UnitStatementsReader.read(disclosure));
 * n.section("机关运行经费")  // "2024年柳林县人力资源和社会保障局机关运行经费财政拨款预算21.19万元，
 *                           //  2023年机关运行经费财政拨款预算23.06万元，比上年减少1.87万元，下降8.11%，
 *                           //  主要原因是人员减少2人，正常退休。"
 * }</pre>
 *
 * <p>Sections that compare by custom (一 收支变动, 五（一） 一般公共预算当年支出规模, 七 "三公"经费,
 * 八 机关运行经费) always state the comparison, with a placeholder when last year's figure is missing;
 * 六 基本支出 and 五（三） 具体使用情况 compare where the unit supplied last year's figures for them.
 */
public final class NarrativeWriter {

    private NarrativeWriter() {
    }

    public static NarrativeWriter standard() {
        return new NarrativeWriter();
    }

    /** 情况说明 for {@code d} with last year's figures and the reasons for changes. */
    public Narrative write(Disclosure d, PriorYear prior, ChangeReasons reasons) {
        return write(d, new UnitStatements(prior, reasons, Map.of()));
    }

    /**
     * 情况说明 for {@code d} with what the unit states. Last year's figures must be for the year
     * before the document's year.
     *
     * @throws IllegalArgumentException when the statements' prior year is not the year before
     */
    public Narrative write(Disclosure d, UnitStatements statements) {
        int year = d.metadata().year();
        if (statements.prior().year() != year - 1) {
            throw new IllegalArgumentException("上年数应为" + (year - 1) + "年的数字，提供的是" + statements.prior().year() + "年的");
        }
        Draft draft = new Draft(d, statements);
        List<String> titles = draft.figures.template() == null || draft.figures.template().sections().isEmpty()
                ? DEFAULT_SECTIONS : draft.figures.template().sections();
        List<NarrativeSection> sections = new ArrayList<>();
        int n = 1;
        boolean department = d.metadata().level() == DisclosureLevel.DEPARTMENT;
        for (String title : titles) {
            sections.add(draft.section(ChineseNumerals.of(n++), department ? title.replace("单位预算", "部门预算") : title));
        }
        return new Narrative("第三部分 " + year + "年度" + (department ? "部门" : "单位") + "预算情况说明", sections);
    }

    /**
     * The figures of {@code d} that next year's 情况说明 compares with: {@code d} as the following
     * year's 上年数, every quantity this writer compares and every 项 of the general budget table.
     * Example: the reference document (2024) gives a {@link PriorYear} for 2024 with
     * {@code OPERATING_COSTS} 21.19 万元 and item 2080101 133.70 万元, which a 2025 budget's
     * explanation then compares against.
     */
    public PriorYear figures(Disclosure d) {
        Draft draft = new Draft(d, UnitStatements.none(d.metadata().year()));
        PriorYear p = PriorYear.of(d.metadata().year());
        for (Map.Entry<Quantity, String[]> e : COMPARED.entrySet()) {
            Optional<Money> m = draft.current(e.getValue()[0], e.getValue()[1]);
            if (m.isPresent()) {
                p = p.with(e.getKey(), m.get());
            }
        }
        for (CurrentFigures.Line item : draft.figures.rows(draft.figures.table(CurrentFigures.Role.GENERAL), "total", 3)) {
            p = p.withItem(item.code(), item.amount());
        }
        return p;
    }

    /** The quantities the writer compares with last year, with the figure and usual table each is read from. */
    private static final Map<Quantity, String[]> COMPARED = compared();

    private static Map<Quantity, String[]> compared() {
        Map<Quantity, String[]> m = new java.util.EnumMap<>(Quantity.class);
        m.put(Quantity.INCOME_TOTAL, new String[] {"收入总计", "T1"});
        m.put(Quantity.SPENDING_TOTAL, new String[] {"支出总计", "T1"});
        m.put(Quantity.CURRENT_INCOME, new String[] {"本年收入", "T1"});
        m.put(Quantity.CARRY_OVER, new String[] {"上年结转", "T1"});
        m.put(Quantity.GENERAL_BUDGET_CURRENT, new String[] {"一般公共预算当年支出", "T5"});
        m.put(Quantity.BASIC_SPENDING, new String[] {"一般公共预算安排基本支出", "T6"});
        m.put(Quantity.PERSONNEL_SPENDING, new String[] {"人员经费", "T6"});
        m.put(Quantity.PUBLIC_SPENDING, new String[] {"公用经费", "T6"});
        m.put(Quantity.THREE_PUBLIC, new String[] {"“三公”经费", "T10"});
        for (Quantity q : List.of(Quantity.TRAVEL_ABROAD, Quantity.RECEPTION, Quantity.VEHICLE_PURCHASE, Quantity.VEHICLE_OPERATION)) {
            m.put(q, new String[] {q.label(), "T10"});
        }
        m.put(Quantity.OPERATING_COSTS, new String[] {"机关运行经费", "T11"});
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The reference document's twelve sections, for a template that lists none. */
    static final List<String> DEFAULT_SECTIONS = List.of("单位预算收支数据变动情况及原因", "收入预算情况说明", "支出预算情况说明",
            "财政拨款收支预算总体情况说明", "一般公共预算支出情况说明", "一般公共预算基本支出情况说明", "“三公”经费增减变动原因说明",
            "机关运行经费增减变动原因说明", "政府采购情况", "绩效管理情况", "国有资产占有使用情况", "其他说明");

    /** One writing: the document, its figures and the unit's statements. */
    private static final class Draft {

        private final Disclosure d;
        private final CurrentFigures figures;
        private final UnitStatements unit;
        private final int year;
        private final int priorYear;
        private final String unitName;

        Draft(Disclosure d, UnitStatements unit) {
            this.d = d;
            this.figures = new CurrentFigures(d);
            this.unit = unit;
            this.year = d.metadata().year();
            this.priorYear = year - 1;
            this.unitName = d.metadata().unitName() != null ? d.metadata().unitName() : "本单位";
        }

        NarrativeSection section(String number, String title) {
            if (title.contains("变动情况") || title.contains("收支总体情况") && !title.contains("财政拨款")) {
                return top(number, title, List.of(), changes());
            }
            if (title.contains("收入预算")) {
                return top(number, title, List.of("收入预算图"), income());
            }
            if (title.contains("支出预算") && !title.contains("财政拨款")) {
                return top(number, title, List.of(), spending());
            }
            if (title.contains("财政拨款")) {
                return top(number, title, List.of(), fiscal());
            }
            if (title.contains("基本支出")) {
                return top(number, title, List.of(), basic());
            }
            if (title.contains("一般公共预算")) {
                return generalBudget(number, title);
            }
            if (title.contains("三公")) {
                return top(number, title, List.of("三公经费分布图"), threePublic());
            }
            if (title.contains("机关运行经费")) {
                return top(number, title, List.of(), operatingCosts());
            }
            if (title.contains("政府采购")) {
                return top(number, title, List.of(), procurement());
            }
            if (title.contains("绩效")) {
                return performance(number, title);
            }
            if (title.contains("国有资产")) {
                return assets(number, title);
            }
            if (title.contains("其他说明")) {
                return other(number, title);
            }
            return top(number, title, List.of(), List.of(Placeholder.of(title)));
        }

        // ------------------------------------------------------------ 一 收支变动

        List<String> changes() {
            String income = lead() + "预算收入总计" + amount("收入总计", "T1", Quantity.INCOME_TOTAL) + "，"
                    + change(Quantity.INCOME_TOTAL, current("收入总计", "T1")) + "。其中：本年收入"
                    + amount("本年收入", "T1", Quantity.CURRENT_INCOME) + "，上年结转" + amount("上年结转", "T1", Quantity.CARRY_OVER) + "。";
            String spending = lead() + "预算支出总计" + amount("支出总计", "T1", Quantity.SPENDING_TOTAL) + "，"
                    + change(Quantity.SPENDING_TOTAL, current("支出总计", "T1")) + "。其中：本年预算安排"
                    + amount("本年预算安排", "T1", null) + "，上年结转" + amount("上年结转", "T1", Quantity.CARRY_OVER) + "。";
            return List.of(income, spending);
        }

        // ------------------------------------------------------------ 二 收入

        List<String> income() {
            Optional<Money> total = current("收入总计", "T1");
            StringBuilder b = new StringBuilder(lead()).append("预算收入").append(amount("收入总计", "T1", Quantity.INCOME_TOTAL))
                    .append("，主要包括：");
            List<String> items = new ArrayList<>();
            for (String source : List.of("一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入", "财政专户管理资金收入",
                    "单位资金", "上年结转")) {
                if (named(source)) { // a source the template's tables have no line for is not listed
                    items.add(source + amount(source, "T1", null) + share(current(source, "T1"), total));
                }
            }
            b.append(String.join("；", items)).append("。");
            return List.of(b.toString());
        }

        // ------------------------------------------------------------ 三 支出

        List<String> spending() {
            Optional<Money> total = current("支出总计", "T1");
            String s = lead() + "支出预算" + amount("支出总计", "T1", Quantity.SPENDING_TOTAL) + "，其中：基本支出"
                    + amount("基本支出", "T3", Quantity.BASIC_SPENDING) + share(current("基本支出", "T3"), total) + "；项目支出"
                    + amount("项目支出", "T3", Quantity.PROJECT_SPENDING) + share(current("项目支出", "T3"), total);
            Optional<Money> reserve = current("单位预留机动经费", "T3");
            if (reserve.isPresent() && !reserve.get().isZero()) {
                s += "；单位预留机动经费" + NarrativeWording.amount(reserve.get()) + share(reserve, total); // a part of the total in some templates
            }
            return List.of(s + "。");
        }

        // ------------------------------------------------------------ 四 财政拨款收支总体

        List<String> fiscal() {
            StringBuilder b = new StringBuilder(lead()).append("财政拨款收支总预算")
                    .append(amount("财政拨款收支总预算", "T4", Quantity.FISCAL_APPROPRIATION)).append("。其中：一般公共预算拨款")
                    .append(amount("一般公共预算拨款", "T4", null));
            for (String source : List.of("政府性基金预算拨款", "国有资本经营预算拨款")) {
                if (named(source)) {
                    b.append("，").append(source).append(amount(source, "T4", null));
                }
            }
            b.append("。其中：当年拨款收入")
                    .append(amount("当年拨款收入", "T4", null)).append("，上年结转收入").append(amount("上年结转收入", "T4", null)).append("。");
            List<CurrentFigures.Line> classes = figures.classes(figures.table(CurrentFigures.Role.FISCAL), "total");
            if (classes.isEmpty()) {
                classes = figures.classes(figures.table(CurrentFigures.Role.SUMMARY), "total");
            }
            if (!classes.isEmpty()) {
                List<String> items = new ArrayList<>();
                for (CurrentFigures.Line l : classes) {
                    items.add(l.name() + NarrativeWording.amount(l.amount()));
                }
                b.append("支出包括：").append(String.join("、", items)).append("。");
            }
            return List.of(b.toString());
        }

        // ------------------------------------------------------------ 五 一般公共预算支出

        NarrativeSection generalBudget(String number, String title) {
            Optional<Money> total = current("一般公共预算当年支出", "T5");
            String amount = amount("一般公共预算当年支出", "T5", Quantity.GENERAL_BUDGET_CURRENT);
            List<NarrativeSection> subs = new ArrayList<>();
            subs.add(sub("一", "一般公共预算当年支出规模变化情况", List.of(),
                    List.of(lead() + "一般公共预算当年支出" + amount + "，" + change(Quantity.GENERAL_BUDGET_CURRENT, total) + "。")));
            List<String> items = new ArrayList<>();
            for (CurrentFigures.Line l : figures.classes(figures.table(CurrentFigures.Role.GENERAL), "total")) {
                items.add(l.name() + NarrativeWording.amount(l.amount()) + share(Optional.of(l.amount()), total));
            }
            String structure = lead() + "一般公共预算当年支出" + amount
                    + (items.isEmpty() ? "。" : "，主要用于以下方面：" + String.join("；", items) + "。");
            subs.add(sub("二", "一般公共预算当年支出结构情况", List.of("一般公共预算当年拨款结构图"), List.of(structure)));
            List<String> uses = uses();
            if (!uses.isEmpty()) {
                subs.add(sub("三", "一般公共预算当年支出具体使用情况", List.of(), uses));
            }
            return new NarrativeSection(number, title, 1, List.of(), List.of(), subs, SourcePosition.UNKNOWN);
        }

        /** 具体使用情况: each 项 of 表五 with its 类 and 款, compared with last year where the unit gave 项 figures. */
        List<String> uses() {
            List<CurrentFigures.Line> classes = figures.rows(figures.table(CurrentFigures.Role.GENERAL), "total", 1);
            List<CurrentFigures.Line> kinds = figures.rows(figures.table(CurrentFigures.Role.GENERAL), "total", 2);
            boolean compare = !unit.prior().items().isEmpty();
            List<String> out = new ArrayList<>();
            for (CurrentFigures.Line item : figures.rows(figures.table(CurrentFigures.Role.GENERAL), "total", 3)) {
                String c = parentName(classes, item.code()) + "（类）" + parentName(kinds, item.code()) + "（款）" + item.name() + "（项）"
                        + NarrativeWording.amount(item.amount());
                if (compare) {
                    Optional<Money> p = unit.prior().item(item.code());
                    String what = priorYear + "年" + item.name() + "（" + item.code() + "）";
                    if (p.isEmpty()) {
                        c += "，上年为" + Placeholder.of(what) + "，增减的主要原因是" + reasonOr(unit.reasons().item(item.code()), item.name() + "增减原因");
                    } else {
                        AnnualChange ch = new AnnualChange(item.amount(), p.get());
                        c += "，" + ch.describe();
                        if (!ch.unchanged()) {
                            c += "，主要原因是" + reasonOr(unit.reasons().item(item.code()), item.name() + "增减原因");
                        }
                    }
                }
                out.add(c + "。");
            }
            return out;
        }

        private static String parentName(List<CurrentFigures.Line> parents, String code) {
            for (CurrentFigures.Line p : parents) {
                if (code.startsWith(p.code())) {
                    return p.name();
                }
            }
            return "";
        }

        // ------------------------------------------------------------ 六 基本支出

        List<String> basic() {
            List<String> out = new ArrayList<>();
            String change = optionalChange(Quantity.BASIC_SPENDING, current("一般公共预算安排基本支出", "T6"));
            out.add(lead() + "一般公共预算安排基本支出" + amount("一般公共预算安排基本支出", "T6", Quantity.BASIC_SPENDING)
                    + (change.isEmpty() ? "，其中：" : change + "。其中："));
            out.add(part("人员经费", Quantity.PERSONNEL_SPENDING, "personnel") + "；");
            out.add(part("公用经费", Quantity.PUBLIC_SPENDING, "public") + "。");
            return out;
        }

        private String part(String name, Quantity q, String column) {
            String s = name + amount(name, "T6", q);
            List<String> items = figures.itemNames(figures.table(CurrentFigures.Role.BASIC), column);
            if (!items.isEmpty()) {
                s += "，主要包括：" + String.join("、", items) + "等";
            }
            return s + optionalChange(q, current(name, "T6"));
        }

        /** A comparison only where the unit gave last year's figure: "，比上年增加…，主要原因是…". */
        private String optionalChange(Quantity q, Optional<Money> current) {
            if (unit.prior().amount(q).isEmpty()) {
                return "";
            }
            return "，" + change(q, current);
        }

        // ------------------------------------------------------------ 七 "三公"经费

        List<String> threePublic() {
            Optional<Money> total = current("“三公”经费", "T10");
            String p1 = year + "年" + unitName + "财政拨款安排的“三公”经费预算" + amount("“三公”经费", "T10", Quantity.THREE_PUBLIC) + "，"
                    + change(Quantity.THREE_PUBLIC, total) + "。";
            List<String> items = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            for (Quantity q : List.of(Quantity.TRAVEL_ABROAD, Quantity.RECEPTION, Quantity.VEHICLE_PURCHASE, Quantity.VEHICLE_OPERATION)) {
                String name = q.label();
                Optional<Money> cur = current(name, "T10");
                items.add(name + amount(name, "T10", q) + "，" + bare(q, cur));
                if (needsReason(q, cur)) {
                    reasons.add(name + reasonWord(q, cur) + "的主要原因是" + reasonOr(unit.reasons().reason(q), q.label() + "增减原因") + "。");
                }
            }
            List<String> out = new ArrayList<>();
            out.add(p1);
            out.add("其中：" + String.join("；", items) + "。");
            if (!reasons.isEmpty()) {
                out.add(String.join("", reasons));
            }
            return out;
        }

        /** 增加 or 减少 as the figures went; "增减" when last year's figure is not known. */
        private String reasonWord(Quantity q, Optional<Money> cur) {
            Optional<Money> p = unit.prior().amount(q);
            if (p.isEmpty() || cur.isEmpty()) {
                return "增减";
            }
            return new AnnualChange(cur.get(), p.get()).amountWord();
        }

        /** True when a change of {@code q} must be explained: it changed, or it is not known whether it did. */
        private boolean needsReason(Quantity q, Optional<Money> cur) {
            Optional<Money> p = unit.prior().amount(q);
            return p.isEmpty() || cur.isEmpty() || !new AnnualChange(cur.get(), p.get()).unchanged();
        }

        // ------------------------------------------------------------ 八 机关运行经费

        List<String> operatingCosts() {
            Optional<Money> cur = current("机关运行经费", "T11");
            Optional<Money> p = unit.prior().amount(Quantity.OPERATING_COSTS);
            return List.of(year + "年" + unitName + "机关运行经费财政拨款预算" + amount("机关运行经费", "T11", Quantity.OPERATING_COSTS) + "，"
                    + priorYear + "年机关运行经费财政拨款预算"
                    + p.map(NarrativeWording::amount).orElse(Placeholder.of(priorYear + "年" + Quantity.OPERATING_COSTS.label()))
                    + "，" + change(Quantity.OPERATING_COSTS, cur).replaceFirst("^上年为【[^】]*】，增减的", "") + "。");
        }

        // ------------------------------------------------------------ 九 政府采购

        List<String> procurement() {
            Procurement p = d.procurement();
            if (p == null || p.total() == null) {
                return List.of(year + "年" + unitName + "政府采购预算总额" + Placeholder.of(year + "年政府采购预算总额") + "。其中：政府采购货物预算"
                        + Placeholder.of("货物") + "、政府采购工程预算" + Placeholder.of("工程") + "、政府采购服务预算" + Placeholder.of("服务") + "。");
            }
            return List.of(year + "年" + unitName + "政府采购预算总额" + published(p.total(), "政府采购预算总额") + "。其中：政府采购货物预算"
                    + published(p.goods(), "政府采购货物预算") + "、政府采购工程预算" + published(p.works(), "政府采购工程预算")
                    + "、政府采购服务预算" + published(p.services(), "政府采购服务预算") + "。");
        }

        private String published(PublishedAmount a, String what) {
            return a == null ? Placeholder.of(year + "年" + what) : NarrativeWording.amount(a.money());
        }

        // ------------------------------------------------------------ 十 绩效管理

        NarrativeSection performance(String number, String title) {
            List<CurrentFigures.Line> projects = figures.projects(figures.table(CurrentFigures.Role.PROJECTS), "total");
            Optional<Money> projectTotal = figures.projectTotal(figures.table(CurrentFigures.Role.PROJECTS), "total");
            String overall = projectTotal.isEmpty()
                    ? year + "年" + unitName + "纳入绩效目标管理的项目" + Placeholder.of("项目个数及涉及资金") + "。"
                    : year + "年" + unitName + "纳入绩效目标管理的项目" + projects.size() + "个，涉及资金"
                            + NarrativeWording.amount(projectTotal.get()) + "。（单位整体目标表公开情况见附件。）";
            Money targets = targets(d);
            boolean withMoney = d.performanceTargets().stream().anyMatch(t -> t.annualFunds() != null && t.annualFunds().total() != null);
            String projectTargets = year + "年" + unitName + "公开项目绩效目标" + d.performanceTargets().size() + "个";
            if (withMoney) {
                projectTargets += "，涉及项目金额" + NarrativeWording.amount(targets);
                BigDecimal s = projectTotal.map(t -> NarrativeWording.share(targets, t)).orElse(null);
                if (s != null) {
                    projectTargets += "，占项目支出预算总额的" + NarrativeWording.percent(s);
                }
            }
            projectTargets += "。（项目绩效目标表公开情况见附件。）";
            List<NarrativeSection> subs = List.of(sub3("1", "整体绩效目标", List.of(overall)), sub3("2", "项目绩效目标", List.of(projectTargets)));
            return new NarrativeSection(number, title, 1, List.of(), List.of(), subs, SourcePosition.UNKNOWN);
        }

        private static Money targets(Disclosure d) {
            Money sum = Money.zero(MoneyUnit.WAN_YUAN);
            for (PerformanceTarget t : d.performanceTargets()) {
                if (t.annualFunds() != null && t.annualFunds().total() != null) {
                    sum = sum.plus(t.annualFunds().total().money());
                }
            }
            return sum;
        }

        // ------------------------------------------------------------ 十一 国有资产

        NarrativeSection assets(String number, String title) {
            StateAssets a = d.assets();
            String asOf = a != null && a.asOf() != null ? date(a.asOf()) : Placeholder.of("资产统计截止日期");
            String vehicles;
            if (a == null || a.vehiclesAuthorised() == null || a.vehiclesHeld() == null) {
                vehicles = "截至" + asOf + "，" + unitName + "共有公务用车" + Placeholder.of("公务用车编制和实有数量及按用途分类的数量") + "。";
            } else {
                vehicles = "截至" + asOf + "，" + unitName + "共有公务用车编制" + a.vehiclesAuthorised() + "辆，实有" + a.vehiclesHeld() + "辆";
                if (!a.vehiclesByUse().isEmpty()) {
                    List<String> uses = new ArrayList<>();
                    for (VehicleCount v : a.vehiclesByUse()) {
                        uses.add(v.use() + v.count() + "辆");
                    }
                    vehicles += "，其中：" + String.join("，", uses);
                }
                vehicles += "。";
            }
            String area = a == null || a.officeArea() == null ? Placeholder.of("办公用房建筑总面积") + "平方米"
                    : a.officeArea().stripTrailingZeros().toPlainString() + "平方米";
            String building = "截至" + asOf + "，" + unitName + "使用的办公用房建筑总面积" + area + "。";
            String over500k = a == null || a.equipmentOver500k() == null ? Placeholder.of("单价50万元以上通用设备台（套）数") : a.equipmentOver500k().toString();
            String over1m = a == null || a.equipmentOver1m() == null ? Placeholder.of("单价100万元以上通用设备台（套）数") : a.equipmentOver1m().toString();
            String equipment = "截至" + asOf + "，" + unitName + "占有使用价值50万元（原值）以上的通用设备" + over500k + "台（套）；" + unitName
                    + "占有使用价值100万元（原值）以上的通用设备" + over1m + "台（套）。";
            List<NarrativeSection> subs = List.of(sub3("1", "车辆情况", List.of(vehicles)), sub3("2", "房屋情况", List.of(building)),
                    sub3("3", "其他国有资产占有使用情况", List.of(equipment)));
            return new NarrativeSection(number, title, 1, List.of(), List.of(), subs, SourcePosition.UNKNOWN);
        }

        private static String date(LocalDate d) {
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        }

        // ------------------------------------------------------------ 十二 其他说明

        NarrativeSection other(String number, String title) {
            String catalogue = unit.note(UnitStatements.CATALOGUE_NOTE).orElse(Placeholder.of("本单位执行的政府购买服务指导性目录及文号"));
            String other = unit.note(UnitStatements.OTHER_NOTE).orElse(Placeholder.of("其他需要说明的情况，无则写“本单位无其他需要说明的相关情况”"));
            List<NarrativeSection> subs = List.of(sub("一", UnitStatements.CATALOGUE_NOTE, List.of(), List.of(catalogue)),
                    sub("二", UnitStatements.OTHER_NOTE, List.of(), List.of(other)));
            return new NarrativeSection(number, title, 1, List.of(), List.of(), subs, SourcePosition.UNKNOWN);
        }

        // ------------------------------------------------------------ figures and words

        /** "2024年度柳林县人力资源和社会保障局". */
        private String lead() {
            return year + "年度" + unitName;
        }

        /**
         * This year's figure the template names {@code figure} (or one of its other names), from the
         * table playing the part the reference document's {@code usual} table plays ("T3": 预算支出总表).
         */
        private Optional<Money> current(String figure, String usual) {
            List<String> names = names(figure);
            CurrentFigures.Role role = ROLES.get(usual);
            return role == null ? figures.amount(figure, usual) : figures.amount(role, names.toArray(String[]::new));
        }

        /** True when the template names {@code figure} (or one of its other names). */
        private boolean named(String figure) {
            return figures.names(names(figure));
        }

        private static List<String> names(String figure) {
            List<String> names = new ArrayList<>();
            names.add(figure);
            names.addAll(OTHER_NAMES.getOrDefault(figure, List.of()));
            return names;
        }

        /** "T3" is the SPENDING table's id in the reference document's template. */
        private static final Map<String, CurrentFigures.Role> ROLES = Map.of("T1", CurrentFigures.Role.SUMMARY,
                "T3", CurrentFigures.Role.SPENDING, "T4", CurrentFigures.Role.FISCAL, "T5", CurrentFigures.Role.GENERAL,
                "T6", CurrentFigures.Role.BASIC, "T10", CurrentFigures.Role.THREE_PUBLIC, "T11", CurrentFigures.Role.OPERATING,
                "T12", CurrentFigures.Role.PROJECTS);

        /** What other templates call the reference document's figures. */
        private static final Map<String, List<String>> OTHER_NAMES = Map.of(
                "一般公共预算拨款收入", List.of("一般公共预算收入", "一般公共预算收入预算"),
                "政府性基金预算拨款收入", List.of("政府性基金预算收入", "政府性基金收入预算"),
                "单位资金", List.of("其他资金收入", "其他资金收入预算"),
                "财政拨款收支总预算", List.of("财政拨款收入预算总计"),
                "一般公共预算当年支出", List.of("一般公共预算支出"),
                "公务用车购置费", List.of("公务用车购置预算支出"));

        /** This year's figure as printed, or a placeholder naming it when no table gives it. */
        private String amount(String figure, String table, Quantity q) {
            return current(figure, table).map(NarrativeWording::amount)
                    .orElse(Placeholder.of(year + "年" + (q == null ? figure : q.label())));
        }

        /** "，占64.67%"; nothing when either figure is unknown or the whole is zero. */
        private static String share(Optional<Money> part, Optional<Money> whole) {
            if (part.isEmpty() || whole.isEmpty()) {
                return "";
            }
            BigDecimal s = NarrativeWording.share(part.get(), whole.get());
            return s == null ? "" : "，占" + NarrativeWording.percent(s);
        }

        /**
         * The change of {@code q} with its reason: "比上年减少1.87万元，下降8.11%，主要原因是…", "与上年持平",
         * or, without last year's figure, "上年为【待补充：2023年基本支出】，增减的主要原因是【待补充：…】".
         */
        private String change(Quantity q, Optional<Money> current) {
            Optional<Money> p = unit.prior().amount(q);
            if (p.isEmpty() || current.isEmpty()) {
                return "上年为" + Placeholder.of(priorYear + "年" + q.label()) + "，增减的主要原因是" + reasonOr(unit.reasons().reason(q), q.label() + "增减原因");
            }
            AnnualChange c = new AnnualChange(current.get(), p.get());
            if (c.unchanged()) {
                return c.describe();
            }
            return c.describe() + "，主要原因是" + reasonOr(unit.reasons().reason(q), q.label() + "增减原因");
        }

        /** The change alone, for a part whose reason is written after the list: "与上年持平", "比上年减少0.01万元，下降9.09%". */
        private String bare(Quantity q, Optional<Money> current) {
            Optional<Money> p = unit.prior().amount(q);
            if (p.isEmpty() || current.isEmpty()) {
                return "上年为" + Placeholder.of(priorYear + "年" + q.label());
            }
            return new AnnualChange(current.get(), p.get()).describe();
        }

        /** The reason in words and figures, or a placeholder. */
        private String reasonOr(Optional<ChangeReasons.Reason> reason, String what) {
            if (reason.isEmpty()) {
                return Placeholder.of(what);
            }
            ChangeReasons.Reason r = reason.get();
            List<String> parts = new ArrayList<>();
            if (!r.text().isEmpty()) {
                parts.add(trimEnd(r.text()));
            }
            for (ChangeReasons.Comparison c : r.comparisons()) {
                AnnualChange ch = new AnnualChange(c.current(), c.prior());
                parts.add(priorYear + "年" + c.name() + NarrativeWording.amount(c.prior()) + "，" + year + "年" + c.name()
                        + NarrativeWording.amount(c.current()) + "，" + ch.describe());
            }
            return String.join("；", parts);
        }

        private static String trimEnd(String s) {
            String t = s.strip();
            while (!t.isEmpty() && "。；;，,".indexOf(t.charAt(t.length() - 1)) >= 0) {
                t = t.substring(0, t.length() - 1);
            }
            return t;
        }

        // ------------------------------------------------------------ the model

        private static NarrativeSection top(String number, String title, List<String> figures, List<String> paragraphs) {
            return new NarrativeSection(number, title, 1, paragraphs(paragraphs), figures, List.of(), SourcePosition.UNKNOWN);
        }

        private static NarrativeSection sub(String number, String title, List<String> figures, List<String> paragraphs) {
            return new NarrativeSection(number, title, 2, paragraphs(paragraphs), figures, List.of(), SourcePosition.UNKNOWN);
        }

        private static NarrativeSection sub3(String number, String title, List<String> paragraphs) {
            return new NarrativeSection(number, title, 3, paragraphs(paragraphs), List.of(), List.of(), SourcePosition.UNKNOWN);
        }

        private static List<Paragraph> paragraphs(List<String> texts) {
            List<Paragraph> out = new ArrayList<>();
            for (String t : texts) {
                out.add(new Paragraph(t, sentences(t), SourcePosition.UNKNOWN));
            }
            return out;
        }
    }

    /** The sentences of a paragraph, each ending at 。；！？ outside brackets, as the reader splits them. */
    static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(' || c == '“' || c == '【') {
                depth++;
            } else if ((c == '）' || c == ')' || c == '”' || c == '】') && depth > 0) {
                depth--;
            } else if (depth == 0 && "。；！？".indexOf(c) >= 0) {
                int end = i + 1;
                while (end < text.length() && "）)”".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                out.add(new Sentence(text.substring(start, end), SourcePosition.UNKNOWN));
                start = end;
                i = end - 1;
            }
        }
        if (start < text.length() && !text.substring(start).isBlank()) {
            out.add(new Sentence(text.substring(start), SourcePosition.UNKNOWN));
        }
        return out;
    }
}
