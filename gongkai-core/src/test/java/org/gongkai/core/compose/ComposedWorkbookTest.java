package org.gongkai.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.SharedFixtures;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Finding;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Fact;
import org.gongkai.core.model.FactKey;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.read.DisclosureReader;
import org.gongkai.core.read.UnreadableInputException;
import org.gongkai.core.write.DisclosureRenderer;
import org.gongkai.core.write.RenderFormat;
import org.gongkai.core.write.RenderedFile;
import org.gongkai.core.workbook.WorkbookFixture;
import org.gongkai.core.write.text.DisclosureTextWriter;
import org.junit.jupiter.api.Test;

/**
 * The reference unit's 2024 workbook made into a whole disclosure: its facts are the published
 * document's facts, its findings point at sheet and cell, and a change to one cell shows where a
 * user would expect it. The workbook is {@code workbook/liulin-2024-input.xlsx}, written from the
 * published seed (see WorkbookFixture).
 */
class ComposedWorkbookTest {

    private static final InputReader READER = InputReader.withBundledTemplates();

    static byte[] fixture() {
        return WorkbookFixture.committed();
    }

    static byte[] edited(Consumer<XSSFWorkbook> edit) {
        return WorkbookFixture.edited(edit);
    }

    static Cell cell(XSSFWorkbook wb, String sheet, String ref) {
        return WorkbookFixture.cell(wb, sheet, ref);
    }

    static Disclosure composed(byte[] xlsx) {
        try {
            return READER.read(xlsx, "填报.xlsx");
        } catch (UnreadableInputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static Map<FactKey, Money> byKey(FactSet facts) {
        Map<FactKey, Money> out = new TreeMap<>(java.util.Comparator.comparing(FactKey::toString));
        for (Fact f : facts.facts()) {
            out.put(f.key(), f.amount());
        }
        return out;
    }

    static List<Finding> findings(Disclosure d, Severity s) {
        return Checker.standard().check(d).findings().stream().filter(f -> f.severity() == s).toList();
    }

    @Test
    void theWorkbooksFactsAreThePublishedDocumentsFacts() {
        Disclosure d = composed(fixture());
        Map<FactKey, Money> published = byKey(SharedFixtures.seed().facts());
        assertThat(published).hasSize(74);
        assertThat(byKey(d.facts())).isEqualTo(published);
        assertThat(d.facts().conflicts()).isEmpty();
    }

    @Test
    void theWorkbookMakesTheWholeDisclosure() {
        Disclosure d = composed(fixture());
        Disclosure seed = SharedFixtures.seed();
        assertThat(d.metadata().unitName()).isEqualTo("柳林县人力资源和社会保障局");
        assertThat(d.metadata().year()).isEqualTo(2024);
        assertThat(d.tables()).hasSize(13);
        assertThat(d.tables()).extracting(t -> t.number()).containsExactly("表一", "表二", "表三", "表四", "表五", "表六", "表七",
                "表八", "表九", "表十", "表十一", "表十二", "表十三");
        assertThat(d.narrative().sections()).hasSize(12);
        assertThat(d.performanceTargets()).hasSize(8);
        assertThat(d.catalogue().itemCount()).isEqualTo(seed.catalogue().itemCount()).isEqualTo(1835);
        assertThat(d.glossary()).hasSameSizeAs(seed.glossary());
        assertThat(d.profile().duties()).isEqualTo(seed.profile().duties());
        // 情况说明 is written from the tables: its total is the tables' total
        assertThat(d.narrative().sections().get(0).allParagraphs().get(0).text()).contains("1,934.62万元");
    }

    @Test
    void everyFindingOnAWorkbookPointsAtASheetAndCell() {
        CheckReport report = Checker.standard().check(composed(fixture()));
        List<Finding> placed = report.findings().stream().filter(f -> f.location().position().isKnown()).toList();
        assertThat(placed).isNotEmpty();
        assertThat(placed).allSatisfy(f -> assertThat(f.location().position().sheet()).isNotNull());
        // the slip in the seed's 补充业务费 form (a digit short in its 填报日期) is found at its row of 绩效目标
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("PERF-007"))
                .extracting(f -> f.location().position().sheet()).containsExactly("绩效目标");
        // a reason the seed never stated is asked for in the cell where it goes
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("PROSE-014"))
                .extracting(f -> f.location().position().describe()).contains("变动原因!B9");
    }

    @Test
    void aReasonTypedInItsCellClearsTheFindingThatAskedForIt() {
        List<String> before = findings(composed(fixture()), Severity.ERROR).stream()
                .map(f -> f.location().position().describe()).toList();
        assertThat(before).contains("变动原因!B9");
        Disclosure after = composed(edited(wb -> cell(wb, "变动原因", "B9").setCellValue("上级提前下达的就业补助资金减少")));
        List<String> now = findings(after, Severity.ERROR).stream().map(f -> f.location().position().describe()).toList();
        assertThat(now).doesNotContain("变动原因!B9").hasSize(before.size() - 1);
        assertThat(after.narrative().section("一般公共预算支出").orElseThrow().allParagraphs().get(0).text())
                .contains("主要原因是上级提前下达的就业补助资金减少");
    }

    @Test
    void aFormFigureThatDisagreesWithItsProjectIsFoundAtItsCell() {
        // 补充业务费: 99.62 万元 in 项目 (表十二); its form's 年度资金总额 is 绩效目标!O10
        List<Finding> ok = Checker.standard().check(composed(fixture())).findings().stream()
                .filter(f -> f.ruleId().equals("PERF-002") && f.severity() == Severity.ERROR).toList();
        assertThat(ok).isEmpty();
        List<Finding> wrong = Checker.standard().check(composed(edited(wb -> cell(wb, "绩效目标", "O10").setCellValue(896160))))
                .findings().stream().filter(f -> f.ruleId().equals("PERF-002") && f.severity() == Severity.ERROR).toList();
        assertThat(wrong).extracting(f -> f.location().position().describe()).containsExactly("绩效目标!O10");
    }

    @Test
    void aChangedAmountMovesTheTablesAndTheProseWithIt() {
        Disclosure before = composed(fixture());
        // 机关服务 (2080103) 基本支出 43.94 → 53.94
        Disclosure after = composed(edited(wb -> cell(wb, "收支预算", "D5").setCellValue(53.94)));
        Money t3Before = before.table("T3").orElseThrow().entry("main", "合计").orElseThrow().money("total", MoneyUnit.WAN_YUAN);
        Money t3After = after.table("T3").orElseThrow().entry("main", "合计").orElseThrow().money("total", MoneyUnit.WAN_YUAN);
        assertThat(t3After.minus(t3Before)).isEqualTo(Money.of("10.00", MoneyUnit.WAN_YUAN));
        assertThat(after.narrative().sections().get(0).allParagraphs().get(0).text()).contains("1,944.62万元");
        // the workbook as given has tables that agree; with 10 万元 more 基本支出 by function and the
        // same breakdown by economic item, 表五 and 表六 no longer do, and the checker says so
        assertThat(findings(before, Severity.ERROR)).extracting(Finding::ruleId).noneMatch(id -> id.startsWith("TBL"));
        List<Finding> tables = findings(after, Severity.ERROR).stream().filter(f -> f.ruleId().startsWith("TBL")).toList();
        assertThat(tables).extracting(Finding::ruleId).containsOnly("TBL-011").isNotEmpty();
        assertThat(tables).extracting(f -> f.location().position().describe()).contains("工作表“基本支出经济分类”");
        // and the fact that moved is positioned at the cell
        assertThat(after.facts().facts()).filteredOn(f -> "2080103".equals(f.key().function()) && f.key().spending() != null)
                .flatExtracting(Fact::sources).extracting(s -> s.position().describe()).contains("收支预算!D5");
    }

    @Test
    void theOperatingCostsTheUnitDeclaresArePrintedAndComparedWithItsPublicSpending() {
        // the reference unit declares 21.19 万元, as its 表十一 printed; its 公用经费 rows add to 21.20 (its
        // 表六 printed 21.19, rounded from figures it did not publish): 表十一 prints what is declared,
        // and the checker points out the cent at the cell it was typed in
        Disclosure same = composed(fixture());
        assertThat(same.table("T11").orElseThrow().entry("main", "total").orElseThrow().money("total", MoneyUnit.WAN_YUAN))
                .isEqualTo(Money.of("21.19", MoneyUnit.WAN_YUAN));
        assertThat(findings(same, Severity.WARNING)).filteredOn(f -> f.ruleId().equals("TBL-014"))
                .extracting(Finding::message).singleElement().asString().contains("相差-0.01");
        // a 事业单位 whose 机关运行经费 is not its 公用经费: 表十一 and 情况说明 state what it declares, and the
        // checker asks about the difference at the cell it was typed in
        Disclosure other = composed(edited(wb -> cell(wb, "三公经费", "B7").setCellValue(25)));
        assertThat(other.table("T11").orElseThrow().entry("main", "total").orElseThrow().amount("total").orElseThrow().text())
                .isEqualTo("25.00");
        assertThat(other.narrative().section("机关运行经费").orElseThrow().allParagraphs().get(0).text()).contains("25.00万元");
        assertThat(findings(other, Severity.WARNING)).filteredOn(f -> f.ruleId().equals("TBL-014"))
                .singleElement().satisfies(f -> {
                    assertThat(f.location().position().describe()).isEqualTo("三公经费!B7");
                    assertThat(f.message()).contains("相差+3.80");
                });
    }

    @Test
    void theHtmlReportShowsEachFindingBesideTheRowsOfItsOwnSheet() {
        // row 8 of 绩效目标 is not row 8 of 收支预算: a finding on a form shows the form, not a table
        Disclosure d = composed(fixture());
        CheckReport report = Checker.standard().check(d);
        String html = org.gongkai.core.report.CheckReportHtmlWriter.write(d, report);
        int at = html.indexOf("绩效目标!P8");
        assertThat(at).isPositive();
        String context = html.substring(at, html.indexOf("PERF-004", at + 1));
        assertThat(context).contains("项目支出绩效目标表").doesNotContain("预算收入总表");
    }

    @Test
    void writtenAsTextAndReadBackItIsTheSameDisclosure() {
        Disclosure d = composed(fixture());
        Disclosure back = DisclosureReader.withBundledTemplates().readText(DisclosureTextWriter.write(d), "composed.txt");
        assertThat(back.tables()).hasSize(13);
        assertThat(byKey(back.facts())).isEqualTo(byKey(d.facts()));
        assertThat(back.performanceTargets()).hasSize(8);
    }

    @Test
    void everyFormatIsWrittenFromTheWorkbook() {
        Disclosure d = composed(fixture());
        for (RenderFormat f : RenderFormat.values()) {
            List<RenderedFile> files = DisclosureRenderer.render(d, f, "填报", false);
            assertThat(files).isNotEmpty().allSatisfy(r -> assertThat(r.bytes().length).isGreaterThan(1000));
        }
        String html = new String(DisclosureRenderer.render(d, RenderFormat.HTML, "填报", false).get(0).bytes(), StandardCharsets.UTF_8);
        assertThat(html).contains("表十三", "项目支出预算表（上年结转）", "单位预算收支数据变动情况及原因", "133.70");
    }

    @Test
    void aPlatformExportIsReadWithADraftedExplanation() throws Exception {
        byte[] export;
        try (InputStream in = getClass().getResourceAsStream("/platform/liulin-2024-export.xlsx")) {
            export = in.readAllBytes();
        }
        Disclosure d = READER.read(export, "liulin-2024-export.xlsx");
        assertThat(byKey(d.facts())).isEqualTo(byKey(SharedFixtures.seed().facts()));
        assertThat(d.narrative().sections()).hasSize(12);
        // the platform has no 上年数 or 变动原因: the draft says what is still to be supplied
        assertThat(findings(d, Severity.ERROR)).extracting(Finding::ruleId).contains("PROSE-014");
    }
}
