package org.gongkai.core.check.document;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.ClassificationCode;
import org.gongkai.core.model.Classifications;
import org.gongkai.core.model.CodeTree;
import org.gongkai.core.model.Disclosure;

/**
 * No word typed twice: "纳入绩效管理管理的", "采购采购数量", "检验检测检测". A doubled run of two
 * to four characters is a slip unless the characters where the two copies meet make a word the
 * document or the classifications use elsewhere ("体育教育教学" doubles 育教, but 教育 is a word).
 */
@RuleSpec(id = "DOC-010", severity = Severity.WARNING, category = Category.FORMAT,
        title = "无重复字词",
        message = "{place}中“{word}”重复：“{text}”",
        description = "正文、绩效目标表和政府购买服务目录中，同一个二至四字的词连写两遍（“管理管理”“采购采购”）多是录入错误。"
                + "两遍相接处的两个字若在文件别处或政府收支分类科目名称中作为词出现（如“体育教育教学”中的“教育”），不算重复。")
public final class RepeatedWordRule implements Rule {

    private static volatile Set<String> classificationWords;

    @Override
    public void check(Disclosure d, RuleRun run) {
        List<Passages.Passage> passages = Passages.of(d, run).all();
        if (passages.isEmpty()) {
            run.couldNotRun("未读到正文");
            return;
        }
        String undoubled = null;
        for (Passages.Passage p : passages) {
            String t = p.text();
            for (int at = 0; at < t.length(); ) {
                int len = doubledAt(t, at);
                if (len == 0) {
                    at++;
                    continue;
                }
                if (undoubled == null) {
                    StringBuilder all = new StringBuilder();
                    for (Passages.Passage x : passages) {
                        all.append(withoutDoublings(x.text())).append('\n');
                    }
                    undoubled = all.toString();
                }
                String w = t.substring(at, at + len);
                String seam = w.substring(len - 1) + w.charAt(0);
                if (!usedElsewhere(seam, undoubled)) {
                    String place = p.location().section() != null ? p.location().section() : p.location().table();
                    run.report(Severity.WARNING, p.location(), w, w + w, null,
                            "place", place, "word", w, "text", Passages.excerpt(t, at, at + 2 * len));
                }
                at += 2 * len;
            }
        }
    }

    /** The length (2 to 4) of a run of Chinese characters written twice from {@code at}, or 0. */
    private static int doubledAt(String t, int at) {
        char c = t.charAt(at);
        if (c < '\u3400') {
            return 0; // no Chinese character starts here: most of the text, ruled out at once
        }
        int n = t.length();
        for (int len = 2; len <= 4 && at + 2 * len <= n; len++) {
            if (t.charAt(at + len) != c) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < len && same; i++) {
                char x = t.charAt(at + i);
                same = x == t.charAt(at + len + i) && Character.UnicodeScript.of(x) == Character.UnicodeScript.HAN;
            }
            if (same) {
                return len;
            }
        }
        return 0;
    }

    /** The text with each doubling cut out, so that a seam is not found in the doubling itself. */
    private static String withoutDoublings(String t) {
        StringBuilder b = null;
        for (int at = 0; at < t.length(); ) {
            int len = doubledAt(t, at);
            if (len > 0 && b == null) {
                b = new StringBuilder(t.length()).append(t, 0, at);
            }
            if (len > 0) {
                b.append('|');
                at += 2 * len;
            } else {
                if (b != null) {
                    b.append(t.charAt(at));
                }
                at++;
            }
        }
        return b == null ? t : b.toString();
    }

    /** True when {@code seam} is written outside a doubling somewhere in the document or in a classification name. */
    private static boolean usedElsewhere(String seam, String undoubled) {
        return undoubled.contains(seam) || classificationWords().contains(seam);
    }

    /** Every pair of neighbouring characters in the classifications' names. */
    private static Set<String> classificationWords() {
        Set<String> words = classificationWords;
        if (words == null) {
            words = new HashSet<>();
            Classifications c = Classifications.bundled();
            for (CodeTree tree : List.of(c.functional(), c.departmentEconomic(), c.governmentEconomic())) {
                for (ClassificationCode code : tree.codes()) {
                    String n = code.name();
                    for (int i = 0; i + 1 < n.length(); i++) {
                        words.add(n.substring(i, i + 2));
                    }
                }
            }
            words = Set.copyOf(words);
            classificationWords = words;
        }
        return words;
    }
}
