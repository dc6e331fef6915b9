package org.gongkai.core.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.gongkai.core.model.FundingSource;
import org.gongkai.core.model.FundsBySource;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.IndicatorCategory;
import org.gongkai.core.model.IndicatorGroup;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.model.TableCell;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.synthetic.SyntheticUnits.SyntheticUnit;

/**
 * The 项目支出绩效目标表 of a synthetic unit's projects, one per project of its project table,
 * laid out as the reference document prints them. Each form's 年度资金总额 is the project's
 * amount in the table in 元 (万元 × 10,000, exact), split over 中央/省级/市县(区)/单位自筹/其他 so
 * that the sources add up to it; fiscal money (财政拨款) is 中央, 省级 or 市县 money, 单位资金 is
 * 单位自筹, 财政专户 money is 其他资金. A one-year project (一次性项目) states the same money and
 * the same indicators for its implementation period; a recurring one (经常性项目) states its
 * whole term. Every form has 产出指标 (数量, 质量, 时效, 成本), 效益指标 (社会效益, 可持续影响) and
 * 满意度指标, no indicator twice, people, a telephone number and a valid 填报日期.
 *
 * <p>Example: project 就业补助资金 of 平遥县人力资源和社会保障局, 12.34 万元 of 一般公共预算: a form
 * "平遥县县(区)级预算部门(单位)项目支出绩效目标表", 主管部门及代码 "103-平遥县人力资源和社会保障局[部门]",
 * 年度资金总额 123,400 元, 市县(区)财政资金 123,400 元, 成本指标 "项目总成本" "≤12.34万元".
 */
final class SyntheticTargets {

    /** A project of this year's project table: its name and its cents of 万元 by funding source. */
    record Project(String name, long[] centsBySource) {

        long cents() {
            long sum = 0;
            for (long c : centsBySource) {
                sum += c;
            }
            return sum;
        }
    }

    private static final String[][] QUANTITIES = {{"服务人次", "人次", "500", "20000"}, {"开展活动场次", "场", "4", "60"},
        {"覆盖乡镇数", "个", "3", "20"}, {"完成工作任务数", "项", "2", "30"}, {"培训人数", "人", "50", "2000"},
        {"运维设备数量", "台", "5", "200"}};
    private static final String[][] QUALITIES = {{"任务完成合格率", "≥"}, {"资金使用合规率", "="}, {"工作验收通过率", "≥"}};
    private static final String[][] EFFECTS = {{"服务对象覆盖率", "≥"}, {"群众知晓率", "≥"}, {"工作效率提升率", "≥"}};
    private static final String[] LASTING = {"长效工作机制建立健全", "持续发挥作用年限"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "郭", "马"};
    private static final String[] GIVEN = {"伟", "芳", "军", "敏", "静", "强", "磊", "洋", "艳", "勇", "杰", "娟", "涛", "明", "霞"};
    private static final String[] FUND_LABELS = {"", "其中:中央财政资金", "省级财政资金", "市县(区)财政资金", "单位自筹", "其他资金"};
    private static final String[] TEXTS = {"项目概况", "立项依据", "项目设立必要性", "保证项目实施的制度、措施", "项目实施计划"};

    private SyntheticTargets() {
    }

    /** The forms of {@code projects} (in their order) for {@code year}, drawn from {@code r}. */
    static List<PerformanceTarget> forms(SyntheticUnit u, String work, int year, List<Project> projects, SplittableRandom r) {
        List<PerformanceTarget> out = new ArrayList<>();
        String responsible = person(r);
        String handler = person(r);
        String phone = "0" + (350 + r.nextInt(600)) + "-" + (2_000_000 + r.nextInt(7_000_000));
        for (Project p : projects) {
            out.add(form(u, work, year, p, responsible, handler, phone, r, out.size() + 1));
        }
        return out;
    }

    private static PerformanceTarget form(SyntheticUnit u, String work, int year, Project p, String responsible, String handler,
                                          String phone, SplittableRandom r, int index) {
        boolean oneYear = r.nextInt(3) > 0;
        int term = oneYear ? 1 : 2 + r.nextInt(3);
        long[] annual = yuanBySource(p, r);
        long[] implementation = new long[annual.length];
        for (int i = 0; i < annual.length; i++) {
            implementation[i] = annual[i] * term;
        }
        SourcePosition at = SourcePosition.UNKNOWN;
        FundsBySource annualFunds = funds(annual, at);
        FundsBySource implementationFunds = funds(implementation, at);
        String name = p.name();
        String overview = "安排" + name + "，用于保障全县" + work + "工作的开展，提升" + work + "公共服务水平。";
        String basis = "《" + u.region() + year + "年部门预算批复》及" + work + "工作有关规定";
        String necessity = "落实" + work + "工作任务、保障" + name + "顺利实施的需要";
        String measures = "严格执行财务管理制度和项目管理办法，专款专用";
        String plan = year + "年1月至12月按进度组织实施，" + (oneYear ? "年底前完成" : "分" + term + "年实施");
        String annualGoal = "按时完成" + name + "年度任务，资金使用规范，服务对象满意。";
        String implementationGoal = oneYear ? annualGoal : "在" + term + "年内完成" + name + "各项任务，形成长效机制。";
        // the indicators: one draw for both periods, the implementation period scaled to its term
        String[] quantity = QUANTITIES[r.nextInt(QUANTITIES.length)];
        long low = Long.parseLong(quantity[2]);
        long count = low + r.nextLong(Long.parseLong(quantity[3]) - low + 1);
        String[] quality = QUALITIES[r.nextInt(QUALITIES.length)];
        int qualityRate = quality[1].equals("=") ? 100 : 90 + r.nextInt(11);
        String[] effect = EFFECTS[r.nextInt(EFFECTS.length)];
        int effectRate = 80 + r.nextInt(21);
        String lasting = LASTING[r.nextInt(LASTING.length)];
        int satisfaction = 85 + r.nextInt(14);
        List<IndicatorCategory> annualTree = tree(quantity, count, quality, qualityRate, effect, effectRate, lasting, satisfaction,
                year, p.cents(), term, 1);
        List<IndicatorCategory> implementationTree = oneYear ? annualTree
                : tree(quantity, count * term, quality, qualityRate, effect, effectRate, lasting, satisfaction, year + term - 1,
                        p.cents() * term, term, term);
        LocalDate filled = LocalDate.of(year, 1, 1).plusDays(r.nextInt(110));
        String filledText = String.format(Locale.ROOT, "%04d%02d%02d%02d%02d%02d", filled.getYear(), filled.getMonthValue(),
                filled.getDayOfMonth(), 8 + r.nextInt(10), r.nextInt(60), r.nextInt(60));
        String title = u.region() + "县(区)级预算部门(单位)项目支出绩效目标表";
        String department = u.department() + "[部门]";
        String type = oneYear ? "一次性项目(1年结束)" : "经常性项目(长期开展)";
        String termText = term + "年";
        List<TableRow> rows = new ArrayList<>();
        rows.add(row(at, "项目名称", name));
        rows.add(row(at, "主管部门及代码", u.departmentCode() + "-" + department, "实施单位", u.name()));
        rows.add(row(at, "项目属性", type, "项目期", termText));
        PublishedAmount[] i = amounts(implementationFunds);
        PublishedAmount[] a = amounts(annualFunds);
        for (int k = 0; k < FUND_LABELS.length; k++) {
            rows.add(k == 0 ? row(at, "项目资金(元)", "实施期资金总额:", i[k].text(), "年度资金总额:", a[k].text())
                    : row(at, FUND_LABELS[k], i[k].text(), FUND_LABELS[k], a[k].text()));
        }
        String[] texts = {overview, basis, necessity, measures, plan};
        for (int k = 0; k < TEXTS.length; k++) {
            rows.add(row(at, TEXTS[k], texts[k]));
        }
        rows.add(row(at, "实施期目标", "年度目标"));
        rows.add(row(at, "总体目标", implementationGoal, annualGoal));
        rows.add(row(at, "绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"));
        // the two trees have the same shape: the k-th indicator of each period side by side
        for (int c = 0; c < annualTree.size(); c++) {
            boolean firstOfCategory = true;
            for (int g = 0; g < annualTree.get(c).groups().size(); g++) {
                IndicatorGroup left = implementationTree.get(c).groups().get(g);
                IndicatorGroup right = annualTree.get(c).groups().get(g);
                for (int k = 0; k < right.indicators().size(); k++) {
                    rows.add(row(at, firstOfCategory ? annualTree.get(c).name() : "", k == 0 ? left.name() : "",
                            left.indicators().get(k).name(), left.indicators().get(k).value(), k == 0 ? right.name() : "",
                            right.indicators().get(k).name(), right.indicators().get(k).value()));
                    firstOfCategory = false;
                }
            }
        }
        rows.add(row(at, "负责人:", responsible, "经办人:", handler, "联系电话:", phone, "填报日期:", filledText));
        PublishedTable published = new PublishedTable("PERF" + index, null, title, null, MoneyUnit.YUAN, List.of(), rows, List.of(),
                null, at);
        return new PerformanceTarget(title, year, name, department, u.departmentCode(), u.name(), type, termText,
                implementationFunds, annualFunds, overview, basis, necessity, measures, plan, implementationGoal, annualGoal,
                implementationTree, annualTree, responsible, handler, phone, filledText, filled, published);
    }

    /**
     * The project's 元 by the form's sources (中央, 省级, 市县, 自筹, 其他): 万元 cents × 100, fiscal
     * money all 市县 or partly 中央 or 省级 transfers, never a negative part.
     */
    private static long[] yuanBySource(Project p, SplittableRandom r) {
        long[] out = new long[5];
        for (FundingSource s : FundingSource.values()) {
            long yuan = p.centsBySource()[s.ordinal()] * 100;
            if (yuan == 0) {
                continue;
            }
            if (FundingSource.FISCAL.contains(s)) {
                int kind = r.nextInt(6);
                long transfer = kind == 0 ? yuan : kind == 1 ? yuan * (20 + r.nextInt(61)) / 100 / 100 * 100 : 0;
                out[kind == 0 || kind == 1 && r.nextBoolean() ? 0 : 1] += transfer;
                out[2] += yuan - transfer;
            } else if (s == FundingSource.UNIT_FUNDS) {
                out[3] += yuan;
            } else {
                out[4] += yuan;
            }
        }
        return out;
    }

    private static FundsBySource funds(long[] bySource, SourcePosition at) {
        long total = 0;
        for (long y : bySource) {
            total += y;
        }
        return new FundsBySource(amount(total, at), amount(bySource[0], at), amount(bySource[1], at), amount(bySource[2], at),
                amount(bySource[3], at), amount(bySource[4], at));
    }

    /** Whole 元 as a form prints them: "6,000,000". */
    private static PublishedAmount amount(long yuan, SourcePosition at) {
        return PublishedAmount.of(Money.of(BigDecimal.valueOf(yuan), MoneyUnit.YUAN), String.format(Locale.ROOT, "%,d", yuan), at);
    }

    private static List<IndicatorCategory> tree(String[] quantity, long count, String[] quality, int qualityRate, String[] effect,
                                                int effectRate, String lasting, int satisfaction, int lastYear, long cents,
                                                int term, int years) {
        SourcePosition at = SourcePosition.UNKNOWN;
        String cost = "≤" + BigDecimal.valueOf(cents, 2).toPlainString() + "万元";
        IndicatorCategory output = new IndicatorCategory("产出指标", List.of(
                new IndicatorGroup("数量指标", List.of(new Indicator(quantity[0], "≥" + count + quantity[1], at))),
                new IndicatorGroup("质量指标", List.of(new Indicator(quality[0], quality[1] + qualityRate + "%", at))),
                new IndicatorGroup("时效指标", List.of(new Indicator("任务完成时限", lastYear + "年12月31日前", at))),
                new IndicatorGroup("成本指标", List.of(new Indicator("项目总成本", cost, at)))));
        IndicatorCategory effects = new IndicatorCategory("效益指标", List.of(
                new IndicatorGroup("社会效益指标", List.of(new Indicator(effect[0], "≥" + effectRate + "%", at))),
                new IndicatorGroup("可持续影响指标", List.of(new Indicator(lasting,
                        lasting.endsWith("年限") ? "≥" + Math.max(term, 3) + "年" : years == 1 ? "逐步建立" : "基本建立", at)))));
        IndicatorCategory satisfied = new IndicatorCategory("满意度指标", List.of(
                new IndicatorGroup("服务对象满意度指标", List.of(new Indicator("受益对象满意度", "≥" + satisfaction + "%", at)))));
        return List.of(output, effects, satisfied);
    }

    private static PublishedAmount[] amounts(FundsBySource f) {
        return new PublishedAmount[] {f.total(), f.central(), f.provincial(), f.cityCounty(), f.selfRaised(), f.other()};
    }

    private static String person(SplittableRandom r) {
        return SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)] + (r.nextBoolean() ? GIVEN[r.nextInt(GIVEN.length)] : "");
    }

    private static TableRow row(SourcePosition at, String... cells) {
        List<TableCell> out = new ArrayList<>();
        for (String c : cells) {
            out.add(new TableCell(c, at));
        }
        return new TableRow(out, at);
    }
}
