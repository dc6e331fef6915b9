package org.gongkai.core.workbook;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.core.model.FundsBySource;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.IndicatorCategory;
import org.gongkai.core.model.IndicatorGroup;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.ReadNote;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.model.TableCell;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.read.UnreadableInputException;
import org.gongkai.core.workbook.InputSheet.H;

/**
 * Reads 绩效目标 (one form per row) and 绩效指标 (one indicator per row) into performance targets,
 * and lays each form out as the published 项目支出绩效目标表 the text reader reads: labelled cells,
 * the money of both periods side by side, the indicators of both periods side by side, the
 * signature line. Every cell of that layout is positioned at the workbook cell it comes from.
 * Example: 视频会议网络费, 年度资金总额 12,000 元 at 绩效目标!O3.
 */
final class TargetsReading {

    private static final String[] FUND_NAMES = {"资金总额", "中央财政资金", "省级财政资金", "市县(区)财政资金", "单位自筹", "其他资金"};
    private static final String[] FUND_LABELS = {"", "其中:中央财政资金", "省级财政资金", "市县(区)财政资金", "单位自筹", "其他资金"};
    private static final String[] TEXTS = {"项目概况", "立项依据", "项目设立必要性", "保证项目实施的制度、措施", "项目实施计划"};

    private final List<ReadNote> notes;

    TargetsReading(List<ReadNote> notes) {
        this.notes = notes;
    }

    /** One line of an indicator tree as read: a row of 绩效指标. */
    private record Line(String level1, String level2, String level3, String value, SourcePosition l1, SourcePosition l2,
                        SourcePosition l3, SourcePosition v) {
    }

    List<PerformanceTarget> read(SheetCells forms, SheetCells indicators) throws UnreadableInputException {
        List<PerformanceTarget> out = new ArrayList<>();
        if (forms == null) {
            return out;
        }
        Map<String, Map<String, List<Line>>> lines = new LinkedHashMap<>();
        if (indicators != null) {
            for (int r : indicators.rows()) {
                String project = indicators.required(r, H.PROJECT);
                String term = indicators.choice(r, H.TERM, List.of(H.IMPLEMENTATION, H.ANNUAL));
                if (term == null) {
                    indicators.required(r, H.TERM);
                }
                String l1 = indicators.required(r, H.LEVEL1);
                lines.computeIfAbsent(project, k -> new LinkedHashMap<>()).computeIfAbsent(term, k -> new ArrayList<>())
                        .add(new Line(l1, indicators.text(r, H.LEVEL2), indicators.text(r, H.LEVEL3),
                                indicators.text(r, H.TARGET_VALUE), indicators.position(r, H.LEVEL1),
                                indicators.position(r, H.LEVEL2), indicators.position(r, H.LEVEL3),
                                indicators.position(r, H.TARGET_VALUE)));
            }
        }
        int index = 1;
        List<String> projects = new ArrayList<>();
        for (int r : forms.rows()) {
            String project = forms.required(r, H.PROJECT);
            projects.add(project);
            Map<String, List<Line>> mine = lines.getOrDefault(project, Map.of());
            out.add(form(forms, r, index++, project, mine.getOrDefault(H.IMPLEMENTATION, List.of()),
                    mine.getOrDefault(H.ANNUAL, List.of())));
        }
        for (Map.Entry<String, Map<String, List<Line>>> e : lines.entrySet()) {
            if (!projects.contains(e.getKey())) {
                Line first = e.getValue().values().iterator().next().get(0);
                throw new UnreadableInputException(first.l1().withColumn(1).describe() + " 项目“" + e.getKey()
                        + "”在“绩效目标”中没有对应的行：请核对项目名称，两表须一致。");
            }
        }
        return out;
    }

    private PerformanceTarget form(SheetCells s, int r, int index, String project, List<Line> implLines, List<Line> annualLines)
            throws UnreadableInputException {
        FundsBySource impl = funds(s, r, H.IMPLEMENTATION);
        FundsBySource annual = funds(s, r, H.ANNUAL);
        SheetCells.DateText filled = filledDate(s, r);
        List<IndicatorCategory> implTree = tree(implLines);
        List<IndicatorCategory> annualTree = tree(annualLines);
        String title = s.text(r, "表名");
        PublishedTable published = new PublishedTable("PERF" + index, null,
                title == null ? "项目支出绩效目标表" : title, null, MoneyUnit.YUAN, List.of(),
                layout(s, r, impl, annual, implLines, annualLines, filled), List.of(), null, s.position(r, H.PROJECT));
        if (implLines.isEmpty() && annualLines.isEmpty()) {
            notes.add(ReadNote.of("NO_INDICATORS", s.position(r, H.PROJECT).describe() + " 项目“" + project
                    + "”在“绩效指标”中没有指标。", s.position(r, H.PROJECT)));
        }
        return new PerformanceTarget(title, s.integer(r, "年度"), project, s.text(r, "主管部门"), s.text(r, "主管部门代码"),
                s.text(r, "实施单位"), s.text(r, "项目属性"), s.text(r, "项目期"), impl, annual,
                s.text(r, TEXTS[0]), s.text(r, TEXTS[1]), s.text(r, TEXTS[2]), s.text(r, TEXTS[3]), s.text(r, TEXTS[4]),
                s.text(r, "实施期目标"), s.text(r, "年度目标"), implTree, annualTree, s.text(r, "负责人"), s.text(r, "经办人"),
                s.text(r, "联系电话"), filled == null ? null : filled.text(), filled == null ? null : filled.date(), published);
    }

    /**
     * 填报日期 as written, and as a date when it is one. Exported forms carry malformed stamps
     * ("2024110173048"): such a text is kept with a note, for the checker to report, rather than refused.
     */
    private SheetCells.DateText filledDate(SheetCells s, int r) {
        try {
            return s.date(r, "填报日期");
        } catch (UnreadableInputException e) {
            SourcePosition at = s.position(r, "填报日期");
            notes.add(ReadNote.of("BAD_DATE", at.describe() + " 填报日期“" + s.text(r, "填报日期") + "”不是有效日期，已按原文保留。", at));
            return new SheetCells.DateText(s.text(r, "填报日期"), null);
        }
    }

    private static FundsBySource funds(SheetCells s, int r, String term) throws UnreadableInputException {
        PublishedAmount[] a = new PublishedAmount[FUND_NAMES.length];
        for (int i = 0; i < a.length; i++) {
            String h = term + FUND_NAMES[i];
            Money m = s.money(r, h, MoneyUnit.YUAN);
            a[i] = m == null ? null : PublishedAmount.of(m, printed(m.value()), s.position(r, h));
        }
        return new FundsBySource(a[0], a[1], a[2], a[3], a[4], a[5]);
    }

    /** "2,970,000" as a form prints 元. */
    static String printed(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }

    /** The tree of one period: categories, groups and indicators in the order of their rows. */
    private static List<IndicatorCategory> tree(List<Line> lines) {
        Map<String, Map<String, List<Indicator>>> tree = new LinkedHashMap<>();
        for (Line l : lines) {
            Map<String, List<Indicator>> groups = tree.computeIfAbsent(l.level1(), k -> new LinkedHashMap<>());
            if (l.level2() == null && l.level3() == null) {
                continue;
            }
            List<Indicator> in = groups.computeIfAbsent(l.level2() == null ? "" : l.level2(), k -> new ArrayList<>());
            if (l.level3() != null) {
                in.add(new Indicator(l.level3(), l.value() == null ? "" : l.value(), l.l3()));
            }
        }
        List<IndicatorCategory> out = new ArrayList<>();
        tree.forEach((c, groups) -> {
            List<IndicatorGroup> gs = new ArrayList<>();
            groups.forEach((g, in) -> gs.add(new IndicatorGroup(g, in)));
            out.add(new IndicatorCategory(c, gs));
        });
        return out;
    }

    // ------------------------------------------------------------------ the form as printed

    private static List<TableRow> layout(SheetCells s, int r, FundsBySource impl, FundsBySource annual, List<Line> implLines,
                                         List<Line> annualLines, SheetCells.DateText filled) {
        SourcePosition at = s.position(r, H.PROJECT);
        List<TableRow> rows = new ArrayList<>();
        rows.add(row(at, label("项目名称", at), field(s, r, H.PROJECT)));
        String code = s.text(r, "主管部门代码");
        String department = s.text(r, "主管部门");
        String dep = department == null ? "" : (code == null ? "" : code + "-") + department;
        rows.add(row(at, label("主管部门及代码", at), new TableCell(dep, s.position(r, "主管部门")), label("实施单位", at),
                field(s, r, "实施单位")));
        rows.add(row(at, label("项目属性", at), field(s, r, "项目属性"), label("项目期", at), field(s, r, "项目期")));
        PublishedAmount[] i = amounts(impl);
        PublishedAmount[] a = amounts(annual);
        for (int k = 0; k < FUND_NAMES.length; k++) {
            List<TableCell> cells = new ArrayList<>();
            if (k == 0) {
                cells.add(label("项目资金(元)", at));
                cells.add(label("实施期资金总额:", at));
                cells.add(amount(i[k], at));
                cells.add(label("年度资金总额:", at));
                cells.add(amount(a[k], at));
            } else {
                cells.add(label(FUND_LABELS[k], at));
                cells.add(amount(i[k], at));
                cells.add(label(FUND_LABELS[k], at));
                cells.add(amount(a[k], at));
            }
            rows.add(new TableRow(cells, at));
        }
        for (String t : TEXTS) {
            rows.add(row(at, label(t, at), field(s, r, t)));
        }
        rows.add(row(at, label("实施期目标", at), label("年度目标", at)));
        rows.add(row(at, label("总体目标", at), field(s, r, "实施期目标"), field(s, r, "年度目标")));
        rows.add(row(at, label("绩效指标", at), label("一级指标", at), label("二级指标", at), label("三级指标", at), label("指标值", at),
                label("二级指标", at), label("三级指标", at), label("指标值", at)));
        List<String> categories = new ArrayList<>();
        for (Line l : implLines) {
            if (!categories.contains(l.level1())) {
                categories.add(l.level1());
            }
        }
        for (Line l : annualLines) {
            if (!categories.contains(l.level1())) {
                categories.add(l.level1());
            }
        }
        for (String c : categories) {
            // the k-th group of each period side by side, starting on the same row, as printed forms have them
            List<String> implGroups = groups(implLines, c);
            List<String> annualGroups = groups(annualLines, c);
            List<String[]> pairs = pair(implGroups, annualGroups);
            int groupCount = pairs.size();
            SourcePosition cp = first(implLines, annualLines, c);
            boolean firstRow = true;
            for (String[] p : pairs) {
                List<List<TableCell>> left = p[0] != null ? half(implLines, c, p[0]) : List.of();
                List<List<TableCell>> right = p[1] != null ? half(annualLines, c, p[1]) : List.of();
                int n = Math.max(1, Math.max(left.size(), right.size()));
                for (int k = 0; k < n; k++) {
                    List<TableCell> cells = new ArrayList<>();
                    cells.add(new TableCell(firstRow ? c : "", cp));
                    cells.addAll(k < left.size() ? left.get(k) : blank(3, cp));
                    cells.addAll(k < right.size() ? right.get(k) : blank(3, cp));
                    rows.add(new TableRow(cells, cp));
                    firstRow = false;
                }
            }
            if (groupCount == 0) {
                List<TableCell> cells = new ArrayList<>();
                cells.add(new TableCell(c, cp));
                cells.addAll(blank(6, cp));
                rows.add(new TableRow(cells, cp));
            }
        }
        rows.add(row(at, label("负责人:", at), field(s, r, "负责人"), label("经办人:", at), field(s, r, "经办人"), label("联系电话:", at),
                field(s, r, "联系电话"), label("填报日期:", at),
                new TableCell(filled == null ? "" : filled.text(), s.position(r, "填报日期"))));
        return rows;
    }

    /**
     * The groups of the two periods side by side: the same group (or one cut short, 服务对象满意度 and
     * 服务对象满意度指标) on one row, a group only one period has on a row of its own.
     */
    private static List<String[]> pair(List<String> a, List<String> b) {
        List<String[]> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i >= a.size()) {
                out.add(new String[] {null, b.get(j++)});
            } else if (j >= b.size()) {
                out.add(new String[] {a.get(i++), null});
            } else if (same(a.get(i), b.get(j))) {
                out.add(new String[] {a.get(i++), b.get(j++)});
            } else if (later(b, j, a.get(i))) {
                out.add(new String[] {null, b.get(j++)});
            } else if (later(a, i, b.get(j))) {
                out.add(new String[] {a.get(i++), null});
            } else {
                out.add(new String[] {a.get(i++), b.get(j++)});
            }
        }
        return out;
    }

    private static boolean later(List<String> list, int from, String g) {
        for (int k = from; k < list.size(); k++) {
            if (same(list.get(k), g)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(String x, String y) {
        return x.equals(y) || (!x.isEmpty() && !y.isEmpty() && (x.startsWith(y) || y.startsWith(x)));
    }

    /** The groups of category {@code c} in one period, in order ("" for indicators without a group). */
    private static List<String> groups(List<Line> lines, String c) {
        List<String> out = new ArrayList<>();
        for (Line l : lines) {
            if (l.level1().equals(c) && (l.level2() != null || l.level3() != null)) {
                String g = l.level2() == null ? "" : l.level2();
                if (!out.contains(g)) {
                    out.add(g);
                }
            }
        }
        return out;
    }

    /** The rows of one period's half for group {@code g} of category {@code c}: 二级 on its first row, then 三级 and 指标值. */
    private static List<List<TableCell>> half(List<Line> lines, String c, String g) {
        List<List<TableCell>> out = new ArrayList<>();
        boolean present = false;
        for (Line l : lines) {
            String lg = l.level2() == null ? "" : l.level2();
            if (!l.level1().equals(c) || !lg.equals(g) || (l.level2() == null && l.level3() == null)) {
                continue;
            }
            present = true;
            if (l.level3() == null) {
                continue;
            }
            out.add(List.of(new TableCell(out.isEmpty() ? g : "", l.l2()), new TableCell(l.level3(), l.l3()),
                    new TableCell(l.value() == null ? "" : l.value(), l.v())));
        }
        if (present && out.isEmpty()) {
            out.add(List.of(new TableCell(g, SourcePosition.UNKNOWN), new TableCell("", SourcePosition.UNKNOWN),
                    new TableCell("", SourcePosition.UNKNOWN)));
        }
        return out;
    }

    private static SourcePosition first(List<Line> a, List<Line> b, String c) {
        for (List<Line> ls : List.of(a, b)) {
            for (Line l : ls) {
                if (l.level1().equals(c)) {
                    return l.l1();
                }
            }
        }
        return SourcePosition.UNKNOWN;
    }

    private static List<TableCell> blank(int n, SourcePosition at) {
        List<TableCell> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new TableCell("", at));
        }
        return out;
    }

    private static PublishedAmount[] amounts(FundsBySource f) {
        return new PublishedAmount[] {f.total(), f.central(), f.provincial(), f.cityCounty(), f.selfRaised(), f.other()};
    }

    private static TableCell amount(PublishedAmount a, SourcePosition at) {
        return a == null ? new TableCell("", at) : new TableCell(a.text(), a.position());
    }

    private static TableCell label(String text, SourcePosition at) {
        return new TableCell(text, at);
    }

    private static TableCell field(SheetCells s, int r, String header) {
        String t = s.text(r, header);
        return new TableCell(t == null ? "" : t, s.position(r, header));
    }

    private static TableRow row(SourcePosition at, TableCell... cells) {
        return new TableRow(List.of(cells), at);
    }
}
