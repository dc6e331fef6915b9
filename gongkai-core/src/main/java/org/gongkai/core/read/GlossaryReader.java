package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.model.GlossaryEntry;

/**
 * Reads 第四部分 名词解释: numbered terms, each "term：definition" or "term是指…"; a definition on
 * the paragraphs after its term ("六、财政专户管理资金：" / "专指教育收费…") is joined to it.
 */
final class GlossaryReader {

    private GlossaryReader() {
    }

    static List<GlossaryEntry> read(Layout layout, int from, int to) {
        List<GlossaryEntry> out = new ArrayList<>();
        int level = 0; // the terms' numbering: 一、 in most documents, （一）、 in the Shanghai ones
        for (Paragraphs.Lines p : Paragraphs.of(layout, from, to)) {
            Numbering.Prefix n = Numbering.parse(p.text());
            if (level == 0 && n != null && n.level() <= 2) {
                level = n.level();
            }
            if (n != null && n.level() == level) {
                String rest = n.rest().startsWith("、") ? n.rest().substring(1) : n.rest(); // "（一）、基本支出预算：…"
                String term;
                String definition;
                int colon = firstOf(rest, '：', ':');
                int is = indexOfAny(rest, "是指", "是对", "指");
                if (colon > 0 && (is < 0 || colon <= is + 2)) {
                    term = rest.substring(0, colon).strip();
                    definition = rest.substring(colon + 1).strip();
                } else if (is > 0) {
                    term = rest.substring(0, is).strip();
                    definition = rest.substring(is).strip();
                } else {
                    term = rest.strip();
                    definition = "";
                }
                out.add(new GlossaryEntry(Numbering.toChinese(n.number()), term, definition, p.position()));
            } else if (!out.isEmpty()) {
                GlossaryEntry last = out.remove(out.size() - 1);
                String d = last.definition().isEmpty() ? p.text() : last.definition() + "\n" + p.text();
                out.add(new GlossaryEntry(last.number(), last.term(), d, last.position()));
            }
        }
        return out;
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static int indexOfAny(String s, String... words) {
        int best = -1;
        for (String w : words) {
            int i = s.indexOf(w);
            if (i > 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
