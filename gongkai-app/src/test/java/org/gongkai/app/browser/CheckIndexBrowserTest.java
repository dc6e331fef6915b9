package org.gongkai.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.gongkai.app.cli.GongkaiCommand;
import org.gongkai.core.SharedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import picocli.CommandLine;

/**
 * The index page {@code gongkai check FOLDER --format html -o DIR} writes, opened from the disk in
 * a real Chromium, as an inspector opens it: its rows link to each report, and a click on a
 * heading sorts the files by that column, the most errors first, a second click the other way.
 */
class CheckIndexBrowserTest {

    @TempDir
    Path dir;

    @Test
    void theIndexSortsByAColumnWhenItsHeadingIsClicked() throws Exception {
        byte[] seed = Files.readAllBytes(SharedFixtures.seedFile());
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("a.txt"), seed);
        Files.write(in.resolve("cut.txt"), Arrays.copyOf(seed, 9_001));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Path out = dir.resolve("报告");
        CommandLine cl = GongkaiCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        cl.execute("check", in.toString(), "--format", "html", "-o", out.toString());

        try (Browser b = new Browser(0, Files.createDirectories(dir.resolve("downloads")))) {
            b.driver.get(out.resolve("检查汇总.html").toUri().toString());
            assertThat(b.text()).contains("预算公开检查汇总").contains("共 3 个文件");
            // the files in name order, as the command printed them
            assertThat(column(b, 0)).containsExactly(in.resolve("a.txt").toString(), in.resolve("cut.txt").toString(),
                    in.resolve("empty.txt").toString());
            List<String> errors = column(b, 3);
            assertThat(errors.get(2)).isEqualTo("—"); // empty.txt: not read
            int whole = Integer.parseInt(errors.get(0));
            int cut = Integer.parseInt(errors.get(1)); // cut short, its missing tables are errors too
            assertThat(whole).isNotEqualTo(cut);
            String most = String.valueOf(Math.max(whole, cut));
            String fewer = String.valueOf(Math.min(whole, cut));

            WebElement errorsHeading = b.find("#files thead th:nth-child(4)");
            errorsHeading.click();
            assertThat(column(b, 3)).containsExactly(most, fewer, "—");
            assertThat(errorsHeading.getAttribute("aria-sort")).isEqualTo("descending");
            b.find("#files thead th:nth-child(3)").click(); // 结果: text, in Chinese order
            errorsHeading.click();
            errorsHeading.click();
            assertThat(column(b, 3)).containsExactly("—", fewer, most);
            assertThat(errorsHeading.getAttribute("aria-sort")).isEqualTo("ascending");
            // the file's name follows its figures
            assertThat(column(b, 0).get(2)).isEqualTo(in.resolve(whole > cut ? "a.txt" : "cut.txt").toString());
            b.screenshot("check-index-sorted");

            // a row's link opens that file's report
            b.find("#files tbody tr:last-child a").click();
            assertThat(b.driver.getCurrentUrl()).endsWith(".html").doesNotEndWith("%E6%B1%87%E6%80%BB.html");
            assertThat(b.text()).contains("预算公开检查报告").contains("柳林县人力资源和社会保障局");
        }
    }

    /** The texts of column {@code i} of the files' table, top to bottom. */
    private static List<String> column(Browser b, int i) {
        return b.driver.findElements(By.cssSelector("#files tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(i).getText()).toList();
    }
}
