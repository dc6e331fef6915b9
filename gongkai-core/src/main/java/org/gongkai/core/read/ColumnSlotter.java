package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.gongkai.core.model.TableCell;
import org.gongkai.core.model.TableRow;

/**
 * Puts the cells of a PDF table's lines into columns. A PDF has no tabs: a cell is a run of
 * glyphs with its left and right edges. Columns are the groups of overlapping cell spans of
 * the body rows (amounts are right-aligned, labels left-aligned, so a column's cells overlap);
 * heading cells, which may span several columns, go to the first column they overlap.
 */
final class ColumnSlotter {

    private record Slot(float x0, float x1) {
        boolean overlaps(float a, float b) {
            return a < x1 + 1f && b > x0 - 1f;
        }

        Slot widen(float a, float b) {
            return new Slot(Math.min(x0, a), Math.max(x1, b));
        }
    }

    private ColumnSlotter() {
    }

    /** The rows as table rows, cells at their column index; {@code bodyFrom} is the first body line. */
    static List<TableRow> slot(List<LayoutLine> lines, int bodyFrom, java.util.function.UnaryOperator<String> cellText) {
        List<Slot> slots = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < lines.size(); i++) {
                boolean body = i >= bodyFrom;
                if ((pass == 0) != body) {
                    continue;
                }
                for (LayoutCell c : lines.get(i).cells()) {
                    if (c.isBlank()) {
                        continue;
                    }
                    int hit = -1;
                    for (int s = 0; s < slots.size(); s++) {
                        if (slots.get(s).overlaps(c.x0(), c.x1())) {
                            hit = s;
                            break;
                        }
                    }
                    if (hit < 0) {
                        slots.add(new Slot(c.x0(), c.x1()));
                    } else if (body) {
                        slots.set(hit, slots.get(hit).widen(c.x0(), c.x1()));
                    }
                }
            }
            slots = merge(slots);
        }
        slots.sort(Comparator.comparingDouble(Slot::x0));
        List<TableRow> out = new ArrayList<>(lines.size());
        for (LayoutLine l : lines) {
            String[] texts = new String[slots.size()];
            for (LayoutCell c : l.cells()) {
                if (c.isBlank()) {
                    continue;
                }
                int s = 0;
                while (s < slots.size() && !slots.get(s).overlaps(c.x0(), c.x1())) {
                    s++;
                }
                if (s == slots.size()) {
                    s = nearest(slots, c.center());
                }
                texts[s] = texts[s] == null ? c.text() : texts[s] + c.text();
            }
            List<TableCell> cells = new ArrayList<>(slots.size());
            for (int s = 0; s < slots.size(); s++) {
                cells.add(new TableCell(texts[s] == null ? "" : cellText.apply(texts[s]), l.position(s)));
            }
            out.add(new TableRow(cells, l.position()));
        }
        return out;
    }

    private static List<Slot> merge(List<Slot> slots) {
        List<Slot> sorted = new ArrayList<>(slots);
        sorted.sort(Comparator.comparingDouble(Slot::x0));
        List<Slot> out = new ArrayList<>();
        for (Slot s : sorted) {
            if (!out.isEmpty() && out.get(out.size() - 1).overlaps(s.x0(), s.x1())) {
                out.set(out.size() - 1, out.get(out.size() - 1).widen(s.x0(), s.x1()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static int nearest(List<Slot> slots, float x) {
        int best = 0;
        float d = Float.MAX_VALUE;
        for (int s = 0; s < slots.size(); s++) {
            float dd = Math.abs((slots.get(s).x0() + slots.get(s).x1()) / 2f - x);
            if (dd < d) {
                d = dd;
                best = s;
            }
        }
        return best;
    }
}
