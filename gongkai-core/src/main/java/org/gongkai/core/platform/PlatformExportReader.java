package org.gongkai.core.platform;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.model.ChineseNumerals;
import org.gongkai.core.model.Classifications;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.Profile;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.ReadNote;
import org.gongkai.core.model.SourceInfo;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.model.TableCell;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.read.FactExtractor;
import org.gongkai.core.read.LaidOutTableReader;
import org.gongkai.core.read.UnreadableInputException;
import org.gongkai.core.read.XlsxInput;
import org.gongkai.core.template.BlockTemplate;
import org.gongkai.core.template.ColumnTemplate;
import org.gongkai.core.template.LineTemplate;
import org.gongkai.core.template.RowKind;
import org.gongkai.core.template.TableTemplate;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalog;

/**
 * Reads the 预算管理一体化 platform's Excel export into a {@link Disclosure}: picks the mapping
 * whose sheet names the workbook has, reads each mapped sheet into its template table (header
 * rows, body rows, entries) and recovers the facts, as {@link org.gongkai.core.read.DisclosureReader}
 * does for a published document. Every cell keeps its place in the export ("2.17单位支出总表!C12");
 * amounts are exact decimals, scaled from the export's unit (元) to the template's (万元).
 *
 * <p>Rows are put in the template's column order (the export's order may differ by province),
 * each cell keeping its own position, so table rules and writers read them as a printed table.
 * A sheet the mapping does not know, or a mapped sheet that is missing, is a
 * {@link ReadNote}; a missing required sheet (收支总表) or text in an amount cell makes the
 * export unreadable, with one message naming the sheet or cell. Example:
 * <pre>{@code
 * Disclosure d = new PlatformExportReader().read(bytes, "柳林县人社局2024预算.xlsx");
 * d.table("T3").flatMap(t -> t.entry("2080101")).get().amount("total") // 134.97 万元 at 2.17单位支出总表!C9
 * }</pre>
 */
public final class PlatformExportReader {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern FILE_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern UNIT = Pattern.compile("单位[：:]\\s*(万元|元)");
    /** A code and its name in one cell: "[2080101]行政运行", "2080101 行政运行", "2080101-行政运行". */
    private static final Pattern CODE_AND_NAME = Pattern.compile("^[\\[【(（]?(\\d{3,9})[\\]】)）]?\\s*[-—:：]?\\s*(\\D.*)$");
    /** How many rows above a header may hold the title and the unit line. */
    private static final int TITLE_ROWS = 8;

    private final PlatformMappings mappings;
    private final TemplateCatalog templates;
    private final Classifications codes;

    public PlatformExportReader(PlatformMappings mappings, TemplateCatalog templates, Classifications codes) {
        this.mappings = mappings;
        this.templates = templates;
        this.codes = codes;
    }

    /** A reader with the mappings, templates and classification lists shipped with gongkai. */
    public PlatformExportReader() {
        this(PlatformMappings.bundled(), TemplateCatalog.bundled(), Classifications.bundled());
    }

    public Disclosure read(byte[] bytes, String fileName) throws UnreadableInputException {
        try (XSSFWorkbook wb = XlsxInput.open(bytes, fileName)) {
            List<String> sheetNames = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                sheetNames.add(wb.getSheetName(i));
            }
            PlatformMapping mapping = choose(sheetNames, fileName);
            Template template = templates.find(mapping.templateId()).orElseThrow(() -> new IllegalStateException(
                    "映射 " + mapping.id() + " 所用的模板 " + mapping.templateId() + " 不存在"));
            List<ReadNote> notes = new ArrayList<>();
            // which workbook sheet fills which mapped sheet
            Map<PlatformMapping.Sheet, String> found = new LinkedHashMap<>();
            Set<String> used = new HashSet<>();
            for (PlatformMapping.Sheet s : mapping.sheets()) {
                Optional<String> name = sheetFor(s, sheetNames, used);
                if (name.isPresent()) {
                    found.put(s, name.get());
                    used.add(name.get());
                } else if (s.required()) {
                    throw new UnreadableInputException("“" + fileName + "”缺少工作表“" + s.sheetName() + "”（" + describe(template, s.table())
                            + "，是必需的表）：请从预算管理一体化系统重新导出完整的单位预算报表后再试。");
                } else {
                    notes.add(ReadNote.of("MISSING_TABLE", "未找到工作表“" + s.sheetName() + "”（" + describe(template, s.table())
                            + "），该表未读取", SourcePosition.UNKNOWN));
                }
            }
            for (String n : sheetNames) {
                if (!used.contains(n)) {
                    notes.add(ReadNote.of("UNMAPPED_SHEET", "工作表“" + n + "”不在映射“" + mapping.name() + "”中，未读取",
                            SourcePosition.cell(n, 0, 0)));
                }
            }
            for (TableTemplate t : template.tables()) {
                if (mapping.sheet(t.id()).isEmpty() && !t.optional()) {
                    notes.add(ReadNote.of("MISSING_TABLE", "映射“" + mapping.name() + "”没有对应" + describe(template, t.id())
                            + "的工作表", SourcePosition.UNKNOWN));
                }
            }

            // first pass: where each header starts, and what the lines above it say
            Map<PlatformMapping.Sheet, SheetGrid> grids = new LinkedHashMap<>();
            Map<PlatformMapping.Sheet, Integer> headerAt = new LinkedHashMap<>();
            String unitName = null;
            Integer year = null;
            int rowsRead = 0;
            for (Map.Entry<PlatformMapping.Sheet, String> e : found.entrySet()) {
                SheetGrid g = SheetGrid.of(wb.getSheet(e.getValue()));
                rowsRead += g.height();
                int h = headerRow(e.getKey(), g);
                if (h < 0) {
                    if (e.getKey().required()) {
                        throw new UnreadableInputException("“" + fileName + "”的工作表“" + g.name() + "”中找不到表头（应有“"
                                + String.join("”或“", headerLabels(e.getKey())) + "”）：导出格式可能已改变，请核对映射“" + mapping.name() + "”。");
                    }
                    notes.add(ReadNote.of("HEADER_NOT_FOUND", "工作表“" + g.name() + "”中找不到表头（应有“"
                            + String.join("”或“", headerLabels(e.getKey())) + "”），该表未读取", SourcePosition.cell(g.name(), 0, 0)));
                    continue;
                }
                grids.put(e.getKey(), g);
                headerAt.put(e.getKey(), h);
                for (int r = Math.max(0, h - TITLE_ROWS); r < h; r++) {
                    for (String t : g.texts(r)) {
                        if (unitName == null) {
                            unitName = unitName(t, mapping.unitNameLabels());
                        }
                        Matcher y = YEAR.matcher(t);
                        if (year == null && y.find() && !isUnitLine(t, mapping)) {
                            year = Integer.parseInt(y.group(1));
                        }
                    }
                }
            }
            if (year == null) {
                Matcher y = FILE_YEAR.matcher(fileName);
                if (y.find()) {
                    year = Integer.parseInt(y.group(1));
                } else {
                    notes.add(ReadNote.of("MISSING_YEAR", "导出文件的表头和文件名中都没有预算年度", SourcePosition.UNKNOWN));
                }
            }
            if (unitName == null) {
                unitName = unitNameFromFile(fileName);
                if (unitName == null) {
                    notes.add(ReadNote.of("MISSING_UNIT_NAME", "导出文件的表头和文件名中都没有单位名称", SourcePosition.UNKNOWN));
                }
            }
            int fiscalYear = year == null ? 0 : year;

            // second pass: the tables
            Map<String, PublishedTable> byId = new TreeMap<>();
            for (Map.Entry<PlatformMapping.Sheet, SheetGrid> e : grids.entrySet()) {
                PlatformMapping.Sheet s = e.getKey();
                TableTemplate t = template.table(s.table()).orElseThrow(() -> new IllegalStateException(
                        "映射 " + mapping.id() + " 的工作表 " + s.sheetName() + " 指向模板中不存在的表 " + s.table()));
                byId.put(t.id(), new SheetReader(fileName, mapping, template, t, s, e.getValue(), headerAt.get(s),
                        fiscalYear, unitName, notes).read());
            }
            List<PublishedTable> tables = new ArrayList<>();
            for (TableTemplate t : template.tables()) {
                if (byId.containsKey(t.id())) {
                    tables.add(byId.get(t.id()));
                }
            }
            FactSet facts = FactExtractor.extract(template, tables);
            DisclosureMetadata metadata = new DisclosureMetadata(null, unitName, null, null, null, template.region(), fiscalYear,
                    template.kind(), template.level(), null, null);
            SourceInfo source = new SourceInfo(fileName, "xlsx", null, bytes.length, SourceInfo.sha256(bytes), 0, rowsRead);
            return new Disclosure(metadata, template.id(), Profile.empty(), facts, tables, Narrative.empty(), List.of(),
                    null, null, null, List.of(), notes, source);
        } catch (IOException e) {
            throw new UnreadableInputException("“" + fileName + "”无法读取：" + e.getMessage() + "。请重新导出后再试。", e);
        }
    }

    // ---------------------------------------------------------------- mapping and sheets

    /** The mapping with the most sheets in the workbook. */
    private PlatformMapping choose(List<String> sheetNames, String fileName) throws UnreadableInputException {
        PlatformMapping best = null;
        int bestCount = 0;
        for (PlatformMapping m : mappings.mappings()) {
            int count = 0;
            Set<String> used = new HashSet<>();
            for (PlatformMapping.Sheet s : m.sheets()) {
                Optional<String> n = sheetFor(s, sheetNames, used);
                if (n.isPresent()) {
                    used.add(n.get());
                    count++;
                }
            }
            if (count > bestCount) {
                best = m;
                bestCount = count;
            }
        }
        if (best == null) {
            throw new UnreadableInputException("“" + fileName + "”不像预算管理一体化系统导出的单位预算报表（工作表："
                    + String.join("、", sheetNames) + "），没有一张工作表能对应到已知的导出格式：请确认文件，"
                    + "或按 docs/platform-import.md 为该导出格式添加映射文件。");
        }
        return best;
    }

    /** The workbook sheet that is {@code s}: its name or an alias, exactly, then without numbering prefixes. */
    private static Optional<String> sheetFor(PlatformMapping.Sheet s, List<String> sheetNames, Set<String> used) {
        for (String want : s.names()) {
            for (String n : sheetNames) {
                if (!used.contains(n) && Headings.compact(n).equals(Headings.compact(want))) {
                    return Optional.of(n);
                }
            }
        }
        for (String want : s.names()) {
            for (String n : sheetNames) {
                if (!used.contains(n) && Headings.sheet(n).equals(Headings.sheet(want))) {
                    return Optional.of(n);
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> headerLabels(PlatformMapping.Sheet s) {
        if (!s.headerFind().isEmpty()) {
            return s.headerFind();
        }
        List<String> out = new ArrayList<>();
        for (String k : s.blocks().get(0).key()) {
            List<String> p = Headings.path(k, 0);
            out.add(p.isEmpty() ? k : p.get(0));
        }
        return out;
    }

    /** The first row holding one of the header's labels as a whole cell; -1 if none. */
    private static int headerRow(PlatformMapping.Sheet s, SheetGrid g) {
        Set<String> labels = new HashSet<>();
        for (String l : headerLabels(s)) {
            labels.add(Headings.compact(l));
        }
        for (int r = 0; r < g.height(); r++) {
            for (String t : g.texts(r)) {
                if (labels.contains(Headings.compact(t))) {
                    return r;
                }
            }
        }
        return -1;
    }

    private static String unitName(String text, List<String> labels) {
        String t = Headings.compact(text.replace('\u3000', ' '));
        for (String l : labels) {
            Matcher m = Pattern.compile(Pattern.quote(Headings.compact(l)) + "：(.+?)(?=(?:金额)?单位：|$)").matcher(t);
            if (m.find() && !m.group(1).isBlank()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static boolean isUnitLine(String text, PlatformMapping m) {
        return unitName(text, m.unitNameLabels()) != null || UNIT.matcher(text).find();
    }

    /** "柳林县人力资源和社会保障局2024年单位预算.xlsx" gives 柳林县人力资源和社会保障局; null when nothing like a name is left. */
    static String unitNameFromFile(String fileName) {
        String n = fileName.replaceAll("^.*[/\\\\]", "").replaceAll("\\.[A-Za-z0-9]+$", "");
        n = n.replaceAll("(?:19|20)\\d{2}\\s*年?度?", " ");
        n = n.replaceAll("预算管理一体化|一体化|导出|单位预算|部门预算|预算公开|预算|报表|公开|export|[0-9]+", " ");
        n = n.replaceAll("[\\s_\\-—()（）\\[\\]【】.]+", " ").strip();
        if (n.isEmpty() || n.contains(" ") || !n.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return null;
        }
        return n;
    }

    private static String describe(Template template, String tableId) {
        return template.table(tableId).map(t -> "表" + ChineseNumerals.of(t.number()) + "《" + t.title() + "》").orElse(tableId);
    }

    // ---------------------------------------------------------------- one sheet

    /** Reads one mapped sheet into its template table. */
    private final class SheetReader {

        private final String fileName;
        private final PlatformMapping mapping;
        private final TableTemplate table;
        private final PlatformMapping.Sheet sheet;
        private final SheetGrid g;
        private final int headerStart;
        private final int year;
        private final String unitName;
        private final List<ReadNote> notes;
        private final MoneyUnit templateUnit;
        /** CODES blocks: the template position of the code → of its name. */
        private final Map<Integer, Integer> codeNames = new LinkedHashMap<>();

        SheetReader(String fileName, PlatformMapping mapping, Template template, TableTemplate table, PlatformMapping.Sheet sheet,
                    SheetGrid g, int headerStart, int year, String unitName, List<ReadNote> notes) {
            this.fileName = fileName;
            this.mapping = mapping;
            this.table = table;
            this.sheet = sheet;
            this.g = g;
            this.headerStart = headerStart;
            this.year = year;
            this.unitName = unitName;
            this.notes = notes;
            this.templateUnit = template.unit() == null ? MoneyUnit.WAN_YUAN : template.unit();
        }

        PublishedTable read() throws UnreadableInputException {
            int headerEnd = Math.min(g.height(), headerStart + sheet.headerRows());
            List<List<String>> paths = headerPaths(headerEnd);

            // where each template position's cells are in the export
            int width = templateWidth();
            int[] source = new int[width];
            java.util.Arrays.fill(source, -1);
            Set<Integer> amountPositions = new HashSet<>();
            Map<Integer, BlockTemplate> lineBlocks = new LinkedHashMap<>();
            Map<Integer, PlatformMapping.Block> lineMappings = new LinkedHashMap<>();
            codeNames.clear();
            Set<Integer> taken = new HashSet<>();
            Map<PlatformMapping.Block, Integer> keyAt = new LinkedHashMap<>();
            for (PlatformMapping.Block b : sheet.blocks()) {
                int k = find(b.key(), paths, 0, paths.size(), taken);
                if (k < 0) {
                    throw new UnreadableInputException("“" + fileName + "”的工作表“" + g.name() + "”中找不到“"
                            + String.join("”或“", b.key()) + "”列：导出格式可能已改变，请核对映射“" + mapping.name() + "”。");
                }
                keyAt.put(b, k);
                taken.add(k);
            }
            List<Integer> keys = new ArrayList<>(keyAt.values());
            keys.sort(null);
            for (PlatformMapping.Block b : sheet.blocks()) {
                BlockTemplate bt = table.block(b.block()).orElseThrow(() -> new IllegalStateException(
                        "映射 " + mapping.id() + " 的工作表 " + sheet.sheetName() + " 指向表 " + table.id() + " 中不存在的块 " + b.block()));
                int from = keyAt.get(b);
                int to = paths.size();
                for (int k : keys) {
                    if (k > from) {
                        to = k;
                        break;
                    }
                }
                source[bt.keyColumn()] = from;
                if (bt.rows() == RowKind.CODES && bt.nameColumn() >= 0) {
                    codeNames.put(bt.keyColumn(), bt.nameColumn());
                }
                if (bt.rows() == RowKind.LINES || bt.rows() == RowKind.UNITS || bt.rows() == RowKind.FUNCTION_CLASSES) {
                    lineBlocks.put(bt.keyColumn(), bt);
                    lineMappings.put(bt.keyColumn(), b);
                }
                if (bt.nameColumn() >= 0 && !b.name().isEmpty()) {
                    int n = find(b.name(), paths, from, to, taken);
                    if (n >= 0) {
                        source[bt.nameColumn()] = n;
                        taken.add(n);
                    } else {
                        notes.add(ReadNote.of("MISSING_COLUMN", "工作表“" + g.name() + "”中找不到“" + String.join("”或“", b.name())
                                + "”列", SourcePosition.cell(g.name(), headerStart + 1, 0)));
                    }
                }
                for (Map.Entry<String, List<String>> c : b.columns().entrySet()) {
                    ColumnTemplate ct = bt.column(c.getKey()).orElseThrow(() -> new IllegalStateException(
                            "映射 " + mapping.id() + " 的工作表 " + sheet.sheetName() + " 指向块 " + b.block() + " 中不存在的列 " + c.getKey()));
                    int at = find(c.getValue(), paths, from, to, taken);
                    if (at < 0) {
                        notes.add(ReadNote.of("MISSING_COLUMN", "工作表“" + g.name() + "”中找不到“" + String.join("”或“", c.getValue())
                                + "”列（" + table.title() + "的“" + ct.label() + "”），该列按空白读取", SourcePosition.cell(g.name(), headerStart + 1, 0)));
                        continue;
                    }
                    source[ct.column()] = at;
                    amountPositions.add(ct.column());
                    taken.add(at);
                }
            }

            MoneyUnit unit = sheetUnit();
            List<TableRow> header = new ArrayList<>();
            for (int r = headerStart; r < headerEnd; r++) {
                header.add(layOut(r, source, Set.of(), unit, Map.of(), Map.of()));
            }
            List<TableRow> body = new ArrayList<>();
            String note = null;
            Set<String> skip = new HashSet<>();
            for (String s : mapping.skip()) {
                skip.add(Headings.compact(s));
            }
            for (String s : sheet.skip()) {
                skip.add(Headings.compact(s));
            }
            for (int r = headerEnd; r < g.height(); r++) {
                List<String> texts = g.texts(r);
                if (texts.isEmpty()) {
                    continue;
                }
                if (texts.get(0).startsWith("注：") || texts.get(0).startsWith("注:")) {
                    note = String.join("", texts);
                    break;
                }
                if (texts.stream().anyMatch(t -> skip.contains(Headings.compact(t))) || isNumberingRow(texts)) {
                    continue;
                }
                TableRow row = layOut(r, source, amountPositions, unit, lineBlocks, lineMappings);
                if (!row.isBlank()) {
                    body.add(row);
                }
            }
            String title = null;
            SourcePosition titleAt = SourcePosition.cell(g.name(), headerStart + 1, 0);
            for (int r = Math.max(0, headerStart - TITLE_ROWS); r < headerStart && title == null; r++) {
                for (int c = 0; c < g.width(); c++) {
                    String t = g.text(r, c);
                    if (!t.isBlank() && !isUnitLine(t, mapping)) {
                        title = t;
                        titleAt = SourcePosition.cell(g.name(), r + 1, c + 1);
                        break;
                    }
                }
            }
            return LaidOutTableReader.read(table, title == null ? g.name() : title, unitName, templateUnit, header, body, note,
                    titleAt, year, codes, notes);
        }

        private int templateWidth() {
            int w = 0;
            for (BlockTemplate b : table.blocks()) {
                w = Math.max(w, Math.max(b.keyColumn(), b.nameColumn()) + 1);
                for (ColumnTemplate c : b.columns()) {
                    w = Math.max(w, c.column() + 1);
                }
            }
            return w;
        }

        /** The unit printed above the table ("单位：万元"), else the sheet's or the mapping's. */
        private MoneyUnit sheetUnit() {
            for (int r = Math.max(0, headerStart - TITLE_ROWS); r < headerStart; r++) {
                for (String t : g.texts(r)) {
                    Matcher m = UNIT.matcher(Headings.compact(t));
                    if (m.find()) {
                        return MoneyUnit.fromLabel(m.group(1)).orElseThrow();
                    }
                }
            }
            return sheet.unit() != null ? sheet.unit() : mapping.unit();
        }

        /**
         * For each export column, the headings over it from the top down: a merged cell's text
         * spreads over the cells it covers; without merged regions, an empty heading with headings
         * beneath takes the one to its left.
         */
        private List<List<String>> headerPaths(int headerEnd) {
            int width = g.width();
            List<List<String>> paths = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                paths.add(new ArrayList<>());
            }
            for (int r = headerStart; r < headerEnd; r++) {
                String carry = "";
                for (int c = 0; c < width; c++) {
                    String t = Headings.compact(g.text(r, c));
                    if (t.isEmpty()) {
                        String m = g.mergedText(r, c);
                        if (m != null) {
                            t = Headings.compact(m);
                        } else if (!g.hasMergedRegions() && below(r, c, headerEnd)) {
                            t = carry;
                        }
                    } else {
                        carry = t;
                    }
                    List<String> p = paths.get(c);
                    if (!t.isEmpty() && (p.isEmpty() || !p.get(p.size() - 1).equals(t))) {
                        p.add(t);
                    }
                }
            }
            return paths;
        }

        private boolean below(int r, int c, int headerEnd) {
            for (int k = r + 1; k < headerEnd; k++) {
                if (!g.text(k, c).isBlank()) {
                    return true;
                }
            }
            return false;
        }

        /** The first column in [from, to), not taken, whose headings match one of {@code labels} (tried in order); -1 if none. */
        private int find(List<String> labels, List<List<String>> paths, int from, int to, Set<Integer> taken) {
            for (String label : labels) {
                List<String> want = Headings.path(label, year);
                if (want.isEmpty()) {
                    continue;
                }
                for (int c = Math.max(0, from); c < to && c < paths.size(); c++) {
                    if (!taken.contains(c) && matches(paths.get(c), want)) {
                        return c;
                    }
                }
            }
            return -1;
        }

        /** The deepest heading is the label's last part; the label's other parts are above it, in order. */
        private static boolean matches(List<String> path, List<String> want) {
            if (path.isEmpty() || !Headings.same(path.get(path.size() - 1), want.get(want.size() - 1))) {
                return false;
            }
            int i = 0;
            for (int k = 0; k < path.size() - 1 && i < want.size() - 1; k++) {
                if (Headings.same(path.get(k), want.get(i))) {
                    i++;
                }
            }
            return i == want.size() - 1;
        }

        /** Row {@code r} in template positions, each cell keeping its export position; amounts checked and scaled. */
        private TableRow layOut(int r, int[] source, Set<Integer> amounts, MoneyUnit unit, Map<Integer, BlockTemplate> lineBlocks,
                                Map<Integer, PlatformMapping.Block> lineMappings) throws UnreadableInputException {
            List<TableCell> cells = new ArrayList<>(source.length);
            for (int p = 0; p < source.length; p++) {
                int c = source[p];
                if (c < 0) {
                    cells.add(new TableCell("", SourcePosition.cell(g.name(), r + 1, 0)));
                    continue;
                }
                SourcePosition at = SourcePosition.cell(g.name(), r + 1, c + 1);
                SheetGrid.Cell cell = g.cell(r, c);
                String text = cell.text();
                if (amounts.contains(p)) {
                    text = amount(cell, unit, at);
                } else if (lineBlocks.containsKey(p) && !text.isBlank()) {
                    text = lineLabel(text, lineBlocks.get(p), lineMappings.get(p));
                }
                cells.add(new TableCell(text, at));
            }
            for (Map.Entry<Integer, Integer> e : codeNames.entrySet()) {
                TableCell code = cells.get(e.getKey());
                Matcher m = CODE_AND_NAME.matcher(code.text());
                if (m.matches() && cells.get(e.getValue()).isBlank()) {
                    // code and name in one cell: each to its own column, both placed at that cell
                    cells.set(e.getKey(), new TableCell(m.group(1), code.position()));
                    cells.set(e.getValue(), new TableCell(m.group(2).strip(), code.position()));
                }
            }
            int key = source[table.blocks().get(0).keyColumn()];
            return new TableRow(cells, SourcePosition.cell(g.name(), r + 1, key + 1));
        }

        /** The amount's text in the template's unit; text that is no amount makes the export unreadable. */
        private String amount(SheetGrid.Cell cell, MoneyUnit unit, SourcePosition at) throws UnreadableInputException {
            if (cell.isBlank()) {
                return "";
            }
            BigDecimal value = cell.number();
            String text = cell.text();
            if (value == null) {
                if (isDash(text)) {
                    return text;
                }
                Optional<BigDecimal> v = Money.parseDecimal(text);
                if (v.isEmpty()) {
                    throw new UnreadableInputException("“" + fileName + "”的单元格 " + at.describe() + " 应为金额，却是“" + text
                            + "”：请在预算管理一体化系统中核对后重新导出，或把该单元格改为数字后再试。");
                }
                if (unit == templateUnit) {
                    return text; // as exported: "1,251.07"
                }
                value = v.get();
            }
            BigDecimal scaled = Money.of(value, unit).to(templateUnit).value();
            if (templateUnit == MoneyUnit.WAN_YUAN) {
                scaled = scaled.stripTrailingZeros();
                if (scaled.scale() < 2) {
                    scaled = scaled.setScale(2);
                }
            }
            return scaled.toPlainString();
        }

        /** The template's label for a row the mapping names by another label; the label as exported otherwise. */
        private String lineLabel(String text, BlockTemplate block, PlatformMapping.Block mapped) {
            String k = Headings.label(text);
            for (Map.Entry<String, List<String>> e : mapped.lines().entrySet()) {
                for (String alias : e.getValue()) {
                    if (Headings.label(alias).equals(k)) {
                        Optional<LineTemplate> line = block.line(e.getKey());
                        if (line.isPresent()) {
                            return line.get().label();
                        }
                        notes.add(ReadNote.of("UNKNOWN_LINE", "映射“" + mapping.name() + "”中的行 " + e.getKey() + " 不在" + table.title() + "中",
                                SourcePosition.cell(g.name(), 0, 0)));
                    }
                }
            }
            return text;
        }
    }

    /** A row numbering the columns: 1 2 3 … */
    private static boolean isNumberingRow(List<String> texts) {
        if (texts.size() < 3) {
            return false;
        }
        int expect = 1;
        for (String t : texts) {
            if (!t.equals(Integer.toString(expect))) {
                return false;
            }
            expect++;
        }
        return true;
    }

    private static boolean isDash(String s) {
        return s.equals("-") || s.equals("—") || s.equals("－") || s.equals("--") || s.equals("——") || s.equals("/");
    }
}
