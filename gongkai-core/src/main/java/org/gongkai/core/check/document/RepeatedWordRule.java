package org.gongkai.core.check.document;

import java.util.ArrayList;
import java.util.Arrays;
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
        Passages passages = Passages.of(d, run);
        if (passages.count() == 0) {
            run.couldNotRun("未读到正文");
            return;
        }
        Passages.Joined all = passages.joined();
        char[] c = all.chars();
        List<int[]> doublings = new ArrayList<>(); // {at, length of the word}
        int end = c.length - 8; // before it, every position has its next eight characters
        for (int at = 0; at < c.length; ) {
            if (at < end) {
                at = nextCandidate(c, at, end);
            }
            int len = doubledAt(c, at);
            if (len == 0) {
                at++;
            } else {
                doublings.add(new int[] {at, len});
                at += 2 * len;
            }
        }
        if (doublings.isEmpty()) {
            return;
        }
        Set<String> seams = new HashSet<>(); // the seams no classification name explains
        for (int[] doubling : doublings) {
            String seam = seam(c, doubling);
            if (!classificationWords().contains(seam)) {
                seams.add(seam);
            }
        }
        Set<String> elsewhere = writtenElsewhere(c, seams, doublings);
        for (int[] doubling : doublings) {
            int at = doubling[0];
            int len = doubling[1];
            String seam = seam(c, doubling);
            if (!seams.contains(seam) || elsewhere.contains(seam)) {
                continue;
            }
            String w = new String(c, at, len);
            int pi = all.passageAt(at);
            Passages.Passage p = passages.passage(pi);
            int local = at - all.starts()[pi];
            String place = p.location().section() != null ? p.location().section() : p.location().table();
            run.report(Severity.WARNING, p.location(), w, w + w, null,
                    "place", place, "word", w, "text", Passages.excerpt(p.text(), local, local + 2 * len));
        }
    }

    /** Where the two copies of a doubled word meet: its last character, then its first ("管理管理" gives 理管). */
    private static String seam(char[] t, int[] doubling) {
        int at = doubling[0];
        int len = doubling[1];
        return String.valueOf(new char[] {t[at + len - 1], t[at]});
    }

    /**
     * The length (2 to 4) of a run of Chinese characters written twice from {@code at}, or 0. A
     * doubled word of length n has the character at {@code at} again n places on, so a position
     * whose character does not come back 2, 3 or 4 places on is ruled out by three comparisons
     * ({@link #nextCandidate} makes them for a whole run of positions).
     */
    static int doubledAt(char[] t, int at) {
        char c = t[at];
        if (c < '\u3400') {
            return 0; // no Chinese character starts here: most of the text, ruled out at once
        }
        int n = t.length;
        if (at + 8 <= n && t[at + 2] != c && t[at + 3] != c && t[at + 4] != c) {
            return 0;
        }
        for (int len = 2; len <= 4 && at + 2 * len <= n; len++) {
            if (t[at + len] != c) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < len && same; i++) {
                char x = t[at + i];
                same = x == t[at + len + i] && isHan(x);
            }
            if (same) {
                return len;
            }
        }
        return 0;
    }

    /**
     * The first position from {@code from} on, before {@code end}, whose Chinese character comes
     * back 2, 3 or 4 places on ({@link #doubledAt} finds nothing anywhere else), or {@code end}. A
     * counted loop of comparisons, which the JIT compiles without a bounds check per character.
     */
    static int nextCandidate(char[] t, int from, int end) {
        for (int at = from; at < end; at++) {
            int x = t[at];
            // by arithmetic, one branch rarely taken: (v - 1) >>> 31 is 1 when v is 0, (0x33FF - x) >>> 31 when x ≥ U+3400
            int again = (((t[at + 2] ^ x) - 1) | ((t[at + 3] ^ x) - 1) | ((t[at + 4] ^ x) - 1)) >>> 31;
            int chinese = (0x33FF - x) >>> 31;
            if ((again & chinese) != 0) {
                return at;
            }
        }
        return end;
    }

    /** A Chinese character (the CJK unified ideographs and their extension A, the compatibility ideographs). */
    private static boolean isHan(char x) {
        return (x >= '\u3400' && x <= '\u4DBF') || (x >= '\u4E00' && x <= '\u9FFF') || (x >= '\uF900' && x <= '\uFAFF');
    }

    /**
     * The seams written in the text outside every doubling (the doublings themselves do not
     * count: "管理管理" holds 理管), found in one pass over the characters for all seams at once.
     * Each pair of neighbouring characters is first tested against a filter of 1,024 bits set by
     * the seams' pairs, which rules out almost every position with no branch taken; a pair that
     * passes is looked up among the seams, kept as sorted numbers (first character, second).
     */
    static Set<String> writtenElsewhere(char[] t, Set<String> seams, List<int[]> doublings) {
        Set<String> found = new HashSet<>();
        if (seams.isEmpty()) {
            return found;
        }
        long[] filter = new long[16];
        int[] pairs = new int[seams.size()];
        int k = 0;
        for (String seam : seams) {
            int h = filterBit(seam.charAt(0), seam.charAt(1));
            filter[h >>> 6] |= 1L << h;
            pairs[k++] = pair(seam.charAt(0), seam.charAt(1));
        }
        Arrays.sort(pairs);
        boolean[] seen = new boolean[pairs.length];
        int left = pairs.length;
        for (int i = 0; i + 1 < t.length && left > 0; i++) {
            int h = filterBit(t[i], t[i + 1]);
            if ((filter[h >>> 6] & 1L << h) == 0) {
                continue;
            }
            int s = Arrays.binarySearch(pairs, pair(t[i], t[i + 1]));
            if (s >= 0 && !seen[s] && !inside(i, doublings) && !inside(i + 1, doublings)) {
                seen[s] = true;
                left--;
                found.add(String.valueOf(new char[] {t[i], t[i + 1]}));
            }
        }
        return found;
    }

    /** A pair's bit in the filter of {@link #writtenElsewhere} (0 to 1,023). */
    private static int filterBit(char first, char second) {
        return (first * 31 + second) & 1023;
    }

    /** Two characters as one number, ordered as the pair is. */
    private static int pair(char first, char second) {
        return first << 16 | second;
    }

    private static boolean inside(int offset, List<int[]> doublings) {
        for (int[] d : doublings) {
            if (offset >= d[0] && offset < d[0] + 2 * d[1]) {
                return true;
            }
        }
        return false;
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
