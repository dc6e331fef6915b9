package org.gongkai.core.check.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The doubled-word scan with its quick test first finds what trying every length finds, at every position. */
class DoubledWordTest {

    /** The scan the quick test stands in front of: every length from 2 to 4, tried in turn. */
    private static int everyLength(char[] t, int at) {
        for (int len = 2; len <= 4 && at + 2 * len <= t.length; len++) {
            boolean same = true;
            for (int i = 0; i < len && same; i++) {
                char x = t[at + i];
                same = x == t[at + len + i] && x >= '\u3400' && (x <= '\u4DBF' || x >= '\u4E00' && x <= '\u9FFF' || x >= '\uF900' && x <= '\uFAFF');
            }
            if (same) {
                return len;
            }
        }
        return 0;
    }

    @Property(tries = 3000)
    void sameAsTryingEveryLength(@ForAll("texts") String text) {
        char[] t = text.toCharArray();
        for (int at = 0; at < t.length; at++) {
            assertThat(RepeatedWordRule.doubledAt(t, at)).as("at %d of %s", at, text).isEqualTo(everyLength(t, at));
        }
    }

    @Property(tries = 2000)
    void candidatesSkipNoDoubling(@ForAll("longTexts") String text) {
        char[] t = text.toCharArray();
        int end = t.length - 8;
        for (int from = 0; from < end; from++) {
            int next = RepeatedWordRule.nextCandidate(t, from, end);
            for (int at = from; at < next; at++) {
                assertThat(everyLength(t, at)).as("at %d of %s", at, text).isZero();
            }
            assertThat(next).isBetween(from, end);
        }
    }

    @Property(tries = 2000)
    void seamsWrittenElsewhereAsSearchingFindsThem(@ForAll("longTexts") String text, @ForAll("seams") java.util.Set<String> seams) {
        char[] t = text.toCharArray();
        java.util.List<int[]> doublings = new java.util.ArrayList<>();
        for (int at = 0; at < t.length; ) {
            int len = everyLength(t, at);
            if (len == 0) {
                at++;
            } else {
                doublings.add(new int[] {at, len});
                at += 2 * len;
            }
        }
        java.util.Set<String> expected = new java.util.HashSet<>();
        for (String seam : seams) {
            for (int i = text.indexOf(seam); i >= 0; i = text.indexOf(seam, i + 1)) {
                if (!inside(i, doublings) && !inside(i + 1, doublings)) {
                    expected.add(seam);
                }
            }
        }
        assertThat(RepeatedWordRule.writtenElsewhere(t, seams, doublings)).isEqualTo(expected);
    }

    private static boolean inside(int offset, java.util.List<int[]> doublings) {
        return doublings.stream().anyMatch(d -> offset >= d[0] && offset < d[0] + 2 * d[1]);
    }

    @Provide
    Arbitrary<String> longTexts() {
        return Arbitraries.strings().withChars("管理采购a。\u0000").ofMaxLength(40);
    }

    @Provide
    Arbitrary<java.util.Set<String>> seams() {
        return Arbitraries.strings().withChars("管理采购a").ofLength(2).set().ofMaxSize(6);
    }

    /** Few distinct characters, so that doublings of every length, near the end too, are common. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("管理采购a。\u0000\u3400\u4DBF\u9FFF\uF900\uFB00").ofMaxLength(14);
    }

    @Test
    void doublings() {
        assertThat(RepeatedWordRule.doubledAt("纳入绩效管理管理的".toCharArray(), 4)).isEqualTo(2);
        assertThat(RepeatedWordRule.doubledAt("检验检测检测".toCharArray(), 2)).isEqualTo(2);
        assertThat(RepeatedWordRule.doubledAt("体育教育教学".toCharArray(), 1)).isEqualTo(2);
        assertThat(RepeatedWordRule.doubledAt("政府采购政府采购".toCharArray(), 0)).isEqualTo(4);
        assertThat(RepeatedWordRule.doubledAt("管理abab".toCharArray(), 2)).isZero();
    }
}
