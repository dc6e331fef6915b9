package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Finding;
import org.gongkai.core.check.LedgerEntry;
import org.gongkai.core.check.Outcome;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.report.CheckReportTextWriter;
import org.junit.jupiter.api.Test;

/**
 * A disclosure published as two files, its text in one and its tables in the other: the reference
 * document cut in two (第二部分 apart) and joined again checks as the whole does; the Jiangsu
 * fixtures' text and table files pair up by folder, year and unit.
 */
class CompanionsTest {

    private static final DisclosureReader READER = DisclosureReader.withBundledTemplates();

    private static String[] seedInTwo(String seed) {
        return SharedFixtures.seedInTwo(seed);
    }

    private static List<String> findings(CheckReport r) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            out.add(f.severity() + " " + f.ruleId() + " " + f.message());
        }
        return out;
    }

    private static LedgerEntry ledger(CheckReport r, String ruleId) {
        return r.ledger().stream().filter(e -> e.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void theSeedCutInTwoAndJoinedChecksAsTheWholeDoes() {
        String[] parts = seedInTwo(SharedFixtures.seedText());
        Disclosure text = READER.readText(parts[0], "单位预算公开.txt");
        Disclosure tables = READER.readText(parts[1], "单位预算公开表.txt");
        assertThat(Companions.textOnly(text)).isTrue();
        assertThat(Companions.tablesOnly(tables)).isTrue();
        assertThat(Companions.textOnly(tables)).isFalse();
        assertThat(Companions.tablesOnly(text)).isFalse();

        // apart: the text lacks every table, and its figures cannot be held against them
        CheckReport alone = Checker.standard().check(text);
        assertThat(findings(alone)).anyMatch(f -> f.startsWith("ERROR DOC-001") && f.contains("全部13张报表"));
        assertThat(ledger(alone, "PROSE-007").outcome()).isEqualTo(Outcome.COULD_NOT_RUN);
        // and the tables lack the whole 情况说明, with the forms in it: said once, not once a section or a project
        CheckReport tablesAlone = Checker.standard().check(tables);
        assertThat(findings(tablesAlone).stream().filter(f -> f.contains(" DOC-008 "))).containsExactly(
                "ERROR DOC-008 情况说明全部12节都没有（本文件只有报表；情况说明若另附于其他文件，请与之一并检查）");
        assertThat(ledger(tablesAlone, "PERF-001").outcome()).isEqualTo(Outcome.COULD_NOT_RUN);
        assertThat(text.notes()).anyMatch(n -> n.code().equals("MISSING_TABLE"));
        assertThat(tables.notes()).anyMatch(n -> n.code().equals("MISSING_PART"));

        Disclosure joined = Companions.join(text, tables);
        assertThat(joined.tables()).hasSize(13);
        assertThat(joined.templateId()).isEqualTo("shanxi-unit-budget-2024");
        assertThat(joined.narrative().sections()).hasSize(SharedFixtures.seed().narrative().sections().size());
        assertThat(joined.performanceTargets()).hasSize(8);
        assertThat(joined.metadata().unitName()).isEqualTo("柳林县人力资源和社会保障局");
        assertThat(joined.source().fileName()).isEqualTo("单位预算公开.txt");
        assertThat(joined.companions()).extracting(s -> s.fileName()).containsExactly("单位预算公开表.txt");
        assertThat(joined.notes()).noneMatch(n -> n.code().equals("MISSING_TABLE") || n.code().equals("MISSING_PART"));

        // joined: every rule finds what it finds in the document published whole
        CheckReport whole = Checker.standard().check(SharedFixtures.seed());
        CheckReport together = Checker.standard().check(joined);
        assertThat(findings(together)).containsExactlyInAnyOrderElementsOf(findings(whole));
        assertThat(ledger(together, "PROSE-007").outcome()).isEqualTo(Outcome.RAN);
        assertThat(ledger(together, "PERF-001").outcome()).isEqualTo(Outcome.RAN);
        assertThat(CheckReportTextWriter.write(joined, together)).contains("文件：单位预算公开.txt（报表：单位预算公开表.txt）");
    }

    @Test
    void aFigureOfTheTextThatTheTablesFileContradictsIsFound() {
        String[] parts = seedInTwo(SharedFixtures.seedText());
        Disclosure text = READER.readText(parts[0], "a.txt");
        // 表三's 基本支出 合计, which 情况说明 also states: changed in the tables' file only
        String row = "合计\t\t1934.61\t232.90\t1701.71";
        assertThat(parts[1]).containsOnlyOnce(row);
        String edited = parts[1].replace(row, "合计\t\t1934.61\t242.90\t1701.71");
        CheckReport before = Checker.standard().check(Companions.join(text, READER.readText(parts[1], "b.txt")));
        CheckReport after = Checker.standard().check(Companions.join(text, READER.readText(edited, "b.txt")));
        assertThat(findings(before)).anyMatch(f -> f.startsWith("ERROR PROSE-007") && f.contains("232.90万元"))
                .noneMatch(f -> f.contains("242.90"));
        assertThat(findings(after)).anyMatch(f -> f.startsWith("ERROR PROSE-007") && f.contains("基本支出为242.90万元"));
    }

    @Test
    void filesThatAreNotOneDisclosureAreNotJoined() {
        String[] parts = seedInTwo(SharedFixtures.seedText());
        Disclosure text = READER.readText(parts[0], "a.txt");
        Disclosure tables = READER.readText(parts[1], "b.txt");
        // the wrong way round, two texts, a whole document
        assertThat(Companions.whyNot(tables, text)).get().asString().contains("不是只含文字的文件");
        assertThat(Companions.whyNot(text, text)).get().asString().contains("不是只含报表的文件");
        assertThat(Companions.whyNot(SharedFixtures.seed(), tables)).get().asString().contains("已有报表");
        // another year's tables
        Disclosure lastYear = READER.readText(parts[1].replace("2024年", "2023年"), "c.txt");
        assertThat(lastYear.metadata().year()).isEqualTo(2023);
        assertThat(Companions.whyNot(text, lastYear)).get().asString().contains("2024年").contains("2023年");
        // another unit's tables
        Disclosure other = READER.readText(parts[1].replace("柳林县人力资源和社会保障局", "柳林县教育局"), "d.txt");
        assertThat(Companions.whyNot(text, other)).get().asString().contains("柳林县教育局");
        assertThatThrownBy(() -> Companions.join(text, other)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Companions.whyNot(text, tables)).isEmpty();
        // a text cut short (mid-character) is not joined: what it lacks may be its end, not its tables
        byte[] bytes = parts[0].getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Disclosure cut;
        try {
            cut = READER.read(java.util.Arrays.copyOf(bytes, bytes.length - 1), "cut.txt");
        } catch (UnreadableInputException e) {
            throw new AssertionError(e);
        }
        assertThat(cut.truncation()).isPresent();
        assertThat(Companions.whyNot(cut, tables)).get().asString().contains("不完整");

        // in a folder: the pair is found; a second table file of the same year makes it ambiguous
        assertThat(Companions.pairs(List.of(SharedFixtures.seed(), tables, text, lastYear)))
                .containsExactly(new int[] {2, 1});
        assertThat(Companions.pairs(List.of(text, tables, READER.readText(parts[1], "e.txt")))).isEmpty();
        assertThat(Companions.pairs(List.of(text, other))).isEmpty();
    }

    @Test
    void theJiangsuTextAndTableFilesPairUpByFolderAndCheckAsOne() throws IOException, UnreadableInputException {
        List<String> pairs = new ArrayList<>();
        try (Stream<Path> folders = Files.list(SharedFixtures.realFixtures().resolve("jiangsu"))) {
            for (Path folder : folders.sorted().toList()) {
                List<Path> files;
                try (Stream<Path> s = Files.list(folder)) {
                    files = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
                }
                List<Disclosure> docs = new ArrayList<>();
                for (Path f : files) {
                    docs.add(READER.read(f));
                }
                for (int[] p : Companions.pairs(docs)) {
                    Disclosure joined = Companions.join(docs.get(p[0]), docs.get(p[1]));
                    pairs.add(files.get(p[0]).getFileName() + " + " + files.get(p[1]).getFileName());
                    CheckReport r = Checker.standard().check(joined);
                    assertThat(ledger(r, "DOC-001").errors()).isZero();
                    assertThat(ledger(r, "PROSE-007").outcome()).isEqualTo(Outcome.RAN);
                    // "江苏省委办公厅" in the text, "中共江苏省委办公厅" above the tables: one office
                    assertThat(r.findings()).noneMatch(f -> f.ruleId().equals("DOC-005") && f.severity() == Severity.ERROR);
                }
            }
        }
        assertThat(pairs).containsExactly(
                "江苏省人大常委会2019年度部门预算公开.pdf + 江苏省人大常委会办公厅2019年部门预算公开表.pdf",
                "江苏省委办公厅2017年部门预算.pdf + 江苏省委办公厅2017年预算公开表格.pdf",
                "江苏省委办公厅2018年度部门预算公开文件.pdf + 江苏省委办公厅2018年度部门预算公开表.pdf",
                "江苏省委办公厅2019年度部门预算公开文件.pdf + 江苏省委办公厅2019年度部门预算公开表格.pdf",
                "江苏省政协办公厅2017年度部门预算.pdf + 2017年度部门预算公开表.pdf",
                "江苏省政协办公厅2018年度部门预算.pdf + 江苏省政协办公厅2018度部门预算公开表.pdf",
                "江苏省政协办公厅2019年度部门预算.pdf + 江苏省政协办公厅2019年预算公开表.pdf");
    }
}
