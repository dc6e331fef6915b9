package org.gongkai.core.write.html;

import static org.gongkai.core.write.Markup.esc;

import java.util.List;

import org.gongkai.core.model.FundsBySource;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.IndicatorCategory;
import org.gongkai.core.model.IndicatorGroup;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PublishedAmount;

/**
 * One 项目支出绩效目标表 as a form: the project's particulars, its money by source for the
 * implementation period (实施期) and the year (年度) side by side in 元 as printed, the five
 * descriptive fields, both periods' 总体目标, and both indicator trees (一级, 二级, 三级指标 and
 * 指标值), side by side when their shapes agree as on the printed form, else one after the other.
 * Example: form 2 of the reference document, 2024年全民意外伤害保险, 年度资金总额 6,000,000 元,
 * 参加意外保险人数 ≥320000人 in both periods.
 */
final class PerformanceTargetHtmlWriter {

    private PerformanceTargetHtmlWriter() {
    }

    static void write(StringBuilder b, PerformanceTarget t, int n) {
        b.append("<section class=\"target\" id=\"target-").append(n).append("\" aria-labelledby=\"target-").append(n).append("-h\">\n");
        b.append("<div class=\"head\">\n<h4 id=\"target-").append(n).append("-h\">项目支出绩效目标表（").append(n).append("）");
        esc(b, nz(t.projectName())).append("</h4>\n<p class=\"form-title\">");
        esc(b, t.title() != null ? t.title() : "项目支出绩效目标表").append("</p>\n");
        if (t.year() != null) {
            b.append("<p class=\"form-year\">（").append(t.year()).append("年度）</p>\n");
        }
        b.append("<table class=\"form\">\n<caption>");
        esc(b, "项目支出绩效目标表：" + nz(t.projectName())).append("</caption>\n<tbody>\n");
        b.append("<tr><th scope=\"row\">项目名称</th><td class=\"text\" colspan=\"3\">");
        esc(b, t.projectName()).append("</td></tr>\n");
        String dept = t.departmentCode() != null ? t.departmentCode() + "-" + nz(t.department()) : nz(t.department());
        b.append("<tr><th scope=\"row\">主管部门及代码</th><td class=\"text\">");
        esc(b, dept).append("</td><th scope=\"row\">实施单位</th><td class=\"text\">");
        esc(b, t.implementingUnit()).append("</td></tr>\n");
        b.append("<tr><th scope=\"row\">项目属性</th><td class=\"text\">");
        esc(b, t.projectType()).append("</td><th scope=\"row\">项目期</th><td class=\"text\">");
        esc(b, t.projectTerm()).append("</td></tr>\n</tbody>\n</table>\n");

        b.append("<table class=\"form funds\">\n<caption>项目资金（元）</caption>\n<thead><tr><th scope=\"col\" colspan=\"2\">实施期资金（元）</th>")
                .append("<th scope=\"col\" colspan=\"2\">年度资金（元）</th></tr></thead>\n<tbody>\n");
        FundsBySource i = t.implementationFunds() == null ? FundsBySource.NONE : t.implementationFunds();
        FundsBySource a = t.annualFunds() == null ? FundsBySource.NONE : t.annualFunds();
        funds(b, "实施期资金总额", i.total(), "年度资金总额", a.total());
        funds(b, "其中：中央财政资金", i.central(), null, a.central());
        funds(b, "省级财政资金", i.provincial(), null, a.provincial());
        funds(b, "市县(区)财政资金", i.cityCounty(), null, a.cityCounty());
        funds(b, "单位自筹", i.selfRaised(), null, a.selfRaised());
        funds(b, "其他资金", i.other(), null, a.other());
        b.append("</tbody>\n</table>\n</div>\n");

        b.append("<table class=\"form\">\n<caption>项目情况</caption>\n<tbody>\n");
        field(b, "项目概况", t.overview());
        field(b, "立项依据", t.basis());
        field(b, "项目设立必要性", t.necessity());
        field(b, "保证项目实施的制度、措施", t.measures());
        field(b, "项目实施计划", t.plan());
        b.append("</tbody>\n</table>\n");

        b.append("<table class=\"form\">\n<caption>总体目标</caption>\n<thead><tr><th scope=\"col\"></th>")
                .append("<th scope=\"col\">实施期目标</th><th scope=\"col\">年度目标</th></tr></thead>\n<tbody>\n")
                .append("<tr><th scope=\"row\">总体目标</th><td class=\"text\">");
        esc(b, t.implementationGoal()).append("</td><td class=\"text\">");
        esc(b, t.annualGoal()).append("</td></tr>\n</tbody>\n</table>\n");

        List<IndicatorCategory> impl = t.implementationIndicators();
        List<IndicatorCategory> year = t.annualIndicators();
        if (sameShape(impl, year)) {
            sideBySide(b, impl, year);
        } else {
            alone(b, "实施期绩效指标", impl);
            alone(b, "年度绩效指标", year);
        }

        b.append("<table class=\"form sign\">\n<caption>填报信息</caption>\n<tbody>\n<tr><th scope=\"row\">负责人</th><td class=\"text\">");
        esc(b, nz(t.responsible())).append("</td><th scope=\"row\">经办人</th><td class=\"text\">");
        esc(b, nz(t.handler())).append("</td><th scope=\"row\">联系电话</th><td class=\"text\">");
        esc(b, nz(t.phone())).append("</td><th scope=\"row\">填报日期</th><td class=\"text\">");
        if (t.filledDate() != null) {
            b.append(t.filledDate().getYear()).append('年').append(t.filledDate().getMonthValue()).append('月')
                    .append(t.filledDate().getDayOfMonth()).append('日');
        } else {
            esc(b, nz(t.filledDateText()));
        }
        b.append("</td></tr>\n</tbody>\n</table>\n</section>\n");
    }

    /** One line of money as the printed form has it: the label and amount of each period side by side. */
    private static void funds(StringBuilder b, String label, PublishedAmount impl, String annualLabel, PublishedAmount year) {
        b.append("<tr><th scope=\"row\">").append(label).append("</th><td class=\"num\">");
        esc(b, impl == null ? "" : impl.text()).append("</td><th scope=\"row\">").append(annualLabel == null ? label : annualLabel)
                .append("</th><td class=\"num\">");
        esc(b, year == null ? "" : year.text()).append("</td></tr>\n");
    }

    private static void field(StringBuilder b, String label, String text) {
        b.append("<tr><th scope=\"row\">").append(label).append("</th><td class=\"text\">");
        esc(b, text).append("</td></tr>\n");
    }

    /** True when both trees have the same categories and groups in the same order. */
    static boolean sameShape(List<IndicatorCategory> x, List<IndicatorCategory> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            List<IndicatorGroup> gx = x.get(i).groups();
            List<IndicatorGroup> gy = y.get(i).groups();
            if (!x.get(i).name().equals(y.get(i).name()) || gx.size() != gy.size()) {
                return false;
            }
        }
        return true;
    }

    private static void sideBySide(StringBuilder b, List<IndicatorCategory> impl, List<IndicatorCategory> year) {
        b.append("<table class=\"form indicators\">\n<caption>绩效指标</caption>\n<thead>\n")
                .append("<tr><th scope=\"col\" rowspan=\"2\">一级指标</th><th scope=\"colgroup\" colspan=\"3\">实施期指标</th>")
                .append("<th scope=\"colgroup\" colspan=\"3\">年度指标</th></tr>\n")
                .append("<tr><th scope=\"col\">二级指标</th><th scope=\"col\">三级指标</th><th scope=\"col\">指标值</th>")
                .append("<th scope=\"col\">二级指标</th><th scope=\"col\">三级指标</th><th scope=\"col\">指标值</th></tr>\n</thead>\n<tbody>\n");
        for (int c = 0; c < impl.size(); c++) {
            List<IndicatorGroup> gi = impl.get(c).groups();
            List<IndicatorGroup> gy = year.get(c).groups();
            int rows = 0;
            for (int g = 0; g < gi.size(); g++) {
                rows += rows(gi.get(g), gy.get(g));
            }
            boolean first = true;
            if (gi.isEmpty()) {
                b.append("<tr><th scope=\"row\" class=\"c\">");
                esc(b, impl.get(c).name()).append("</th><td></td><td></td><td></td><td></td><td></td><td></td></tr>\n");
                continue;
            }
            for (int g = 0; g < gi.size(); g++) {
                int n = rows(gi.get(g), gy.get(g));
                for (int r = 0; r < n; r++) {
                    b.append("<tr>");
                    if (first) {
                        b.append("<th scope=\"rowgroup\" class=\"c\"").append(rows > 1 ? " rowspan=\"" + rows + "\"" : "").append('>');
                        esc(b, impl.get(c).name()).append("</th>");
                        first = false;
                    }
                    half(b, gi.get(g), r, n);
                    half(b, gy.get(g), r, n);
                    b.append("</tr>\n");
                }
            }
        }
        b.append("</tbody>\n</table>\n");
    }

    private static int rows(IndicatorGroup x, IndicatorGroup y) {
        return Math.max(1, Math.max(x.indicators().size(), y.indicators().size()));
    }

    /** Row {@code r} of a group spread over {@code n} rows: the group's name on the first, then indicator and value. */
    private static void half(StringBuilder b, IndicatorGroup g, int r, int n) {
        if (r == 0) {
            b.append("<td class=\"c\"").append(n > 1 ? " rowspan=\"" + n + "\"" : "").append('>');
            esc(b, g.name()).append("</td>");
        }
        Indicator i = r < g.indicators().size() ? g.indicators().get(r) : null;
        b.append("<td class=\"text\">");
        esc(b, i == null ? "" : i.name()).append("</td><td class=\"c\">");
        esc(b, i == null ? "" : i.value()).append("</td>");
    }

    private static void alone(StringBuilder b, String caption, List<IndicatorCategory> tree) {
        b.append("<table class=\"form indicators\">\n<caption>").append(caption).append("</caption>\n<thead>\n")
                .append("<tr><th scope=\"colgroup\" colspan=\"4\">").append(caption).append("</th></tr>\n")
                .append("<tr><th scope=\"col\">一级指标</th><th scope=\"col\">二级指标</th><th scope=\"col\">三级指标</th>")
                .append("<th scope=\"col\">指标值</th></tr>\n</thead>\n<tbody>\n");
        for (IndicatorCategory c : tree) {
            int rows = 0;
            for (IndicatorGroup g : c.groups()) {
                rows += Math.max(1, g.indicators().size());
            }
            boolean first = true;
            if (c.groups().isEmpty()) {
                b.append("<tr><th scope=\"row\" class=\"c\">");
                esc(b, c.name()).append("</th><td></td><td></td><td></td></tr>\n");
                continue;
            }
            for (IndicatorGroup g : c.groups()) {
                int n = Math.max(1, g.indicators().size());
                for (int r = 0; r < n; r++) {
                    b.append("<tr>");
                    if (first) {
                        b.append("<th scope=\"rowgroup\" class=\"c\"").append(rows > 1 ? " rowspan=\"" + rows + "\"" : "").append('>');
                        esc(b, c.name()).append("</th>");
                        first = false;
                    }
                    half(b, g, r, n);
                    b.append("</tr>\n");
                }
            }
        }
        b.append("</tbody>\n</table>\n");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
