package org.gongkai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.app.cli.ParseCommandTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A disclosure published as two files, its text and its tables (the reference document cut in two
 * here, as the Jiangsu departments publish theirs): {@code --together} checks and reads the two as
 * one, and a folder's check joins them by itself unless told {@code --separately}.
 */
class TogetherCommandsTest {

    private static CheckReport seedReport;

    @BeforeAll
    static void checkTheSeedDirectly() {
        seedReport = Checker.standard().check(SharedFixtures.seed());
    }

    /** dir/预算公开文件.txt (the reference document without its tables) and dir/预算公开表.txt (the tables alone). */
    private static Path halves(Path dir) throws Exception {
        String[] two = SharedFixtures.seedInTwo(SharedFixtures.seedText());
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("预算公开文件.txt"), two[0]);
        Files.writeString(dir.resolve("预算公开表.txt"), two[1]);
        return dir;
    }

    @Test
    void twoFilesCheckedTogetherAreCheckedAsTheWholeDocument(@TempDir Path dir) throws Exception {
        Path in = halves(dir.resolve("in"));
        String text = in.resolve("预算公开文件.txt").toString();
        String tables = in.resolve("预算公开表.txt").toString();
        ParseCommandTest.Run r = run("check", text, tables, "--together");
        assertThat(r.exit()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("文件：预算公开文件.txt（报表：预算公开表.txt）")
                .contains("结果：错误 " + seedReport.count(Severity.ERROR) + " 项、警告 " + seedReport.count(Severity.WARNING)
                        + " 项、提示 " + seedReport.count(Severity.INFO) + " 项");
        // either order; the same report
        assertThat(run("check", tables, text, "--together").out()).isEqualTo(r.out());
        // apart, the text lacks all 13 tables, and the user is told how to check the two together
        ParseCommandTest.Run alone = run("check", text);
        assertThat(alone.out()).contains("[DOC-001]").contains("全部13张报表");
        assertThat(alone.err()).isEqualTo("gongkai：本文件只有文字、没有报表。若另一部分在另一个文件中，可合为一份检查："
                + "gongkai check 文字文件 报表文件 --together\n");
        assertThat(run("check", tables).err()).contains("本文件只有报表、没有情况说明");
        assertThat(run("check", SharedFixtures.seedFile().toString()).err()).isEmpty();

        // a page of the joined document is said to be in the file it is in
        assertThat(r.out()).contains("，报表文件）").contains("，文字文件）");

        JsonNode json = JsonMapper.builder().build().readTree(run("check", text, tables, "--together", "--format", "json").out());
        assertThat(json.at("/source/fileName").asString()).isEqualTo("预算公开文件.txt");
        assertThat(json.at("/companions/0/fileName").asString()).isEqualTo("预算公开表.txt");

        ParseCommandTest.Run parse = run("parse", text, tables, "--together");
        assertThat(parse.exit()).isEqualTo(ExitCode.OK);
        assertThat(parse.out()).contains("文件：预算公开文件.txt").contains("报表文件：预算公开表.txt").contains("找到 13/13 张");
        JsonNode data = JsonMapper.builder().build().readTree(run("parse", text, tables, "--together", "--format", "json").out());
        assertThat(data.get("tables")).hasSize(13);
        assertThat(data.at("/companions/0/sha256").asString()).hasSize(64);
    }

    @Test
    void filesThatAreNotOneDisclosureGetOneLine(@TempDir Path dir) throws Exception {
        Path in = halves(dir.resolve("in"));
        String text = in.resolve("预算公开文件.txt").toString();
        Path lastYear = Files.writeString(dir.resolve("上年报表.txt"),
                Files.readString(in.resolve("预算公开表.txt")).replace("2024年", "2023年"));
        for (String command : new String[] {"check", "parse"}) {
            ParseCommandTest.Run twoTexts = run(command, text, text, "--together");
            assertThat(twoTexts.exit()).as(command).isEqualTo(ExitCode.USAGE);
            assertThat(twoTexts.err().strip().lines()).as(command).hasSize(1);
            assertThat(twoTexts.err()).as(command).startsWith("gongkai：这两个文件不能合为一份：").contains("不是只含报表的文件");
            ParseCommandTest.Run years = run(command, text, lastYear.toString(), "--together");
            assertThat(years.exit()).as(command).isEqualTo(ExitCode.USAGE);
            assertThat(years.err()).as(command).contains("2024年的").contains("2023年的");
            ParseCommandTest.Run one = run(command, text, "--together");
            assertThat(one.exit()).as(command).isEqualTo(ExitCode.USAGE);
            assertThat(one.err()).as(command).contains("须给出两个文件");
            ParseCommandTest.Run missing = run(command, text, dir.resolve("没有.pdf").toString(), "--together");
            assertThat(missing.exit()).as(command).isEqualTo(ExitCode.UNREADABLE);
            assertThat(missing.err()).as(command).contains("找不到").doesNotContain("Exception");
            assertThat(missing.out() + one.out() + years.out() + twoTexts.out()).as(command).isEmpty();
            // the file at fault is named, whichever comes first
            Path empty = Files.write(dir.resolve("空.pdf"), new byte[0]);
            ParseCommandTest.Run blank = run(command, text, empty.toString(), "--together");
            assertThat(blank.exit()).as(command).isEqualTo(ExitCode.UNREADABLE);
            assertThat(blank.err()).as(command).startsWith("gongkai：“空.pdf”：文件为空");
            Path notes = Files.writeString(dir.resolve("说明.txt"), "本文件说明公开的方式。");
            ParseCommandTest.Run wrong = run(command, in.resolve("预算公开表.txt").toString(), notes.toString(), "--together");
            // a notes file holds nothing of a disclosure: refused as input that cannot be read
            assertThat(wrong.exit()).as(command).isEqualTo(ExitCode.UNREADABLE);
            assertThat(wrong.err()).as(command).contains("“说明.txt”").doesNotContain("“预算公开表.txt”");
            // -o naming a folder, where one file is written
            ParseCommandTest.Run toFolder = run(command, text, in.resolve("预算公开表.txt").toString(), "--together", "-o", dir.toString());
            assertThat(toFolder.exit()).as(command).isEqualTo(ExitCode.USAGE);
            assertThat(toFolder.err()).as(command).contains("是一个目录").doesNotContain("Exception").doesNotContain("Is a directory");
        }
        for (String command : new String[] {"check", "parse"}) {
            ParseCommandTest.Run both = run(command, text, in.resolve("预算公开表.txt").toString(), "--together", "--separately");
            assertThat(both.exit()).as(command).isEqualTo(ExitCode.USAGE);
            assertThat(both.err()).as(command).contains("不能同时使用");
        }
    }

    @Test
    void aFoldersTextAndTablesFilesAreCheckedAsOne(@TempDir Path dir) throws Exception {
        Path in = halves(dir.resolve("in"));
        Files.write(in.resolve("整份.txt"), SharedFixtures.seedBytes());
        // another year's tables in a folder of their own (listed first, by name): nothing there to join them with
        Path other = Files.createDirectories(dir.resolve("in").resolve("上年"));
        Files.writeString(other.resolve("预算公开表.txt"), Files.readString(in.resolve("预算公开表.txt")).replace("2024年", "2023年"));

        ParseCommandTest.Run r = run("check", in.toString());
        List<String> lines = r.out().lines().toList();
        String document = " → 柳林县人力资源和社会保障局 2024年 单位预算" + BatchCommandsTest.counts(seedReport);
        assertThat(lines.get(0)).startsWith("有错误：" + other.resolve("预算公开表.txt") + " → 柳林县人力资源和社会保障局 2023年");
        assertThat(lines.get(1)).isEqualTo("有错误：" + in.resolve("整份.txt") + document);
        assertThat(lines.get(2)).isEqualTo("有错误：" + in.resolve("预算公开文件.txt") + " + 预算公开表.txt" + document);
        assertThat(lines.get(lines.size() - 1)).startsWith("共 4 个文件，合为 3 份（1 对文字和报表各合为一份）：有错误 3，");
        assertThat(r.exit()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run("check", in.toString(), "--threads", "1").out()).isEqualTo(r.out());

        // the report written for the pair names both files; the index lists them on one row
        Path out = dir.resolve("报告");
        run("check", in.toString(), "--format", "html", "-o", out.toString());
        assertThat(Files.readString(out.resolve("预算公开文件.检查报告.html"))).contains("预算公开文件.txt（报表：预算公开表.txt）");
        assertThat(out.resolve("预算公开表.检查报告.html")).exists(); // 上年/预算公开表.txt, alone
        assertThat(out.resolve("预算公开表-2.检查报告.html")).doesNotExist(); // the tables joined to the text have none of their own
        String index = Files.readString(out.resolve("检查汇总.html"));
        CheckCommandTest.assertWellFormed(index);
        assertThat(index).contains(in.resolve("预算公开文件.txt") + " + 预算公开表.txt");

        JsonNode batch = JsonMapper.builder().build().readTree(run("check", in.toString(), "--format", "json").out());
        assertThat(batch.get("files")).hasSize(3);
        assertThat(batch.at("/files/2/companions/0").asString()).isEqualTo(in.resolve("预算公开表.txt").toString());
        assertThat(batch.at("/counts/joined").asInt()).isEqualTo(1);

        // --separately: each file on its own line, the text lacking its tables
        ParseCommandTest.Run apart = run("check", in.toString(), "--separately");
        List<String> separate = apart.out().lines().toList();
        assertThat(separate.get(2)).startsWith("有错误：" + in.resolve("预算公开文件.txt") + " → ");
        assertThat(separate.get(3)).startsWith("有错误：" + in.resolve("预算公开表.txt") + " → ");
        assertThat(apart.out()).contains("  DOC-001 ").contains("  DOC-008 ");
        assertThat(separate.get(separate.size() - 1)).startsWith("共 4 个文件：有错误 4，");
    }

    @Test
    void aFoldersTextAndTablesFilesAreReadAsOne(@TempDir Path dir) throws Exception {
        Path in = halves(dir.resolve("in"));
        Files.write(in.resolve("整份.txt"), SharedFixtures.seedBytes());

        ParseCommandTest.Run r = run("parse", in.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        List<String> lines = r.out().lines().toList();
        String document = " → 柳林县人力资源和社会保障局 2024年 单位预算（模板 shanxi-unit-budget-2024，报表 13/13，读取说明 ";
        assertThat(lines.get(0)).startsWith("已读取：" + in.resolve("整份.txt") + document);
        assertThat(lines.get(1)).startsWith("已读取：" + in.resolve("预算公开文件.txt") + " + 预算公开表.txt" + document);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).startsWith("共 3 个文件（其中 1 对文字和报表各合为一份）：已读取 2，");
        assertThat(run("parse", in.toString(), "--threads", "1").out()).isEqualTo(r.out());

        // open data: one JSON for the pair, named after its text, holding the tables and naming the other file
        Path json = dir.resolve("开放数据");
        assertThat(run("parse", in.toString(), "--format", "json", "-o", json.toString()).exit()).isEqualTo(ExitCode.OK);
        JsonNode pair = JsonMapper.builder().build().readTree(Files.readString(json.resolve("预算公开文件.json")));
        assertThat(pair.get("tables")).hasSize(13);
        assertThat(pair.at("/companions/0/fileName").asString()).isEqualTo("预算公开表.txt");
        assertThat(json.resolve("预算公开表.json")).doesNotExist();

        // the facts table: the pair's 74 figures, each row naming both files
        Path csv = dir.resolve("事实.csv");
        assertThat(run("parse", in.toString(), "--format", "csv", "-o", csv.toString()).exit()).isEqualTo(ExitCode.OK);
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.stream().filter(l -> l.endsWith("预算公开文件.txt + 预算公开表.txt"))).hasSize(74);
        assertThat(rows.stream().filter(l -> l.endsWith("整份.txt"))).hasSize(74);

        // --separately: each file on its own line, the text without tables
        ParseCommandTest.Run apart = run("parse", in.toString(), "--separately");
        assertThat(apart.out().lines().toList()).hasSize(4);
        assertThat(apart.out()).contains("已读取：" + in.resolve("预算公开文件.txt") + " → ").contains("共 3 个文件：已读取 3，");
    }
}
