package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laying out UTF-8 bytes in one pass gives the lines that decoding them first and laying out the
 * characters gives; bytes that are not UTF-8 are refused, so the caller can try GB18030.
 */
class TextLayoutReaderTest {

    @Property(tries = 500)
    void onePassOverTheBytesLaysOutWhatTheCharactersDo(@ForAll("texts") String text) throws Exception {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        List<LayoutLine> fromBytes = TextLayoutReader.readUtf8(utf8, 0, utf8.length).lines();
        List<LayoutLine> fromChars = TextLayoutReader.read(text).lines();
        assertThat(fromBytes).isEqualTo(fromChars);
    }

    @Provide
    Arbitrary<String> texts() {
        // tabs, every line end, the spaces that are trimmed, 2-, 3- and 4-byte characters
        return Arbitraries.of('\t', '\n', '\r', ' ', '\u3000', '\u00A0', '\f', '\u200B', '\uFEFF', '2', '.', 'a', 'é', '行', '政', '“',
                "\uD83D\uDE00".charAt(0)).list().ofMaxSize(60)
                .map(cs -> {
                    StringBuilder b = new StringBuilder();
                    for (char c : cs) {
                        b.append(c == '\uD83D' ? "\uD83D\uDE00" : String.valueOf(c)); // a whole surrogate pair
                    }
                    return b.toString();
                })
                // a leading U+FEFF is the byte-order mark: TextDecoder takes it off the bytes before they are laid out
                .filter(t -> !t.startsWith("\uFEFF"));
    }

    /** Lines longer than the scratch buffer's first size (4,096 characters), which grows as it fills. */
    @Property(tries = 40)
    void longLinesAsWell(@ForAll("texts") String text, @ForAll @net.jqwik.api.constraints.IntRange(min = 80, max = 400) int times) throws Exception {
        String line = text.replace('\n', '行').replace('\r', '政').repeat(times);
        String twoLines = line + "\n" + line;
        byte[] utf8 = twoLines.getBytes(StandardCharsets.UTF_8);
        assertThat(TextLayoutReader.readUtf8(utf8, 0, utf8.length).lines()).isEqualTo(TextLayoutReader.read(twoLines).lines());
    }

    /** Bytes are refused exactly when the JDK's strict UTF-8 decoder refuses them, and read as it reads them otherwise. */
    @Property(tries = 3000)
    void refusedExactlyWhenNotUtf8(@ForAll("pieces") List<byte[]> pieces) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : pieces) {
            out.write(p);
        }
        byte[] bytes = out.toByteArray();
        String strict;
        try {
            strict = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            strict = null;
        }
        if (strict == null) {
            assertThatThrownBy(() -> TextLayoutReader.readUtf8(bytes, 0, bytes.length)).isInstanceOf(TextLayoutReader.NotUtf8.class);
        } else {
            assertThat(TextLayoutReader.readUtf8(bytes, 0, bytes.length).lines()).isEqualTo(TextLayoutReader.read(strict).lines());
        }
    }

    /** Whole characters of every length, and the bytes that make them wrong: lone continuations, overlong forms, surrogates, cut sequences. */
    @Provide
    Arbitrary<List<byte[]>> pieces() {
        return Arbitraries.of(
                bytes(0x41), bytes(0x09), bytes(0x0A), bytes(0xC3, 0xA9), bytes(0xE8, 0xA1, 0x8C), bytes(0xE0, 0xA4, 0x80),
                bytes(0xEF, 0xBF, 0xBD), bytes(0xED, 0x9F, 0xBF), bytes(0xEE, 0x80, 0x80), bytes(0xF0, 0x9F, 0x98, 0x80),
                bytes(0x80), bytes(0xBF), bytes(0xC0, 0xAF), bytes(0xC1, 0xBF), bytes(0xE0, 0x80, 0xAF), bytes(0xE0, 0x9F, 0xBF),
                bytes(0xED, 0xA0, 0x80), bytes(0xED, 0xBF, 0xBF), bytes(0xE8, 0xA1), bytes(0xE8), bytes(0xE8, 0x41, 0x8C),
                bytes(0xE8, 0xA1, 0xC3), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF5, 0x80, 0x80, 0x80), bytes(0xFF))
                .list().ofMaxSize(12);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void aTableRowIsCutAtItsTabsAndTrimmed() throws Exception {
        byte[] row = "2080101\t 行政运行\u3000\t134.97\r\n\n末行".getBytes(StandardCharsets.UTF_8);
        List<LayoutLine> lines = TextLayoutReader.readUtf8(row, 0, row.length).lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).cell(1)).isEqualTo("行政运行");
        assertThat(lines.get(0).size()).isEqualTo(3);
        assertThat(lines.get(1).isBlank()).isTrue();
        assertThat(lines.get(2).number()).isEqualTo(3);
        assertThat(lines.get(2).text()).isEqualTo("末行");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] gbk = "行政运行".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThatThrownBy(() -> TextLayoutReader.readUtf8(gbk, 0, gbk.length)).isInstanceOf(TextLayoutReader.NotUtf8.class);
        byte[] overlong = {'a', (byte) 0xC0, (byte) 0xAF};
        assertThatThrownBy(() -> TextLayoutReader.readUtf8(overlong, 0, overlong.length)).isInstanceOf(TextLayoutReader.NotUtf8.class);
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertThatThrownBy(() -> TextLayoutReader.readUtf8(surrogate, 0, surrogate.length)).isInstanceOf(TextLayoutReader.NotUtf8.class);
    }
}
