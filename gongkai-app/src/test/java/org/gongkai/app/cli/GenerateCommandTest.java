package org.gongkai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Severity;
import org.gongkai.core.compose.InputReader;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Fact;
import org.gongkai.core.model.Money;
import org.gongkai.core.synthetic.SyntheticUnits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai generate} as a user runs it. */
class GenerateCommandTest {

    static ParseCommandTest.Run run(String... args) {
        return ParseCommandTest.run(args);
    }

    static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    static Map<String, Money> byKey(List<Fact> facts) {
        Map<String, Money> out = new TreeMap<>();
        facts.forEach(f -> out.put(f.key().toString(), f.amount()));
        return out;
    }

    @Test
    void writesUnitsTimesYearsDocumentsThatReadBackWithoutErrorOrWarningToTheSameFactsAndUnit(@TempDir Path dir) throws Exception {
        ParseCommandTest.Run r = run("generate", "--units", "3", "--years", "2", "--seed", "5", "-o", dir.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("已生成 6 份公开文件（3 个单位 × 2 个年度，种子 5）");
        List<Path> written = files(dir);
        assertThat(written).hasSize(6);
        SyntheticUnits units = new SyntheticUnits(5);
        assertThat(written.get(0).getFileName().toString()).isEqualTo(units.unit(0).fileName(2024));
        for (Path f : written) {
            Disclosure d = InputReader.withBundledTemplates().read(f);
            assertThat(d.tables()).as(f.toString()).hasSize(13);
            assertThat(Checker.standard().check(d).findings()).as(f.toString())
                    .noneMatch(x -> x.severity() == Severity.ERROR || x.severity() == Severity.WARNING);
            assertThat(d.performanceTargets()).as(f.toString()).isNotEmpty();
            int index = Integer.parseInt(f.getFileName().toString().substring(0, 6));
            SyntheticUnits.SyntheticUnit u = units.unit(index);
            assertThat(d.metadata().unitName()).isEqualTo(u.name());
            assertThat(d.metadata().departmentName()).isEqualTo(u.department());
            assertThat(d.metadata().region()).isEqualTo(u.region());
            assertThat(d.metadata().province()).isEqualTo(u.province());
            Disclosure expected = units.disclosures(index, 2024, 2).get(d.metadata().year() - 2024);
            assertThat(byKey(d.facts().facts())).as(f.toString()).isEqualTo(byKey(expected.facts().facts()));
        }
    }

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedOthers(@TempDir Path dir) throws Exception {
        assertThat(run("generate", "--units", "2", "--seed", "9", "-o", dir.resolve("a").toString()).exit()).isZero();
        assertThat(run("generate", "--units", "2", "--seed", "9", "--threads", "1", "-o", dir.resolve("b").toString()).exit()).isZero();
        assertThat(run("generate", "--units", "2", "--seed", "10", "-o", dir.resolve("c").toString()).exit()).isZero();
        List<Path> a = files(dir.resolve("a"));
        List<Path> b = files(dir.resolve("b"));
        List<Path> c = files(dir.resolve("c"));
        assertThat(a).hasSize(2);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).getFileName()).isEqualTo(a.get(i).getFileName());
            assertThat(Files.readString(b.get(i))).isEqualTo(Files.readString(a.get(i)));
        }
        assertThat(Files.readString(c.get(0))).isNotEqualTo(Files.readString(a.get(0)));
    }

    @Test
    void existingFilesAreKeptUnlessForced(@TempDir Path dir) throws Exception {
        assertThat(run("generate", "--units", "1", "-o", dir.toString()).exit()).isZero();
        Path f = files(dir).get(0);
        Files.writeString(f, "mine");
        ParseCommandTest.Run again = run("generate", "--units", "1", "-o", dir.toString());
        assertThat(again.exit()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(again.err()).contains("已存在").contains("--force").doesNotContain("Exception");
        assertThat(Files.readString(f)).isEqualTo("mine");
        assertThat(run("generate", "--units", "1", "--force", "-o", dir.toString()).exit()).isZero();
        assertThat(Files.readString(f)).isNotEqualTo("mine").contains("2024年度单位预算公开");
    }

    @Test
    void badArgumentsGiveOneClearLineAndExit2(@TempDir Path dir) throws Exception {
        for (String n : List.of("0", "-5")) {
            ParseCommandTest.Run r = run("generate", "--units", n, "-o", dir.resolve("x").toString());
            assertThat(r.exit()).isEqualTo(ExitCode.UNREADABLE);
            assertThat(r.err().strip().lines()).hasSize(1);
            assertThat(r.err()).contains("单位个数应大于 0");
        }
        assertThat(dir.resolve("x")).doesNotExist();
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        ParseCommandTest.Run r = run("generate", "--units", "1", "-o", file.resolve("sub").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("无法创建目录").doesNotContain("Exception");
        ParseCommandTest.Run usage = run("generate", "--units", "many", "-o", dir.toString());
        assertThat(usage.exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void helpSaysWhatItDoesInChinese() {
        ParseCommandTest.Run r = run("generate", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("模拟", "--units", "--years", "--seed", "--force", "退出码");
    }
}
