package org.gongkai.app.search;

import java.util.List;

import org.gongkai.core.write.Markup;

/**
 * Writes a hit's passages as escaped HTML, each match in {@code <mark>}, a long passage cut to a
 * window around its matches with "…" where it was cut, passages joined by " … ".
 * Example: the sentence "2024年度柳林县人力资源和社会保障局预算收入总计…主要原因是上级就业补助资金2023年…"
 * with a match on 就业补助资金 gives "…主要原因是上级<mark>就业补助资金</mark>2023年提前下达资金…".
 */
final class FragmentFormatter {

    /** Characters shown before the first match of a long passage. */
    static final int BEFORE = 40;
    /** The longest passage shown whole; longer ones are cut. */
    static final int LONGEST = 160;

    private FragmentFormatter() {
    }

    /** The fragment of {@code passages} (in the order of the text) of {@code content}; null when none has a match. */
    static String format(List<PassageFinder.Passage> passages, String content) {
        StringBuilder b = new StringBuilder();
        for (PassageFinder.Passage p : passages) {
            if (p.matchStarts().length == 0) {
                continue;
            }
            if (!b.isEmpty()) {
                b.append(" … ");
            }
            int start = p.start();
            int end = p.end();
            // a passage may end with the separator between values: it is not shown
            while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
                end--;
            }
            int from = start;
            int to = end;
            if (end - start > LONGEST) {
                from = Math.max(start, p.matchStarts()[0] - BEFORE);
                to = Math.min(end, from + LONGEST);
            }
            if (from > start) {
                b.append('…');
            }
            int pos = from;
            int[] starts = p.matchStarts();
            int[] ends = p.matchEnds();
            for (int i = 0; i < p.matchStarts().length; i++) {
                int s = Math.max(starts[i], pos);
                int e = ends[i];
                // overlapping matches (pairs of characters) are one mark
                while (i + 1 < p.matchStarts().length && starts[i + 1] <= e) {
                    e = Math.max(e, ends[++i]);
                }
                e = Math.min(e, to);
                if (s >= to) {
                    break;
                }
                if (e <= s) {
                    continue;
                }
                Markup.esc(b, content.substring(pos, s));
                b.append("<mark>");
                Markup.esc(b, content.substring(s, e)).append("</mark>");
                pos = e;
            }
            Markup.esc(b, content.substring(pos, to));
            if (to < end) {
                b.append('…');
            }
        }
        return b.isEmpty() ? null : b.toString();
    }
}
