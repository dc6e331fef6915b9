package org.gongkai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.read.DisclosureReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai render} as a user runs it. */
class RenderCommandTest {

    static ParseCommandTest.Run run(String... args) {
        return ParseCommandTest.run(args);
    }

    @Test
    void writesEachFormatAskedForNamedAfterTheInput(@TempDir Path dir) throws Exception {
        ParseCommandTest.Run r = run("render", SharedFixtures.seedFile().toString(), "--to", "json,csv,txt", "-o", dir.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        String base = "000_5dad8652f8cb316b";
        assertThat(dir.resolve(base + ".json")).exists();
        assertThat(dir.resolve(base + ".csv")).exists();
        assertThat(dir.resolve(base + ".datapackage.json")).exists();
        assertThat(dir.resolve(base + ".txt")).exists();
        assertThat(r.out()).contains("已生成开放数据 JSON：").contains("已生成开放数据 CSV：").contains("已生成纯文本：")
                .contains("已生成数据包描述（Fiscal Data Package）：");
        // the document has errors: it is still written, and the user is told
        assertThat(r.err()).contains("注意：此文件有").contains("项错误").contains("gongkai check");
        assertThat(Files.readString(dir.resolve(base + ".datapackage.json"))).contains("\"path\" : \"" + base + ".csv\"");
        // the text written reads back into the same facts
        Disclosure again = DisclosureReader.withBundledTemplates().read(dir.resolve(base + ".txt"));
        assertThat(again.facts().facts()).hasSameSizeAs(SharedFixtures.seed().facts().facts());
    }

    @Test
    void theCatalogueAnnexCanBeLeftOut(@TempDir Path dir) throws Exception {
        assertThat(run("render", SharedFixtures.seedFile().toString(), "--to", "html", "-o", dir.resolve("with").toString()).exit()).isZero();
        assertThat(run("render", SharedFixtures.seedFile().toString(), "--to", "html", "--no-catalogue", "-o", dir.resolve("without").toString())
                .exit()).isZero();
        String with = Files.readString(dir.resolve("with/000_5dad8652f8cb316b.html"));
        String without = Files.readString(dir.resolve("without/000_5dad8652f8cb316b.html"));
        // A0101 is an item of the annex only
        assertThat(with).contains("A0101");
        assertThat(without).doesNotContain("A0101").contains("2080101");
    }

    @Test
    void anUnknownFormatIsAUsageError(@TempDir Path dir) {
        ParseCommandTest.Run r = run("render", SharedFixtures.seedFile().toString(), "--to", "odt", "-o", dir.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("不认识的格式“odt”").doesNotContain("Exception");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aMissingFormatIsAUsageError() {
        ParseCommandTest.Run r = run("render", SharedFixtures.seedFile().toString());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--to");
    }

    @Test
    void anUnreadableFileWritesNothing(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("空.txt");
        Files.write(empty, new byte[0]);
        Path out = dir.resolve("out");
        ParseCommandTest.Run r = run("render", empty.toString(), "--to", "json", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.err()).contains("文件为空").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnwritableDirectoryIsSaidPlainly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x", StandardCharsets.UTF_8);
        ParseCommandTest.Run r = run("render", SharedFixtures.seedFile().toString(), "--to", "json", "-o", file.resolve("sub").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("无法创建目录").doesNotContain("Exception");
    }

    @Test
    void helpListsTheFormats() {
        ParseCommandTest.Run r = run("render", "--help");
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("--to").contains("docx").contains("xlsx").contains("all").contains("退出码");
    }
}
