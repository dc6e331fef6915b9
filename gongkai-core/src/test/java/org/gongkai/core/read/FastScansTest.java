package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The quick tests the readers ask of every cell give what the plain ways they replaced gave:
 * {@link Labels#compact} and its character test, {@link Labels#isBlank}, {@link Labels#lastCompacted},
 * {@link Labels#compactEndsWith} and {@link TableReader#isTotalLabel}.
 */
class FastScansTest {

    /** The characters compacting changes, as the switch it replaced listed them. */
    private static boolean compactedBefore(char c) {
        return switch (c) {
            case ' ', '\u3000', '\u00A0', '\t', '(', ')', '"', '〔', '[', '〕', ']' -> true;
            default -> false;
        };
    }

    /** isTotalLabel as it was: the label without colons compared whole. */
    private static boolean totalBefore(String k) {
        k = k.replace("：", "").replace(":", "");
        return k.equals("合计") || k.equals("总计") || k.equals("合计数");
    }

    /** Labels.compact as it was, with a StringBuilder. */
    private static String compactBefore(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case ' ', '\u3000', '\u00A0', '\t' -> {
                }
                case '(' -> b.append('（');
                case ')' -> b.append('）');
                case '"' -> {
                    int open = 0;
                    for (int k = 0; k < b.length(); k++) {
                        open += b.charAt(k) == '“' ? 1 : b.charAt(k) == '”' ? -1 : 0;
                    }
                    b.append(open <= 0 ? '“' : '”');
                }
                case '〔', '[' -> b.append('【');
                case '〕', ']' -> b.append('】');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    @Property(tries = 5000)
    void compactAsBefore(@ForAll("printed") String s) {
        assertThat(Labels.compact(s)).isEqualTo(compactBefore(s));
    }

    @Property(tries = 2000)
    void compactAsBeforeOnAnyText(@ForAll String s) {
        assertThat(Labels.compact(s)).isEqualTo(compactBefore(s));
    }

    @Test
    void aStraightQuoteAfterCurlyOnesAsBefore() {
        // the case that caught compacting in place asking for the quote after moving on
        assertThat(Labels.compact(" ”“\"")).isEqualTo(compactBefore(" ”“\"")).isEqualTo("”““");
        assertThat(Labels.compact("说 \"好\" (一)")).isEqualTo("说“好”（一）");
    }

    @Test
    void everyCharacterIsTestedAsTheSwitchDid() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertThat(Labels.compacts((char) c)).as("U+%04X", c).isEqualTo(compactedBefore((char) c));
        }
    }

    @Test
    void everyCharacterIsBlankAsStringSaysAlone() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            String s = String.valueOf((char) c);
            assertThat(Labels.isBlank(s)).as("U+%04X", c).isEqualTo(s.isBlank());
            assertThat(Labels.isBlank(s + "x")).as("U+%04X then x", c).isEqualTo((s + "x").isBlank());
            assertThat(Labels.isBlank(s + " ")).as("U+%04X then space", c).isEqualTo((s + " ").isBlank());
        }
        assertThat(Labels.isBlank("")).isTrue();
    }

    @Property(tries = 3000)
    void blankAsStringSays(@ForAll("cells") String s) {
        assertThat(Labels.isBlank(s)).isEqualTo(s.isBlank());
    }

    @Property(tries = 3000)
    void totalLabelAsBefore(@ForAll("labels") String k) {
        assertThat(TableReader.isTotalLabel(k)).isEqualTo(totalBefore(k));
    }

    @Property(tries = 3000)
    void lastCompactedAsCompactEnds(@ForAll("printed") String s) {
        String c = Labels.compact(s);
        int last = Labels.lastCompacted(s);
        if (c.isEmpty()) {
            assertThat(last).isEqualTo(Labels.NONE);
        } else if (last == Labels.QUOTE) {
            assertThat(c.charAt(c.length() - 1)).isIn('“', '”');
        } else {
            assertThat(last).isEqualTo((int) c.charAt(c.length() - 1));
        }
    }

    @Property(tries = 3000)
    void compactEndsWithAsCompactDoes(@ForAll("printed") String s) {
        assertThat(Labels.compactEndsWith(s, "文件")).isEqualTo(Labels.compact(s).endsWith("文件"));
        assertThat(Labels.compactEndsWith(s, "件")).isEqualTo(Labels.compact(s).endsWith("件"));
    }

    @Provide
    Arbitrary<String> printed() {
        return Arbitraries.strings().withChars(" \u3000\u00A0\t()\"[]〔〕【“”文件xA1").ofMaxLength(8);
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.strings().withChars(" \t\u3000\u00A0\u2000\u1680\u2028\u200B\u000B\u001Cx合1").ofMaxLength(6);
    }

    @Provide
    Arbitrary<String> labels() {
        return Arbitraries.strings().withChars("合总计数：:x 小").ofMaxLength(6);
    }

    @Test
    void printedTotals() {
        assertThat(TableReader.isTotalLabel("合计")).isTrue();
        assertThat(TableReader.isTotalLabel("总计：")).isTrue();
        assertThat(TableReader.isTotalLabel("合：计数")).isTrue();
        assertThat(TableReader.isTotalLabel("总计数")).isFalse();
        assertThat(TableReader.isTotalLabel("合计合计")).isFalse();
        assertThat(TableReader.isTotalLabel("：")).isFalse();
    }
}
