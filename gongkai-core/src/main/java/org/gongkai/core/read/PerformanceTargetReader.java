package org.gongkai.core.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/**
 * Reads a 项目支出绩效目标表 by its labels, not by column positions: real forms shift their cells
 * from row to row. Each labelled field takes the next non-empty cell; the money rows and the
 * indicator rows hold two periods side by side, the implementation period (实施期) first and the
 * year (年度) second.
 */
final class PerformanceTargetReader {

    private static final Pattern YEAR = Pattern.compile("[（(](\\d{4})年度?[）)]");
    private static final Pattern DEPARTMENT = Pattern.compile("^/?\\s*(\\d{2,6})\\s*[-－—]\\s*(.+)$");

    private static final List<String> CATEGORIES = List.of("产出指标", "效益指标", "满意度指标");
    private static final List<String> GROUPS = List.of("数量指标", "质量指标", "时效指标", "成本指标",
            "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "服务对象满意度");
    /** The same names, to tell a value cell from a group's name by one look-up. */
    private static final java.util.Set<String> GROUP_NAMES = java.util.Set.copyOf(GROUPS);
    /** Their first characters. */
    private static final String GROUP_STARTS = GROUPS.stream().map(g -> g.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());

    private PerformanceTargetReader() {
    }

    static boolean isTitle(String line) {
        if (!line.endsWith("表")) {
            return false;
        }
        String t = Labels.compact(line);
        return t.length() <= 60 && t.endsWith("绩效目标表") && !t.contains("…") && !t.contains("...");
    }

    /** The line after the form that starts at {@code title}: the first running text after its rows. */
    static int end(Layout layout, int title, int limit) {
        boolean rows = false;
        for (int i = title + 1; i < limit; i++) {
            // the rows are told by the layout's kinds, without touching their lines
            if (layout.isBlank(i)) {
                continue;
            }
            if (layout.isTabular(i)) {
                rows = true;
                continue;
            }
            if (rows || isTitle(layout.get(i).text())) {
                return i;
            }
        }
        return limit;
    }

    static PerformanceTarget read(Layout layout, int from, int to, int index, List<ReadNote> notes) {
        String title = layout.get(from).text().strip();
        Integer year = null;
        List<TableRow> rows = new ArrayList<>();
        // each row's non-empty cells, gathered as the rows are made: the labels are read from them
        List<List<TableCell>> filled = new ArrayList<>();
        for (int i = from + 1; i < to; i++) {
            if (layout.isBlank(i)) {
                continue; // told by the layout's kinds, the line untouched
            }
            LayoutLine l = layout.get(i);
            if (!l.isTabular()) {
                String text = l.text();
                if (text.indexOf('年') >= 0) { // "(2024年度)" under the title
                    Matcher y = YEAR.matcher(text);
                    if (y.find()) {
                        year = Integer.valueOf(y.group(1));
                    }
                }
                continue;
            }
            int n = l.size();
            TableCell[] cells = new TableCell[n];
            List<TableCell> nonEmpty = new ArrayList<>(n);
            for (int c = 0; c < n; c++) {
                String text = l.cell(c);
                TableCell cell = l.cellAt(c, text);
                cells[c] = cell;
                if (!Labels.isBlank(text)) { // String.isBlank, answered at the first character
                    nonEmpty.add(cell);
                }
            }
            rows.add(new TableRow(List.of(cells), l.position()));
            filled.add(nonEmpty);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, TableCell> fundCells = new LinkedHashMap<>();
        String implGoal = null;
        String annualGoal = null;
        Indicators impl = new Indicators();
        Indicators annual = new Indicators();
        boolean inIndicators = false;
        String departmentCell = null;
        for (List<TableCell> cells : filled) {
            if (cells.isEmpty()) {
                continue;
            }
            String first = Labels.compact(cells.get(0).text());
            if (first.startsWith("负责人")) {
                inIndicators = false;
                for (int k = 0; k < cells.size(); k++) {
                    String label = withoutColons(Labels.compact(cells.get(k).text()));
                    if (label.equals("负责人") || label.equals("经办人") || label.equals("联系电话") || label.equals("填报日期")) {
                        String v = k + 1 < cells.size() && !isFooterLabel(cells.get(k + 1).text()) ? cells.get(k + 1).text() : null;
                        fields.put(label, v);
                    }
                }
                continue;
            }
            if (first.equals("绩效指标")) {
                inIndicators = true;
                continue;
            }
            if (inIndicators) {
                indicatorRow(cells, impl, annual);
                continue;
            }
            if (first.equals("总体目标")) {
                implGoal = cells.size() > 1 ? cells.get(1).text() : null;
                annualGoal = cells.size() > 2 ? cells.get(2).text() : null;
                continue;
            }
            // labelled cells anywhere on the row: each takes the next non-empty cell
            java.util.Set<String> seen = null;
            // each cell's label worked out once: a cell is asked again as the one after a label
            String[] labels = new String[cells.size()];
            for (int k = 0; k < labels.length; k++) {
                labels[k] = fieldLabel(cells.get(k).text());
            }
            for (int k = 0; k < cells.size(); k++) {
                String label = labels[k];
                if (label == null) {
                    continue;
                }
                boolean hasValue = k + 1 < cells.size() && labels[k + 1] == null;
                if (label.startsWith("funds:")) {
                    String key = label;
                    if (!label.endsWith(":impl") && !label.endsWith(":annual")) {
                        if (seen == null) {
                            seen = new java.util.HashSet<>();
                        }
                        key = label + (seen.add(label) ? ":impl" : ":annual"); // printed twice: 实施期, then 年度
                    }
                    if (hasValue) {
                        fundCells.put(key, cells.get(k + 1));
                    }
                } else if (!fields.containsKey(label)) {
                    fields.put(label, hasValue ? cells.get(k + 1).text() : null);
                    if (label.equals("主管部门及代码") && hasValue) {
                        departmentCell = cells.get(k + 1).text();
                    }
                }
                if (hasValue) {
                    k++;
                }
            }
        }
        String department = departmentCell;
        String departmentCode = null;
        if (departmentCell != null) {
            Matcher m = DEPARTMENT.matcher(departmentCell.strip());
            if (m.matches()) {
                departmentCode = m.group(1);
                department = m.group(2).strip();
            }
        }
        String dateText = fields.get("填报日期");
        PublishedTable published = new PublishedTable("PERF" + index, null, title, null, MoneyUnit.YUAN, List.of(), rows,
                List.of(), null, layout.get(from).position());
        String name = fields.get("项目名称");
        if (name == null) {
            notes.add(ReadNote.of("INCOMPLETE_TARGET", "绩效目标表“" + title + "”没有项目名称", layout.get(from).position()));
        }
        return new PerformanceTarget(title, year, name, department, departmentCode, fields.get("实施单位"),
                fields.get("项目属性"), fields.get("项目期"), funds(fundCells, IMPLEMENTATION_FUNDS), funds(fundCells, ANNUAL_FUNDS),
                fields.get("项目概况"), fields.get("立项依据"), fields.get("项目设立必要性"), fields.get("保证项目实施的制度、措施"),
                fields.get("项目实施计划"), implGoal, annualGoal, impl.tree(), annual.tree(),
                fields.get("负责人"), fields.get("经办人"), fields.get("联系电话"), dateText, date(dateText), published);
    }

    private static boolean isFooterLabel(String s) {
        String l = withoutColons(Labels.compact(s));
        return l.equals("负责人") || l.equals("经办人") || l.equals("联系电话") || l.equals("填报日期");
    }

    /** What each label of the form names: a field, or "funds:…" for a money line ("项目资金（元）" names nothing). */
    private static final Map<String, String> LABELS = labels();
    /** The first characters of those labels: a cell starting otherwise is a value. */
    private static final String LABEL_STARTS = LABELS.keySet().stream().map(k -> k.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());

    private static Map<String, String> labels() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String f : List.of("项目名称", "主管部门及代码", "实施单位", "项目属性", "项目期", "项目概况", "立项依据", "项目设立必要性",
                "保证项目实施的制度、措施", "项目实施计划")) {
            m.put(f, f);
        }
        m.put("实施期资金总额", "funds:total:impl");
        m.put("年度资金总额", "funds:total:annual");
        m.put("中央财政资金", "funds:central");
        m.put("省级财政资金", "funds:provincial");
        m.put("市县（区）财政资金", "funds:cityCounty");
        m.put("市县财政资金", "funds:cityCounty");
        m.put("单位自筹", "funds:selfRaised");
        m.put("其他资金", "funds:other");
        m.put("其中中央财政资金", "funds:central");
        return Map.copyOf(m);
    }

    /** The field a label cell names, "funds:…" for a money line, or null when the cell is a value. */
    private static String fieldLabel(String text) {
        if (text.isEmpty() || text.length() > 20 || LABEL_STARTS.indexOf(text.charAt(0)) < 0) {
            return null;
        }
        String t = withoutColons(Labels.compact(text));
        if (t.startsWith("其中") && !LABELS.containsKey(t)) {
            t = t.substring(2);
        }
        return LABELS.get(t);
    }

    /** A label's text without its colons, full-width or not ("实施期资金总额:", "其中:中央财政资金"). */
    private static String withoutColons(String label) {
        if (label.indexOf('：') < 0 && label.indexOf(':') < 0) {
            return label;
        }
        StringBuilder b = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c != '：' && c != ':') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The money lines' keys, in the order of {@link FundsBySource}'s fields, for each period. */
    private static final List<String> SOURCES = List.of("funds:total", "funds:central", "funds:provincial", "funds:cityCounty",
            "funds:selfRaised", "funds:other");
    private static final List<String> IMPLEMENTATION_FUNDS = SOURCES.stream().map(s -> s + ":impl").toList();
    private static final List<String> ANNUAL_FUNDS = SOURCES.stream().map(s -> s + ":annual").toList();

    private static FundsBySource funds(Map<String, TableCell> cells, List<String> keys) {
        return new FundsBySource(amount(cells, keys.get(0)), amount(cells, keys.get(1)), amount(cells, keys.get(2)),
                amount(cells, keys.get(3)), amount(cells, keys.get(4)), amount(cells, keys.get(5)));
    }

    private static PublishedAmount amount(Map<String, TableCell> cells, String key) {
        TableCell c = cells.get(key);
        if (c == null) {
            return null;
        }
        String text = c.text();
        Optional<Money> money = Money.parse(text, MoneyUnit.YUAN);
        return money.isPresent() ? PublishedAmount.of(money.get(), text, c.position()) : null;
    }

    // ---------------------------------------------------------------- indicators

    /** One period's indicator tree as it is read, row by row. */
    private static final class Indicators {
        final Map<String, Map<String, List<Indicator>>> tree = new LinkedHashMap<>();
        /** The groups of the category being read, and the indicators of its group being read. */
        Map<String, List<Indicator>> groups;
        List<Indicator> indicators;

        void category(String c) {
            groups = tree.computeIfAbsent(c, k -> new LinkedHashMap<>());
            indicators = null;
        }

        void group(String g) {
            if (groups == null) {
                category("");
            }
            indicators = groups.computeIfAbsent(g, k -> new ArrayList<>());
        }

        void add(String name, String value, SourcePosition position) {
            if (indicators == null) {
                group("");
            }
            indicators.add(new Indicator(name, value == null ? "" : value, position));
        }

        List<IndicatorCategory> tree() {
            List<IndicatorCategory> out = new ArrayList<>();
            for (Map.Entry<String, Map<String, List<Indicator>>> c : tree.entrySet()) {
                List<IndicatorGroup> groups = new ArrayList<>();
                for (Map.Entry<String, List<Indicator>> g : c.getValue().entrySet()) {
                    groups.add(new IndicatorGroup(g.getKey(), g.getValue()));
                }
                out.add(new IndicatorCategory(c.getKey(), groups));
            }
            return out;
        }
    }

    /**
     * One printed indicator row: [一级] [二级] 三级 指标值 | [二级] 三级 指标值, cells shifted as they
     * may be. A first-level name sets both periods' category; a second-level name opens a group.
     */
    private static void indicatorRow(List<TableCell> cells, Indicators impl, Indicators annual) {
        // each cell's label form, made once: a cell is asked whether it is a group up to three times
        String[] keys = new String[cells.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Labels.compact(cells.get(i).text());
        }
        int k = 0;
        String category = category(keys[0]);
        if (category != null) {
            impl.category(category);
            annual.category(category);
            k = 1;
        }
        k = half(cells, keys, k, impl);
        half(cells, keys, k, annual);
    }

    private static int half(List<TableCell> cells, String[] keys, int k, Indicators into) {
        if (k >= cells.size()) {
            return k;
        }
        String g = group(keys[k]);
        if (g != null) {
            into.group(g);
            k++;
        }
        if (k >= cells.size() || group(keys[k]) != null) {
            return k;
        }
        TableCell name = cells.get(k++);
        TableCell value = k < cells.size() && group(keys[k]) == null ? cells.get(k++) : null;
        into.add(name.text(), value == null ? null : value.text(), name.position());
        return k;
    }

    private static String category(String t) {
        for (String c : CATEGORIES) {
            if (t.equals(c)) {
                return c;
            }
        }
        return null;
    }

    /** A second-level name, also when the form cut it short ("服务对象满意度指"). */
    private static String group(String t) {
        if (t.length() < 4 || GROUP_STARTS.indexOf(t.charAt(0)) < 0) {
            return null; // most cells: an indicator's name or value
        }
        if (GROUP_NAMES.contains(t)) {
            return t;
        }
        if (t.length() >= 6) {
            for (String g : GROUPS) {
                if (g.startsWith(t)) {
                    return g;
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- 填报日期

    private static final Pattern CHINESE_DATE = Pattern.compile("^(\\d{4})[年\\-/.](\\d{1,2})[月\\-/.](\\d{1,2})日?");

    /** 填报日期 as a date: "20240429172924", "20240429", "2024-04-29", "2024年4月29日"; null when not a valid one. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if ((t.length() == 8 || t.length() == 14) && allDigits(t)) {
            // yyyyMMdd, or yyyyMMddHHmmss as the reporting system stamps it: the time must be one too
            try {
                LocalDate d = LocalDate.of(number(t, 0, 4), number(t, 4, 6), number(t, 6, 8));
                if (t.length() == 14) {
                    LocalDateTime.of(d.getYear(), d.getMonth(), d.getDayOfMonth(), number(t, 8, 10),
                            number(t, 10, 12), number(t, 12, 14));
                }
                return d;
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        Matcher m = CHINESE_DATE.matcher(t);
        if (m.find()) {
            return NarrativeReader.date(m.group(1), m.group(2), m.group(3));
        }
        return null;
    }

    private static boolean allDigits(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String t, int from, int to) {
        return Integer.parseInt(t, from, to, 10);
    }
}
