package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.write.DisclosureJsonWriter;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

/**
 * The reference document saved the ways real files come: GB18030, a UTF-8 byte-order mark, CRLF
 * line ends, thousands separators in the tables. Each reads into the identical model; only the
 * description of the file read (its encoding, size and digest) differs.
 */
class EncodingVariantsTest {

    private static final DisclosureReader READER = DisclosureReader.withBundledTemplates();

    private static String model(Disclosure d) {
        ObjectNode json = DisclosureJsonWriter.toJson(d);
        json.remove("source");
        return json.toString();
    }

    private static Disclosure read(byte[] bytes) throws Exception {
        return READER.read(bytes, "variant.txt");
    }

    private final String seed = SharedFixtures.seedText();
    private final String expected = model(SharedFixtures.seed());

    @Test
    void gb18030() throws Exception {
        Disclosure d = read(seed.getBytes(Charset.forName("GB18030")));
        assertThat(d.source().encoding()).isEqualTo("GB18030");
        assertThat(model(d)).isEqualTo(expected);
    }

    @Test
    void gbkIsReadAsGb18030() throws Exception {
        Disclosure d = read(seed.getBytes(Charset.forName("GBK")));
        assertThat(d.source().encoding()).isEqualTo("GB18030");
        assertThat(model(d)).isEqualTo(expected);
    }

    @Test
    void utf8WithByteOrderMark() throws Exception {
        byte[] body = seed.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Disclosure d = read(bytes);
        assertThat(d.source().encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(model(d)).isEqualTo(expected);
    }

    @Test
    void crlfLineEnds() throws Exception {
        Disclosure d = read(seed.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(model(d)).isEqualTo(expected);
    }

    @Test
    void gb18030WithCrlfTogether() throws Exception {
        Disclosure d = read(seed.replace("\n", "\r\n").getBytes(Charset.forName("GB18030")));
        assertThat(model(d)).isEqualTo(expected);
    }

    @Test
    void thousandsSeparatorsInTheTables() throws Exception {
        Pattern big = Pattern.compile("(?<=^|\\t)(\\d{1,3})(\\d{3})\\.(\\d{2})(?=\\t|$)");
        StringBuilder out = new StringBuilder();
        int grouped = 0;
        for (String line : seed.split("\n", -1)) {
            Matcher m = big.matcher(line);
            StringBuilder l = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(l, m.group(1) + "," + m.group(2) + "." + m.group(3));
                grouped++;
            }
            m.appendTail(l);
            out.append(l).append('\n');
        }
        out.setLength(out.length() - 1);
        assertThat(grouped).isGreaterThan(30);
        Disclosure d = read(out.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(model(d)).isEqualTo(expected);
    }
}
