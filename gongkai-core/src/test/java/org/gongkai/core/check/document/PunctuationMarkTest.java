package org.gongkai.core.check.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The scan's test for a mark agrees with the rule's pattern on every character there is. */
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
}
