package org.gongkai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.LedgerEntry;
import org.gongkai.core.check.Severity;
import org.gongkai.core.write.opendata.FactCsvWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code gongkai check} and {@code gongkai parse} given a folder, as a finance bureau checks all its
 * units' disclosures and a researcher reads a collection: a line per file, the others still done
 * when one cannot be read, a report per file in a folder, and exit codes that say the worst case.
 */
class BatchCommandsTest {

    private static CheckReport seedReport;

    @BeforeAll
    static void checkTheSeedDirectly() {
        seedReport = Checker.standard().check(SharedFixtures.seed());
    }

    private static ParseCommandTest.Run run(String... args) {
        return ParseCommandTest.run(args);
    }

    /** in/a.txt and in/乡镇/a.txt (the seed twice, one name), in/empty.txt, in/cut.txt (cut short), in/说明.md (not read). */
    private static Path collection(Path dir) throws Exception {
        byte[] seed = Files.readAllBytes(SharedFixtures.seedFile());
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("a.txt"), seed);
        Files.write(Files.createDirectories(in.resolve("乡镇")).resolve("a.txt"), seed);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("cut.txt"), Arrays.copyOf(seed, 9_001));
        Files.writeString(in.resolve("说明.md"), "not a disclosure");
        return in;
    }

    /** "（错误 22，警告 54，提示 32）", as a batch line ends. */
    static String counts(CheckReport r) {
        return "（错误 " + r.count(Severity.ERROR) + "，警告 " + r.count(Severity.WARNING) + "，提示 " + r.count(Severity.INFO) + "）";
    }

    @Test
    void checkingAFolderGivesALinePerFileAndTheCount(@TempDir Path dir) throws Exception {
        Path in = collection(dir);
        ParseCommandTest.Run r = run("check", in.toString());
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("有错误：" + in.resolve("a.txt") + " → 柳林县人力资源和社会保障局 2024年 单位预算" + counts(seedReport));
        assertThat(lines.get(1)).startsWith("不完整：" + in.resolve("cut.txt") + " → ").endsWith("：文件被截断，只检查了读到的部分");
        assertThat(lines.get(2)).startsWith("无法读取：" + in.resolve("empty.txt") + "：文件为空");
        assertThat(lines.get(3)).startsWith("有错误：" + in.resolve("乡镇").resolve("a.txt"));
        assertThat(lines.get(4)).isEqualTo("各规则发现的错误和警告（按涉及的文件数排列）：");
        assertThat(lines.get(lines.size() - 1)).startsWith("共 4 个文件：有错误 2，无错误 0，不完整 1，无法读取 1；共发现错误 ");
        // one file unreadable or cut short: exit 2, the others checked all the same
        assertThat(r.exit()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.err()).isEmpty();

        // read a file at a time or three at once: the same lines in the same order
        assertThat(run("check", in.toString(), "--threads", "1").out()).isEqualTo(r.out());
        assertThat(run("check", in.toString(), "--threads", "3").out()).isEqualTo(r.out());

        // all read: the exit says whether any has errors
        ParseCommandTest.Run two = run("check", in.resolve("a.txt").toString(), in.resolve("乡镇").toString());
        assertThat(two.exit()).isEqualTo(ExitCode.FINDINGS);
        assertThat(two.out()).contains("共 2 个文件：有错误 2，无错误 0，不完整 0，无法读取 0；共发现错误 "
                + 2 * seedReport.count(Severity.ERROR) + " 项");
        // each rule that found something, with its findings in both files
        for (LedgerEntry e : seedReport.ledger()) {
            String line = "  " + e.ruleId() + " " + e.title() + "：2 个文件，错误 " + 2 * e.errors() + " 项、警告 " + 2 * e.warnings() + " 项";
            if (e.errors() + e.warnings() > 0) {
                assertThat(two.out()).contains(line + "\n");
            } else {
                assertThat(two.out()).doesNotContain("  " + e.ruleId() + " ");
            }
        }
    }

    @Test
    void reportsGoToTheFolderWithAnIndexPage(@TempDir Path dir) throws Exception {
        Path in = collection(dir);
        Path out = dir.resolve("报告");
        ParseCommandTest.Run r = run("check", in.toString(), "--format", "html", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.out()).contains("各文件的报告在 " + out + "（汇总见 检查汇总.html）");
        // a report per file read; the two a.txt kept apart; the single-file report, the same words
        assertThat(out.resolve("a.检查报告.html")).exists();
        assertThat(out.resolve("a-2.检查报告.html")).exists();
        assertThat(out.resolve("cut.检查报告.html")).exists();
        assertThat(out.resolve("empty.检查报告.html")).doesNotExist();
        assertThat(Files.readString(out.resolve("a.检查报告.html")))
                .isEqualTo(run("check", in.resolve("a.txt").toString(), "--format", "html").out());
        String index = Files.readString(out.resolve("检查汇总.html"));
        CheckCommandTest.assertWellFormed(index);
        assertThat(index).contains("href=\"a.%E6%A3%80%E6%9F%A5%E6%8A%A5%E5%91%8A.html\"").contains("无法读取").contains("文件为空")
                .contains("<td class=\"n\">" + seedReport.count(Severity.ERROR) + "</td>").contains("<h2>各规则发现的错误和警告</h2>");

        // JSON: a report per file and the list of them
        Path json = dir.resolve("json");
        run("check", in.toString(), "--format", "json", "-o", json.toString());
        JsonNode list = JsonMapper.builder().build().readTree(Files.readString(json.resolve("检查汇总.json")));
        assertThat(list.get("format").asString()).isEqualTo("gongkai-check-batch");
        assertThat(list.at("/files/0/report").asString()).isEqualTo("a.检查报告.json");
        assertThat(JsonMapper.builder().build().readTree(Files.readString(json.resolve("a.检查报告.json"))).at("/counts/errors").asLong())
                .isEqualTo(seedReport.count(Severity.ERROR));
    }

    @Test
    void jsonOnStandardOutputHoldsEveryReport(@TempDir Path dir) throws Exception {
        Path in = collection(dir);
        ParseCommandTest.Run r = run("check", in.toString(), "--format", "json");
        JsonNode batch = JsonMapper.builder().build().readTree(r.out());
        assertThat(batch.get("format").asString()).isEqualTo("gongkai-check-batch");
        assertThat(batch.get("version").asInt()).isEqualTo(1);
        assertThat(batch.get("files")).hasSize(4);
        assertThat(batch.at("/files/0/status").asString()).isEqualTo("checked");
        assertThat(batch.at("/files/0/report/format").asString()).isEqualTo("gongkai-check-report");
        assertThat(batch.at("/files/0/report/counts/warnings").asLong()).isEqualTo(seedReport.count(Severity.WARNING));
        assertThat(batch.at("/files/1/status").asString()).isEqualTo("incomplete");
        assertThat(batch.at("/files/2/status").asString()).isEqualTo("unreadable");
        assertThat(batch.at("/files/2/message").asString()).startsWith("文件为空");
        assertThat(batch.at("/counts/files").asInt()).isEqualTo(4);
        assertThat(batch.at("/counts/unreadable").asInt()).isEqualTo(1);
        assertThat(batch.at("/counts/errors").asLong()).isGreaterThan(2 * seedReport.count(Severity.ERROR));
        // the rules that found errors or warnings, in the most files first
        JsonNode rules = batch.get("rules");
        assertThat(rules).isNotEmpty();
        for (int i = 1; i < rules.size(); i++) {
            assertThat(rules.get(i).get("files").asInt()).isLessThanOrEqualTo(rules.get(i - 1).get("files").asInt());
        }
        assertThat(rules.get(0).get("files").asInt()).isEqualTo(3); // a.txt, 乡镇/a.txt and cut.txt
        assertThat(rules.get(0).get("title").asString()).isNotEmpty();
    }

    @Test
    void wrongOutputsAndEmptyFoldersGetOneLine(@TempDir Path dir) throws Exception {
        Path in = collection(dir);
        ParseCommandTest.Run html = run("check", in.toString(), "--format", "html");
        assertThat(html.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(html.err()).startsWith("gongkai：").contains("-o");
        assertThat(html.out()).isEmpty();
        Path file = Files.writeString(dir.resolve("报告.txt"), "x");
        for (String command : new String[] {"check", "parse"}) {
            ParseCommandTest.Run onAFile = run(command, in.toString(), "-o", file.toString());
            assertThat(onAFile.exit()).as(command).isEqualTo(ExitCode.USAGE);
            assertThat(onAFile.err().strip().lines()).as(command).hasSize(1);
            assertThat(onAFile.err()).as(command).contains("应为目录").doesNotContain("Exception");
            ParseCommandTest.Run none = run(command, Files.createDirectories(dir.resolve("空")).toString());
            assertThat(none.exit()).as(command).isEqualTo(ExitCode.UNREADABLE);
            assertThat(none.err()).as(command).contains("没有 .txt、.pdf 或 .xlsx 文件");
            ParseCommandTest.Run missing = run(command, in.toString(), dir.resolve("没有这个目录").toString());
            assertThat(missing.exit()).as(command).isEqualTo(ExitCode.UNREADABLE);
            assertThat(missing.err()).as(command).contains("找不到").doesNotContain("Exception");
            assertThat(missing.out()).as(command).isEmpty();
        }
    }

    @Test
    void parsingAFolderGivesALinePerFileAndOneJsonEach(@TempDir Path dir) throws Exception {
        Path in = collection(dir);
        ParseCommandTest.Run r = run("parse", in.toString());
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("已读取：" + in.resolve("a.txt")
                + " → 柳林县人力资源和社会保障局 2024年 单位预算（模板 shanxi-unit-budget-2024，报表 13/13，读取说明 0 条）");
        assertThat(lines.get(1)).startsWith("不完整：" + in.resolve("cut.txt"));
        assertThat(lines.get(2)).startsWith("无法读取：" + in.resolve("empty.txt") + "：文件为空");
        assertThat(lines.get(4)).isEqualTo("共 4 个文件：已读取 2，不完整 1，无法读取 1。");
        assertThat(r.exit()).isEqualTo(ExitCode.UNREADABLE);

        assertThat(run("parse", in.toString(), "--threads", "1").out()).isEqualTo(r.out());

        ParseCommandTest.Run noFolder = run("parse", in.toString(), "--format", "json");
        assertThat(noFolder.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(noFolder.err()).contains("-o");

        Path out = dir.resolve("开放数据");
        ParseCommandTest.Run json = run("parse", in.resolve("a.txt").toString(), in.resolve("乡镇").toString(), "--format", "json",
                "-o", out.toString());
        assertThat(json.exit()).isEqualTo(ExitCode.OK);
        assertThat(json.out()).endsWith("共 2 个文件：已读取 2，不完整 0，无法读取 0。各文件的 JSON 在 " + out + "。\n");
        // each file's JSON is what parse writes for it alone
        assertThat(Files.readString(out.resolve("a.json")))
                .isEqualTo(run("parse", in.resolve("a.txt").toString(), "--format", "json").out());
        assertThat(out.resolve("a-2.json")).exists();
    }

    @Test
    void parsingAFolderToCsvGivesOneTableOfEveryFigure(@TempDir Path dir) throws Exception {
        Path in = collection(dir);
        Path table = dir.resolve("事实.csv");
        ParseCommandTest.Run r = run("parse", in.toString(), "--format", "csv", "-o", table.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.UNREADABLE); // empty.txt, cut.txt
        assertThat(r.out()).contains("无法读取：" + in.resolve("empty.txt"));
        int seedFacts = SharedFixtures.seed().facts().size();
        List<String> rows = Files.readAllLines(table);
        // one header, the file column last; every figure of each readable file, each row naming its file
        assertThat(rows.get(0)).isEqualTo("\uFEFF" + String.join(",", FactCsvWriter.COLUMNS) + ",file");
        long fromA = rows.stream().filter(l -> l.endsWith("," + in.resolve("a.txt"))).count();
        long fromTown = rows.stream().filter(l -> l.endsWith("," + in.resolve("乡镇").resolve("a.txt"))).count();
        long fromCut = rows.stream().filter(l -> l.endsWith("," + in.resolve("cut.txt"))).count();
        assertThat(fromA).isEqualTo(seedFacts);
        assertThat(fromTown).isEqualTo(seedFacts);
        assertThat(rows).hasSize(1 + (int) (fromA + fromTown + fromCut));
        assertThat(r.out()).contains("全部 " + (fromA + fromTown + fromCut) + " 个数在 " + table);
        // a row is the single file's CSV row with the file after it
        String single = run("parse", in.resolve("a.txt").toString(), "--format", "csv").out();
        List<String> singleRows = single.lines().toList();
        assertThat(singleRows.get(0)).isEqualTo("\uFEFF" + String.join(",", FactCsvWriter.COLUMNS));
        assertThat(singleRows).hasSize(1 + seedFacts);
        assertThat(rows.get(1)).isEqualTo(singleRows.get(1) + "," + in.resolve("a.txt"));

        ParseCommandTest.Run noFile = run("parse", in.toString(), "--format", "csv");
        assertThat(noFile.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(noFile.err()).contains("-o 事实.csv");
        ParseCommandTest.Run onAFolder = run("parse", in.toString(), "--format", "csv", "-o", dir.toString());
        assertThat(onAFolder.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(onAFolder.err()).contains("是目录");
    }
}
