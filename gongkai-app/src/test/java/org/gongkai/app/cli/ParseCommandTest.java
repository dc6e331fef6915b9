package org.gongkai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.gongkai.core.SharedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code gongkai parse} as a user runs it: what it prints, and its exit codes. */
class ParseCommandTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = GongkaiCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Path seed() {
        return SharedFixtures.seedFile();
    }

    @Test
    void summarisesTheReferenceDocument() {
        Run r = run("parse", seed().toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("单位：柳林县人力资源和社会保障局（主管部门 051 柳林县人力资源和社会保障局）")
                .contains("年度：2024年 单位预算").contains("模板：shanxi-unit-budget-2024").contains("报表：找到 13/13 张")
                .contains("缺少：无").contains("事实：74 条").contains("绩效目标表：8 张")
                .contains("政府购买服务指导性目录：49 个部门，1,835 项；文件 3 份").contains("名词解释：12 条")
                .contains("表七  2024年政府性基金预算收入表（不含上年结转）（1 行，无数据，注：本表无数据）");
    }

    @Test
    void writesTheWholeDisclosureAsJson(@TempDir Path dir) throws Exception {
        Run r = run("parse", seed().toString(), "--format", "json");
        assertThat(r.exit()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("format").asString()).isEqualTo("gongkai-disclosure");
        assertThat(json.get("tables").size()).isEqualTo(13);
        assertThat(json.at("/metadata/unitName").asString()).isEqualTo("柳林县人力资源和社会保障局");
        Path out = dir.resolve("seed.json");
        assertThat(run("parse", seed().toString(), "--format", "json", "-o", out.toString()).exit()).isZero();
        assertThat(Files.readString(out)).isEqualTo(r.out());
    }

    @Test
    void emptyBinaryAndMissingFilesGetOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("x.bin"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 7});
        Path damaged = Files.write(dir.resolve("x.pdf"), "%PDF-1.4\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII));
        for (Path p : new Path[] {empty, binary, damaged, dir.resolve("missing.txt")}) {
            Run r = run("parse", p.toString());
            assertThat(r.exit()).as(p.toString()).isEqualTo(ExitCode.UNREADABLE);
            assertThat(r.out()).as(p.toString()).isEmpty();
            assertThat(r.err().strip().lines()).as(p.toString()).hasSize(1);
            assertThat(r.err()).as(p.toString()).startsWith("gongkai：").doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(run("parse", empty.toString()).err()).contains("文件为空");
    }

    @Test
    void aTruncatedDocumentSaysWhatIsThereAndWhatIsMissing(@TempDir Path dir) throws Exception {
        byte[] seed = Files.readAllBytes(seed());
        Path cut = Files.write(dir.resolve("cut.txt"), Arrays.copyOf(seed, 9_001));
        Run r = run("parse", cut.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.out()).contains("单位：柳林县人力资源和社会保障局").contains("表一  2024年预算收支总表").contains("缺少：表三《预算支出总表》");
        assertThat(r.err()).contains("文件不完整").doesNotContain("Exception");
    }

    @Test
    void helpAndUsageErrors() {
        Run help = run("parse", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--format").contains("退出码");
        // picocli's own words in Chinese too
        assertThat(help.out()).startsWith("用法：gongkai parse").contains("显示本帮助后退出").doesNotContain("Usage:")
                .doesNotContain("Show this help");
        Run top = run("--help");
        assertThat(top.out()).contains("parse").contains("命令：");
        Run bad = run("parse", seed().toString(), "--format", "xml");
        assertThat(bad.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).startsWith("gongkai：选项 --format 的值“xml”无效，可选：text、json、csv\n").doesNotContain("Invalid");
        Run none = run("parse");
        assertThat(none.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(none.err()).startsWith("gongkai：缺少参数 FILE|DIR\n");
        Run typo = run("parse", seed().toString(), "--togther");
        assertThat(typo.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(typo.err()).startsWith("gongkai：未知选项“--togther”，是不是要用 --together？\n").doesNotContain("Unknown");
    }
}
