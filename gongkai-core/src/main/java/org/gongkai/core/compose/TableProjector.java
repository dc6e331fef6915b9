package org.gongkai.core.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.gongkai.core.model.ChineseNumerals;
import org.gongkai.core.model.ClassificationCode;
import org.gongkai.core.model.ClassificationKind;
import org.gongkai.core.model.Classifications;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.Fact;
import org.gongkai.core.model.FactKey;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.FactSource;
import org.gongkai.core.model.FundingSource;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Period;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.model.TableCell;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.read.Labels;
import org.gongkai.core.template.BlockTemplate;
import org.gongkai.core.template.ColumnTemplate;
import org.gongkai.core.template.Dimensions;
import org.gongkai.core.template.LineTemplate;
import org.gongkai.core.template.RowKind;
import org.gongkai.core.template.TableTemplate;
import org.gongkai.core.template.Template;

/**
 * Prints a template's tables from a fact set: the direction opposite to
 * {@link org.gongkai.core.read.FactExtractor}. Every amount is {@link FactSet#total} of the row's
 * key (a function code, an economic pair, a project, a named item) with the block's, the line's
 * and the column's dimensions; a column or line with {@code sumOf} is the sum of its parts. Sums
 * are exact and rounded once, when printed, to two decimals in the template's unit; a zero or
 * absent amount prints blank. Rows are what the reader makes of them
 * ({@code TableReader}): the same keys, levels and roles, so reading the projection back gives
 * the facts it came from.
 *
 * <p>Where a printed amount is one fact, its position is the cell that fact came from (a
 * workbook cell such as 收支预算!D12); where it adds facts of one row, that row; else unknown.
 *
 * <p>A source the facts leave out: when every fact of a period that names a funding source names
 * the same one (all carry-over is 一般公共预算), a fact of that period stated without a source
 * (表二's 上年结转 column, by function code) counts for that source, so 表四's 一般公共预算 column
 * holds the carry-over too.
 *
 * <p>Example: {@code new TableProjector(template, Classifications.bundled()).project(facts, 2024,
 * "柳林县人力资源和社会保障局")} gives 表一 … 表十三; 表三's 合计 row is 1934.62 / 232.90 / 1701.71 for
 * the reference document's facts.
 */
public final class TableProjector {

    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩";

    private final Template template;
    private final Classifications codes;

    public TableProjector(Template template, Classifications codes) {
        this.template = Objects.requireNonNull(template, "template");
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    /** Every table of the template, printed from {@code facts}, for {@code unitName}'s budget of {@code year}. */
    public List<PublishedTable> project(FactSet facts, int year, String unitName) {
        List<PublishedTable> out = new ArrayList<>();
        for (TableTemplate t : template.tables()) {
            out.add(table(t, facts, year, unitName));
        }
        return out;
    }

    // ---------------------------------------------------------------- one table

    /** A figure before it is printed: the exact sum and the facts it adds. */
    private record Figure(Money amount, List<Fact> facts) {

        static Figure plus(Figure a, Figure b) {
            if (a == null) {
                return b;
            }
            if (b == null) {
                return a;
            }
            List<Fact> f = new ArrayList<>(a.facts);
            f.addAll(b.facts);
            return new Figure(a.amount.plus(b.amount), f);
        }
    }

    /** A row of one block: what the reader will make of it, and its two label cells. */
    private record Row(String key, String label, int level, EntryRole role, String keyText, String nameText,
                       Map<String, Figure> amounts, Map<String, Integer> at) {

        Row(String key, String label, int level, EntryRole role, String keyText, String nameText, Map<String, Figure> amounts) {
            this(key, label, level, role, keyText, nameText, amounts, Map.of());
        }

        boolean hasAmount() {
            for (Figure f : amounts.values()) {
                if (f != null && !f.amount().rounded(2).isZero()) {
                    return true;
                }
            }
            return false;
        }
    }

    private PublishedTable table(TableTemplate t, FactSet facts, int year, String unitName) {
        List<BlockTemplate> blocks = t.blocks();
        List<List<Row>> byBlock = new ArrayList<>();
        for (BlockTemplate b : blocks) {
            byBlock.add(rows(b, facts, unitName));
        }
        List<Row[]> layout = layout(blocks, byBlock);
        int width = width(blocks);

        List<TableRow> body = new ArrayList<>();
        List<TableEntry> entries = new ArrayList<>();
        MoneyUnit unit = template.unit();
        for (int i = 0; i < layout.size(); i++) {
            String[] texts = new String[width];
            SourcePosition[] positions = new SourcePosition[width];
            java.util.Arrays.fill(texts, "");
            java.util.Arrays.fill(positions, SourcePosition.UNKNOWN);
            Row[] line = layout.get(i);
            for (int b = 0; b < blocks.size(); b++) {
                Row r = line[b];
                if (r == null) {
                    continue;
                }
                BlockTemplate block = blocks.get(b);
                texts[block.keyColumn()] = r.keyText();
                if (block.nameColumn() >= 0 && r.nameText() != null) {
                    texts[block.nameColumn()] = r.nameText();
                }
                Map<String, PublishedAmount> amounts = new LinkedHashMap<>();
                for (ColumnTemplate c : block.columns()) {
                    Figure f = r.amounts().get(c.id());
                    if (f == null) {
                        continue;
                    }
                    Money printed = f.amount().to(unit).rounded(2);
                    if (printed.isZero()) {
                        continue;
                    }
                    int col = r.at().getOrDefault(c.id(), c.column());
                    SourcePosition p = position(f.facts());
                    texts[col] = printed.plain();
                    positions[col] = p;
                    amounts.put(c.id(), PublishedAmount.of(printed, printed.plain(), p));
                }
                entries.add(new TableEntry(block.id(), r.key(), r.label(), r.level(), r.role(), amounts, i));
            }
            body.add(row(texts, positions));
        }
        PublishedTable table = new PublishedTable(t.id(), number(t), year + "年" + t.title(), unitName, unit,
                header(t, year, width), body, entries, null, SourcePosition.UNKNOWN);
        if (table.isEmpty()) {
            table = new PublishedTable(table.id(), table.number(), table.title(), table.unitName(), table.unit(),
                    table.headerRows(), table.rows(), table.entries(), template.emptyNote(), table.position());
        }
        return table;
    }

    /** 表一, 预算公开表1: the table's number as the template's first numbering style prints it; null when it has none. */
    private String number(TableTemplate t) {
        return template.number(t.number());
    }

    /**
     * Rows side by side: one block's rows one under the other; for blocks of fixed lines (表一,
     * 表四) the lines before the first total at the top, the totals from the same printed row on,
     * and the last lines (收入总计, 支出总计) on the last row, as publications print them.
     */
    private static List<Row[]> layout(List<BlockTemplate> blocks, List<List<Row>> byBlock) {
        int n = blocks.size();
        List<Row[]> out = new ArrayList<>();
        boolean lines = n > 1;
        for (BlockTemplate b : blocks) {
            lines &= b.rows() == RowKind.LINES || b.rows() == RowKind.FUNCTION_CLASSES;
        }
        if (!lines) {
            int height = 0;
            for (List<Row> rows : byBlock) {
                height = Math.max(height, rows.size());
            }
            for (int i = 0; i < height; i++) {
                Row[] line = new Row[n];
                for (int b = 0; b < n; b++) {
                    line[b] = i < byBlock.get(b).size() ? byBlock.get(b).get(i) : null;
                }
                out.add(line);
            }
            return out;
        }
        int head = 0;
        int tail = 0;
        int[] split = new int[n];
        for (int b = 0; b < n; b++) {
            List<Row> rows = byBlock.get(b);
            int s = 0;
            while (s < rows.size() && rows.get(s).role() != EntryRole.TOTAL) {
                s++;
            }
            split[b] = s;
            head = Math.max(head, s);
            tail = Math.max(tail, rows.size() - s);
        }
        for (int i = 0; i < head + tail; i++) {
            out.add(new Row[n]);
        }
        for (int b = 0; b < n; b++) {
            List<Row> rows = byBlock.get(b);
            for (int i = 0; i < split[b]; i++) {
                out.get(i)[b] = rows.get(i);
            }
            int t = rows.size() - split[b];
            for (int i = 0; i < t; i++) {
                int at = i == t - 1 ? head + tail - 1 : head + i;
                out.get(at)[b] = rows.get(split[b] + i);
            }
        }
        return out;
    }

    private static int width(List<BlockTemplate> blocks) {
        int w = 0;
        for (BlockTemplate b : blocks) {
            w = Math.max(w, Math.max(b.keyColumn(), b.nameColumn()) + 1);
            for (ColumnTemplate c : b.columns()) {
                w = Math.max(w, c.column() + 1);
            }
            for (LineTemplate l : b.lines()) {
                for (int at : l.at().values()) {
                    w = Math.max(w, at + 1);
                }
            }
        }
        return w;
    }

    private static TableRow row(String[] texts, SourcePosition[] positions) {
        List<TableCell> cells = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            cells.add(new TableCell(texts[i], positions[i]));
        }
        return new TableRow(cells, SourcePosition.UNKNOWN);
    }

    /**
     * Heading rows: 收入 / 支出 over the blocks of a two-sided table, then the row naming every
     * column (科目编码, 科目名称, 合计, 基本支出 …), then 1 2 3 … under a project table.
     */
    private static List<TableRow> header(TableTemplate t, int year, int width) {
        List<TableRow> out = new ArrayList<>();
        SourcePosition[] unknown = new SourcePosition[width];
        java.util.Arrays.fill(unknown, SourcePosition.UNKNOWN);
        if (t.blocks().size() > 1) {
            String[] group = blank(width);
            for (BlockTemplate b : t.blocks()) {
                group[b.keyColumn()] = switch (b.id()) {
                    case "income" -> "收入";
                    case "spending" -> "支出";
                    default -> b.id();
                };
            }
            out.add(row(group, unknown));
        }
        String[] labels = blank(width);
        for (BlockTemplate b : t.blocks()) {
            labels[b.keyColumn()] = switch (b.rows()) {
                case CODES -> b.facts() ? "科目编码" : "收入科目编码";
                case ECONOMIC_NAMES -> "部门预算支出经济科目名称";
                case PROJECTS -> "项目名称";
                case UNITS -> "单位名称";
                default -> "项目";
            };
            if (b.nameColumn() >= 0) {
                labels[b.nameColumn()] = b.rows() == RowKind.ECONOMIC_NAMES ? "政府预算支出经济科目名称" : "科目名称";
            }
            for (ColumnTemplate c : b.columns()) {
                labels[c.column()] = c.label().replace("{year}", Integer.toString(year));
            }
        }
        out.add(row(labels, unknown));
        if (t.blocks().size() == 1 && t.blocks().get(0).rows() == RowKind.PROJECTS) {
            String[] serial = blank(width);
            for (int i = 0; i < width; i++) {
                serial[i] = Integer.toString(i + 1);
            }
            out.add(row(serial, unknown));
        }
        return out;
    }

    private static String[] blank(int width) {
        String[] s = new String[width];
        java.util.Arrays.fill(s, "");
        return s;
    }

    /**
     * {@code t} with every entry of its block {@code blockId} stating {@code byColumn} instead of
     * what the facts gave: for a table that shows one figure the unit states itself, such as
     * 表十一's 机关运行经费 where the template would otherwise take 公用经费. Columns absent from
     * {@code byColumn} print blank.
     */
    PublishedTable restated(PublishedTable t, String blockId, Map<String, PublishedAmount> byColumn) {
        TableTemplate tt = template.table(t.id()).orElseThrow();
        BlockTemplate block = tt.block(blockId).orElseThrow();
        MoneyUnit unit = template.unit();
        List<TableRow> rows = new ArrayList<>(t.rows());
        List<TableEntry> entries = new ArrayList<>();
        for (TableEntry e : t.entries()) {
            if (!e.block().equals(blockId)) {
                entries.add(e);
                continue;
            }
            List<TableCell> cells = new ArrayList<>(rows.get(e.row()).cells());
            Map<String, PublishedAmount> amounts = new LinkedHashMap<>();
            for (ColumnTemplate c : block.columns()) {
                PublishedAmount a = byColumn.get(c.id());
                Money printed = a == null ? null : a.money().to(unit).rounded(2);
                boolean shown = printed != null && !printed.isZero();
                if (shown) {
                    amounts.put(c.id(), PublishedAmount.of(printed, printed.plain(), a.position()));
                }
                if (c.column() < cells.size()) {
                    cells.set(c.column(), new TableCell(shown ? printed.plain() : "", shown ? a.position() : SourcePosition.UNKNOWN));
                }
            }
            rows.set(e.row(), new TableRow(cells, rows.get(e.row()).position()));
            entries.add(new TableEntry(e.block(), e.key(), e.label(), e.level(), e.role(), amounts, e.row()));
        }
        PublishedTable out = new PublishedTable(t.id(), t.number(), t.title(), t.unitName(), t.unit(), t.headerRows(), rows,
                entries, null, t.position());
        return out.isEmpty() ? new PublishedTable(out.id(), out.number(), out.title(), out.unitName(), out.unit(),
                out.headerRows(), out.rows(), out.entries(), template.emptyNote(), out.position()) : out;
    }

    /**
     * Where a printed figure comes from: the cell of its one fact; the row when all its facts lie
     * on one row of one sheet (or one line of a text); the sheet when they lie on one sheet; else
     * unknown.
     */
    static SourcePosition position(List<Fact> facts) {
        Set<Fact> distinct = new LinkedHashSet<>(facts);
        if (distinct.size() == 1) {
            List<FactSource> s = distinct.iterator().next().sources();
            return s.isEmpty() ? SourcePosition.UNKNOWN : s.get(0).position();
        }
        SourcePosition row = null;
        for (Fact f : distinct) {
            if (f.sources().isEmpty()) {
                return SourcePosition.UNKNOWN;
            }
            SourcePosition p = f.sources().get(0).position();
            if (!p.isKnown()) {
                return SourcePosition.UNKNOWN;
            }
            if (row == null) {
                row = new SourcePosition(p.page(), p.line(), 0, p.sheet());
            } else if (!Objects.equals(row.sheet(), p.sheet()) || row.page() != p.page()) {
                return SourcePosition.UNKNOWN;
            } else if (row.line() != p.line()) {
                if (p.sheet() == null) {
                    return SourcePosition.UNKNOWN;
                }
                row = new SourcePosition(0, 0, 0, p.sheet());
            }
        }
        return row == null ? SourcePosition.UNKNOWN : row;
    }

    // ---------------------------------------------------------------- rows of a block

    private List<Row> rows(BlockTemplate b, FactSet facts, String unitName) {
        return switch (b.rows()) {
            case CODES -> codeRows(b, facts);
            case FUNCTION_CLASSES -> classRows(b, facts);
            case LINES -> lineRows(b, facts, List.of());
            case ECONOMIC_NAMES -> economicRows(b, facts);
            case PROJECTS -> projectRows(b, facts, unitName);
            case UNITS -> unitRows(b, facts, unitName);
            case SINGLE_ROW -> List.of(new Row("total", "", 0, EntryRole.ITEM, "", "", amounts(b, facts, FactKey.ALL, b.dims())));
            case OUTLINE -> outlineRows(b, facts);
        };
    }

    /**
     * 合计, then every code the facts hold for the block with its 类 and 款 above it, in code
     * order. A block whose cells are not facts (表七's income codes lie outside the fact
     * dimensions) prints its 合计 only.
     */
    private List<Row> codeRows(BlockTemplate b, FactSet facts) {
        ClassificationKind kind = b.classification();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("合计", "合计", 0, EntryRole.TOTAL, "合计", "", amounts(b, facts, FactKey.ALL, b.dims())));
        if (!b.facts()) {
            return rows;
        }
        Map<String, String> labels = new HashMap<>();
        Set<String> leaves = new TreeSet<>();
        for (Fact f : facts.facts()) {
            String code = code(f.key(), kind);
            if (code != null && inScope(f.key(), b.dims())) {
                leaves.add(code);
                labels.putIfAbsent(code, f.label());
            }
        }
        Set<String> printed = new TreeSet<>();
        for (String code : leaves) {
            if (hasAmount(amounts(b, facts, key(kind, code), b.dims()))) {
                for (String c = code; !c.isEmpty(); c = kind.parentOf(c)) {
                    printed.add(c);
                }
            }
        }
        for (String code : printed) {
            boolean parent = false;
            for (String other : printed) {
                if (other.length() > code.length() && other.startsWith(code)) {
                    parent = true;
                    break;
                }
            }
            String name = codes.tree(kind).find(code).map(ClassificationCode::name)
                    .orElse(labels.getOrDefault(code, ""));
            rows.add(new Row(code, name, kind.levelOf(code), parent ? EntryRole.SUBTOTAL : EntryRole.ITEM, code, name,
                    amounts(b, facts, key(kind, code), b.dims())));
        }
        return rows;
    }

    /** 一、一般公共服务支出 … 三十、抗疫特别国债安排的支出: every 类 of the classification, then the block's lines. */
    private List<Row> classRows(BlockTemplate b, FactSet facts) {
        Map<String, String> names = new LinkedHashMap<>();
        for (ClassificationCode c : codes.functional().codes()) {
            if (c.level() == 1) {
                names.put(c.code(), c.name());
            }
        }
        for (Fact f : facts.facts()) {
            String code = f.key().function();
            if (code != null && inScope(f.key(), b.dims())) {
                String cls = code.length() >= 3 ? code.substring(0, 3) : code;
                names.putIfAbsent(cls, codes.functional().find(cls).map(ClassificationCode::name).orElse(cls));
            }
        }
        List<Row> classes = new ArrayList<>();
        int n = 0;
        for (String code : new TreeSet<>(names.keySet())) {
            String label = ChineseNumerals.of(++n) + "、" + names.get(code);
            classes.add(new Row(code, label, 1, EntryRole.ITEM, label, null,
                    amounts(b, facts, FactKey.ALL.withFunction(code), b.dims())));
        }
        List<Row> rows = new ArrayList<>(classes);
        rows.addAll(lineRows(b, facts, classes));
        return rows;
    }

    /**
     * The block's fixed lines in order; an optional one with nothing in it is left out (except
     * under 表一's classes, which print 年终结转 blank). {@code parts} are the rows a total line
     * without dimensions of its own adds (the 类 rows of 表一, the unit of 表十一).
     */
    private List<Row> lineRows(BlockTemplate b, FactSet facts, List<Row> parts) {
        Map<String, Map<String, Figure>> memo = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        int numeral = 0;
        int circled = 0;
        Set<String> underSubtotal = new LinkedHashSet<>();
        for (LineTemplate l : b.lines()) {
            if (l.role() == EntryRole.SUBTOTAL) {
                underSubtotal.addAll(l.sumOf());
            }
        }
        for (LineTemplate l : b.lines()) {
            Map<String, Figure> amounts = lineAmounts(b, l, facts, parts, memo);
            if (l.optional() && b.rows() != RowKind.FUNCTION_CLASSES && !hasAmount(amounts)) {
                continue;
            }
            String label = l.label();
            if (isSourceLine(l)) {
                label = ChineseNumerals.of(++numeral) + "、" + label;
            } else {
                numeral = 0;
                if (underSubtotal.contains(l.id()) && circled < CIRCLED.length()) {
                    label = CIRCLED.charAt(circled++) + label;
                }
            }
            rows.add(new Row(l.id(), label, 0, l.role(), label, null, amounts, l.at()));
        }
        return rows;
    }

    /** A line for one funding source and nothing else (一般公共预算): publications number those 一、二、…. */
    private static boolean isSourceLine(LineTemplate l) {
        Dimensions d = l.dims();
        return l.sumOf().isEmpty() && d.sources().size() == 1 && d.spending() == null && d.item() == null && d.economic() == null;
    }

    private Map<String, Figure> lineAmounts(BlockTemplate b, LineTemplate l, FactSet facts, List<Row> parts,
                                            Map<String, Map<String, Figure>> memo) {
        Map<String, Figure> known = memo.get(l.id());
        if (known != null) {
            return known;
        }
        memo.put(l.id(), Map.of()); // a line summing itself adds nothing
        Map<String, Figure> out = new LinkedHashMap<>();
        if (!l.sumOf().isEmpty()) {
            for (ColumnTemplate c : b.columns()) {
                Figure sum = null;
                for (String part : l.sumOf()) {
                    Optional<LineTemplate> p = b.line(part);
                    if (p.isPresent()) {
                        sum = Figure.plus(sum, lineAmounts(b, p.get(), facts, parts, memo).get(c.id()));
                    }
                }
                out.put(c.id(), sum);
            }
        } else if (l.dims().equals(Dimensions.ALL) && (b.rows() == RowKind.FUNCTION_CLASSES || b.rows() == RowKind.UNITS)) {
            if (l.role() != EntryRole.ITEM) {
                for (ColumnTemplate c : b.columns()) {
                    Figure sum = null;
                    for (Row r : parts) {
                        sum = Figure.plus(sum, r.amounts().get(c.id()));
                    }
                    out.put(c.id(), sum);
                }
            }
        } else {
            out = amounts(b, facts, FactKey.ALL, b.dims().and(l.dims()));
        }
        memo.put(l.id(), out);
        return out;
    }

    /**
     * 合计; then each department economic 类 with amounts (工资福利支出, 商品和服务支出, 对个人和家庭的补助)
     * followed by its 款 paired with the government economic 款 (基本工资 | 工资奖金津补贴).
     */
    private List<Row> economicRows(BlockTemplate b, FactSet facts) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("合计", "合计", 0, EntryRole.TOTAL, "合计", "", amounts(b, facts, FactKey.ALL, b.dims())));
        Map<String, String[]> pairs = new LinkedHashMap<>();
        for (Fact f : facts.facts()) {
            FactKey k = f.key();
            if (k.economic() != null && inScope(k, b.dims())) {
                String gov = k.governmentEconomic() == null ? "" : k.governmentEconomic();
                pairs.putIfAbsent(k.economic() + "|" + gov, new String[] {k.economic(), gov, f.label()});
            }
        }
        Map<String, List<String[]>> byClass = new java.util.TreeMap<>();
        for (String pair : new TreeSet<>(pairs.keySet())) {
            String[] p = pairs.get(pair);
            String cls = p[0];
            while (ClassificationKind.DEPARTMENT_ECONOMIC.levelOf(cls) > 1) {
                cls = ClassificationKind.DEPARTMENT_ECONOMIC.parentOf(cls);
            }
            byClass.computeIfAbsent(cls, x -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<String, List<String[]>> e : byClass.entrySet()) {
            Map<String, Figure> classAmounts = amounts(b, facts, FactKey.ALL.withEconomic(e.getKey()), b.dims());
            if (!hasAmount(classAmounts)) {
                continue;
            }
            String className = codes.departmentEconomic().find(e.getKey()).map(ClassificationCode::name).orElse(e.getKey());
            rows.add(new Row(e.getKey(), className, 1, EntryRole.SUBTOTAL, className, "", classAmounts));
            for (String[] p : e.getValue()) {
                FactKey key = FactKey.ALL.withEconomic(p[0]);
                if (!p[1].isEmpty()) {
                    key = key.withGovernmentEconomic(p[1]);
                }
                Map<String, Figure> amounts = amounts(b, facts, key, b.dims());
                if (!hasAmount(amounts)) {
                    continue;
                }
                String[] printed = p[2] == null ? new String[0] : p[2].split("\\|", 2);
                String dept = codes.departmentEconomic().find(p[0]).map(ClassificationCode::name)
                        .orElse(printed.length > 0 ? printed[0] : p[0]);
                String gov = p[1].isEmpty() ? "" : codes.governmentEconomic().find(p[1]).map(ClassificationCode::name)
                        .orElse(printed.length > 1 ? printed[1] : p[1]);
                rows.add(new Row(p[1].isEmpty() ? p[0] : p[0] + "|" + p[1], gov.isEmpty() ? dept : dept + "|" + gov, 2,
                        EntryRole.ITEM, dept, gov, amounts));
            }
        }
        return rows;
    }

    /** The unit's row (the sum of its projects), then one row per project in the order the facts give them. */
    private List<Row> projectRows(BlockTemplate b, FactSet facts, String unitName) {
        Set<String> projects = new LinkedHashSet<>();
        for (Fact f : facts.facts()) {
            if (f.key().project() != null && inScope(f.key(), b.dims())) {
                projects.add(f.key().project());
            }
        }
        List<Row> items = new ArrayList<>();
        for (String p : projects) {
            Map<String, Figure> amounts = amounts(b, facts, FactKey.ALL.withProject(p), b.dims());
            if (hasAmount(amounts)) {
                items.add(new Row(p, p, 0, EntryRole.ITEM, p, null, amounts));
            }
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(unitName, unitName, 2, EntryRole.SUBTOTAL, unitName, null, sum(b, items)));
        rows.addAll(items);
        return rows;
    }

    /** 部门合计, then the unit. */
    private List<Row> unitRows(BlockTemplate b, FactSet facts, String unitName) {
        Row unit = new Row(Labels.compact(unitName), unitName, 0, EntryRole.ITEM, unitName, null, amounts(b, facts, FactKey.ALL, b.dims()));
        List<Row> lines = lineRows(b, facts, List.of(unit));
        List<Row> rows = new ArrayList<>();
        for (Row l : lines) {
            if (l.role() == EntryRole.TOTAL) {
                rows.add(l);
            }
        }
        rows.add(unit);
        for (Row l : lines) {
            if (l.role() != EntryRole.TOTAL) {
                rows.add(l);
            }
        }
        return rows;
    }

    /** 合计, then one row per named item the facts hold for the block. */
    private List<Row> outlineRows(BlockTemplate b, FactSet facts) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("合计", "合计", 0, EntryRole.TOTAL, "合计", null, amounts(b, facts, FactKey.ALL, b.dims())));
        Set<String> items = new LinkedHashSet<>();
        for (Fact f : facts.facts()) {
            if (f.key().item() != null && inScope(f.key(), b.dims())) {
                items.add(f.key().item());
            }
        }
        for (String item : items) {
            Map<String, Figure> amounts = amounts(b, facts, FactKey.ALL.withItem(item), b.dims());
            if (hasAmount(amounts)) {
                rows.add(new Row(Labels.compact(item), item, 1, EntryRole.ITEM, item, null, amounts));
            }
        }
        return rows;
    }

    private static Map<String, Figure> sum(BlockTemplate b, List<Row> rows) {
        Map<String, Figure> out = new LinkedHashMap<>();
        for (ColumnTemplate c : b.columns()) {
            Figure s = null;
            for (Row r : rows) {
                s = Figure.plus(s, r.amounts().get(c.id()));
            }
            out.put(c.id(), s);
        }
        return out;
    }

    private static boolean hasAmount(Map<String, Figure> amounts) {
        return new Row("", "", 0, EntryRole.ITEM, "", "", amounts).hasAmount();
    }

    // ---------------------------------------------------------------- amounts

    /** Each column of the block for the row {@code key} with {@code rowDims}. */
    private Map<String, Figure> amounts(BlockTemplate b, FactSet facts, FactKey key, Dimensions rowDims) {
        Map<String, Figure> out = new LinkedHashMap<>();
        for (ColumnTemplate c : b.columns()) {
            out.put(c.id(), column(b, c, facts, key, rowDims, 0));
        }
        return out;
    }

    private Figure column(BlockTemplate b, ColumnTemplate c, FactSet facts, FactKey key, Dimensions rowDims, int depth) {
        if (c.isTotal()) {
            Figure sum = null;
            if (depth > b.columns().size()) {
                return null; // a column summing itself
            }
            for (String part : c.sumOf()) {
                Optional<ColumnTemplate> p = b.column(part);
                if (p.isPresent()) {
                    sum = Figure.plus(sum, column(b, p.get(), facts, key, rowDims, depth + 1));
                }
            }
            return sum;
        }
        Figure sum = null;
        for (FactKey q : queries(key, rowDims.and(c.dims()))) {
            sum = Figure.plus(sum, query(facts, q));
        }
        return sum;
    }

    /** {@code key} with {@code dims} applied, one query per source when the dimensions sum several. */
    private static List<FactKey> queries(FactKey key, Dimensions dims) {
        if (dims.isSingleSource()) {
            return List.of(dims.applyTo(key));
        }
        List<FactKey> out = new ArrayList<>();
        for (FundingSource s : dims.sources()) {
            out.add(new Dimensions(List.of(s), dims.period(), dims.spending(), dims.item(), dims.economic()).applyTo(key));
        }
        return out;
    }

    /**
     * What the facts give for {@code q}. A query for one source and either period is asked per
     * period, so that carry-over stated without a source is found when it is all of that source.
     */
    private static Figure query(FactSet facts, FactKey q) {
        if (q.source() != null && q.period() == null) {
            Figure split = Figure.plus(bySource(facts, q.withPeriod(Period.CURRENT)), bySource(facts, q.withPeriod(Period.CARRY_OVER)));
            return split != null ? split : figure(facts.parts(q));
        }
        return q.source() != null ? bySource(facts, q) : figure(facts.parts(q));
    }

    private static Figure bySource(FactSet facts, FactKey q) {
        List<Fact> parts = facts.parts(q);
        if (!parts.isEmpty()) {
            return figure(parts);
        }
        if (onlySource(facts, q.period(), q.source())) {
            return figure(facts.parts(q.withSource(null)));
        }
        return null;
    }

    /** True when every fact of {@code period} that names a source names {@code source}, and they are all the period holds. */
    private static boolean onlySource(FactSet facts, Period period, FundingSource source) {
        FactKey all = FactKey.ALL.withPeriod(period);
        for (FundingSource s : FundingSource.values()) {
            if (s != source && facts.total(all.withSource(s)).isPresent()) {
                return false;
            }
        }
        Optional<Money> mine = facts.total(all.withSource(source));
        Optional<Money> whole = facts.total(all);
        return mine.isPresent() && whole.isPresent() && mine.get().equals(whole.get());
    }

    private static Figure figure(List<Fact> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        Money sum = null;
        for (Fact f : parts) {
            sum = sum == null ? f.amount() : sum.plus(f.amount());
        }
        return new Figure(sum, parts);
    }

    // ---------------------------------------------------------------- keys

    /** True when a fact with {@code key} is part of what a block with {@code dims} prints. */
    private static boolean inScope(FactKey key, Dimensions dims) {
        for (FactKey q : queries(FactKey.ALL, dims)) {
            if (key.within(q)) {
                return true;
            }
        }
        return false;
    }

    private static String code(FactKey k, ClassificationKind kind) {
        return switch (kind) {
            case FUNCTIONAL -> k.function();
            case DEPARTMENT_ECONOMIC -> k.economic();
            case GOVERNMENT_ECONOMIC -> k.governmentEconomic();
        };
    }

    private static FactKey key(ClassificationKind kind, String code) {
        return switch (kind) {
            case FUNCTIONAL -> FactKey.ALL.withFunction(code);
            case DEPARTMENT_ECONOMIC -> FactKey.ALL.withEconomic(code);
            case GOVERNMENT_ECONOMIC -> FactKey.ALL.withGovernmentEconomic(code);
        };
    }
}
