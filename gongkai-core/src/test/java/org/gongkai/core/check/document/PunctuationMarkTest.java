package org.gongkai.core.check.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The doubled-mark scan: its test for a mark, and its search from mark to mark, against the plain ways. */
class PunctuationMarkTest {

    @Test
    void everyCharacter() {
        Pattern mark = Pattern.compile("[。，、；：！？,;]");
        int marks = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean expected = mark.matcher(String.valueOf((char) c)).matches();
            assertThat(PunctuationRule.isMark((char) c)).as("U+%04X", c).isEqualTo(expected);
            marks += expected ? 1 : 0;
        }
        assertThat(marks).isEqualTo(9);
    }

    /** The scan the search stands in for: each character in turn, remembering the last mark if only spaces followed it. */
    private static int everyCharacter(char[] c, int from) {
        int last = -1;
        for (int i = from; i < c.length; i++) {
            char x = c[i];
            if (PunctuationRule.isMark(x)) {
                if (last >= 0) {
                    return i;
                }
                last = i;
            } else if (x == Passages.SEPARATOR || !Character.isWhitespace(x)) {
                last = -1;
            }
        }
        return c.length;
    }

    @Property(tries = 3000)
    void sameAsLookingAtEveryCharacter(@ForAll("texts") String text) {
        char[] c = text.toCharArray();
        for (int from = 0; from <= c.length; from++) {
            assertThat(PunctuationRule.nextDoubled(c, from)).as("from %d of %s", from, text).isEqualTo(everyCharacter(c, from));
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("。，、；：！？,;管a1 \u3000\t\u0000（\uFF02\u3003").ofMaxLength(20);
    }
}
