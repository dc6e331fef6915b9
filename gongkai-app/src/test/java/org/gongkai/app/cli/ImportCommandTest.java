package org.gongkai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code gongkai import} into an embedded database in a temporary GONGKAI_HOME. */
class ImportCommandTest {

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = GongkaiCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void importsAFolderReportsEachFileAndKeepsGoingPastAnUnreadableOne(@TempDir Path home, @TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a.txt"), SharedFixtures.seedBytes());
        Files.write(dir.resolve("b.txt"), SharedFixtures.seedBytes());
        Files.write(dir.resolve("c.txt"), (SharedFixtures.seedText() + "\n更正\n").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("d.txt"), new byte[0]);
        Files.writeString(dir.resolve("说明.md"), "不是公开文件");
        Files.writeString(dir.resolve("e.txt"), "这不是预算公开文件，只是一段话。\n");

        Run r = run("import", dir.toString(), "--home", home.toString());
        assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.out()).contains("已入库：" + dir.resolve("a.txt") + " → 柳林县人力资源和社会保障局 2024年度预算 第1版");
        assertThat(r.out()).contains("与已有版本相同：" + dir.resolve("b.txt"));
        assertThat(r.out()).contains("已入库：" + dir.resolve("c.txt") + " → 柳林县人力资源和社会保障局 2024年度预算 第2版");
        assertThat(r.out()).contains("无法读取：" + dir.resolve("d.txt") + "：文件为空");
        // a text that holds nothing of a disclosure is kept and refused, not listed as one
        assertThat(r.out()).contains("无法读取：" + dir.resolve("e.txt") + "：不像预算公开文件");
        assertThat(r.out()).contains("共 5 个文件：入库 2 份，与已有版本相同 1 份，无法读取 2 个");
        // in the order of the files
        assertThat(r.out().indexOf("a.txt")).isLessThan(r.out().indexOf("b.txt"));
        assertThat(r.out().indexOf("d.txt")).isLessThan(r.out().indexOf("e.txt"));
        assertThat(r.out() + r.err()).doesNotContain("Exception", "\tat ");
        assertThat(home.resolve("db")).isDirectory();

        Run again = run("import", dir.resolve("a.txt").toString(), "--home", home.toString());
        assertThat(again.code()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).contains("与已有版本相同").contains("第1版");
    }

    @Test
    void aTextAndItsTablesInOneFolderAreImportedAsOneVersion(@TempDir Path home, @TempDir Path dir) throws Exception {
        String[] two = SharedFixtures.seedInTwo(SharedFixtures.seedText());
        Path jiangsu = Files.createDirectories(dir.resolve("分开发布"));
        Files.writeString(jiangsu.resolve("预算公开文件.txt"), two[0]);
        Files.writeString(jiangsu.resolve("预算公开表.txt"), two[1]);
        Path other = Files.createDirectories(dir.resolve("只有文字"));
        Files.writeString(other.resolve("另一单位文字.txt"), two[0].replace("柳林县人力资源和社会保障局", "柳林县另一测试局"));

        Run r = run("import", dir.toString(), "--home", home.toString());
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("已入库：" + jiangsu.resolve("预算公开文件.txt") + " + 预算公开表.txt → 柳林县人力资源和社会保障局 2024年度预算 第1版")
                .contains("（错误 " + Checker.standard().check(SharedFixtures.seed()).count(Severity.ERROR) + "，");
        // a text alone in its folder is stored as it is: files of two folders are never joined
        assertThat(r.out()).contains("已入库：" + other.resolve("另一单位文字.txt") + " → 柳林县另一测试局");
        assertThat(r.out()).doesNotContain("已入库：" + jiangsu.resolve("预算公开表.txt"));
        assertThat(r.out()).contains("共 3 个文件（其中 1 对文字和报表各合为一份）：入库 2 份，与已有版本相同 0 份，无法读取 0 个");

        Run again = run("import", jiangsu.toString(), "--home", home.toString());
        // sent again: one line for the two, as when they were stored
        assertThat(again.out()).contains("与已有版本相同：" + jiangsu.resolve("预算公开文件.txt") + " + 预算公开表.txt → ")
                .contains("共 2 个文件（其中 1 对文字和报表各合为一份）：入库 0 份，与已有版本相同 1 份，无法读取 0 个");
        assertThat(run("import", "--help").out().replaceAll("\\s+", "")).contains("一一对应的，合为一份入库");
    }

    @Test
    void aMissingPathOrABadServerIsOneLine(@TempDir Path home) {
        Run missing = run("import", home.resolve("没有.txt").toString(), "--home", home.toString());
        assertThat(missing.code()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(missing.err()).startsWith("gongkai：找不到");

        Run bad = run("import", SharedFixtures.seedFile().toString(), "--db-url", "jdbc:postgresql://127.0.0.1:1/none");
        assertThat(bad.code()).isEqualTo(ExitCode.DATABASE);
        assertThat(bad.err()).startsWith("gongkai：无法连接数据库").doesNotContain("\tat ");
    }
}
