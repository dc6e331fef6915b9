package org.gongkai.core.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.gongkai.core.compose.DisclosureComposer;
import org.gongkai.core.model.ClassificationCode;
import org.gongkai.core.model.Classifications;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.DisclosureLevel;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.FactKey;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.FactSource;
import org.gongkai.core.model.FundingSource;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Period;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.Profile;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.Sentence;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.model.SpendingType;
import org.gongkai.core.model.StateAssets;
import org.gongkai.core.model.VehicleCount;
import org.gongkai.core.narrative.ChangeReasons;
import org.gongkai.core.narrative.NarrativeWriter;
import org.gongkai.core.narrative.PriorYear;
import org.gongkai.core.narrative.Quantity;
import org.gongkai.core.narrative.UnitStatements;
import org.gongkai.core.workbook.WorkbookInput;

/**
 * A generator of valid synthetic disclosures: unit {@code i} of seed {@code s} is always the same
 * unit (a county's department or one of its subordinate units, in one of eight provinces) with the
 * same functional codes, funding sources, economic items and projects, and its figures for each
 * year are drawn from {@code (s, i, year)} around the unit's own scale. Amounts are whole cents of
 * 万元, drawn and split with integer arithmetic only, so every total adds up exactly. A year's
 * 情况说明 is written from its tables with the year before's figures (composed the same way) as 上年数
 * and a reason for every change, so it has no placeholder; 政府采购, 国有资产 and the notes are
 * supplied too, and every project of the year's project table has its 项目支出绩效目标表
 * ({@link SyntheticTargets}). The text names the province (in 其他说明, as the catalogue it follows)
 * and the department (in the forms), so that they read back. Thread-safe: each call draws from its
 * own random stream.
 *
 * <p>Example:
 * <pre>{@code
 * SyntheticUnits units = new SyntheticUnits(42);
 * units.unit(0).name();                      // e.g. "平遥县人力资源和社会保障局"
 * List<Disclosure> d = units.disclosures(0, 2024, 2);   // its 2024 and 2025 budgets
 * DisclosureTextWriter.write(d.get(1));      // the text gongkai reads back to the same facts
 * }</pre>
 */
public final class SyntheticUnits {

    /** The first year {@code gongkai generate} writes when none is given. */
    public static final int DEFAULT_FIRST_YEAR = 2024;

    private static final Classifications CODES = Classifications.bundled();
    private static final DisclosureComposer COMPOSER = DisclosureComposer.withBundledTemplates();
    private static final MoneyUnit WAN = MoneyUnit.WAN_YUAN;

    /** Codes every unit may budget under, besides its department's: pensions, health insurance, housing fund. */
    private static final List<String> COMMON = present(List.of("2080505", "2080506", "2101101", "2210201"));

    /** Basic-spending economic items: department code, government code, 人员经费 or 公用经费. */
    private static final String[][] PERSONNEL = {{"30101", "50101"}, {"30102", "50101"}, {"30107", "50101"},
        {"30108", "50102"}, {"30109", "50102"}, {"30110", "50102"}, {"30113", "50103"}};
    private static final String[][] PUBLIC = {{"30201", "50201"}, {"30205", "50201"}, {"30207", "50201"},
        {"30211", "50201"}, {"30216", "50203"}, {"30226", "50205"}, {"30228", "50201"}, {"30299", "50299"}};
    /** 公务接待费 and 公务用车运行维护费: in 表六 and in 表十, the one at least the other (TBL-013). */
    private static final String[] RECEPTION = {"30217", "50206"};
    private static final String[] VEHICLE_OPERATION = {"30231", "50208"};

    private static final String[][] PROVINCES = {
        {"山西省", "柳林县", "平遥县", "祁县", "寿阳县", "临县", "兴县", "沁源县", "阳城县"},
        {"江苏省", "沛县", "丰县", "睢宁县", "涟水县", "东海县", "灌云县", "射阳县", "建湖县"},
        {"浙江省", "淳安县", "桐庐县", "德清县", "安吉县", "嘉善县", "海盐县", "天台县", "仙居县"},
        {"河南省", "兰考县", "杞县", "通许县", "尉氏县", "新安县", "宜阳县", "滑县", "内黄县"},
        {"四川省", "金堂县", "大邑县", "蒲江县", "三台县", "盐亭县", "梓潼县", "苍溪县", "剑阁县"},
        {"湖南省", "攸县", "茶陵县", "炎陵县", "湘潭县", "衡阳县", "衡南县", "祁东县", "新邵县"},
        {"云南省", "宜良县", "嵩明县", "富民县", "陆良县", "师宗县", "罗平县", "会泽县", "富源县"},
        {"甘肃省", "永登县", "皋兰县", "榆中县", "永昌县", "靖远县", "会宁县", "景泰县", "清水县"}};

    /** A department: its name after the county's, the work its duties name, its 项 code prefixes, its units and projects. */
    private record Department(String name, String work, List<String> prefixes, List<String> units, List<String> projects) {
    }

    private static final List<Department> DEPARTMENTS = List.of(
            new Department("人力资源和社会保障局", "人力资源和社会保障", List.of("20801", "20807"),
                    List.of("劳动就业服务中心", "社会保险中心", "劳动人事争议仲裁院", "人才交流服务中心", "劳动保障监察大队"),
                    List.of("就业补助资金", "职业技能培训补贴", "公益性岗位补贴", "人社信息化建设", "劳动保障监察执法", "高校毕业生就业见习补贴")),
            new Department("人大常委会办公室", "人大", List.of("20101"),
                    List.of("人大代表联络服务中心", "人大机关服务中心"),
                    List.of("人大代表履职培训", "人大会议经费", "代表联络站建设", "立法调研经费")),
            new Department("政协办公室", "政协", List.of("20102"),
                    List.of("政协委员服务中心", "政协文史资料研究中心"),
                    List.of("政协全体会议经费", "委员视察调研", "文史资料编纂", "提案办理经费")),
            new Department("人民政府办公室", "政府办公", List.of("20103"),
                    List.of("机关事务服务中心", "政务服务中心", "接待服务中心", "地方志编纂中心"),
                    List.of("政务公开平台运行", "电子政务外网运维", "应急值守经费", "地方志编纂")),
            new Department("财政局", "财政", List.of("20106"),
                    List.of("财政国库支付中心", "财政投资评审中心", "乡镇财政管理中心"),
                    List.of("预算管理一体化系统运维", "财政投资评审经费", "政府采购监管", "国库集中支付业务")),
            new Department("统计局", "统计", List.of("20105"),
                    List.of("普查中心", "社会经济调查队"),
                    List.of("经济普查经费", "统计调查经费", "统计执法检查")),
            new Department("商务局", "商务", List.of("20113"),
                    List.of("商务服务中心", "招商促进中心"),
                    List.of("电子商务进农村", "招商引资活动经费", "外贸企业培育")),
            new Department("人民检察院", "检察", List.of("20404"),
                    List.of("检察技术信息中心"),
                    List.of("检察业务装备购置", "办案业务经费", "检察信息化建设")),
            new Department("人民法院", "审判", List.of("20405"),
                    List.of("人民法庭", "审判服务中心"),
                    List.of("审判业务经费", "案件执行经费", "法庭建设维护")),
            new Department("司法局", "司法行政", List.of("20406"),
                    List.of("公共法律服务中心", "公证处", "法律援助中心"),
                    List.of("普法宣传经费", "人民调解经费", "社区矫正经费", "法律援助办案补贴")),
            new Department("民政局", "民政", List.of("20802", "20808", "20810", "20825"),
                    List.of("社会福利院", "救助管理站", "殡葬服务中心", "婚姻登记中心"),
                    List.of("城乡低保资金", "特困人员供养", "社会组织管理", "养老服务体系建设")),
            new Department("卫生健康局", "卫生健康", List.of("21007", "21099"),
                    List.of("疾病预防控制中心", "妇幼保健计划生育服务中心", "卫生健康综合行政执法队"),
                    List.of("基本公共卫生服务", "计划生育奖励扶助", "疾病防控经费", "卫生健康监督执法")),
            new Department("住房和城乡建设局", "住房和城乡建设", List.of("21201", "21202", "21205"),
                    List.of("城乡规划服务中心", "环境卫生服务中心", "园林绿化服务中心", "城市管理综合执法队"),
                    List.of("城乡环境卫生整治", "市政设施维护", "城市管理执法经费", "老旧小区改造前期经费")),
            new Department("自然资源局", "自然资源", List.of("22001"),
                    List.of("不动产登记中心", "自然资源事务中心", "测绘服务中心"),
                    List.of("不动产登记信息化", "国土空间规划编制", "土地执法监察", "耕地保护经费")));

    private static final String[] OFFICES = {"办公室", "财务股", "综合股", "政策法规股", "业务股", "督查股", "人事股", "信息中心"};
    /** Reasons for a change, worded without a direction (the direction is the figures'). */
    private static final String[] REASONS = {"人员变动及工资标准调整", "根据年度工作任务调整预算安排", "落实过紧日子要求，从严核定一般性支出",
        "项目安排变化", "上级专项资金下达情况变化", "按照定额标准重新核定公用经费", "上年结转资金情况变化"};
    private static final String[] THREE_PUBLIC_REASONS = {"严格执行中央八项规定精神，从严核定公务接待和公务用车预算",
        "按照厉行节约要求核定公务接待费和公务用车运行维护费", "根据公务用车使用和接待任务情况核定"};

    private final long seed;

    /** The units of {@code seed}: the same seed, the same units and figures. */
    public SyntheticUnits(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /**
     * Who a synthetic unit is. Example: index 0, 山西省, 平遥县, 人力资源和社会保障局, code "103",
     * 平遥县人力资源和社会保障局, administrative.
     *
     * @param index          its number, from 0
     * @param province       e.g. 山西省
     * @param region         the county, e.g. 平遥县
     * @param department     its 主管部门, e.g. 平遥县人力资源和社会保障局
     * @param departmentCode a three-digit code, e.g. "103"
     * @param name           单位名称: the department itself or one of its units, e.g. 平遥县劳动就业服务中心
     * @param administrative true for the department's own office (行政单位), false for a unit under it (事业单位)
     */
    public record SyntheticUnit(int index, String province, String region, String department, String departmentCode,
                                String name, boolean administrative) {

        /** The file a year of this unit is written to: "000042_平遥县劳动就业服务中心_2024.txt". */
        public String fileName(int year) {
            return String.format("%06d_%s_%d.txt", index, name, year);
        }
    }

    /** Unit {@code index}: every unit's region, department and name differ from every other's of the same seed. */
    public SyntheticUnit unit(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("单位序号不能为负：" + index);
        }
        int regions = PROVINCES.length * (PROVINCES[0].length - 1);
        int departments = DEPARTMENTS.size();
        // the seed turns the order regions and departments are handed out in, never their uniqueness
        int r = (int) Math.floorMod(index + seed, (long) regions);
        int rest = index / regions;
        int dIndex = (int) Math.floorMod(rest + seed / regions, (long) departments);
        int k = rest / departments;
        String[] province = PROVINCES[r / (PROVINCES[0].length - 1)];
        String region = province[1 + r % (PROVINCES[0].length - 1)];
        Department d = DEPARTMENTS.get(dIndex);
        String department = region + d.name();
        String name;
        if (k == 0) {
            name = department;
        } else {
            String base = d.units().get((k - 1) % d.units().size());
            int round = (k - 1) / d.units().size();
            name = region + base + (round == 0 ? "" : "第" + (round + 1) + "分中心");
        }
        return new SyntheticUnit(index, province[0], region, department, String.format("%03d", 101 + dIndex), name, k == 0);
    }

    // ------------------------------------------------------------------ the unit's plan

    /** A cell of 收支预算: a 项 code, basic or project, a source and a period, at its base amount in cents of 万元. */
    private record Cell(String code, SpendingType type, FundingSource source, Period period, long base) {
    }

    /** What stays the same from year to year: codes, cells, items, projects, scale. */
    private record Plan(SyntheticUnit unit, Department department, List<Cell> cells, List<String[]> personnel, List<String[]> operating,
                        int[] personnelWeights, int[] operatingWeights, int personnelShare, boolean abroad, boolean vehiclePurchase,
                        List<String> projects, int offices, int staff, int vehicles) {
    }

    private Plan plan(int index) {
        SyntheticUnit u = unit(index);
        Department d = departmentOf(u);
        SplittableRandom r = random(index, 0);
        List<String> own = departmentCodes(d);
        List<String> codes = new ArrayList<>();
        codes.add(own.get(0)); // its running costs (行政运行 or the first code it has)
        int more = 1 + r.nextInt(Math.min(4, own.size()));
        while (codes.size() < more + 1 && codes.size() < own.size()) {
            String c = own.get(r.nextInt(own.size()));
            if (!codes.contains(c)) {
                codes.add(c);
            }
        }
        for (String c : COMMON) {
            if (r.nextInt(4) > 0 && !codes.contains(c)) {
                codes.add(c);
            }
        }
        long scale = new long[] {20_000, 80_000, 300_000, 1_000_000}[r.nextInt(4)];
        List<Cell> cells = new ArrayList<>();
        for (String code : codes) {
            for (SpendingType type : List.of(SpendingType.BASIC, SpendingType.PROJECT)) {
                for (FundingSource s : FundingSource.values()) {
                    for (Period p : Period.values()) {
                        boolean carried = p == Period.CARRY_OVER;
                        if (carried && (type == SpendingType.BASIC || !FundingSource.FISCAL.contains(s))) {
                            continue;
                        }
                        boolean first = code.equals(codes.get(0)) && type == SpendingType.BASIC && s == FundingSource.GENERAL_BUDGET
                                && p == Period.CURRENT;
                        int odds = s == FundingSource.GENERAL_BUDGET ? 2 : 6; // most money is the general budget's
                        if (!first && r.nextInt(odds) > 0) {
                            continue;
                        }
                        cells.add(new Cell(code, type, s, p, 100 + r.nextLong(scale)));
                    }
                }
            }
        }
        if (cells.stream().noneMatch(c -> c.type() == SpendingType.PROJECT && c.period() == Period.CURRENT)) {
            // every unit has a project of this year, and so a 绩效目标表 naming its department
            cells.add(new Cell(codes.get(0), SpendingType.PROJECT, FundingSource.GENERAL_BUDGET, Period.CURRENT, 100 + r.nextLong(scale)));
        }
        List<String[]> personnel = new ArrayList<>(List.of(PERSONNEL[0], PERSONNEL[1]));
        for (int i = 2; i < PERSONNEL.length; i++) {
            if (r.nextInt(3) > 0) {
                personnel.add(PERSONNEL[i]);
            }
        }
        List<String[]> operating = new ArrayList<>(List.<String[]>of(PUBLIC[0]));
        for (int i = 1; i < PUBLIC.length; i++) {
            if (r.nextBoolean()) {
                operating.add(PUBLIC[i]);
            }
        }
        operating.add(RECEPTION);
        if (r.nextInt(3) > 0) {
            operating.add(VEHICLE_OPERATION);
        }
        int[] pw = weights(r, personnel.size());
        int[] ow = weights(r, operating.size());
        List<String> projects = new ArrayList<>(d.projects());
        for (int i = projects.size() - 1; i > 0; i--) { // this unit's order of its department's projects
            int j = r.nextInt(i + 1);
            String t = projects.get(i);
            projects.set(i, projects.get(j));
            projects.set(j, t);
        }
        return new Plan(u, d, cells, personnel, operating, pw, ow, 70 + r.nextInt(16), r.nextInt(8) == 0, r.nextInt(6) == 0,
                projects, 2 + r.nextInt(5), 5 + r.nextInt(60), r.nextInt(4));
    }

    private static int[] weights(SplittableRandom r, int n) {
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1 + r.nextInt(100);
        }
        return w;
    }

    // ------------------------------------------------------------------ a year's figures

    /**
     * The figures unit {@code index} supplies for {@code year}, as a workbook would give them:
     * spending by 项 code, source, period and type; 一般公共预算 基本支出 by economic item, to the
     * cent; projects adding to the 项目支出 of each source and period; 三公经费 items at least their
     * 表六 items. Consistent by construction.
     */
    public FactSet facts(int index, int year) {
        return figures(plan(index), year).facts;
    }

    /** The facts, the amounts the narrative needs that are not facts, and this year's projects for their 绩效目标表. */
    private record Figures(FactSet facts, long projectCents, List<SyntheticTargets.Project> projects) {
    }

    private Figures figures(Plan plan, int year) {
        SplittableRandom r = random(plan.unit().index(), year);
        FactSet.Builder in = FactSet.builder();
        long generalBasic = 0;
        long projectCents = 0;
        long[][] projectTotals = new long[FundingSource.values().length][Period.values().length];
        int row = 3;
        int column = 4;
        for (Cell c : plan.cells()) {
            long cents = Math.max(1, c.base() * (85 + r.nextInt(36)) / 100);
            in.add(FactKey.ALL.withFunction(c.code()).withSource(c.source()).withPeriod(c.period()).withSpending(c.type()),
                    wan(cents), c.code(), new FactSource("收支预算", "amount", SourcePosition.cell("收支预算", row++, column)));
            if (c.type() == SpendingType.BASIC && c.source() == FundingSource.GENERAL_BUDGET && c.period() == Period.CURRENT) {
                generalBasic += cents;
            }
            if (c.type() == SpendingType.PROJECT) {
                projectTotals[c.source().ordinal()][c.period().ordinal()] += cents;
                projectCents += cents;
            }
        }
        // 一般公共预算 基本支出 split over economic items, to the cent: 人员经费 first, then 公用经费
        long personnel = generalBasic * plan.personnelShare() / 100;
        long operating = generalBasic - personnel;
        int line = 3;
        long reception = 0;
        long vehicleOperation = 0;
        long[] p = split(personnel, plan.personnelWeights(), r);
        for (int i = 0; i < p.length; i++) {
            economic(in, plan.personnel().get(i), SpendingType.PERSONNEL, p[i], line++);
        }
        long[] o = split(operating, plan.operatingWeights(), r);
        for (int i = 0; i < o.length; i++) {
            String[] e = plan.operating().get(i);
            economic(in, e, SpendingType.PUBLIC, o[i], line++);
            if (e == RECEPTION) {
                reception = o[i];
            } else if (e == VEHICLE_OPERATION) {
                vehicleOperation = o[i];
            }
        }
        // 三公经费 from the general budget: 公务接待费 and 公务用车运行维护费 at least what 表六 budgets,
        // the rest paid by this year's general-budget projects, never more than they hold
        long room = projectTotals[FundingSource.GENERAL_BUDGET.ordinal()][Period.CURRENT.ordinal()] / 4;
        long abroad = plan.abroad() ? Math.min(room, 100 + r.nextLong(2_000)) : 0;
        room -= abroad;
        long purchase = plan.vehiclePurchase() ? Math.min(room, 5_000 + r.nextLong(20_000)) : 0;
        room -= purchase;
        long receptionExtra = Math.min(room, r.nextBoolean() ? r.nextLong(500) : 0);
        room -= receptionExtra;
        long operationExtra = vehicleOperation > 0 ? Math.min(room, r.nextBoolean() ? r.nextLong(1_000) : 0) : 0;
        int item = threePublic(in, "因公出国（境）费", abroad, 3);
        item = threePublic(in, "公务接待费", reception + receptionExtra, item);
        item = threePublic(in, "公务用车购置费", purchase, item);
        threePublic(in, "公务用车运行维护费", vehicleOperation + operationExtra, item);
        // 项目支出 of each source and period split over the department's projects
        int project = 0;
        Map<String, long[]> current = new LinkedHashMap<>();
        for (FundingSource s : FundingSource.values()) {
            for (Period period : Period.values()) {
                long total = projectTotals[s.ordinal()][period.ordinal()];
                while (total > 0) {
                    long part = total < 100 || r.nextBoolean() ? total : 1 + r.nextLong(total - 1);
                    total -= part;
                    String name = projectName(plan, project++, period);
                    if (period == Period.CURRENT) {
                        current.computeIfAbsent(name, k -> new long[FundingSource.values().length])[s.ordinal()] += part;
                    }
                    in.add(FactKey.ALL.withProject(name).withSource(s).withPeriod(period).withSpending(SpendingType.PROJECT), wan(part),
                            name, new FactSource("项目", "amount", SourcePosition.cell("项目", 2 + project, 3)));
                }
            }
        }
        List<SyntheticTargets.Project> projects = new ArrayList<>();
        current.forEach((name, cents) -> projects.add(new SyntheticTargets.Project(name, cents)));
        return new Figures(in.build(), projectCents, projects);
    }

    /** {@code total} in parts by {@code weights}, each part whole cents, the parts adding to {@code total}; the rounding goes to the first. */
    static long[] split(long total, int[] weights, SplittableRandom r) {
        long sum = 0;
        int[] w = new int[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.max(1, weights[i] + r.nextInt(21) - 10); // a little different every year
            sum += w[i];
        }
        long[] parts = new long[w.length];
        long given = 0;
        for (int i = 1; i < w.length; i++) {
            parts[i] = total * w[i] / sum;
            given += parts[i];
        }
        parts[0] = total - given;
        return parts;
    }

    private static void economic(FactSet.Builder in, String[] e, SpendingType type, long cents, int line) {
        if (cents <= 0) {
            return;
        }
        in.add(FactKey.ALL.withEconomic(e[0]).withGovernmentEconomic(e[1]).withSource(FundingSource.GENERAL_BUDGET)
                        .withPeriod(Period.CURRENT).withSpending(type), wan(cents), e[0],
                new FactSource("基本支出经济分类", "amount", SourcePosition.cell("基本支出经济分类", line, 6)));
    }

    private static int threePublic(FactSet.Builder in, String item, long cents, int line) {
        if (cents <= 0) {
            return line;
        }
        in.add(FactKey.ALL.withItem(item).withSource(FundingSource.GENERAL_BUDGET).withPeriod(Period.CURRENT), wan(cents), item,
                new FactSource("三公经费", "amount", SourcePosition.cell("三公经费", line, 2)));
        return line + 1;
    }

    /** "就业补助资金", then "就业补助资金（二期）" once the department's names are used; "…（上年结转）" for carried-over money. */
    private static String projectName(Plan plan, int n, Period period) {
        List<String> names = plan.projects();
        String name = names.get(n % names.size());
        int round = n / names.size();
        if (round > 0) {
            name += "（" + (round + 1) + "期）";
        }
        return period == Period.CARRY_OVER ? name + "（上年结转）" : name;
    }

    // ------------------------------------------------------------------ whole inputs and disclosures

    /**
     * What unit {@code index} supplies for {@code year}: its figures, profile, 政府采购, 国有资产,
     * notes, and {@code prior} as 上年数 with a reason for each compared quantity and 项.
     */
    public WorkbookInput input(int index, int year, PriorYear prior) {
        Plan plan = plan(index);
        return input(plan, year, figures(plan, year), prior);
    }

    private WorkbookInput input(Plan plan, int year, Figures f, PriorYear prior) {
        SyntheticUnit u = plan.unit();
        SplittableRandom r = random(u.index(), -year);
        DisclosureMetadata m = new DisclosureMetadata(year + "年度单位预算公开", u.name(), u.department(), u.departmentCode(),
                u.region(), u.province(), year, DisclosureKind.BUDGET, DisclosureLevel.UNIT, null, null);
        ChangeReasons reasons = ChangeReasons.none();
        for (Quantity q : Quantity.values()) {
            String[] pool = q == Quantity.THREE_PUBLIC || q == Quantity.RECEPTION || q == Quantity.VEHICLE_OPERATION
                    || q == Quantity.VEHICLE_PURCHASE || q == Quantity.TRAVEL_ABROAD ? THREE_PUBLIC_REASONS : REASONS;
            reasons = reasons.with(q, pool[r.nextInt(pool.length)]);
        }
        for (String code : prior.items().keySet()) {
            reasons = reasons.withItem(code, ChangeReasons.Reason.of(REASONS[r.nextInt(REASONS.length)]));
        }
        for (Cell c : plan.cells()) {
            reasons = reasons.withItem(c.code(), ChangeReasons.Reason.of(REASONS[r.nextInt(REASONS.length)]));
        }
        UnitStatements statements = new UnitStatements(prior, reasons, Map.of(
                UnitStatements.CATALOGUE_NOTE, "本单位按照《" + u.province() + "部门政府购买服务指导性目录》执行。",
                UnitStatements.OTHER_NOTE, "本单位无其他需要说明的相关情况。"));
        List<PerformanceTarget> targets = SyntheticTargets.forms(u, plan.department().work(), year, f.projects(),
                random(u.index(), 100_000 + year));
        return new WorkbookInput(m, profile(plan, year), f.facts(), targets, assets(plan, year), procurement(f, r), null, List.of(),
                statements, Map.of(), List.of(), null, Map.of());
    }

    /**
     * Unit {@code index}'s budget disclosures for {@code years} consecutive years from {@code firstYear},
     * each compared with the year before (the first with a year drawn the same way, not returned).
     */
    public List<Disclosure> disclosures(int index, int firstYear, int years) {
        Plan plan = plan(index);
        PriorYear prior = NarrativeWriter.standard().figures(tablesOf(plan, firstYear - 1));
        List<Disclosure> out = new ArrayList<>();
        for (int y = firstYear; y < firstYear + years; y++) {
            Disclosure d = COMPOSER.compose(input(plan, y, figures(plan, y), prior));
            out.add(d);
            prior = NarrativeWriter.standard().figures(d);
        }
        return out;
    }

    /** Unit {@code index}'s disclosure for {@code year}, compared with its figures of the year before. */
    public Disclosure disclosure(int index, int year) {
        return disclosures(index, year, 1).get(0);
    }

    /** The year's tables alone, without 情况说明: all {@link NarrativeWriter#figures} needs of last year. */
    private Disclosure tablesOf(Plan plan, int year) {
        Figures f = figures(plan, year);
        SyntheticUnit u = plan.unit();
        DisclosureMetadata m = new DisclosureMetadata(year + "年度单位预算公开", u.name(), u.department(), u.departmentCode(),
                u.region(), u.province(), year, DisclosureKind.BUDGET, DisclosureLevel.UNIT, null, null);
        return COMPOSER.composeTables(new WorkbookInput(m, Profile.empty(), f.facts(), List.of(), null, null, null, List.of(),
                UnitStatements.none(year), Map.of(), List.of(), null, Map.of()), DisclosureComposer.DEFAULT_TEMPLATE);
    }

    private static Profile profile(Plan plan, int year) {
        SyntheticUnit u = plan.unit();
        Department d = plan.department();
        List<Paragraph> text = new ArrayList<>();
        text.add(paragraph("一、本单位职责"));
        List<String> duties = List.of(
                "贯彻执行国家和省、市有关" + d.work() + "工作的方针政策和法律法规，拟定全县" + d.work() + "工作发展规划并组织实施。",
                "负责全县" + d.work() + "领域的综合管理和监督检查工作。",
                "承担" + d.work() + "方面的公共服务和信息化建设工作。",
                "完成县委、县人民政府交办的其他任务。");
        for (int i = 0; i < duties.size(); i++) {
            text.add(paragraph("（" + org.gongkai.core.model.ChineseNumerals.of(i + 1) + "）" + duties.get(i)));
        }
        text.add(paragraph("二、机构设置情况"));
        List<String> offices = List.of(OFFICES).subList(0, plan.offices());
        text.add(paragraph(u.name() + "内设" + offices.size() + "个职能股室：" + String.join("、", offices) + "。"
                + (u.administrative() ? "" : "本单位为" + u.department() + "所属事业单位。")));
        text.add(paragraph("三、人员情况"));
        text.add(paragraph("截至" + (year - 1) + "年底，" + u.name() + "共有在职人员" + plan.staff() + "人。"));
        return new Profile(List.of(), null, List.of(), List.of(), List.of(), null, text);
    }

    private static Paragraph paragraph(String text) {
        return new Paragraph(text, List.of(new Sentence(text, SourcePosition.UNKNOWN)), SourcePosition.UNKNOWN);
    }

    private static Procurement procurement(Figures f, SplittableRandom r) {
        long total = Math.max(100, f.projectCents() * (5 + r.nextInt(55)) / 100);
        long goods = total * r.nextInt(101) / 100;
        long works = (total - goods) * r.nextInt(51) / 100;
        long services = total - goods - works;
        return new Procurement(amount(total), amount(goods), amount(works), amount(services), List.of());
    }

    private static PublishedAmount amount(long cents) {
        Money m = wan(cents);
        return PublishedAmount.of(m, m.plain(), SourcePosition.UNKNOWN);
    }

    private static StateAssets assets(Plan plan, int year) {
        int held = plan.vehicles();
        List<VehicleCount> byUse = held == 0 ? List.of() : List.of(new VehicleCount("其他公务用车", held));
        return new StateAssets(LocalDate.of(year - 1, 12, 31), held, held, byUse,
                BigDecimal.valueOf(200L + 15L * plan.staff()), 0, 0, List.of());
    }

    // ------------------------------------------------------------------ helpers

    private static Department departmentOf(SyntheticUnit u) {
        for (Department d : DEPARTMENTS) {
            if (u.department().endsWith(d.name())) {
                return d;
            }
        }
        throw new IllegalStateException(u.department());
    }

    /** The department's 项 codes the bundled classification knows, its 行政运行 (…01) first where it has one. */
    private static List<String> departmentCodes(Department d) {
        List<String> out = new ArrayList<>();
        for (ClassificationCode c : CODES.functional().codes()) {
            String code = c.code();
            if (code.length() == 7 && d.prefixes().stream().anyMatch(code::startsWith) && !out.contains(code)) {
                out.add(code);
            }
        }
        out.sort(null);
        if (out.isEmpty()) {
            throw new IllegalStateException("分类中没有" + d.name() + "的科目：" + d.prefixes());
        }
        return out;
    }

    private static List<String> present(List<String> codes) {
        return codes.stream().filter(c -> CODES.functional().find(c).isPresent()).toList();
    }

    /** The random stream of ({@code seed}, {@code index}, {@code salt}): the same numbers on every run and thread. */
    private SplittableRandom random(int index, int salt) {
        long h = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + salt * 0x94D049BB133111EBL;
        return new SplittableRandom(h);
    }

    /** {@code cents} hundredths of 万元. */
    private static Money wan(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2), WAN);
    }
}
