package org.gongkai.core.write.word;

import java.util.List;

import org.gongkai.core.model.FundsBySource;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.IndicatorCategory;
import org.gongkai.core.model.IndicatorGroup;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.write.word.WordTable.Kind;

/**
 * One 项目支出绩效目标表 laid out as a Word table from its fields: project, department, type and
 * term; the money by source for the implementation period and the year (元, as printed); the
 * descriptions; the goals; the indicator tree of each period with 一级/二级指标 merged down over
 * their rows; the signature line.
 * Example: 2024年全民意外伤害保险: 年度资金总额 6,000,000, 产出指标 / 数量指标 / 参加意外保险人数 / ≥320000人.
 */
final class TargetForm {

    /** Five columns: the row label, then 一级指标, 二级指标, 三级指标, 指标值 (or their equivalents). */
    static final int[] WIDTHS = {1700, 1500, 1700, 2570, 1600};

    private static final String[] SOURCES = {"资金总额", "其中：中央财政资金", "省级财政资金", "市县(区)财政资金", "单位自筹", "其他资金"};

    private TargetForm() {
    }

    static WordTable of(PerformanceTarget p) {
        WordTable t = new WordTable(scaled());
        int r = 0;
        t.put(r, 0, "项目名称", Kind.LABEL).put(r, 1, 1, 4, p.projectName(), Kind.TEXT);
        r++;
        String department = p.department() == null ? null
                : (p.departmentCode() == null ? "" : p.departmentCode() + "-") + p.department();
        t.put(r, 0, "主管部门及代码", Kind.LABEL).put(r, 1, 1, 2, department, Kind.TEXT)
                .put(r, 3, "实施单位", Kind.LABEL).put(r, 4, p.implementingUnit(), Kind.TEXT);
        r++;
        t.put(r, 0, "项目属性", Kind.LABEL).put(r, 1, 1, 2, p.projectType(), Kind.TEXT)
                .put(r, 3, "项目期", Kind.LABEL).put(r, 4, p.projectTerm(), Kind.TEXT);
        r++;
        t.put(r, 0, SOURCES.length + 1, 1, "项目资金（元）", Kind.LABEL)
                .put(r, 1, 1, 2, "资金来源", Kind.HEADER).put(r, 3, "实施期", Kind.HEADER).put(r, 4, "年度", Kind.HEADER);
        r++;
        PublishedAmount[] implementation = amounts(p.implementationFunds());
        PublishedAmount[] annual = amounts(p.annualFunds());
        for (int i = 0; i < SOURCES.length; i++) {
            t.put(r, 1, 1, 2, SOURCES[i], Kind.TEXT)
                    .put(r, 3, text(implementation[i]), Kind.AMOUNT).put(r, 4, text(annual[i]), Kind.AMOUNT);
            r++;
        }
        String[][] texts = {{"项目概况", p.overview()}, {"立项依据", p.basis()}, {"项目设立必要性", p.necessity()},
            {"保证项目实施的制度、措施", p.measures()}, {"项目实施计划", p.plan()}};
        for (String[] kv : texts) {
            t.put(r, 0, kv[0], Kind.LABEL).put(r, 1, 1, 4, kv[1], Kind.TEXT);
            r++;
        }
        t.put(r, 0, 2, 1, "总体目标", Kind.LABEL)
                .put(r, 1, "实施期目标", Kind.HEADER).put(r, 2, 1, 3, p.implementationGoal(), Kind.TEXT)
                .put(r + 1, 1, "年度目标", Kind.HEADER).put(r + 1, 2, 1, 3, p.annualGoal(), Kind.TEXT);
        r += 2;
        r = indicators(t, r, "绩效指标（实施期）", p.implementationIndicators());
        r = indicators(t, r, "绩效指标（年度）", p.annualIndicators());
        t.put(r, 0, "负责人：" + orEmpty(p.responsible()), Kind.TEXT)
                .put(r, 1, "经办人：" + orEmpty(p.handler()), Kind.TEXT)
                .put(r, 2, "联系电话：" + orEmpty(p.phone()), Kind.TEXT)
                .put(r, 3, 1, 2, "填报日期：" + orEmpty(p.filledDateText()), Kind.TEXT);
        return t;
    }

    private static int indicators(WordTable t, int r, String label, List<IndicatorCategory> tree) {
        int rows = 1;
        for (IndicatorCategory c : tree) {
            rows += rows(c);
        }
        t.put(r, 0, rows, 1, label, Kind.LABEL).put(r, 1, "一级指标", Kind.HEADER).put(r, 2, "二级指标", Kind.HEADER)
                .put(r, 3, "三级指标", Kind.HEADER).put(r, 4, "指标值", Kind.HEADER);
        r++;
        for (IndicatorCategory c : tree) {
            t.put(r, 1, rows(c), 1, c.name(), Kind.CENTRED);
            for (IndicatorGroup g : c.groups()) {
                int n = Math.max(1, g.indicators().size());
                t.put(r, 2, n, 1, g.name(), Kind.CENTRED);
                if (g.indicators().isEmpty()) {
                    t.put(r, 3, "", Kind.TEXT).put(r, 4, "", Kind.TEXT);
                }
                int k = r;
                for (Indicator i : g.indicators()) {
                    t.put(k, 3, i.name(), Kind.TEXT).put(k, 4, i.value(), Kind.TEXT);
                    k++;
                }
                r += n;
            }
            if (c.groups().isEmpty()) {
                r++;
            }
        }
        return r;
    }

    private static int rows(IndicatorCategory c) {
        int n = 0;
        for (IndicatorGroup g : c.groups()) {
            n += Math.max(1, g.indicators().size());
        }
        return Math.max(1, n);
    }

    private static PublishedAmount[] amounts(FundsBySource f) {
        FundsBySource s = f == null ? FundsBySource.NONE : f;
        return new PublishedAmount[] {s.total(), s.central(), s.provincial(), s.cityCounty(), s.selfRaised(), s.other()};
    }

    private static String text(PublishedAmount a) {
        return a == null ? "" : a.text();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static int[] scaled() {
        int sum = 0;
        for (int w : WIDTHS) {
            sum += w;
        }
        int[] out = WIDTHS.clone();
        out[3] += DocxWriter.TEXT_WIDTH - sum;
        return out;
    }
}
