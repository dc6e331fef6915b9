package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.gongkai.core.model.TableCell;
import org.gongkai.core.model.TableRow;

/**
 * Turns the lines of a PDF table into rows and columns. A PDF has no tabs, only runs of glyphs
 * with their left and right edges, so:
 * <ul>
 * <li>amount columns are the groups of overlapping amount cells (right-aligned, centred or
 * left-aligned alike); label columns are the groups of label cells that start together, a
 * label that overlaps an amount column going to the column on its left;</li>
 * <li>a heading that sits over no body column (a column left blank in every row) makes a
 * column of its own; a heading over several columns belongs to the first. In a ruled table the
 * body's rules settle it: a heading between two neighbouring rules with no column between them
 * heads a blank column, wherever its centre falls ("公务用车购置费" over a blank cell of a single
 * row of figures);</li>
 * <li>a cell wrapped over several lines is one cell again: lines much closer together than the
 * table's rows are one row when they do not put two things in one column, or when the second
 * only continues a label that fills its column;</li>
 * <li>a column's heading is its own heading fragments read top to bottom ("因公出" "国（境）"
 * "费" is 因公出国（境）费), headings spanning several columns left aside.</li>
 * </ul>
 */
final class ColumnSlotter {

    /** The rows and the heading of each column. */
    record Slotted(List<TableRow> header, List<TableRow> body, List<String> headings) {
    }

    /** A rule this close (points) to a heading's edge still counts as its cell's border. */
    private static final float RULE_SLACK = PdfLayoutReader.RULE_SLACK;

    private static final Pattern AMOUNT = Pattern.compile("^[-－]?[0-9][0-9,，]*(\\.[0-9]+)?$");

    private record Column(float x0, float x1, boolean amount) {
        float overlap(float a, float b) {
            return Math.max(0f, Math.min(x1, b) - Math.max(x0, a));
        }
    }

    private ColumnSlotter() {
    }

    static Slotted slot(List<LayoutLine> lines, int bodyFrom, UnaryOperator<String> cellText) {
        List<LayoutLine> head = lines.subList(0, Math.min(bodyFrom, lines.size()));
        List<LayoutLine> body = lines.subList(Math.min(bodyFrom, lines.size()), lines.size());
        Set<LayoutCell> codes = codeCells(body);
        Map<LayoutCell, Integer> at = new IdentityHashMap<>();
        List<Column> columns = columns(head, body, codes, at);

        List<TableRow> header = new ArrayList<>();
        for (LayoutLine l : head) {
            header.add(row(List.of(l), columns, at, cellText));
        }
        List<TableRow> rows = new ArrayList<>();
        float threshold = mergeThreshold(body);
        List<LayoutLine> group = new ArrayList<>();
        Map<Integer, LayoutCell> filled = new HashMap<>();
        for (LayoutLine l : body) {
            if (!group.isEmpty() && !joins(group.get(group.size() - 1), l, threshold, filled, columns, codes, at)) {
                rows.add(row(group, columns, at, cellText));
                group = new ArrayList<>();
                filled = new HashMap<>();
            }
            group.add(l);
            for (LayoutCell c : l.cells()) {
                filled.put(at.get(c), c);
            }
        }
        if (!group.isEmpty()) {
            rows.add(row(group, columns, at, cellText));
        }
        return new Slotted(header, rows, headings(head, columns, at));
    }

    // ---------------------------------------------------------------- columns

    private static boolean isAmount(LayoutCell c, Set<LayoutCell> codes) {
        return !codes.contains(c) && AMOUNT.matcher(c.text()).matches();
    }

    /** Integers that start at one x with different lengths are codes (201, 20131, 2013101), not amounts. */
    private static Set<LayoutCell> codeCells(List<LayoutLine> body) {
        Map<Integer, List<LayoutCell>> byX0 = new HashMap<>();
        for (LayoutLine l : body) {
            for (LayoutCell c : l.cells()) {
                if (c.text().chars().allMatch(Character::isDigit) && c.text().length() >= 3 && c.text().length() <= 9) {
                    byX0.computeIfAbsent(Math.round(c.x0() / 3f), k -> new ArrayList<>()).add(c);
                }
            }
        }
        Set<LayoutCell> codes = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<LayoutCell> group : byX0.values()) {
            Set<Integer> lengths = new HashSet<>();
            group.forEach(c -> lengths.add(c.text().length()));
            if (lengths.size() >= 2) {
                codes.addAll(group);
            }
        }
        return codes;
    }

    /** Labels centred across a column and its neighbour: same centre as another label, different start. */
    private static Set<LayoutCell> centred(List<LayoutCell> labels) {
        Set<LayoutCell> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (LayoutCell a : labels) {
            for (LayoutCell b : labels) {
                if (a != b && Math.abs(a.center() - b.center()) <= 2f && Math.abs(a.x0() - b.x0()) > 5f) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /** The columns, and for every cell the column it belongs to (into {@code at}). */
    private static List<Column> columns(List<LayoutLine> head, List<LayoutLine> body, Set<LayoutCell> codes,
                                        Map<LayoutCell, Integer> at) {
        // amount columns: overlapping amount cells
        List<float[]> spans = new ArrayList<>();
        List<LayoutCell> labelCells = new ArrayList<>();
        for (LayoutLine l : body) {
            for (LayoutCell c : l.cells()) {
                if (isAmount(c, codes)) {
                    spans.add(new float[] {c.x0(), c.x1()});
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        for (float[] s : mergeOverlapping(spans)) {
            columns.add(new Column(s[0], s[1], true));
        }
        List<LayoutCell> nonAmounts = new ArrayList<>();
        for (LayoutLine l : body) {
            for (LayoutCell c : l.cells()) {
                if (!isAmount(c, codes)) {
                    nonAmounts.add(c);
                    if (!overlapsAny(c, columns)) {
                        labelCells.add(c);
                    }
                }
            }
        }
        // label columns: labels grouped by where they start, most common first; centred totals left aside
        Set<LayoutCell> centred = centred(nonAmounts);
        Map<Integer, List<LayoutCell>> starts = new HashMap<>();
        for (LayoutCell c : labelCells) {
            if (!centred.contains(c) && !TableReader.isTotalLabel(Labels.key(c.text()))) {
                starts.computeIfAbsent(Math.round(c.x0() / 3f), k -> new ArrayList<>()).add(c);
            }
        }
        List<List<LayoutCell>> groups = new ArrayList<>(starts.values());
        groups.sort(Comparator.<List<LayoutCell>>comparingInt(List::size).reversed());
        List<Column> labels = new ArrayList<>();
        for (List<LayoutCell> g : groups) {
            float x0 = Float.MAX_VALUE;
            float x1 = 0f;
            for (LayoutCell c : g) {
                x0 = Math.min(x0, c.x0());
                x1 = Math.max(x1, c.x1());
            }
            int into = -1;
            for (int i = 0; i < labels.size(); i++) {
                Column l = labels.get(i);
                float ov = l.overlap(x0, x1);
                if ((x0 >= l.x0() - 3f && x0 <= l.x1()) || ov > 0.5f * Math.min(x1 - x0, l.x1() - l.x0())) {
                    into = i;
                    break;
                }
            }
            if (into < 0) {
                labels.add(new Column(x0, x1, false));
            } else {
                Column l = labels.get(into);
                labels.set(into, new Column(Math.min(l.x0(), x0), Math.max(l.x1(), x1), false));
            }
        }
        columns.addAll(labels);
        // centred labels with no column on their left (group labels centred in their own column) make one
        List<float[]> leftmost = new ArrayList<>();
        for (LayoutCell c : centred) {
            if (!labelCells.contains(c)) {
                continue;
            }
            boolean columnBefore = false;
            for (Column col : columns) {
                columnBefore |= !col.amount() && col.x0() < c.x0();
            }
            if (!columnBefore && !overlapsAny(c, columns)) {
                leftmost.add(new float[] {c.x0(), c.x1()});
            }
        }
        for (float[] x : mergeOverlapping(leftmost)) {
            columns.add(new Column(x[0], x[1], false));
        }
        columns.sort(Comparator.comparingDouble(Column::x0));
        placeBody(body, columns, codes, at);
        // headings: over the column they overlap; else in the column whose ground they stand on,
        // unless that column has a heading of its own already: then over a column left blank in every row
        List<LayoutCell> headCells = new ArrayList<>();
        head.forEach(l -> headCells.addAll(l.cells()));
        // the columns headed by a cell overlapping them, with the lowest line of such a heading
        Map<Integer, Float> headedDownTo = new HashMap<>();
        for (LayoutLine l : head) {
            for (LayoutCell c : l.cells()) {
                for (int i = 0; i < columns.size(); i++) {
                    if (columns.get(i).overlap(c.x0(), c.x1()) > 0f) {
                        headedDownTo.merge(i, l.y(), Math::max);
                    }
                }
            }
        }
        Map<LayoutCell, Float> lineOf = new IdentityHashMap<>();
        head.forEach(l -> l.cells().forEach(c -> lineOf.put(c, l.y())));
        float left = Float.MAX_VALUE;
        float right = 0f;
        for (LayoutLine l : body) {
            for (LayoutCell c : l.cells()) {
                left = Math.min(left, c.x0());
                right = Math.max(right, c.x1());
            }
        }
        Map<Integer, float[]> bodyRules = bodyRules(body);
        List<float[]> lone = new ArrayList<>();
        Map<LayoutCell, Integer> spanning = new IdentityHashMap<>();
        for (LayoutLine l : head) {
            for (LayoutCell c : l.cells()) {
                if (overlapsAny(c, columns)) {
                    continue;
                }
                if (inEmptyRuledCell(c, bodyRules.get(l.page()), columns)) {
                    lone.add(new float[] {c.x0(), c.x1()}); // the borders say so, wherever its centre falls
                    continue;
                }
                int over = centredOver(c, columns, left, right);
                if (over >= 0 && headedBelow(over, lineOf.get(c), headCells, lineOf, columns)
                        && headedBelow(over + 1, lineOf.get(c), headCells, lineOf, columns)) {
                    spanning.put(c, over); // "收入" centred over 项目名称 and 金额
                    continue;
                }
                int k = ground(c, columns);
                // its ground column has a heading of its own on this line or lower: this one heads a blank column
                if (k < 0 || headedDownTo.getOrDefault(k, Float.NEGATIVE_INFINITY) >= lineOf.get(c)) {
                    lone.add(new float[] {c.x0(), c.x1()});
                }
            }
        }
        if (!lone.isEmpty()) {
            for (float[] s : mergeOverlapping(lone)) {
                columns.add(new Column(s[0], s[1], false));
            }
            columns.sort(Comparator.comparingDouble(Column::x0));
            placeBody(body, columns, codes, at);
        }
        for (LayoutCell c : headCells) {
            if (spanning.containsKey(c)) {
                at.put(c, spanning.get(c));
                continue;
            }
            int k = -1;
            for (int i = 0; i < columns.size() && k < 0; i++) {
                if (columns.get(i).overlap(c.x0(), c.x1()) > 0f) {
                    k = i;
                }
            }
            at.put(c, k >= 0 ? k : Math.max(0, ground(c, columns)));
        }
        return columns;
    }

    /**
     * The vertical rules through the body, page by page: for each page, the x positions
     * (ascending, one per border) of the rules running through any of its body lines. A page
     * whose body lines have fewer than three rules is left out: it is not a ruled table.
     */
    private static Map<Integer, float[]> bodyRules(List<LayoutLine> body) {
        Map<Integer, List<Float>> xs = new HashMap<>();
        for (LayoutLine l : body) {
            List<Float> page = xs.computeIfAbsent(l.page(), k -> new ArrayList<>());
            for (float x : l.rules()) {
                page.add(x);
            }
        }
        Map<Integer, float[]> out = new HashMap<>();
        for (Map.Entry<Integer, List<Float>> e : xs.entrySet()) {
            List<Float> sorted = e.getValue();
            sorted.sort(Float::compare);
            float[] borders = new float[sorted.size()];
            int n = 0;
            for (float x : sorted) {
                if (n == 0 || x - borders[n - 1] > RULE_SLACK) {
                    borders[n++] = x; // one border drawn in pieces counts once
                }
            }
            if (n >= 3) {
                out.put(e.getKey(), Arrays.copyOf(borders, n));
            }
        }
        return out;
    }

    /**
     * Whether a heading stands between two neighbouring rules of the body with no column between
     * them: the heading of a ruled column left blank in every row. Example: 公务用车购置费 on page 9
     * of 江苏省政协办公厅2018度部门预算公开表.pdf, between the rules at x = 400.4 and 480.4, above a
     * blank cell of the 三公 row.
     *
     * @param rules the body's rules on the heading's page, or null when the body there is unruled
     */
    private static boolean inEmptyRuledCell(LayoutCell c, float[] rules, List<Column> columns) {
        if (rules == null) {
            return false;
        }
        int i = -1;
        while (i + 1 < rules.length && rules[i + 1] <= c.x0() + RULE_SLACK) {
            i++;
        }
        if (i < 0 || i + 1 >= rules.length || rules[i + 1] < c.x1() - RULE_SLACK) {
            return false; // outside the table, or a rule runs through it (a heading over several cells)
        }
        float from = rules[i];
        float to = rules[i + 1];
        for (Column col : columns) {
            if (col.overlap(from, to) > 0f) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first of two neighbouring columns the cell is centred over (their grounds taken together,
     * the table's edges at the ends): "收入" over 项目名称 and 金额. Otherwise -1.
     */
    private static int centredOver(LayoutCell c, List<Column> columns, float left, float right) {
        for (int i = 0; i + 1 < columns.size(); i++) {
            int j = i + 1;
            float from = i == 0 ? left : (columns.get(i - 1).x1() + columns.get(i).x0()) / 2f;
            float to = j == columns.size() - 1 ? right : (columns.get(j).x1() + columns.get(j + 1).x0()) / 2f;
            if (Math.abs((from + to) / 2f - c.center()) <= 6f) {
                return i;
            }
        }
        return -1;
    }

    /** True when a heading on a line below {@code y} stands over column {@code k} (overlapping it, or on its ground). */
    private static boolean headedBelow(int k, float y, List<LayoutCell> headCells, Map<LayoutCell, Float> lineOf, List<Column> columns) {
        for (LayoutCell h : headCells) {
            if (lineOf.get(h) > y + 2f) {
                boolean over = columns.get(k).overlap(h.x0(), h.x1()) > 0f;
                if (over || (!overlapsAny(h, columns) && ground(h, columns) == k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void placeBody(List<LayoutLine> body, List<Column> columns, Set<LayoutCell> codes, Map<LayoutCell, Integer> at) {
        for (LayoutLine l : body) {
            for (LayoutCell c : l.cells()) {
                at.put(c, bodyColumn(c, columns, codes));
            }
        }
    }

    /** The column whose ground (half way to each neighbour) holds the cell's centre; -1 if none. */
    private static int ground(LayoutCell c, List<Column> columns) {
        float x = c.center();
        for (int i = 0; i < columns.size(); i++) {
            float left = i == 0 ? Float.NEGATIVE_INFINITY : (columns.get(i - 1).x1() + columns.get(i).x0()) / 2f;
            float right = i == columns.size() - 1 ? Float.POSITIVE_INFINITY : (columns.get(i).x1() + columns.get(i + 1).x0()) / 2f;
            if (x >= left && x < right) {
                return i;
            }
        }
        return -1;
    }

    private static boolean overlapsAny(LayoutCell c, List<Column> columns) {
        for (Column col : columns) {
            if (col.overlap(c.x0(), c.x1()) > 0f) {
                return true;
            }
        }
        return false;
    }

    private static List<float[]> mergeOverlapping(List<float[]> spans) {
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        List<float[]> out = new ArrayList<>();
        for (float[] s : spans) {
            if (!out.isEmpty() && s[0] < out.get(out.size() - 1)[1]) {
                float[] last = out.get(out.size() - 1);
                last[1] = Math.max(last[1], s[1]);
            } else {
                out.add(new float[] {s[0], s[1]});
            }
        }
        return out;
    }

    /** A body cell's column: an amount to the amount column it overlaps most; a label to the first it overlaps. */
    private static int bodyColumn(LayoutCell c, List<Column> columns, Set<LayoutCell> codes) {
        boolean amount = isAmount(c, codes);
        int best = -1;
        float most = 0f;
        for (int i = 0; i < columns.size(); i++) {
            float ov = columns.get(i).overlap(c.x0(), c.x1());
            if (ov <= 0f) {
                continue;
            }
            if (!amount) {
                return i;
            }
            if (ov > most) {
                most = ov;
                best = i;
            }
        }
        if (best >= 0) {
            return best;
        }
        // overlaps nothing (a total centred across two columns): the label column starting last before it
        for (int i = columns.size() - 1; i >= 0; i--) {
            if (!columns.get(i).amount() && columns.get(i).x0() <= c.x0() + 3f) {
                return i;
            }
        }
        return Math.max(0, ground(c, columns));
    }

    private static boolean spans(LayoutCell c, List<Column> columns) {
        int n = 0;
        for (Column col : columns) {
            if (col.overlap(c.x0(), c.x1()) > 0f) {
                n++;
            }
        }
        return n > 1;
    }

    // ---------------------------------------------------------------- rows

    /** Lines closer than this are candidates for one row: two thirds of the usual distance between rows. */
    private static float mergeThreshold(List<LayoutLine> body) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < body.size(); i++) {
            LayoutLine a = body.get(i - 1);
            LayoutLine b = body.get(i);
            float g = b.y() - a.y();
            if (a.page() == b.page() && g > 0f && g < 60f) {
                gaps.add(g);
            }
        }
        if (gaps.size() < 2) {
            return 0f;
        }
        gaps.sort(Float::compare);
        return gaps.get(gaps.size() / 2) * 0.66f;
    }

    private static boolean joins(LayoutLine prev, LayoutLine next, float threshold, Map<Integer, LayoutCell> filled,
                                 List<Column> columns, Set<LayoutCell> codes, Map<LayoutCell, Integer> at) {
        if (prev.page() != next.page() || next.y() - prev.y() >= threshold) {
            return false;
        }
        for (LayoutCell c : next.cells()) {
            int k = at.get(c);
            LayoutCell there = filled.get(k);
            if (there == null) {
                continue;
            }
            if (isAmount(c, codes) || isAmount(there, codes)) {
                return false;
            }
            Column col = columns.get(k);
            float charWidth = (there.x1() - there.x0()) / Math.max(1, there.text().length());
            boolean fills = there.x1() >= col.x1() - 1.5f * charWidth;
            boolean startsLeft = c.x0() <= there.x0() + 3f;
            if (!fills || !startsLeft) {
                return false;
            }
        }
        return true;
    }

    private static TableRow row(List<LayoutLine> lines, List<Column> columns, Map<LayoutCell, Integer> at,
                                UnaryOperator<String> cellText) {
        String[] texts = new String[columns.size()];
        for (LayoutLine l : lines) {
            for (LayoutCell c : l.cells()) {
                int k = at.get(c);
                texts[k] = texts[k] == null ? c.text() : texts[k] + c.text();
            }
        }
        LayoutLine first = lines.get(0);
        List<TableCell> cells = new ArrayList<>(columns.size());
        for (int k = 0; k < columns.size(); k++) {
            cells.add(first.cellAt(k, texts[k] == null ? "" : cellText.apply(texts[k])));
        }
        return new TableRow(cells, first.position());
    }

    /**
     * A column's heading: its own fragments read upwards from the lowest, while they follow each
     * other closely ("因公出" "国（境）" "费"); headings over several columns are left aside, and
     * only when a column has nothing else do they stand for it.
     */
    private static List<String> headings(List<LayoutLine> head, List<Column> columns, Map<LayoutCell, Integer> at) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < columns.size(); k++) {
            List<LayoutCell> own = new ArrayList<>();
            List<Float> ys = new ArrayList<>();
            String wide = null;
            for (LayoutLine l : head) {
                for (LayoutCell c : l.cells()) {
                    if (at.get(c) != k) {
                        continue;
                    }
                    if (spans(c, columns)) {
                        wide = c.text();
                    } else {
                        own.add(c);
                        ys.add(l.y());
                    }
                }
            }
            if (own.isEmpty()) {
                out.add(wide == null ? "" : wide);
                continue;
            }
            int from = own.size() - 1;
            while (from > 0 && ys.get(from) - ys.get(from - 1) < 25f) {
                from--;
            }
            StringBuilder b = new StringBuilder();
            for (int i = from; i < own.size(); i++) {
                b.append(own.get(i).text());
            }
            out.add(b.toString());
        }
        return out;
    }
}
