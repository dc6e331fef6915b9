package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.read.Companions;
import org.gongkai.core.read.DisclosureReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checker on every real disclosure in {@code fixtures/real}: no rule breaks on any of them,
 * the findings are listed document by document in {@code target/fixtures-check-report.txt}, and
 * mistakes of the kinds the rules are for are found in documents other than the reference one.
 */
class RealFixturesCheckTest {

    private static final Map<String, String> REPORT = new TreeMap<>();
    /** The standard rules on two threads, whatever the machine: each document's report is compared with one thread's. */
    private static final Checker TWO_THREADS = new Checker(RuleCatalog.rules(), true);

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> s = Files.walk(SharedFixtures.realFixtures())) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList().stream();
        }
    }

    private static CheckReport check(String relative) throws Exception {
        Disclosure d = DisclosureReader.withBundledTemplates().read(SharedFixtures.realFixtures().resolve(relative));
        return Checker.standard().check(d);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyRuleRunsOrSaysWhyNot(Path pdf) throws Exception {
        Disclosure d = DisclosureReader.withBundledTemplates().read(pdf);
        CheckReport r = TWO_THREADS.check(d);
        CheckReport oneThread = TWO_THREADS.oneThread().check(d);
        assertThat(r.findings()).as("two threads against one").containsExactlyElementsOf(oneThread.findings());
        assertThat(r.ledger()).as("two threads against one").containsExactlyElementsOf(oneThread.ledger());
        assertThat(r.ledger()).hasSize(RuleCatalog.rules().size());
        assertThat(r.ledger()).as("rules that broke on %s", pdf.getFileName())
                .noneMatch(l -> l.reason() != null && l.reason().startsWith("规则执行出错"));
        assertThat(r.ledger()).allMatch(l -> l.outcome() == Outcome.RAN || l.reason() != null && !l.reason().isBlank());
        StringBuilder b = new StringBuilder();
        b.append("## ").append(SharedFixtures.realFixtures().relativize(pdf)).append('\n');
        b.append("- 模板 ").append(d.templateId()).append("；错误 ").append(r.count(Severity.ERROR)).append("，警告 ")
                .append(r.count(Severity.WARNING)).append("，提示 ").append(r.count(Severity.INFO)).append('\n');
        for (Finding f : r.findings()) {
            b.append("- ").append(f.severity().label()).append(' ').append(f.ruleId()).append(' ').append(f.message())
                    .append("  @").append(f.location().describe()).append('\n');
        }
        long notRun = r.ledger().stream().filter(l -> l.outcome() != Outcome.RAN).count();
        b.append("- 未运行的规则 ").append(notRun).append(" 条（不适用或无法检查，各有原因）\n\n");
        synchronized (REPORT) {
            REPORT.put(pdf.toString(), b.toString());
        }
    }

    @Test
    void aShareThatCannotBeRightIsFoundInAShanghaiFinalAccount() throws Exception {
        CheckReport r = check("shanghai/上海市普陀区财政局2024年度部门决算.pdf");
        assertThat(r.findings("PROSE-001")).anyMatch(f -> f.severity() == Severity.ERROR && f.message().contains("71.73%"));
    }

    /**
     * The Shanghai district budget's 部门预算编制说明, read since its 目录's sections are its parts,
     * has seven errors, each a real one:
     * <ul>
     * <li>"政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元" (the sentence before it, copied): PROSE-015;</li>
     * <li>item 3: "2022年当年预算执行数为11.67万元，2023年预算安排45.41万元，比2022年预算执行数增加314.82%":
     * 289.12% (PROSE-002);</li>
     * <li>item 16: its 220.63万元 written as "2023年预算安排441.25万元，…增加60.54%", item 15's figures copied:
     * 232.79% on its own 132.59万元 (PROSE-002), and its 220.63万元 restated as 441.25万元 (PROSE-006);</li>
     * <li>items 2 and 17: "预算执行数为0万元，…增加100.00%" (PROSE-011);</li>
     * <li>page 30, the project's building: "地上建筑面积为8013平方米（其中计容面积7998平方米，不计容面积105平方米）",
     * 8103 in its parts (PROSE-016). With 8103, 8103 + 5356 would make the "约为13459平方米" stated first; a
     * rough total is not added up to, so the slip is reported once.</li>
     * </ul>
     * The two years' figures have names of their own (预算执行数, 预算安排), and the change names the one
     * it is measured against. Its thirty items ("1. “…（项）”2.63万元…2023年预算安排2.63万元") each
     * name a 预算安排 of their own and are not taken for one quantity stated thirty ways (PROSE-006);
     * "比2022年（上一年度，下同）预算增加1421.25万元" is a change, not an item of the income (PROSE-013).
     */
    @Test
    void theSevenErrorsOfAShanghaiBudgetAreFound() throws Exception {
        CheckReport r = check("shanghai/上海市普陀区万里街道办事处2023年部门预算.pdf");
        assertThat(r.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(f -> f.ruleId()))
                .containsExactlyInAnyOrder("PROSE-015", "PROSE-002", "PROSE-002", "PROSE-011", "PROSE-011", "PROSE-006", "PROSE-016");
        assertThat(r.findings("PROSE-016")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("“地上建筑面积”8013平方米，括号内所列2项之和为8103平方米，超出90平方米");
            // as every rule reports: expected what the parts make, actual the total printed, actual − expected
            assertThat(List.of(f.expected(), f.actual(), f.difference())).containsExactly("8103", "8013", "-90");
        });
        assertThat(r.findings("PROSE-006")).singleElement().satisfies(f -> assertThat(f.message())
                .contains("“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”（2023年）先写作220.63万元，后写作441.25万元"));
        assertThat(r.findings("PROSE-015")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("政府性基金拨款支出预算", "1421.25", "-1421.25"));
        assertThat(r.findings("PROSE-002")).anySatisfy(f -> {
            assertThat(f.message()).contains("314.82%", "11.67", "289.12%");
            // the sentence begins on the item's second line, page 6
            assertThat(f.location().position()).isEqualTo(SourcePosition.line(6, 14));
        });
        assertThat(r.findings("PROSE-002")).extracting(f -> f.message())
                .anySatisfy(m -> assertThat(m).contains("441.25", "60.54%", "132.59", "232.79%",
                        "机关事业单位职业年金缴费支出（项）预算安排441.25万元")); // which item's 预算安排 it is
        assertThat(r.findings("PROSE-011")).hasSize(2).allMatch(f -> f.message().contains("100.00%"));
        // its tables agree with one another: 表二合计 = 表一收入总计, 表八合计 = 表五基本支出 … all checked, none wrong
        assertThat(r.ledger("TBL-019").outcome()).isEqualTo(Outcome.RAN);
        assertThat(r.findings("TBL-019")).isEmpty();
        // written out as text (gongkai render --to txt) and checked again: the same errors, with the same messages
        Disclosure text = DisclosureReader.withBundledTemplates().readText(
                SharedFixtures.realAsText("shanghai/上海市普陀区万里街道办事处2023年部门预算.pdf"), "rewritten.txt");
        assertThat(Checker.standard().check(text).findings().stream().filter(f -> f.severity() == Severity.ERROR).map(f -> f.message()))
                .containsExactlyInAnyOrderElementsOf(r.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(f -> f.message()).toList());
    }

    /**
     * 省人大常委会2019's 会议费: "比上年预算增加164.48万元，主要原因按规定运转类专项经费统一压减10%": the
     * 10% is the cut the reason speaks of, not the 会议费's growth; no PROSE-002 or PROSE-004 says it is.
     */
    @Test
    void aPerCentInTheReasonIsNotTakenForTheChange() throws Exception {
        CheckReport r = check("jiangsu/江苏省人大办公厅/江苏省人大常委会2019年度部门预算公开.pdf");
        assertThat(r.findings("PROSE-002")).noneMatch(f -> f.message().contains("1469.73"));
        assertThat(r.findings("PROSE-004")).noneMatch(f -> f.message().contains("164.48"));
    }

    /**
     * 省政协2017's 五、: "财政拨款预算支出9,066.79万元，…其中：" heads a list by 类, "（一）一般公共服务支出（类）"
     * (a heading, its five 项 under it), "（二）…（款）" / "未归口管理的…（项）支出1,509.72万元" (a paragraph,
     * its two lines read as one), "（三）住房保障支出（类）". The five 项 under （一） are not the list: no
     * PROSE-013 says 6,463.55万元 falls short of 9,066.79万元.
     */
    @Test
    void theItemsUnderAHeadingAreNotTakenForTheListTheHeadingIsIn() throws Exception {
        CheckReport r = check("jiangsu/江苏省政协办公厅/江苏省政协办公厅2017年度部门预算.pdf");
        assertThat(r.findings("PROSE-013")).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void growthOfAHundredPerCentFromNothingIsFoundInAJiangsuCourtBudget() throws Exception {
        CheckReport r = check("jiangsu/江苏省高级人民法院/省法院2018年度部门预算公开.pdf");
        assertThat(r.findings("PROSE-011")).hasSizeGreaterThanOrEqualTo(2).allMatch(f -> f.message().contains("100%"));
    }

    @Test
    void templateLeftoversAreFoundInAJiangsuText() throws Exception {
        CheckReport r = check("jiangsu/江苏省人大办公厅/江苏省人大常委会2019年度部门预算公开.pdf");
        assertThat(r.findings("PROSE-009")).anyMatch(f -> f.message().contains("增加（减少）"));
    }

    @Test
    void anEmptyTableWithoutItsNoteIsFoundInAJiangsuTableSet() throws Exception {
        CheckReport r = check("jiangsu/江苏省人大办公厅/江苏省人大常委会办公厅2019年部门预算公开表.pdf");
        assertThat(r.findings("DOC-002")).singleElement().satisfies(f -> assertThat(f.message()).contains("政府性基金").contains("未注明"));
    }

    @Test
    void aPercentageWithItsDecimalPointSlippedIsFoundInAJiangsuProcuratorateBudget() throws Exception {
        CheckReport r = check("jiangsu/江苏省人民检察院/2018年省检察院部门预算公开.pdf");
        assertThat(r.findings("PROSE-002")).anyMatch(f -> f.severity() == Severity.ERROR && f.message().contains("0.06%")
                && f.message().contains("0.60%"));
    }

    @Test
    void noTableIdentityFailsOnTheJiangsuTableSetsOnceTheyAreReadRight() throws Exception {
        for (String tables : new String[] {"jiangsu/江苏省委办公厅/江苏省委办公厅2017年预算公开表格.pdf",
            "jiangsu/江苏省政协办公厅/江苏省政协办公厅2018度部门预算公开表.pdf", "jiangsu/江苏省人民检察院/2019年度部门预算公开.pdf"}) {
            CheckReport r = check(tables);
            assertThat(r.findings()).as(tables).noneMatch(f -> f.ruleId().startsWith("TBL-") && f.severity() == Severity.ERROR);
            assertThat(r.ledger("TBL-001").outcome()).isEqualTo(Outcome.RAN);
            assertThat(r.ledger("TBL-019").outcome()).as(tables).isEqualTo(Outcome.RAN);
        }
    }

    @Test
    void aTextWithoutItsTablesGetsOneFindingNotTwelve() throws Exception {
        CheckReport r = check("jiangsu/江苏省委办公厅/江苏省委办公厅2019年度部门预算公开文件.pdf");
        assertThat(r.findings("DOC-001")).singleElement().satisfies(f -> assertThat(f.message()).contains("全部12张"));
        assertThat(r.ledger("PERF-001").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void aTableSetWithoutItsTextIsToldOnceThatItsExplanationIsMissing() throws Exception {
        CheckReport r = check("jiangsu/江苏省委办公厅/江苏省委办公厅2018年度部门预算公开表.pdf");
        // the Jiangsu template lists no sections, yet a disclosure explains its tables
        assertThat(r.findings("DOC-008")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("情况说明一节也没有（本文件只有报表；情况说明若另附于其他文件，请与之一并检查）"));
        // with its text, nothing is missing
        CheckReport joined = Checker.standard().check(Companions.join(
                DisclosureReader.withBundledTemplates().read(SharedFixtures.realFixtures()
                        .resolve("jiangsu/江苏省委办公厅/江苏省委办公厅2018年度部门预算公开文件.pdf")),
                DisclosureReader.withBundledTemplates().read(SharedFixtures.realFixtures()
                        .resolve("jiangsu/江苏省委办公厅/江苏省委办公厅2018年度部门预算公开表.pdf"))));
        assertThat(joined.findings("DOC-008")).isEmpty();
    }

    /**
     * Each folder's text and tables files of one disclosure, checked as one: every rule runs or
     * says why not, and the findings are listed after the files' own, under both names.
     */
    @Test
    void aFoldersTextAndTablesFilesCheckedTogether() throws Exception {
        List<Path> folders;
        try (Stream<Path> s = Files.walk(SharedFixtures.realFixtures())) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        }
        int pairs = 0;
        for (Path folder : folders) {
            List<Path> files;
            try (Stream<Path> s = Files.list(folder)) {
                files = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
            }
            List<Disclosure> docs = new ArrayList<>();
            for (Path f : files) {
                docs.add(DisclosureReader.withBundledTemplates().read(f));
            }
            for (int[] p : Companions.pairs(docs)) {
                pairs++;
                CheckReport r = Checker.standard().check(Companions.join(docs.get(p[0]), docs.get(p[1])));
                assertThat(r.ledger()).noneMatch(l -> l.reason() != null && l.reason().startsWith("规则执行出错"));
                StringBuilder b = new StringBuilder();
                b.append("## 合并检查：").append(SharedFixtures.realFixtures().relativize(files.get(p[0]))).append(" + ")
                        .append(files.get(p[1]).getFileName()).append('\n');
                b.append("- 错误 ").append(r.count(Severity.ERROR)).append("，警告 ").append(r.count(Severity.WARNING)).append("，提示 ")
                        .append(r.count(Severity.INFO)).append('\n');
                for (Finding f : r.findings()) {
                    b.append("- ").append(f.severity().label()).append(' ').append(f.ruleId()).append(' ').append(f.message())
                            .append("  @").append(f.location().describe()).append('\n');
                }
                b.append('\n');
                synchronized (REPORT) {
                    REPORT.put("\uffff" + files.get(p[0]), b.toString()); // after every file's own
                }
            }
        }
        assertThat(pairs).isEqualTo(7);
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path out = Path.of("target/fixtures-check-report.txt");
        Files.createDirectories(out.getParent());
        StringBuilder b = new StringBuilder("# What gongkai check finds in fixtures/real\n\n");
        REPORT.values().forEach(b::append);
        Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
    }
}
