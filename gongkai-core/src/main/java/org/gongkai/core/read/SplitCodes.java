package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.List;

/**
 * A PDF table that prints its classification code in columns of its own, headed 类, 款 and 项
 * ("201 | 05 | 06 | 统计管理", as the Shanghai district budgets do), has its code made one cell
 * again before its columns are worked out: "2010506", as other tables print it. The heading's
 * 类 款 项 become one cell too, over the code column.
 * Example: page 11 of 上海市普陀区万里街道办事处2023年部门预算.pdf.
 */
final class SplitCodes {

    private static final List<String> PARTS = List.of("类", "款", "项");

    private SplitCodes() {
    }

    /** {@code lines} with each code printed in parts joined; the lines themselves when no heading names the parts. */
    static List<LayoutLine> join(List<LayoutLine> lines) {
        int heading = -1;
        int parts = 0;
        for (int i = 0; i < lines.size() && heading < 0; i++) {
            parts = parts(lines.get(i));
            if (parts >= 2) {
                heading = i;
            }
        }
        if (heading < 0) {
            return lines;
        }
        List<LayoutCell> hc = lines.get(heading).cells();
        int first = firstPart(hc);
        float left = hc.get(first).x0() - 12f;
        // a code part starts before the name does: the name column starts well right of the last part
        float right = hc.get(first + parts - 1).x1() + 12f;
        List<LayoutLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            if (i == heading) {
                out.add(replace(l, first, parts, "类款项".substring(0, parts)));
            } else if (i > heading) {
                int n = codeParts(l, left, right, parts);
                out.add(n >= 2 ? replace(l, 0, n, null) : l);
            } else {
                out.add(l);
            }
        }
        return out;
    }

    /** How many of 类 款 项 the line holds as cells of their own, side by side (0 when it is no such heading). */
    private static int parts(LayoutLine l) {
        List<LayoutCell> c = l.cells();
        int first = firstPart(c);
        if (first < 0) {
            return 0;
        }
        int n = 0;
        while (n < PARTS.size() && first + n < c.size() && c.get(first + n).text().strip().equals(PARTS.get(n))) {
            n++;
        }
        return n;
    }

    private static int firstPart(List<LayoutCell> c) {
        for (int i = 0; i < c.size(); i++) {
            if (c.get(i).text().strip().equals(PARTS.get(0))) {
                return i;
            }
        }
        return -1;
    }

    /** How many cells the line starts with that are a code's parts: two or three digits each, between {@code left} and {@code right}. */
    private static int codeParts(LayoutLine l, float left, float right, int max) {
        List<LayoutCell> c = l.cells();
        int n = 0;
        while (n < max && n < c.size() && isPart(c.get(n).text()) && c.get(n).x0() >= left && c.get(n).x1() <= right) {
            n++;
        }
        return n;
    }

    private static boolean isPart(String t) {
        if (t.length() < 2 || t.length() > 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The line with cells {@code from} to {@code from + n} made one: their texts joined, or {@code text}. */
    private static LayoutLine replace(LayoutLine l, int from, int n, String text) {
        List<LayoutCell> c = l.cells();
        StringBuilder joined = new StringBuilder();
        for (int k = from; k < from + n; k++) {
            joined.append(c.get(k).text().strip());
        }
        List<LayoutCell> cells = new ArrayList<>(c.size() - n + 1);
        cells.addAll(c.subList(0, from));
        cells.add(new LayoutCell(text == null ? joined.toString() : text, c.get(from).x0(), c.get(from + n - 1).x1()));
        cells.addAll(c.subList(from + n, c.size()));
        return new LayoutLine(l.page(), l.number(), cells, l.y(), l.rules());
    }
}
