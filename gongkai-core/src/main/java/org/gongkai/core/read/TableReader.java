package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.core.model.ClassificationCode;
import org.gongkai.core.model.ClassificationKind;
import org.gongkai.core.model.Classifications;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.ReadNote;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.model.TableCell;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.template.BlockTemplate;
import org.gongkai.core.template.ColumnTemplate;
import org.gongkai.core.template.LineTemplate;
import org.gongkai.core.template.RowKind;
import org.gongkai.core.template.TableTemplate;

/**
 * Reads one table from its printed rows: separates heading rows from body rows, finds each
 * template column by its heading (falling back to its position), joins wrapped cells and
 * understands every body row as an entry of a block.
 */
final class TableReader {

    /** The printed material of one table, as located in the source. */
    record Printed(TableTemplate table, String number, String title, Integer year, String unitName,
                   MoneyUnit unit, List<TableRow> header, List<TableRow> rows, List<String> headings, String note,
                   SourcePosition position) {
    }

    private final Classifications codes;
    private final List<ReadNote> notes;

    TableReader(Classifications codes, List<ReadNote> notes) {
        this.codes = codes;
        this.notes = notes;
    }

    PublishedTable read(Printed p, String documentUnit, int year) {
        TableTemplate t = p.table();
        List<TableRow> header;
        List<TableRow> body;
        if (p.header() != null) {
            header = p.header();
            // a PDF's rows, each already whole within its ruled cells; labels wrapped past a row's rule are joined here
            body = t.blocks().size() > 1 ? joinWrappedLabels(t, p.rows()) : p.rows();
        } else {
            List<TableRow> rows = p.rows();
            int bodyStart = firstBodyRow(t, rows, documentUnit);
            header = new ArrayList<>(rows.subList(0, bodyStart));
            body = joinWrappedCells(t, new ArrayList<>(rows.subList(bodyStart, rows.size())));
        }
        if (t.blocks().size() > 1 && !header.isEmpty() && !body.isEmpty()) {
            TableRow first = wrappedFirstRow(labelBlocks(t), header.get(header.size() - 1), body.get(0));
            if (first != null) {
                header = new ArrayList<>(header.subList(0, header.size() - 1));
                body = new ArrayList<>(body);
                body.set(0, first);
            }
        }
        List<TableEntry> entries = new ArrayList<>();
        List<BlockTemplate> blocks = t.blocks().size() > 1 ? placed(t.blocks(), body) : t.blocks();
        List<String> headings = p.headings() != null ? p.headings() : deepestHeadings(header);
        for (int b = 0; b < blocks.size(); b++) {
            BlockTemplate block = blocks.get(b);
            int from = block.keyColumn();
            int to = b + 1 < blocks.size() ? blocks.get(b + 1).keyColumn() : Integer.MAX_VALUE;
            int[] columns = positions(block, resolveColumns(block, headings, from, to, year));
            readBlock(t, block, body, columns, p.unit() == null ? MoneyUnit.WAN_YUAN : p.unit(), documentUnit, entries);
        }
        if (blocks.size() > 1) {
            // one block's entries come in row order, one per row at most: only blocks side by side need sorting
            Map<String, Integer> blockOrder = new HashMap<>();
            for (int b = 0; b < blocks.size(); b++) {
                blockOrder.put(blocks.get(b).id(), b);
            }
            entries.sort((x, y) -> x.row() != y.row() ? Integer.compare(x.row(), y.row())
                    : Integer.compare(blockOrder.get(x.block()), blockOrder.get(y.block())));
        }
        return new PublishedTable(t.id(), p.number(), p.title(), p.unitName(), p.unit(), header, body, entries, p.note(), p.position());
    }

    // ---------------------------------------------------------------- header and body

    private int firstBodyRow(TableTemplate t, List<TableRow> rows, String unit) {
        for (int i = 0; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            if (isSerialRow(r)) {
                continue;
            }
            for (BlockTemplate b : t.blocks()) {
                if (startsBody(b, r, unit)) {
                    return i;
                }
            }
        }
        // no row says "body": rows with amounts are the body, the rows before them the heading
        for (int i = 0; i < rows.size(); i++) {
            if (!isSerialRow(rows.get(i)) && hasAmount(rows.get(i))) {
                return i;
            }
        }
        return rows.size();
    }

    private boolean startsBody(BlockTemplate b, TableRow r, String unit) {
        String key = r.text(b.keyColumn());
        String k = Labels.key(key);
        if (isTotalLabel(k)) {
            return true;
        }
        if (key.isEmpty() && b.nameColumn() > b.keyColumn() && isTotalLabel(Labels.key(r.text(b.nameColumn())))) {
            return true; // "\t合计\t9312.90": the total printed under the names, its code cell blank
        }
        return switch (b.rows()) {
            case CODES -> isCode(key);
            case ECONOMIC_NAMES -> codes.departmentEconomic().findByName(k, 1).isPresent()
                    || codes.departmentEconomic().findByName(k, 2).isPresent();
            case LINES, UNITS -> anyLineMatches(b, k) || (b.rows() == RowKind.UNITS && k.equals(Labels.compact(unit)));
            case FUNCTION_CLASSES -> anyLineMatches(b, k) || codes.functional().findByName(k, 1).isPresent();
            case PROJECTS, SINGLE_ROW -> hasAmount(r);
            case OUTLINE -> hasAmount(r) || isTotalLabel(Labels.key(firstLabel(b, r)));
        };
    }

    /** Whether one of the block's fixed lines is {@code k} (a loop: asked of every row before the body). */
    private static boolean anyLineMatches(BlockTemplate b, String k) {
        for (LineTemplate l : b.lines()) {
            if (l.matches(k)) {
                return true;
            }
        }
        return false;
    }

    /** The first non-empty cell among an outline block's label columns. */
    private static String firstLabel(BlockTemplate b, TableRow r) {
        for (int c = b.keyColumn(); c <= Math.max(b.keyColumn(), b.nameColumn()); c++) {
            if (!r.text(c).isEmpty()) {
                return r.text(c);
            }
        }
        return "";
    }

    /**
     * {@code k} without its colons (full-width or not) is 合计, 总计 or 合计数. Read in place, no
     * string made: asked of every body row, nearly all of which fail at their first character.
     */
    static boolean isTotalLabel(String k) {
        int n = k.length();
        int i = skipColons(k, 0);
        if (i == n) {
            return false;
        }
        char first = k.charAt(i);
        if (first != '合' && first != '总') {
            return false;
        }
        i = skipColons(k, i + 1);
        if (i == n || k.charAt(i) != '计') {
            return false;
        }
        i = skipColons(k, i + 1);
        if (i == n) {
            return true; // 合计, 总计
        }
        return first == '合' && k.charAt(i) == '数' && skipColons(k, i + 1) == n;
    }

    /** The first index from {@code i} that is not a colon, full-width or not. */
    private static int skipColons(String k, int i) {
        while (i < k.length() && (k.charAt(i) == '：' || k.charAt(i) == ':')) {
            i++;
        }
        return i;
    }

    private static boolean isCode(String s) {
        if (s.length() < 3 || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A row numbering the columns: 1 2 3 … (or 栏次, 1, 2 …). */
    static boolean isSerialRow(TableRow r) {
        int expect = 1;
        int seen = 0;
        for (TableCell c : r.cells()) {
            String t = c.text();
            if (t.isEmpty() || t.equals("栏次")) {
                continue;
            }
            if (!isNumber(t, expect)) {
                return false;
            }
            expect++;
            seen++;
        }
        return seen >= 3;
    }

    /** {@code t} is {@code n} written in digits (no string made to compare). */
    private static boolean isNumber(String t, int n) {
        int len = t.length();
        if (len == 0 || len > 9) {
            return false;
        }
        int v = 0;
        for (int i = 0; i < len; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9' || (i == 0 && c == '0')) {
                return false;
            }
            v = v * 10 + (c - '0');
        }
        return v == n;
    }

    private static boolean hasAmount(TableRow r) {
        for (TableCell c : r.cells()) {
            String t = c.text();
            if (t.indexOf('.') > 0 && Money.parseDecimal(t).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Joins a row that only continues the previous row's label (a cell wrapped onto the next
     * line: no code, no amount, no numbering) into that row.
     */
    private List<TableRow> joinWrappedCells(TableTemplate t, List<TableRow> body) {
        BlockTemplate first = t.blocks().get(0);
        if (t.blocks().size() > 1) {
            return joinWrappedLabels(t, body);
        }
        if (!(first.rows() == RowKind.CODES || first.rows() == RowKind.PROJECTS || first.rows() == RowKind.ECONOMIC_NAMES)) {
            return body;
        }
        List<TableRow> out = new ArrayList<>(body.size());
        for (TableRow r : body) {
            int labelCol = first.rows() == RowKind.CODES ? first.nameColumn() : first.keyColumn();
            // the label alone on its row is asked first: it rules out nearly every row without reading amounts
            boolean continuation = !out.isEmpty() && onlyCell(r, labelCol) && !hasAnyAmount(r)
                    && (first.rows() != RowKind.CODES || r.text(first.keyColumn()).isEmpty())
                    && Numbering.parse(r.text(labelCol)) == null && !isTotalLabel(Labels.key(r.text(labelCol)));
            if (continuation && first.rows() == RowKind.ECONOMIC_NAMES) {
                continuation = codes.departmentEconomic().findByName(Labels.key(r.text(labelCol))).isEmpty();
            }
            if (continuation) {
                TableRow prev = out.remove(out.size() - 1);
                List<TableCell> cells = new ArrayList<>(prev.cells());
                while (cells.size() <= labelCol) {
                    cells.add(new TableCell("", prev.position().withColumn(cells.size() + 1)));
                }
                TableCell c = cells.get(labelCol);
                cells.set(labelCol, new TableCell(c.text() + r.text(labelCol), c.position()));
                out.add(new TableRow(cells, prev.position()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Blocks side by side (收入 | 支出 in a 收支总表): a row holding only text in the blocks' label
     * columns, no amount, each piece under a label of the row before and none numbered, is the end
     * of those labels wrapped onto the next line ("当年收入" / "小计", "八、社会保障和就" / "业支出"),
     * when the labels then read as the template's lines or the classification's names, or when
     * neither part is one on its own.
     */
    private List<TableRow> joinWrappedLabels(TableTemplate t, List<TableRow> body) {
        Map<Integer, BlockTemplate> byColumn = labelBlocks(t);
        List<TableRow> out = new ArrayList<>(body.size());
        for (TableRow r : body) {
            TableRow prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && continuesLabels(prev, r, byColumn)) {
                List<TableCell> cells = new ArrayList<>(prev.cells());
                for (int c = 0; c < r.cells().size(); c++) {
                    if (!Labels.isBlank(r.text(c))) {
                        TableCell above = cells.get(c);
                        cells.set(c, new TableCell(above.text() + r.text(c), above.position()));
                    }
                }
                out.set(out.size() - 1, new TableRow(cells, prev.position()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The blocks side by side where the body prints them. A block of named lines whose labels are
     * not in its template column, but in a column further right, is read from there: a PDF laid out
     * with a blank column between 收入 and 支出 puts 表四's "一、基本支出" one column on, and read at the
     * template's column the block would take the income's amounts for its labels. Blocks whose
     * labels are where the template says are kept as they are (one row is enough to tell).
     */
    private static List<BlockTemplate> placed(List<BlockTemplate> blocks, List<TableRow> body) {
        List<BlockTemplate> out = null;
        int previous = -1;
        for (int b = 0; b < blocks.size(); b++) {
            BlockTemplate block = blocks.get(b);
            int at = block.keyColumn();
            if (block.rows() == RowKind.LINES && at >= 0 && !labelsIn(block, body, at)) {
                int width = 0;
                for (TableRow r : body) {
                    width = Math.max(width, r.cells().size());
                }
                for (int c = Math.max(previous + 1, 0); c < width; c++) {
                    if (c != at && labelsIn(block, body, c)) {
                        if (out == null) {
                            out = new ArrayList<>(blocks);
                        }
                        int shift = c - at;
                        block = new BlockTemplate(block.id(), block.rows(), c, block.nameColumn() < 0 ? -1 : block.nameColumn() + shift,
                                block.classification(), block.facts(), block.dims(), block.columns(), block.lines());
                        out.set(b, block);
                        break;
                    }
                }
            }
            previous = block.keyColumn();
        }
        return out == null ? blocks : out;
    }

    /** Whether a row of {@code body} has one of the block's line labels in column {@code c}. */
    private static boolean labelsIn(BlockTemplate block, List<TableRow> body, int c) {
        for (TableRow r : body) {
            String text = r.text(c);
            if (!text.isEmpty() && anyLineMatches(block, Labels.key(text))) {
                return true;
            }
        }
        return false;
    }

    /** The blocks of named lines or 功能分类 classes, by the column of their labels. */
    private static Map<Integer, BlockTemplate> labelBlocks(TableTemplate t) {
        Map<Integer, BlockTemplate> byColumn = new HashMap<>();
        for (BlockTemplate b : t.blocks()) {
            if (b.keyColumn() >= 0 && (b.rows() == RowKind.LINES || b.rows() == RowKind.FUNCTION_CLASSES)) {
                byColumn.put(b.keyColumn(), b);
            }
        }
        return byColumn;
    }

    /**
     * The body's first row with the start of its labels put back, when the heading's last row
     * holds only those starts: numbered labels ("一、财政", "一、一般公共服务") whose ends the first
     * row has ("拨款", "支出"), one of them then reading as a line of the template ("一、财政拨款").
     * Null when the heading's last row is a heading.
     */
    private TableRow wrappedFirstRow(Map<Integer, BlockTemplate> byColumn, TableRow lead, TableRow first) {
        boolean known = false;
        List<TableCell> cells = new ArrayList<>(first.cells());
        for (int c = 0; c < lead.cells().size(); c++) {
            String start = lead.text(c);
            if (Labels.isBlank(start)) {
                continue;
            }
            BlockTemplate b = byColumn.get(c);
            String end = first.text(c);
            if (b == null || c >= cells.size() || Numbering.parse(start) == null || Labels.isBlank(end)
                    || Numbering.parse(end) != null || Money.parseDecimal(end).isPresent()) {
                return null;
            }
            known |= isLabel(b, Labels.key(start + end));
            cells.set(c, new TableCell(start + end, lead.cells().get(c).position()));
        }
        return known ? new TableRow(cells, lead.position()) : null;
    }

    private boolean continuesLabels(TableRow prev, TableRow r, Map<Integer, BlockTemplate> byColumn) {
        // text outside the label columns (a figure, most rows) rules the row out before any label is read
        for (int c = 0; c < r.cells().size(); c++) {
            if (!byColumn.containsKey(c) && !Labels.isBlank(r.text(c))) {
                return false;
            }
        }
        boolean any = false;
        for (int c = 0; c < r.cells().size(); c++) {
            String piece = r.text(c);
            if (Labels.isBlank(piece)) {
                continue;
            }
            BlockTemplate b = byColumn.get(c);
            String above = prev.text(c);
            if (Labels.isBlank(above) || Money.parseDecimal(piece).isPresent() || Numbering.parse(piece) != null) {
                return false;
            }
            String pieceKey = Labels.key(piece);
            boolean joins = isLabel(b, Labels.key(above + piece))
                    || !isLabel(b, Labels.key(above)) && !isLabel(b, pieceKey) && !isTotalLabel(pieceKey);
            if (!joins) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** A label the block knows: one of its lines, or (a block of 功能分类 classes) a class's name. */
    private boolean isLabel(BlockTemplate b, String key) {
        for (LineTemplate l : b.lines()) {
            if (l.matches(key)) {
                return true;
            }
        }
        return b.rows() == RowKind.FUNCTION_CLASSES && codes.functional().findByName(key, 1).isPresent();
    }

    private static boolean onlyCell(TableRow r, int col) {
        for (int i = 0; i < r.cells().size(); i++) {
            if (i != col && !Labels.isBlank(r.cells().get(i).text())) {
                return false;
            }
        }
        return !Labels.isBlank(r.text(col));
    }

    private static boolean hasAnyAmount(TableRow r) {
        for (TableCell c : r.cells()) {
            if (Money.parseDecimal(c.text()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds each column of the block by its heading: the deepest heading over a position (headings
     * of merged cells spread over the positions beneath them). A column whose heading is not
     * found keeps the template's position, unless a column found by its heading holds it: every
     * heading is matched before any position is taken, so a column found by heading is never
     * pushed along by one placed by order. Example: 公务用车购置费 not found, 公务用车运行维护费 found
     * at position 4: the first gets no column, not position 4 and the second's figure.
     */
    static Map<String, Integer> resolveColumns(BlockTemplate block, List<String> headings, int from, int to, int year) {
        Map<String, Integer> found = new HashMap<>();
        Set<Integer> taken = new HashSet<>();
        String yearText = Integer.toString(year);
        for (ColumnTemplate c : block.columns()) {
            List<String> wanted = new ArrayList<>(c.headers().size());
            for (String h : c.headers()) {
                wanted.add(Labels.compact(h.indexOf('{') < 0 ? h : h.replace("{year}", yearText))); // most headers name no year
            }
            int at = byHeading(wanted, block, headings, from, to, taken);
            if (at >= 0) {
                found.put(c.id(), at);
                taken.add(at);
            }
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (ColumnTemplate c : block.columns()) {
            Integer at = found.get(c.id());
            if (at == null) {
                // not found by its heading: the template's position, unless another column holds it
                at = taken.contains(c.column()) ? -1 : c.column();
                if (at >= 0) {
                    taken.add(at);
                }
            }
            out.put(c.id(), at);
        }
        return out;
    }

    /** The first position from {@code from} (before {@code to}, not taken) whose heading is one of the column's; -1 if none. */
    private static int byHeading(List<String> wanted, BlockTemplate block, List<String> headings, int from, int to,
                                 Set<Integer> taken) {
        for (int j = Math.max(0, from); j < headings.size() && j < to; j++) {
            if (taken.contains(j) || j == block.keyColumn() || j == block.nameColumn()) {
                continue;
            }
            String heading = headings.get(j);
            if (!heading.isEmpty() && wanted.contains(heading)) {
                return j;
            }
        }
        return -1;
    }

    /** For each position, the deepest heading printed over it. */
    private static List<String> deepestHeadings(List<TableRow> header) {
        List<String> out = new ArrayList<>();
        for (List<String> path : headerPaths(header)) {
            String d = "";
            for (int i = path.size() - 1; i >= 0; i--) {
                if (!path.get(i).isEmpty()) {
                    d = path.get(i);
                    break;
                }
            }
            out.add(d);
        }
        return out;
    }

    private static List<List<String>> headerPaths(List<TableRow> header) {
        List<TableRow> rows = new ArrayList<>();
        for (TableRow r : header) {
            if (!isSerialRow(r)) {
                rows.add(r);
            }
        }
        int width = 0;
        for (TableRow r : rows) {
            width = Math.max(width, r.cells().size());
        }
        List<List<String>> paths = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            paths.add(new ArrayList<>());
        }
        for (int i = 0; i < rows.size(); i++) {
            String carry = "";
            for (int j = 0; j < width; j++) {
                String t = Labels.compact(rows.get(i).text(j));
                if (!t.isEmpty()) {
                    carry = t;
                } else if (i + 1 < rows.size() && below(rows, i, j)) {
                    t = carry; // a merged heading spreads over the headings beneath it
                }
                paths.get(j).add(t);
            }
        }
        return paths;
    }

    private static boolean below(List<TableRow> rows, int i, int j) {
        for (int k = i + 1; k < rows.size(); k++) {
            if (!rows.get(k).text(j).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- entries

    /**
     * The position each of the block's columns is read from, in the order of its columns: looked
     * up once per table, not once per row and column.
     */
    private static int[] positions(BlockTemplate block, Map<String, Integer> columns) {
        List<ColumnTemplate> cs = block.columns();
        int[] out = new int[cs.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = columns.get(cs.get(j).id());
        }
        return out;
    }

    private void readBlock(TableTemplate t, BlockTemplate block, List<TableRow> body, int[] columns,
                           MoneyUnit unit, String documentUnit, List<TableEntry> out) {
        int cursor = 0;
        List<TableEntry> mine = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            TableRow r = body.get(i);
            if (isSerialRow(r)) {
                continue;
            }
            String printed = block.keyColumn() >= 0 ? r.text(block.keyColumn()) : "";
            String k = Labels.key(printed);
            switch (block.rows()) {
                case CODES -> {
                    Map<String, PublishedAmount> amounts = amounts(t, block, r, columns, Map.of(), unit);
                    String name = block.nameColumn() >= 0 ? r.text(block.nameColumn()) : "";
                    if (isTotalLabel(k) || (printed.isEmpty() && isTotalLabel(Labels.key(name)))) {
                        mine.add(new TableEntry(block.id(), "合计", printed.isEmpty() ? name : printed, 0, EntryRole.TOTAL, amounts, i));
                    } else if (isCode(printed)) {
                        int level = block.classification().levelOf(printed);
                        mine.add(new TableEntry(block.id(), printed, name, level, EntryRole.ITEM, amounts, i));
                    } else if (!name.isEmpty() || !printed.isEmpty()) {
                        String label = name.isEmpty() ? printed : name;
                        mine.add(new TableEntry(block.id(), Labels.key(label), label, 0, EntryRole.ITEM, amounts, i));
                    }
                }
                case ECONOMIC_NAMES -> {
                    Map<String, PublishedAmount> amounts = amounts(t, block, r, columns, Map.of(), unit);
                    String gov = block.nameColumn() >= 0 ? r.text(block.nameColumn()) : "";
                    if (isTotalLabel(k)) {
                        mine.add(new TableEntry(block.id(), "合计", printed, 0, EntryRole.TOTAL, amounts, i));
                    } else if (!printed.isEmpty()) {
                        Optional<ClassificationCode> cls = codes.departmentEconomic().findByName(k, 1);
                        if (gov.isEmpty() && cls.isPresent()) {
                            mine.add(new TableEntry(block.id(), cls.get().code(), printed, 1, EntryRole.SUBTOTAL, amounts, i));
                        } else {
                            String dept = codes.departmentEconomic().findByName(k, 2).map(ClassificationCode::code).orElse(k);
                            String govKey = gov.isEmpty() ? "" : Labels.key(gov); // made once, looked up and kept
                            String g = gov.isEmpty() ? "" : codes.governmentEconomic().findByName(govKey, 2)
                                    .map(ClassificationCode::code).orElse(govKey);
                            String key = g.isEmpty() ? dept : dept + "|" + g;
                            String label = gov.isEmpty() ? printed : printed + "|" + gov;
                            mine.add(new TableEntry(block.id(), key, label, 2, EntryRole.ITEM, amounts, i));
                        }
                    }
                }
                case LINES, FUNCTION_CLASSES, UNITS -> {
                    if (printed.isEmpty()) {
                        continue;
                    }
                    int match = matchLine(block.lines(), k, cursor);
                    Map<String, PublishedAmount> amounts = amounts(t, block, r, columns,
                            match >= 0 ? block.lines().get(match).at() : Map.of(), unit);
                    if (match >= 0) {
                        LineTemplate l = block.lines().get(match);
                        cursor = match + 1;
                        mine.add(new TableEntry(block.id(), l.id(), printed, 0, l.role(), amounts, i));
                    } else if (block.rows() == RowKind.FUNCTION_CLASSES) {
                        String code = codes.functional().findByName(k, 1).map(ClassificationCode::code).orElse(k);
                        mine.add(new TableEntry(block.id(), code, printed, 1, EntryRole.ITEM, amounts, i));
                    } else {
                        mine.add(new TableEntry(block.id(), k, printed, 0, EntryRole.ITEM, amounts, i));
                        if (block.rows() == RowKind.LINES) {
                            notes.add(ReadNote.of("UNKNOWN_LINE", t.id() + "《" + t.title() + "》中的行“" + printed + "”不在模板中", r.position()));
                        }
                    }
                }
                case SINGLE_ROW -> {
                    Map<String, PublishedAmount> amounts = amounts(t, block, r, columns, Map.of(), unit);
                    if (!amounts.isEmpty() && mine.isEmpty()) {
                        mine.add(new TableEntry(block.id(), "total", "", 0, EntryRole.ITEM, amounts, i));
                    }
                }
                case OUTLINE -> {
                    Map<String, PublishedAmount> amounts = amounts(t, block, r, columns, Map.of(), unit);
                    String label = firstLabel(block, r);
                    if (label.isEmpty()) {
                        continue;
                    }
                    int level = 1;
                    while (block.keyColumn() + level - 1 < r.cells().size() && r.text(block.keyColumn() + level - 1).isEmpty()) {
                        level++;
                    }
                    String lk = Labels.key(label);
                    EntryRole role = isTotalLabel(lk) ? EntryRole.TOTAL : EntryRole.ITEM;
                    mine.add(new TableEntry(block.id(), role == EntryRole.TOTAL ? "合计" : lk, label, level, role, amounts, i));
                }
                case PROJECTS -> {
                    Map<String, PublishedAmount> amounts = amounts(t, block, r, columns, Map.of(), unit);
                    if (printed.isEmpty() && amounts.isEmpty()) {
                        continue;
                    }
                    EntryRole role = EntryRole.ITEM;
                    int level = 0;
                    if (isTotalLabel(k)) {
                        role = EntryRole.TOTAL;
                    } else if (printed.endsWith("[部门]") || printed.endsWith("【部门】")) {
                        role = EntryRole.SUBTOTAL;
                        level = 1;
                    } else if (k.equals(Labels.compact(documentUnit)) || printed.endsWith("[单位]") || printed.endsWith("【单位】")) {
                        role = EntryRole.SUBTOTAL;
                        level = 2;
                    }
                    mine.add(new TableEntry(block.id(), role == EntryRole.TOTAL ? "合计" : printed, printed, level, role, amounts, i));
                }
            }
        }
        if (block.rows() == RowKind.CODES) {
            mine = markSubtotals(mine);
        } else if (block.rows() == RowKind.OUTLINE) {
            mine = markOutlineSubtotals(mine);
        }
        out.addAll(mine);
    }

    /** Finds the next fixed line matching {@code k}, from {@code cursor}; lines before it not yet matched count too. */
    private static int matchLine(List<LineTemplate> lines, String k, int cursor) {
        for (int j = cursor; j < lines.size(); j++) {
            if (lines.get(j).matches(k)) {
                return j;
            }
        }
        for (int j = 0; j < cursor && j < lines.size(); j++) {
            if (lines.get(j).matches(k)) {
                return j;
            }
        }
        return -1;
    }

    /** A code with codes under it in the same table is a subtotal. */
    private static List<TableEntry> markSubtotals(List<TableEntry> entries) {
        // an entry at the deepest level has nothing deeper to look for: most rows, each of which
        // would otherwise be compared with every other
        int deepest = 0;
        for (TableEntry e : entries) {
            deepest = Math.max(deepest, e.level());
        }
        List<TableEntry> out = new ArrayList<>(entries.size());
        for (TableEntry e : entries) {
            boolean parent = false;
            if (e.level() > 0 && e.level() < deepest) {
                for (TableEntry o : entries) {
                    if (o != e && o.level() > e.level() && o.key().startsWith(e.key())) {
                        parent = true;
                        break;
                    }
                }
            }
            out.add(parent ? new TableEntry(e.block(), e.key(), e.label(), e.level(), EntryRole.SUBTOTAL, e.amounts(), e.row()) : e);
        }
        return out;
    }

    /** An outline row with deeper rows right under it is their subtotal. */
    private static List<TableEntry> markOutlineSubtotals(List<TableEntry> entries) {
        List<TableEntry> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            TableEntry e = entries.get(i);
            boolean parent = e.role() == EntryRole.ITEM && i + 1 < entries.size() && entries.get(i + 1).level() > e.level();
            out.add(parent ? new TableEntry(e.block(), e.key(), e.label(), e.level(), EntryRole.SUBTOTAL, e.amounts(), e.row()) : e);
        }
        return out;
    }

    /**
     * The amounts of row {@code r}, by column id: each column read at its position in
     * {@code columns} (see {@link #positions}), or where a fixed line's {@code at} puts it.
     */
    private Map<String, PublishedAmount> amounts(TableTemplate t, BlockTemplate block, TableRow r, int[] columns,
                                                 Map<String, Integer> at, MoneyUnit unit) {
        Map<String, PublishedAmount> out = new LinkedHashMap<>();
        List<ColumnTemplate> cs = block.columns();
        for (int j = 0; j < cs.size(); j++) {
            ColumnTemplate c = cs.get(j);
            int col = at.isEmpty() ? columns[j] : at.getOrDefault(c.id(), columns[j]);
            if (col < 0 || col >= r.cells().size()) {
                continue;
            }
            TableCell cell = r.cells().get(col);
            String text = cell.text();
            if (text.isEmpty() || isDash(text)) {
                continue;
            }
            Optional<Money> m = Money.parse(text, unit);
            if (m.isPresent()) {
                out.put(c.id(), PublishedAmount.of(m.get(), text, cell.position()));
            } else {
                notes.add(ReadNote.of("UNREADABLE_CELL", t.id() + "《" + t.title() + "》的“" + c.label() + "”列有不是金额的内容：“" + text + "”", cell.position()));
            }
        }
        return out;
    }

    private static boolean isDash(String s) {
        return s.equals("-") || s.equals("—") || s.equals("－") || s.equals("--") || s.equals("——") || s.equals("/");
    }
}
