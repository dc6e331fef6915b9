package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.ReadNote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that cannot be read gets one message saying what is wrong and what to do. */
class BadInputTest {

    private static final DisclosureReader READER = DisclosureReader.withBundledTemplates();

    @Test
    void empty() {
        assertThatThrownBy(() -> READER.read(new byte[0], "x.txt"))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("文件为空").hasMessageContaining("请");
    }

    @Test
    void binary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> READER.read(png, "x.png")).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("二进制文件");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        assertThatThrownBy(() -> READER.read(zip, "x.docx")).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining(".docx/.xlsx");
    }

    @Test
    void wronglyEncoded() {
        byte[] latin1 = "Budget café résumé naïve, ça coûte".repeat(20).getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> READER.read(latin1, "x.txt")).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("编码无法识别").hasMessageContaining("UTF-8");
    }

    @Test
    void byteOrderMarkOverGbk() {
        byte[] gbk = "部门预算公开".repeat(20).getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] marked = new byte[gbk.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(gbk, 0, marked, 3, gbk.length);
        assertThatThrownBy(() -> READER.read(marked, "x.txt")).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("不是有效的 UTF-8").hasMessageContaining("另存为 UTF-8");
    }

    @Test
    void notADisclosureAtAll() throws Exception {
        Disclosure d = READER.read("Hello, world.\nNothing to see.\n".getBytes(StandardCharsets.UTF_8), "x.txt");
        assertThat(d.tables()).isEmpty();
        assertThat(d.templateId()).isNull();
        assertThat(d.notes()).extracting(ReadNote::code).contains("UNKNOWN_TEMPLATE", "MISSING_PART").doesNotContain("MISSING_TABLE");
    }

    @Test
    void oversized(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(DisclosureReader.MAX_BYTES + 1); // sparse: no disk is used
        }
        assertThatThrownBy(() -> READER.read(big)).isInstanceOf(UnreadableInputException.class).hasMessageContaining("文件过大");
    }

    @Test
    void missingFileAndFolder(@TempDir Path dir) {
        assertThatThrownBy(() -> READER.read(dir.resolve("nope.txt"))).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("找不到文件");
        assertThatThrownBy(() -> READER.read(dir)).isInstanceOf(UnreadableInputException.class).hasMessageContaining("文件夹");
    }

    @Test
    void aFileNamedPdfThatIsNotOne() {
        byte[] text = "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> READER.read(text, "部门预算.PDF")).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("“部门预算.PDF”不是 PDF 文件").hasMessageContaining("请重新下载");
        assertThat(READER.readText("hello", "部门预算.txt").tables()).isEmpty(); // the same words as text: read, nothing found
        assertThatThrownBy(() -> READER.read(new byte[0], "x.pdf")).hasMessageContaining("文件为空");
    }

    @Test
    void aFileNamedXlsxThatIsNotOne() {
        org.gongkai.core.compose.InputReader inputs = org.gongkai.core.compose.InputReader.withBundledTemplates();
        byte[] noise = new byte[512];
        new java.util.Random(7).nextBytes(noise);
        assertThatThrownBy(() -> inputs.read(noise, "填报.xlsx")).isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("“填报.xlsx”不是 Excel 工作簿").hasMessageContaining("重新保存为 .xlsx");
        // the same bytes under another name: binary, said once, without "无法读取" (the caller says that)
        assertThatThrownBy(() -> inputs.read(noise, "x.txt")).hasMessageStartingWith("这是一个二进制文件");
        assertThatThrownBy(() -> inputs.read(new byte[0], "x.xlsx")).hasMessageContaining("文件为空");
    }

    @Test
    void aDamagedPdf() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> READER.read(pdf, "x.pdf")).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("PDF");
    }

    /** A document cut off part way yields what is there and says what is missing. */
    @Test
    void truncatedInTheMiddleOfACharacter() throws Exception {
        byte[] seed = SharedFixtures.seedBytes();
        int cut = 9_000;
        while ((seed[cut] & 0xC0) == 0x80 || (seed[cut] & 0xFF) < 0x80) {
            cut++; // land inside a multi-byte character
        }
        cut++;
        Disclosure d = READER.read(Arrays.copyOf(seed, cut), "cut.txt");
        assertThat(d.notes()).extracting(ReadNote::code).contains("TRUNCATED", "MISSING_TABLE", "MISSING_TOC_ENTRY");
        assertThat(d.tables()).extracting(t -> t.id()).contains("T1", "T2").doesNotContain("T13");
        assertThat(d.metadata().unitName()).isEqualTo("柳林县人力资源和社会保障局");
        assertThat(d.notes().stream().filter(n -> n.code().equals("TRUNCATED")).map(ReadNote::message))
                .anyMatch(m -> m.contains("不完整"));
    }

    @Test
    void truncatedAtALineEnd() throws Exception {
        String seed = SharedFixtures.seedText();
        String cut = seed.substring(0, seed.indexOf("八、机关运行经费增减变动原因说明\n\n本单位"));
        Disclosure d = READER.readText(cut, "cut.txt");
        assertThat(d.tables()).hasSize(13);
        assertThat(d.narrative().sections()).hasSize(7);
        ReadNote truncated = d.notes().stream().filter(n -> n.code().equals("TRUNCATED")).findFirst().orElseThrow();
        assertThat(truncated.message()).contains("七、“三公”经费增减变动原因说明").contains("之后中断");
        assertThat(d.notes()).extracting(ReadNote::message).contains("目录列出的“第四部分 名词解释”在正文中未找到");
    }

    @Test
    void aCompleteDocumentHasNoNotes() {
        assertThat(SharedFixtures.seed().notes()).isEmpty();
    }

    @Test
    void aDocumentWithAPartMissingInTheMiddleIsNotTruncated() throws Exception {
        String seed = SharedFixtures.seedText();
        int a = seed.indexOf("九、政府采购情况\n");
        int b = seed.indexOf("十、绩效管理情况\n");
        Disclosure d = READER.readText(seed.substring(0, a) + seed.substring(b), "gap.txt");
        assertThat(d.notes()).extracting(ReadNote::code).contains("MISSING_TOC_ENTRY").doesNotContain("TRUNCATED");
    }

    @Test
    void fileOnDiskIsLeftAsItWas(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("seed.txt");
        Files.write(f, SharedFixtures.seedBytes());
        byte[] before = Files.readAllBytes(f);
        READER.read(f);
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
    }
}
