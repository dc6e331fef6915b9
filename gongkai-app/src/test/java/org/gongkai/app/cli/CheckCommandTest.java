package org.gongkai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Finding;
import org.gongkai.core.check.Severity;
import org.gongkai.core.read.DisclosureReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code gongkai check} as a user runs it: the report in each format, and its exit codes. */
class CheckCommandTest {

    /** What the checker itself finds on the reference document, to compare the command's output with. */
    private static CheckReport expected;

    @BeforeAll
    static void checkTheSeedDirectly() {
        expected = Checker.standard().check(SharedFixtures.seed());
    }

    static ParseCommandTest.Run run(String... args) {
        return ParseCommandTest.run(args);
    }

    static Path seed() {
        return SharedFixtures.seedFile();
    }

    @Test
    void textReportOfTheReferenceDocument() {
        ParseCommandTest.Run r = run("check", seed().toString());
        assertThat(r.exit()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("预算公开检查报告\n")
                .contains("单位：柳林县人力资源和社会保障局").contains("年度：2024年 单位预算")
                .contains("文件：000_5dad8652f8cb316b.txt").contains("模板：shanxi-unit-budget-2024")
                .contains("结果：错误 " + expected.count(Severity.ERROR) + " 项、警告 " + expected.count(Severity.WARNING)
                        + " 项、提示 " + expected.count(Severity.INFO) + " 项")
                .contains("[PROSE-002]").contains("0.08%")
                .contains("位置：八、机关运行经费增减变动原因说明（第473行）")
                .contains("规则执行情况：共 " + expected.ledger().size() + " 条规则");
        // errors first, then warnings, then notes
        String out = r.out();
        assertThat(out.indexOf("\n错误（")).isPositive().isLessThan(out.indexOf("\n警告（"));
        assertThat(out.indexOf("\n警告（")).isLessThan(out.indexOf("\n提示（"));
        assertThat(out.indexOf("\n提示（")).isLessThan(out.indexOf("\n规则执行情况"));
        for (Finding f : expected.findings()) {
            assertThat(out).contains("[" + f.ruleId() + "] " + f.message());
        }
    }

    @Test
    void jsonReportHasEveryFindingAndTheCheckersCounts() throws Exception {
        ParseCommandTest.Run r = run("check", seed().toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(ExitCode.FINDINGS);
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("format").asString()).isEqualTo("gongkai-check-report");
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.at("/counts/errors").asLong()).isEqualTo(expected.count(Severity.ERROR));
        assertThat(json.at("/counts/warnings").asLong()).isEqualTo(expected.count(Severity.WARNING));
        assertThat(json.at("/counts/infos").asLong()).isEqualTo(expected.count(Severity.INFO));
        assertThat(json.at("/counts/total").asInt()).isEqualTo(expected.findings().size());
        assertThat(json.get("hasErrors").asBoolean()).isTrue();
        assertThat(json.at("/document/unitName").asString()).isEqualTo("柳林县人力资源和社会保障局");
        assertThat(json.at("/document/year").asInt()).isEqualTo(2024);
        assertThat(json.at("/document/template").asString()).isEqualTo("shanxi-unit-budget-2024");
        assertThat(json.at("/source/fileName").asString()).isEqualTo("000_5dad8652f8cb316b.txt");
        assertThat(json.at("/source/sha256").asString()).isEqualTo(SharedFixtures.seed().source().sha256()).hasSize(64);
        assertThat(json.get("findings").size()).isEqualTo(expected.findings().size());
        assertThat(json.get("ledger").size()).isEqualTo(expected.ledger().size());
        assertThat(json.at("/rules/total").asInt()).isEqualTo(expected.ledger().size());

        for (int i = 0; i < expected.findings().size(); i++) {
            Finding f = expected.findings().get(i);
            JsonNode n = json.get("findings").get(i);
            assertThat(n.get("ruleId").asString()).isEqualTo(f.ruleId());
            assertThat(n.get("severity").asString()).isEqualTo(f.severity().name());
            assertThat(n.get("category").asString()).isEqualTo(f.category().name());
            assertThat(n.get("message").asString()).isEqualTo(f.message());
            assertThat(n.at("/location/text").asString()).isEqualTo(f.location().describe());
            assertThat(n.get("values").size()).isEqualTo(f.values().size());
            if (f.actual() != null) {
                assertThat(n.get("actual").asString()).isEqualTo(f.actual());
            }
            if (f.location().position().isKnown()) {
                assertThat(n.at("/location/position/line").asInt()).isEqualTo(f.location().position().line());
            }
        }
        JsonNode prose = findFirst(json, "PROSE-002");
        assertThat(prose.get("expected").asString()).isEqualTo("8.11%");
        assertThat(prose.get("actual").asString()).isEqualTo("0.08%");
        assertThat(prose.at("/location/sentence").asString()).contains("下降比例0.08%");
        JsonNode cell = findFirst(json, "TBL-002");
        assertThat(cell.at("/location/table").asString()).startsWith("表");
        assertThat(cell.at("/location/position/column").asInt()).isPositive();
    }

    private static JsonNode findFirst(JsonNode json, String ruleId) {
        for (JsonNode n : json.get("findings")) {
            if (n.get("ruleId").asString().equals(ruleId)) {
                return n;
            }
        }
        throw new AssertionError("no " + ruleId);
    }

    @Test
    void htmlReportIsOneSelfContainedPage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("报告.html");
        ParseCommandTest.Run r = run("check", seed().toString(), "--format", "html", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("报告已写入").contains("错误 " + expected.count(Severity.ERROR) + " 项");
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">").contains("<meta charset=\"utf-8\">")
                .contains("<style>").endsWith("</html>\n");
        // nothing fetched from elsewhere, no script
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script")
                .doesNotContain("<link").doesNotContain("<img").doesNotContain("url(").doesNotContain("@import");
        assertThat(html).contains("预算公开检查报告").contains("规则执行情况").contains("应为").contains("实为");
        for (Finding f : expected.findings()) {
            assertThat(html).contains(escape(f.message()));
        }
        assertThat(count(html, "<li class=\"finding ")).isEqualTo(expected.findings().size());
        assertThat(html).contains("<tr class=\"RAN\"><td class=\"rule\">TBL-001</td>");
        assertWellFormed(html);

        // the figure beside the finding: PROSE-002's sentence with the stated share marked
        assertThat(html).contains("下降比例<mark>0.08%</mark>");
        // a table finding shows the printed row with the cell outlined
        assertThat(html).containsPattern("<td class=\"num cell-hit\">1934\\.61</td>");
    }

    @Test
    void outputFileHoldsWhatStandardOutputWouldShow(@TempDir Path dir) throws Exception {
        for (String format : new String[] {"text", "json", "html"}) {
            Path out = dir.resolve("report." + format);
            ParseCommandTest.Run toFile = run("check", seed().toString(), "--format", format, "-o", out.toString());
            ParseCommandTest.Run toStdout = run("check", seed().toString(), "--format", format);
            assertThat(toFile.exit()).isEqualTo(toStdout.exit()).isEqualTo(ExitCode.FINDINGS);
            assertThat(Files.readString(out)).as(format).isEqualTo(toStdout.out());
        }
        ParseCommandTest.Run nowhere = run("check", seed().toString(), "-o", dir.resolve("no/such/dir/r.txt").toString());
        assertThat(nowhere.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(nowhere.err().strip().lines()).hasSize(1);
        assertThat(nowhere.err()).startsWith("gongkai：无法写入").doesNotContain("Exception");
    }

    @Test
    void emptyBinaryAndMissingFilesGetOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("x.bin"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 7});
        Path damaged = Files.write(dir.resolve("x.pdf"), "%PDF-1.4\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII));
        for (Path p : new Path[] {empty, binary, damaged, dir.resolve("missing.txt")}) {
            for (String format : new String[] {"text", "html"}) {
                ParseCommandTest.Run r = run("check", p.toString(), "--format", format);
                assertThat(r.exit()).as(p.toString()).isEqualTo(ExitCode.UNREADABLE);
                assertThat(r.out()).as(p.toString()).isEmpty();
                assertThat(r.err().strip().lines()).as(p.toString()).hasSize(1);
                assertThat(r.err()).as(p.toString()).startsWith("gongkai：").doesNotContain("Exception").doesNotContain("\tat ");
            }
        }
        assertThat(run("check", empty.toString()).err()).contains("文件为空");
        // the same words as parse
        assertThat(run("check", binary.toString()).err()).isEqualTo(run("parse", binary.toString()).err());
    }

    /**
     * A text with nothing of a disclosure in it (a README: no year in a title, no table, part,
     * form or glossary) is refused as check and parse refuse a binary file, not checked and passed;
     * the few lines of a real 概况 (the next test) are read.
     */
    @Test
    void aFileWithNothingOfADisclosureIsRefused(@TempDir Path dir) throws Exception {
        Path readme = Files.writeString(dir.resolve("README.md"), """
                # gongkai 公开

                Chinese government budget disclosure: read, check, publish.

                ```sh
                ./gongkai check 单位预算公开.pdf
                ```
                """);
        for (String command : new String[] {"check", "parse"}) {
            ParseCommandTest.Run r = run(command, readme.toString());
            assertThat(r.exit()).as(command).isEqualTo(ExitCode.UNREADABLE);
            assertThat(r.out()).as(command).isEmpty();
            assertThat(r.err().strip().lines()).as(command).singleElement().satisfies(l -> assertThat(l)
                    .startsWith("gongkai：不像预算公开文件").contains("请确认选择了正确的文件"));
        }
    }

    @Test
    void aDocumentWithoutTablesExitsByWhetherItHasErrors(@TempDir Path dir) throws Exception {
        Path tiny = Files.writeString(dir.resolve("tiny.txt"), """
                2024年度柳林县人力资源和社会保障局单位预算公开

                第一部分 概况
                一、主要职责
                负责全县人力资源和社会保障工作。
                """);
        CheckReport direct = Checker.standard().check(DisclosureReader.withBundledTemplates().read(tiny));
        ParseCommandTest.Run r = run("check", tiny.toString());
        assertThat(r.exit()).isEqualTo(direct.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK);
        // only the hint that a text without its tables can be checked with them
        assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l).contains("本文件只有文字").contains("--together"));
        assertThat(r.out()).contains("错误 " + direct.count(Severity.ERROR) + " 项");
        // rules that could not run are named with their reason, and no error is not called a pass
        assertThat(r.out()).contains("无法检查：").contains("TBL-001 行合计等于各分项之和：未找到任何报表");
        if (!direct.hasErrors()) {
            assertThat(r.out()).contains("不能据此认定文件无误");
        }
        JsonNode json = JsonMapper.builder().build().readTree(run("check", tiny.toString(), "--format", "json").out());
        assertThat(json.get("hasErrors").asBoolean()).isEqualTo(direct.hasErrors());
        assertThat(json.at("/rules/couldNotRun").asInt()).isPositive();
        assertWellFormed(run("check", tiny.toString(), "--format", "html").out());
    }

    @Test
    void aTruncatedDocumentIsCheckedAsFarAsItGoesAndExitsTwo(@TempDir Path dir) throws Exception {
        byte[] seed = Files.readAllBytes(seed());
        Path cut = Files.write(dir.resolve("cut.txt"), Arrays.copyOf(seed, 9_001));
        ParseCommandTest.Run r = run("check", cut.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.out()).startsWith("预算公开检查报告").contains("单位：柳林县人力资源和社会保障局");
        assertThat(r.err()).contains("文件不完整").doesNotContain("Exception");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void helpAndUsageErrors() {
        ParseCommandTest.Run help = run("check", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--format").contains("html").contains("示例").contains("gongkai check")
                .contains("退出码").contains("1 发现错误").contains("64 用法错误");
        // every command is described in Chinese, picocli's own help command too
        assertThat(run("--help").out()).contains("check").contains("显示某个命令的帮助").doesNotContain("Display help information");
        ParseCommandTest.Run bad = run("check", seed().toString(), "--format", "xml");
        assertThat(bad.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("--format");
        assertThat(run("check").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run("check", seed().toString(), "--nonsense").exit()).isEqualTo(ExitCode.USAGE);
    }

    // ---------------------------------------------------------------- html

    private static final Set<String> VOID = Set.of("meta", "br", "hr", "img", "input", "link", "col", "wbr");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");

    /** Every element closed, in order; no stray "<" or "&" in text. */
    static void assertWellFormed(String html) {
        assertThat(html).startsWith("<!DOCTYPE html>");
        Deque<String> open = new ArrayDeque<>();
        Set<String> ids = new HashSet<>();
        Matcher m = TAG.matcher(html);
        int at = html.indexOf('>') + 1;
        while (m.find()) {
            assertText(html.substring(at, m.start()));
            at = m.end();
            String name = m.group(2).toLowerCase();
            Matcher id = Pattern.compile("\\bid=\"([^\"]*)\"").matcher(m.group(3));
            if (id.find()) {
                assertThat(ids.add(id.group(1))).as("duplicate id " + id.group(1)).isTrue();
            }
            if (m.group(1).isEmpty()) {
                if (!VOID.contains(name)) {
                    open.push(name);
                }
            } else {
                assertThat(open).as("closing </" + name + "> at " + m.start()).isNotEmpty();
                assertThat(open.pop()).as("closing </" + name + "> at " + m.start()).isEqualTo(name);
            }
        }
        assertText(html.substring(at));
        assertThat(open).as("unclosed").isEmpty();
    }

    private static void assertText(String text) {
        assertThat(text).doesNotContain("<").doesNotContain(">");
        assertThat(text.replaceAll("&(amp|lt|gt|quot|#39);", "")).doesNotContain("&");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
