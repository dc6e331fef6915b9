package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.gongkai.core.model.Classifications;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Profile;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.PurchaseServiceCatalogue;
import org.gongkai.core.model.ReadNote;
import org.gongkai.core.model.SourceInfo;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.model.TableCell;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.read.DocumentStructure.Part;
import org.gongkai.core.read.DocumentStructure.PartRole;
import org.gongkai.core.template.TableTemplate;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalog;

/**
 * One reading of one laid-out source: finds the outline, the tables, the parts, and puts the
 * disclosure together. Used once and thrown away.
 */
final class DocumentReader {

    private final Layout layout;
    private final SourceInfo source;
    private final TemplateCatalog templates;
    private final TableTitles titles;
    private final Classifications codes;
    private final boolean cutMidCharacter;
    private final List<ReadNote> notes = new ArrayList<>();

    DocumentReader(Layout layout, SourceInfo source, TemplateCatalog templates, TableTitles titles,
                   Classifications codes, boolean cutMidCharacter) {
        this.layout = layout;
        this.source = source;
        this.templates = templates;
        this.titles = titles;
        this.codes = codes;
        this.cutMidCharacter = cutMidCharacter;
    }

    Disclosure read() {
        DocumentStructure structure = DocumentStructure.of(layout);

        // ---- tables: titles anywhere outside the 目录, the template that explains most of them
        Map<Integer, List<TableTitles.Match>> hits = new LinkedHashMap<>();
        TreeSet<Integer> stops = new TreeSet<>();
        int lines = layout.size(); // both asked once: the loop passes over some 2,900 lines
        boolean pdf = layout.pdf();
        for (int i = 0; i < lines; i++) {
            if (structure.inToc(i)) {
                continue;
            }
            if (layout.isBlank(i) || (!pdf && layout.isTabular(i))) {
                continue;
            }
            LayoutLine l = layout.get(i);
            List<TableTitles.Match> m = titles.match(l.text());
            if (m.isEmpty()) {
                m = wrappedTitle(i); // "公开09表：一般公共预算“三公”经费、会议费、培训费" / "支出预算表"; "…支出预" / "算表"
            }
            if (!m.isEmpty()) {
                hits.put(i, m);
                stops.add(i);
            } else if (TableTitles.numberLine(l.text()) != null
                    || (l.text().endsWith("表") && PerformanceTargetReader.isTitle(l.compact()))) { // running text is not compacted
                stops.add(i);
            }
        }
        for (Part p : structure.parts) {
            stops.add(p.line());
        }
        for (int title : hits.keySet()) {
            if (title < 0) {
                continue;
            }
            int next = nextNonBlank(title + 1);
            if (next >= 0 && TableTitles.numberLine(layout.get(next).text()) != null) {
                stops.remove(next); // "公开表一" printed under its title
            }
        }
        if (hits.isEmpty()) {
            // no table printed (a text that says the tables are "附后"): let the 目录 say which set it has
            for (DocumentStructure.TocEntry e : structure.toc) {
                List<TableTitles.Match> m = titles.match(Numbering.strip(e.text()));
                if (!m.isEmpty()) {
                    hits.put(-1 - hits.size(), m);
                }
            }
        }
        Template template = chooseTemplate(hits);
        boolean recognised = hits.values().stream().flatMap(List::stream).anyMatch(m -> m.template() == template);
        if (!recognised) {
            notes.add(ReadNote.of("UNKNOWN_TEMPLATE", "未找到任何已知表样的表格：本文件的表格未读（已知表样："
                    + String.join("、", templates.templates().stream().map(Template::name).toList()) + "）", null));
            int rows = tableRows(structure);
            if (rows >= UNREAD_ROWS) {
                // tables are printed, of a set gongkai does not know: not a text without tables
                notes.add(ReadNote.of(UNREAD_TABLES, "文件印有表格（" + rows + " 行），但不是已知表样的表格，未读："
                        + "报表、绩效目标表与报表有关的检查无法进行；文字部分照常读取和检查", null));
            }
        }
        Map<String, Integer> found = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<TableTitles.Match>> e : hits.entrySet()) {
            if (e.getKey() < 0) {
                continue; // named in the 目录 only
            }
            if (!rowsFollow(e.getKey(), stops)) {
                continue; // "一、收支预算总表" / "二、收入预算总表": a list of the tables, printed before them
            }
            for (TableTitles.Match m : e.getValue()) {
                if (m.template() == template && !found.containsKey(m.table().id())) {
                    found.put(m.table().id(), e.getKey());
                }
            }
        }
        List<TableReader.Printed> printed = new ArrayList<>();
        for (TableTemplate t : template.tables()) {
            Integer line = found.get(t.id());
            if (line == null) {
                if (!t.optional() && recognised) {
                    notes.add(ReadNote.of("MISSING_TABLE", "未找到表" + Numbering.toChinese(t.number()) + "《" + t.title() + "》", null));
                }
                continue;
            }
            TableTitles.Match m = hits.get(line).stream().filter(x -> x.table() == t).findFirst().orElseThrow();
            Integer next = stops.higher(line);
            printed.add(printed(t, m, line, next == null ? layout.size() : next));
        }
        String unit = documentUnit(printed);
        int year = documentYear(printed);
        TableReader tables = new TableReader(codes, notes);
        List<PublishedTable> published = new ArrayList<>();
        for (TableReader.Printed p : printed) {
            published.add(tables.read(p, unit, year));
        }
        FactSet facts = FactExtractor.extract(template, published);

        // ---- parts
        Profile profile = Profile.empty();
        Part profilePart = structure.part(PartRole.PROFILE);
        if (profilePart != null) {
            profile = ProfileReader.read(layout, profilePart.line() + 1, structure.end(profilePart, layout.size()),
                    structure.sectionsAsParts ? profilePart.title() : null);
        }
        Narrative narrative = Narrative.empty();
        List<PerformanceTarget> targets = List.of();
        PurchaseServiceCatalogue catalogue = null;
        NarrativeReader.Result nr = null;
        List<Part> narrativeParts = structure.parts(PartRole.NARRATIVE);
        if (!narrativeParts.isEmpty()) {
            List<Integer> ends = new ArrayList<>();
            for (Part p : narrativeParts) {
                // a part ends at the next part, or at a table printed before it (a section the 目录 names
                // but the text does not print as a heading, such as "五、部门预算表", is no part)
                int end = structure.end(p, layout.size());
                for (int title : found.values()) {
                    if (title > p.line() && title < end) {
                        end = title;
                    }
                }
                ends.add(structure.sectionsAsParts ? Math.min(end, firstTableTitle(p.line() + 1, end)) : end);
            }
            nr = NarrativeReader.read(layout, narrativeParts, ends, notes);
            narrative = nr.narrative();
            targets = nr.targets();
            catalogue = nr.catalogue();
        }
        List<GlossaryEntry> glossary = List.of();
        Part glossaryPart = structure.part(PartRole.GLOSSARY);
        if (glossaryPart != null) {
            glossary = GlossaryReader.read(layout, glossaryPart.line() + 1, structure.end(glossaryPart, layout.size()));
        }
        if (unit == null) {
            unit = MetadataReader.unitInText(narrative, profile, year); // a text whose cover is a picture
        }
        DisclosureMetadata metadata = MetadataReader.read(layout, structure, recognised ? template : null, unit, year, targets, catalogue, narrative, profile);

        noteMissingParts(structure, template);
        return new Disclosure(metadata, recognised ? template.id() : null, profile, facts, published, narrative, targets,
                nr == null ? null : nr.assets(), nr == null ? null : nr.procurement(), catalogue, glossary,
                notes, source);
    }

    /** The code of the note saying a document prints tables of a set gongkai does not know. */
    static final String UNREAD_TABLES = "UNREAD_TABLES";
    /** Rows of tables outside the 目录 that make a document one with tables: more than a stray tabbed line or two. */
    private static final int UNREAD_ROWS = 10;

    /** Lines of table rows outside the 目录. */
    private int tableRows(DocumentStructure structure) {
        int rows = 0;
        for (int i = 0; i < layout.size(); i++) {
            if (layout.isTabular(i) && !structure.inToc(i)) {
                rows++;
            }
        }
        return rows;
    }

    private Template chooseTemplate(Map<Integer, List<TableTitles.Match>> hits) {
        Map<String, java.util.Set<String>> tables = new HashMap<>();
        for (List<TableTitles.Match> ms : hits.values()) {
            for (TableTitles.Match m : ms) {
                tables.computeIfAbsent(m.template().id(), k -> new java.util.HashSet<>()).add(m.table().id());
            }
        }
        Template best = templates.templates().get(0);
        int bestCount = -1;
        for (Template t : templates.templates()) {
            int c = tables.getOrDefault(t.id(), java.util.Set.of()).size();
            if (c > bestCount) {
                best = t;
                bestCount = c;
            }
        }
        return best;
    }

    /** A title printed on two lines: this line and the next, joined, when the next is short and ends the title. */
    private List<TableTitles.Match> wrappedTitle(int i) {
        int next = nextNonBlank(i + 1);
        if (next < 0 || next > i + 2) {
            return List.of();
        }
        String second = layout.get(next).text().strip();
        if (second.length() > 20 || !second.endsWith("表")) {
            return List.of(); // asked of every line that is no title: most are told here
        }
        String first = layout.get(i).text().strip();
        if (first.indexOf('表') < 0 && !layout.pdf() && layout.isTabular(next)) {
            return List.of(); // only the second line has 表, and it is a row of a text file's table
        }
        if (TableTitles.numberLine(first) != null || !titles.match(second).isEmpty()) {
            return List.of(); // a number over its title, or a title of its own
        }
        return titles.match(first + second);
    }

    /**
     * True when a row of a table (a line of cells) follows the title on line {@code line} before the
     * next title or part ({@code stops}): a title followed straight by another is an item of a list
     * of the tables, such as a document prints before them.
     */
    private boolean rowsFollow(int line, java.util.NavigableSet<Integer> stops) {
        Integer next = stops.higher(line);
        int end = next == null ? layout.size() : next;
        for (int i = line + 1; i < end; i++) {
            if (layout.isTabular(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first line in [from, to) that heads a table of a template gongkai does not know: a short
     * line of its own ending in 表, not a 绩效目标表, with a table's rows (or its 编制部门 | 单位 line)
     * next, a "（2023年度）" between them or not; {@code to} when none. The tables of a document
     * whose 目录 lists sections, not parts, follow the section that explains them without a
     * heading of their own.
     */
    private int firstTableTitle(int from, int to) {
        for (int i = from; i < to; i++) {
            if (layout.isBlank(i) || layout.isTabular(i)) {
                continue;
            }
            String c = layout.get(i).compact();
            if (c.length() >= 4 && c.length() <= 40 && c.endsWith("表") && !PerformanceTargetReader.isTitle(c)) {
                int next = nextNonBlank(i + 1);
                if (next >= 0 && next < to && !layout.isTabular(next) && YEAR_LINE.matcher(layout.get(next).compact()).matches()) {
                    next = nextNonBlank(next + 1); // "财政项目支出绩效目标填报表" / "（2023年度）" / its rows
                }
                if (next >= 0 && next < to && layout.isTabular(next)) {
                    return i;
                }
            }
        }
        return to;
    }

    private int nextNonBlank(int from) {
        for (int i = from; i < layout.size(); i++) {
            if (!layout.isBlank(i)) {
                return i;
            }
        }
        return -1;
    }

    /** A page number printed alone at the foot of a page ("14", "- 14 -"). */
    static boolean isFolio(LayoutLine l) {
        if (l.size() != 1) {
            return false;
        }
        String t = l.text().strip();
        if (t.isEmpty()) {
            return false;
        }
        char first = t.charAt(0);
        return (first >= '0' && first <= '9' || first == '-' || first == '—' || first == '－' || first == '─' || first == '–')
                && FOLIO.matcher(t).matches();
    }

    /** A page number printed on its own line: "3", "- 3 -", "—12—", "─ 8 ─" (a box-drawing line, 江苏省人大2017). */
    private static final java.util.regex.Pattern FOLIO = java.util.regex.Pattern.compile("[-—－─–]?\\s*\\d{1,3}\\s*[-—－─–]?");

    /**
     * The first line of a PDF table's body: one with an amount or a code, or one whose first cell
     * is a line the template names (表十's 因公出国（境）费 row may be printed with no amount at all);
     * in a table with none of these, the 合计 line.
     */
    private static int pdfBodyStart(List<LayoutLine> lines, java.util.Set<String> lineLabels) {
        int total = -1;
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine line = lines.get(i);
            if (line.size() > 0 && lineLabels.contains(Labels.key(line.cell(0)))) {
                return i;
            }
            for (int ci = 0; ci < lines.get(i).size(); ci++) {
                String t = lines.get(i).cell(ci);
                if ((t.indexOf('.') > 0 && Money.parseDecimal(t).isPresent()) || t.matches("\\d{3}|\\d{5}|\\d{7}")) {
                    return i;
                }
                if (total < 0 && TableReader.isTotalLabel(Labels.key(t)) && lines.get(i).size() == 1) {
                    total = i;
                }
            }
        }
        return total >= 0 ? total : lines.size();
    }

    /** The printed rows and the lines above them (number, 单位名称, 单位) of one table. */
    private TableReader.Printed printed(TableTemplate t, TableTitles.Match m, int titleLine, int end) {
        String number = m.number();
        int first = titleLine + 1;
        int after = nextNonBlank(titleLine + 1);
        if (after >= 0 && after < end && TableTitles.numberLine(layout.get(after).text()) != null) {
            number = number == null ? TableTitles.numberLine(layout.get(after).text()) : number;
            first = after + 1;
        }
        if (number == null) {
            for (int i = titleLine - 1, seen = 0; i >= 0 && seen < 4; i--) {
                LayoutLine l = layout.get(i);
                if (l.isBlank() || (layout.pdf() && isFolio(l))) {
                    continue;
                }
                seen++;
                String n = TableTitles.numberLine(l.text());
                if (n != null) {
                    number = n;
                    break;
                }
                if (l.isTabular() || !layout.pdf() || seen >= 2) {
                    break;
                }
            }
        }
        String unitName = null;
        MoneyUnit unit = null;
        String note = null;
        // PDF: the left edge of the cell the unit's name was read from, while the rest of a name
        // too long for its cell may follow on a line below, starting at that edge
        float nameEdge = Float.NaN;
        List<LayoutLine> rowLines = new ArrayList<>();
        for (int i = first; i < end; i++) {
            LayoutLine l = layout.get(i);
            if (l.isBlank() || (layout.pdf() && isFolio(l))) {
                continue;
            }
            boolean meta = false;
            int from = 0;
            if (rowLines.isEmpty() && !Float.isNaN(nameEdge) && endsWrappedName(l, nameEdge)) {
                unitName += Labels.compact(l.cell(0)); // "部门：中国共产党江苏省委员会办" / "公厅"
                nameEdge = Float.NaN;
                meta = true;
                from = 1; // "院" | "单位：万元": the rest of the line is read as ever
            }
            for (int ci = from; rowLines.isEmpty() && ci < l.size(); ci++) {
                String ct = Labels.compact(l.cell(ci));
                String value = metaValue(ct, "单位名称", "编制单位", "编制部门", "部门名称", "部门", "单位");
                int valueCell = ci;
                if (value != null && value.isEmpty() && ci + 1 < l.size()) {
                    value = Labels.compact(l.cell(ci + 1)); // "部门：" | "江苏省人大常委会办公厅"
                    ci++;
                    valueCell = ci;
                }
                if (value != null) {
                    meta = true;
                    int u = value.indexOf("单位：");
                    String rest = u >= 0 ? value.substring(u + 3) : null;
                    String name = u >= 0 ? value.substring(0, u) : value;
                    MoneyUnit mu = MoneyUnit.fromLabel(name.replace("金额", "")).orElse(null);
                    if (mu != null) {
                        unit = mu;
                    } else if (!name.isEmpty()) {
                        unitName = name;
                        nameEdge = layout.pdf() && rest == null ? l.cells().get(valueCell).x0() : Float.NaN;
                    }
                    if (rest != null) {
                        unit = MoneyUnit.fromLabel(rest).orElse(unit);
                    }
                } else if (ct.startsWith("金额单位") || ct.startsWith("单位：") || ct.startsWith("单位:")) {
                    meta = true;
                    unit = MoneyUnit.fromLabel(ct.substring(ct.indexOf(ct.contains("：") ? '：' : ':') + 1)).orElse(unit);
                }
            }
            if (meta && rowLines.isEmpty()) {
                continue;
            }
            if (l.isTabular()) {
                rowLines.add(l);
                continue;
            }
            String text = l.text().strip(); // a row's cells are not joined: only a line of text can be a note
            if ((text.startsWith("注：") || text.startsWith("注:") || text.startsWith("注 ") || text.startsWith("说明：")
                    || (layout.pdf() && text.startsWith("：“")))) {
                note = text;
                break;
            }
            if (rowLines.isEmpty()) {
                continue; // a subtitle such as "(2024年度)"
            }
            if (!layout.pdf() || text.length() > 40) {
                break;
            }
            rowLines.add(l);
        }
        List<TableRow> rows;
        List<TableRow> header = null;
        List<String> headings = null;
        if (layout.pdf()) {
            rowLines = SplitCodes.join(rowLines); // "201 | 05 | 06" under 类 款 项: one code, 2010506
            int bodyFrom = pdfBodyStart(rowLines, itemLabels(t));
            rowLines = withoutRepeatedHeadings(rowLines, bodyFrom);
            ColumnSlotter.Slotted s = ColumnSlotter.slot(rowLines, bodyFrom, DocumentReader::cellText);
            header = s.header();
            rows = s.body();
            headings = s.headings();
        } else {
            rows = new ArrayList<>(rowLines.size());
            for (LayoutLine l : rowLines) {
                List<TableCell> cells = new ArrayList<>(l.size());
                for (int c = 0; c < l.size(); c++) {
                    cells.add(l.cellAt(c, cellText(l.cell(c))));
                }
                rows.add(new TableRow(cells, l.position()));
            }
        }
        if (unit == null) {
            unit = t.unitOr(templates.find(m.template().id()).map(Template::unit).orElse(MoneyUnit.WAN_YUAN));
        }
        return new TableReader.Printed(t, number, m.printed(), m.year(), unitName, unit, header, rows, headings, note,
                layout.get(titleLine).position());
    }

    /**
     * The lines of a PDF table without its headings printed again at the top of each further page
     * (上海市普陀区万里街道2023, 表五: "项目 | 一般公共预算支出" … "类 款 项" on pages 21 to 23): a body line
     * on a later page than the headings that reads as one of them is left out.
     */
    static List<LayoutLine> withoutRepeatedHeadings(List<LayoutLine> lines, int bodyFrom) {
        if (bodyFrom <= 0 || bodyFrom >= lines.size()) {
            return lines;
        }
        java.util.Set<String> headings = new java.util.HashSet<>();
        for (LayoutLine l : lines.subList(0, bodyFrom)) {
            headings.add(l.compact());
        }
        int page = lines.get(bodyFrom - 1).page();
        List<LayoutLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            if (i < bodyFrom || l.page() == page || !headings.contains(l.compact())) {
                out.add(l);
            }
        }
        return out.size() == lines.size() ? lines : out;
    }

    /**
     * True when line {@code l} of a PDF starts with the end of a unit's name wrapped in its cell: a
     * few Chinese characters starting at the left edge ({@code edge}) of the cell the name began in,
     * as in 江苏省高级人民法院2019年度部门预算公开.pdf, page 12: "部门名称：江苏省高级人民法", then "院"
     * under its first character, beside "单位：万元". They end as the name of a body does (院, 厅,
     * 局, 中心…); a table's first heading (项目, 科目名称, 合计) does not.
     */
    static boolean endsWrappedName(LayoutLine l, float edge) {
        if (l.size() == 0 || Math.abs(l.cells().get(0).x0() - edge) > 1.5f) {
            return false;
        }
        String t = l.cell(0);
        if (t.isEmpty() || t.length() > 4) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            if (!Character.isIdeographic(t.charAt(k))) {
                return false;
            }
        }
        return Labels.endsABodysName(t.charAt(t.length() - 1));
    }

    /** The labels, as keys, of the lines a template names that are not totals: a row so named is body, never heading. */
    private static java.util.Set<String> itemLabels(TableTemplate t) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (org.gongkai.core.template.BlockTemplate b : t.blocks()) {
            for (org.gongkai.core.template.LineTemplate l : b.lines()) {
                if (l.role() == org.gongkai.core.model.EntryRole.TOTAL) {
                    continue;
                }
                out.add(Labels.key(l.label()));
                for (String a : l.aliases()) {
                    out.add(Labels.key(a));
                }
            }
        }
        out.remove("");
        return out;
    }

    /** "单位名称：X" gives X; null when the cell is not such a line. */
    private static String metaValue(String compact, String... labels) {
        for (String label : labels) {
            int n = label.length();
            if (compact.length() > n && compact.startsWith(label) && (compact.charAt(n) == '：' || compact.charAt(n) == ':')) {
                return compact.substring(n + 1);
            }
        }
        return null;
    }

    /** A cell's text; a number loses its thousands separators ("1,934.61" becomes "1934.61"). */
    static String cellText(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('，') < 0) {
            return s;
        }
        return Money.parseDecimal(s).isPresent() ? s.replace(",", "").replace("，", "") : s;
    }

    private String documentUnit(List<TableReader.Printed> printed) {
        Map<String, Integer> votes = new HashMap<>();
        for (TableReader.Printed p : printed) {
            if (p.unitName() != null && !p.unitName().isBlank()) {
                votes.merge(p.unitName(), 1, Integer::sum);
            }
        }
        String best = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (best != null) {
            return best;
        }
        return MetadataReader.titleBlockUnit(layout);
    }

    private int documentYear(List<TableReader.Printed> printed) {
        Map<Integer, Integer> votes = new HashMap<>();
        for (TableReader.Printed p : printed) {
            if (p.year() != null) {
                votes.merge(p.year(), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseGet(() -> MetadataReader.titleYear(layout));
    }

    /** Parts the 目录 announces that the document lacks; a document that stops early is said to be cut off. */
    private void noteMissingParts(DocumentStructure s, Template template) {
        if (cutMidCharacter) {
            notes.add(ReadNote.of("TRUNCATED", "文件在一个字符的中间结束：文件可能不完整（传输或保存时被截断）", null));
        }
        if (s.toc.isEmpty()) {
            if (s.parts.isEmpty()) {
                notes.add(ReadNote.of("MISSING_PART", "未找到“第一部分”至“第四部分”的标题：本文件可能只含报表", null));
            }
            return;
        }
        // An entry is found as a short line of its own (table rows and running text need not be
        // searched) that is the entry, or ends as the entry does without its numbering. Only lines
        // ending in the last character of some entry are compared.
        int entries = s.toc.size();
        String[] keys = new String[entries];
        String[] bares = new String[entries];
        boolean[] found = new boolean[entries];
        StringBuilder lastChars = new StringBuilder();
        for (int k = 0; k < entries; k++) {
            keys[k] = withoutFullStop(Labels.compact(s.toc.get(k).text())); // "一、主要职能。" is the heading 一、主要职能
            String key = ITEM_BEFORE_YEAR.matcher(keys[k]).replaceFirst(""); // "1.2023年部门…总表": 1. is no decimal point
            bares[k] = Labels.compact(Numbering.strip(TableTitles.numberLine(key) == null ? stripTableNumber(key) : key));
            if (!keys[k].isEmpty()) {
                lastChars.append(keys[k].charAt(keys[k].length() - 1));
            }
            if (!bares[k].isEmpty()) {
                lastChars.append(bares[k].charAt(bares[k].length() - 1));
            }
        }
        String ends = lastChars.toString();
        int lines = layout.size(); // both asked once: the loop passes over nearly every line
        boolean pdf = layout.pdf();
        for (int i = s.tocEnd; i < lines; i++) {
            if (layout.isBlank(i) || (!pdf && layout.isTabular(i))) {
                continue;
            }
            // a heading wrapped before its last few characters: "十一、…培训费支出预算" / "表"
            int next = i + 1 < lines && !layout.isBlank(i + 1) && !layout.isTabular(i + 1)
                    && layout.get(i + 1).text().length() <= 10 ? i + 1 : -1;
            // the compact form's last character read from the line's end: most lines end as no entry does
            int last = Labels.lastCompacted(layout.get(i).text());
            if ((last == Labels.NONE || last != Labels.QUOTE && last != '）' && ends.indexOf(last) < 0) && next < 0) {
                continue;
            }
            String c = layout.get(i).compact();
            if (c.length() <= 80) {
                markFound(c, ends, keys, bares, found);
            }
            // a table's title with its qualifier, which the 目录 may leave out: "财政拨款基本支出预算表（经济科目）"
            String unqualified = withoutQualifier(c);
            if (unqualified != null) {
                markFound(unqualified, ends, keys, bares, found);
            }
            if (next >= 0) {
                String joined = c + layout.get(next).compact();
                if (joined.length() <= 80) {
                    markFound(joined, ends, keys, bares, found);
                }
            }
        }
        List<DocumentStructure.TocEntry> missing = new ArrayList<>();
        int lastFoundIndex = -1;
        for (int k = 0; k < entries; k++) {
            if (found[k]) {
                lastFoundIndex = k;
            } else {
                missing.add(s.toc.get(k));
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        boolean suffix = true;
        for (DocumentStructure.TocEntry e : missing) {
            if (s.toc.indexOf(e) < lastFoundIndex) {
                suffix = false;
                break;
            }
        }
        for (DocumentStructure.TocEntry e : missing) {
            notes.add(ReadNote.of("MISSING_TOC_ENTRY", "目录列出的“" + e.text() + "”在正文中未找到", layout.get(e.line()).position()));
        }
        if (suffix) {
            String last = lastFoundIndex >= 0 ? s.toc.get(lastFoundIndex).text() : "开头";
            notes.add(ReadNote.of("TRUNCATED", "文件在“" + last + "”之后中断：目录所列的后续 " + missing.size()
                    + " 项均未找到，文件可能不完整", null));
        }
    }

    /**
     * Marks the 目录 entries that heading {@code c} (compacted) is: the entry itself, or ending as the
     * entry does without its numbering. Only a heading ending in one of {@code ends} (the entries'
     * last characters) is compared.
     */
    private static void markFound(String c, String ends, String[] keys, String[] bares, boolean[] found) {
        if (c.isEmpty() || ends.indexOf(c.charAt(c.length() - 1)) < 0) {
            return;
        }
        for (int k = 0; k < keys.length; k++) {
            if (!found[k] && (c.equals(keys[k]) || (!bares[k].isEmpty() && c.endsWith(bares[k])))) {
                found[k] = true;
            }
        }
    }

    /** {@code c} without the short bracket it ends with ("…预算表（经济科目）"); null when it ends with none. */
    private static String withoutQualifier(String c) {
        if (c.length() < 4 || c.charAt(c.length() - 1) != '）') {
            return null;
        }
        int open = c.lastIndexOf('（');
        return open > 0 && c.length() - open <= 10 ? c.substring(0, open) : null;
    }

    private static String withoutFullStop(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '。' || s.charAt(end - 1) == '.' || s.charAt(end - 1) == '．')) {
            end--;
        }
        return s.substring(0, end);
    }

    /** An item's number run into the year after it: "1.2023年部门财务收支预算总表". */
    /** A line that only gives a form's year: "（2023年度）". */
    private static final java.util.regex.Pattern YEAR_LINE = java.util.regex.Pattern.compile("[（(]\\d{4}年度?[）)]");
    private static final java.util.regex.Pattern ITEM_BEFORE_YEAR = java.util.regex.Pattern.compile("^[0-9]{1,2}[.．](?=[0-9]{4}年)");
    private static final java.util.regex.Pattern TABLE_NUMBER = java.util.regex.Pattern.compile("^表[一二三四五六七八九十]{1,3}");
    private static final java.util.regex.Pattern LEADING_YEAR = java.util.regex.Pattern.compile("^\\d{4}年度?");

    private static String stripTableNumber(String key) {
        java.util.regex.Matcher m = TABLE_NUMBER.matcher(key);
        String s = m.find() ? key.substring(m.end()) : key;
        return LEADING_YEAR.matcher(s).replaceFirst("");
    }

}
