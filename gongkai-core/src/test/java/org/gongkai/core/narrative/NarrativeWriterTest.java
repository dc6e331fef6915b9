package org.gongkai.core.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Finding;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Paragraph;
import org.gongkai.core.read.DisclosureReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The explanation written from the reference document's tables and the 2023 figures and reasons its
 * own prose states: right where the published prose is wrong, and clean under the PROSE rules.
 */
class NarrativeWriterTest {

    private static Disclosure seed;
    private static UnitStatements stated;
    private static Narrative written;

    @BeforeAll
    static void writeTheSeedAgain() throws Exception {
        seed = DisclosureReader.withBundledTemplates().read(SharedFixtures.seedFile());
        stated = UnitStatementsReader.read(seed);
        written = NarrativeWriter.standard().write(seed, stated);
    }

    // ---------------------------------------------------------------- (a) right where the seed is wrong

    @Test
    void operatingCostsFallIsComputedAgainstLastYear() {
        String published = text(seed.narrative(), "机关运行经费");
        String generated = text(written, "机关运行经费");
        // published: "…23.06万元；比2022年相减少了1.87万元，下降比例0.08%；"
        assertThat(published).contains("比2022年相减少了1.87万元").contains("下降比例0.08%");
        assertThat(generated).contains("机关运行经费财政拨款预算21.19万元，2023年机关运行经费财政拨款预算23.06万元，比上年减少1.87万元，下降8.11%，"
                + "主要原因是人员减少2人，正常退休。");
        assertThat(generated).doesNotContain("0.08%").doesNotContain("2022");
    }

    @Test
    void advanceFundsDifferenceIsExactAndStatedOnce() {
        String published = text(seed.narrative(), "收支数据变动");
        String generated = text(written, "收支数据变动");
        // published: 882.55 − 298.55 written "比上年减少583万元，减少比例66%", and 2023 stated first as 882.55, then as 881
        assertThat(published).contains("比上年减少583万元").contains("882.55万元").contains("881万元");
        String comparison = "2023年上级就业补助资金提前下达资金882.55万元，2024年上级就业补助资金提前下达资金298.55万元，比上年减少584.00万元，下降66.17%";
        assertThat(paragraphs(written, "收支数据变动")).hasSize(2).allSatisfy(p -> assertThat(p).contains(comparison));
        assertThat(generated).doesNotContain("583万元").doesNotContain("881").doesNotContain("66%。");
        assertThat(generated).contains("预算收入总计1,934.61万元，比上年减少642.41万元，下降24.93%，主要原因是")
                .contains("预算支出总计1,934.61万元，比上年减少642.41万元，下降24.93%，主要原因是");
    }

    @Test
    void threePublicExpensesThatDifferAreNotCalledTheSame() {
        String published = text(seed.narrative(), "三公");
        String generated = text(written, "三公");
        // published: "…“三公”经费预算3.1万元与2023年3.11万元预算数相同。。"
        assertThat(published).contains("3.1万元与2023年3.11万元预算数相同");
        assertThat(generated).contains("“三公”经费预算3.10万元，比上年减少0.01万元，下降0.32%")
                .contains("公务接待费0.10万元，比上年减少0.01万元，下降9.09%")
                .doesNotContain("相同");
        // 持平 only where the figures are equal: 因公出国（境）费 0 and 0, 购置费 0 and 0, 运行维护费 3.00 and 3.00
        assertThat(generated).contains("因公出国（境）费0.00万元，与上年持平").contains("公务用车购置费0.00万元，与上年持平")
                .contains("公务用车运行维护费3.00万元，与上年持平");
        assertThat(count(generated, "持平")).isEqualTo(3);
    }

    @Test
    void everyComparisonIsWithTheYearBefore() {
        assertThat(text(seed.narrative(), "机关运行经费")).contains("比2022年");
        String all = all(written);
        assertThat(all).doesNotContain("2022年");
        Matcher m = java.util.regex.Pattern.compile("比(\\d{4}年|上年)").matcher(all);
        int n = 0;
        while (m.find()) {
            assertThat(m.group(1)).isEqualTo("上年");
            n++;
        }
        assertThat(n).isGreaterThanOrEqualTo(8);
    }

    @Test
    void basicAndProjectSpendingAreTheTablesTotals() {
        String published = text(seed.narrative(), "绩效管理");
        // published: "其中基本支出119.62万元，项目支出898.55万元（…八项之和1018.17万元）"
        assertThat(published).contains("基本支出119.62万元").contains("项目支出898.55万元");
        assertThat(all(written)).doesNotContain("119.62").doesNotContain("898.55");
        assertThat(text(written, "支出预算情况说明")).contains("基本支出232.90万元，占12.04%；项目支出1,701.71万元，占87.96%。");
        assertThat(text(written, "基本支出情况说明")).contains("一般公共预算安排基本支出232.90万元").contains("人员经费211.71万元")
                .contains("公用经费21.19万元");
        // 表十二's total, and the 绩效目标表 sum to it
        assertThat(text(written, "绩效管理")).contains("纳入绩效目标管理的项目8个，涉及资金1,018.17万元")
                .contains("公开项目绩效目标8个，涉及项目金额1,018.17万元，占项目支出预算总额的100.00%");
    }

    @Test
    void sharesAndTheGeneralBudgetAreComputed() {
        assertThat(text(written, "收入预算")).contains("一般公共预算拨款收入1,251.07万元，占64.67%").contains("上年结转683.55万元，占35.33%");
        assertThat(text(written, "一般公共预算支出")).contains("一般公共预算当年支出1,251.07万元，比上年减少701.13万元，下降35.91%")
                .contains("社会保障和就业支出1,217.83万元，占97.34%；卫生健康支出12.03万元，占0.96%；住房保障支出21.21万元，占1.70%")
                .contains("社会保障和就业支出（类）就业补助（款）其他就业补助支出（项）298.55万元");
        assertThat(written.sections()).extracting(NarrativeSection::title).containsExactlyElementsOf(NarrativeWriter.DEFAULT_SECTIONS);
    }

    @Test
    void basicSpendingAndItemsAreComparedWhereTheUnitGaveLastYearsFigures() {
        UnitStatements more = stated
                .withPrior(stated.prior().with(Quantity.BASIC_SPENDING, wan("240.00")).with(Quantity.PERSONNEL_SPENDING, wan("211.71"))
                        .with(Quantity.PUBLIC_SPENDING, wan("28.29")).withItem("2080101", wan("128.40")).withItem("2080799", wan("298.55")))
                .withReasons(stated.reasons().with(Quantity.BASIC_SPENDING, "公用经费压减").with(Quantity.PUBLIC_SPENDING, "压减办公费")
                        .withItem("2080101", ChangeReasons.Reason.of("调整工资标准")));
        Narrative n = NarrativeWriter.standard().write(seed, more);
        assertThat(text(n, "基本支出情况说明"))
                .contains("一般公共预算安排基本支出232.90万元，比上年减少7.10万元，下降2.96%，主要原因是公用经费压减。其中：")
                .contains("人员经费211.71万元，主要包括：基本工资、")
                .contains("其他工资福利支出等，与上年持平；")
                .contains("其他交通费用等，比上年减少7.10万元，下降25.10%，主要原因是压减办公费。");
        assertThat(text(n, "一般公共预算支出"))
                .contains("人力资源和社会保障管理事务（款）行政运行（项）133.70万元，比上年增加5.30万元，增长4.13%，主要原因是调整工资标准。")
                .contains("就业补助（款）其他就业补助支出（项）298.55万元，与上年持平。")
                .contains("机关服务（项）43.94万元，上年为【待补充：2023年机关服务（2080103）】，增减的主要原因是【待补充：机关服务增减原因】。");
        List<Finding> errors = prose(Checker.standard().check(with(seed, n)));
        assertThat(errors).as(describe(errors)).extracting(Finding::ruleId).containsOnly("PROSE-014");
    }

    @Test
    void anotherTemplatesDepartmentBudgetIsWrittenFromItsOwnTables() throws Exception {
        Disclosure jiangsu = DisclosureReader.withBundledTemplates().read(SharedFixtures.realFixtures()
                .resolve("jiangsu/江苏省委办公厅/江苏省委办公厅2019年度部门预算公开表格.pdf"));
        assertThat(jiangsu.templateId()).isEqualTo("jiangsu-department-budget-2019");
        Narrative n = NarrativeWriter.standard().write(jiangsu, UnitStatementsReader.read(jiangsu));
        assertThat(n.title()).isEqualTo("第三部分 2019年度部门预算情况说明");
        assertThat(n.sections().get(0).title()).isEqualTo("部门预算收支数据变动情况及原因");
        // its 支出预算总表 has a third part, 单位预留机动经费: the parts the text lists add up to the total
        assertThat(text(n, "支出预算情况说明")).contains("支出预算27,664.22万元，其中：基本支出11,700.63万元，占42.30%；项目支出13,025.38万元，"
                + "占47.08%；单位预留机动经费2,938.21万元，占10.62%。");
        assertThat(text(n, "三公")).contains("“三公”经费预算508.20万元，上年为【待补充：2018年“三公”经费】")
                .contains("公务接待费27.00万元").contains("公务用车运行维护费411.20万元");
        List<Finding> errors = prose(Checker.standard().check(with(jiangsu, n)));
        assertThat(errors).as(describe(errors)).extracting(Finding::ruleId).containsOnly("PROSE-014");
    }

    // ---------------------------------------------------------------- the inputs the seed states

    @Test
    void lastYearsFiguresAndReasonsAreTakenFromThePublishedProse() {
        PriorYear p = stated.prior();
        assertThat(p.year()).isEqualTo(2023);
        assertThat(p.amount(Quantity.OPERATING_COSTS)).contains(wan("23.06"));        // "2023年…23.06万元"
        assertThat(p.amount(Quantity.THREE_PUBLIC)).contains(wan("3.11"));            // "与2023年3.11万元"
        assertThat(p.amount(Quantity.RECEPTION)).contains(wan("0.11"));               // 0.10 "减少0.01万元"
        assertThat(p.amount(Quantity.VEHICLE_OPERATION)).contains(wan("3.00"));       // "与上年预算数相同"
        assertThat(p.amount(Quantity.GENERAL_BUDGET_CURRENT)).contains(wan("1952.20")); // 1251.07 "减少701.13万元"
        assertThat(p.amount(Quantity.INCOME_TOTAL)).contains(wan("2577.02"));         // 1934.61 "减少642.41万元"
        assertThat(p.amount(Quantity.BASIC_SPENDING)).isEmpty();
        assertThat(stated.reasons().reason(Quantity.OPERATING_COSTS).orElseThrow().text()).isEqualTo("人员减少2人，正常退休");
        assertThat(stated.reasons().reason(Quantity.SPENDING_TOTAL).orElseThrow().comparisons())
                .containsExactly(new ChangeReasons.Comparison("上级就业补助资金提前下达资金", wan("882.55"), wan("298.55")));
        // "3.1万元与2023年3.11万元预算数相同" gives figures but no reason
        assertThat(stated.reasons().reason(Quantity.THREE_PUBLIC)).isEmpty();
        assertThat(stated.note(UnitStatements.OTHER_NOTE)).contains("本单位无其他需要说明的相关情况");
    }

    @Test
    void lastYearMustBeTheYearBefore() {
        assertThatThrownBy(() -> NarrativeWriter.standard().write(seed, PriorYear.of(2022), ChangeReasons.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2023");
    }

    // ---------------------------------------------------------------- (b) the checker on the written text

    @Test
    void theWrittenTextBreaksNoProseRuleOnceTheReasonsAreGiven() {
        List<Finding> before = prose(Checker.standard().check(seed));
        assertThat(before).extracting(Finding::ruleId).contains("PROSE-002", "PROSE-003", "PROSE-004", "PROSE-005", "PROSE-006", "PROSE-007",
                "PROSE-013");

        // the seed states no reason for three changes: those stay visibly unfinished, and nothing else is wrong
        List<Finding> drafted = prose(Checker.standard().check(with(seed, written)));
        assertThat(drafted).extracting(Finding::ruleId).containsOnly("PROSE-014");
        assertThat(drafted).extracting(Finding::actual).containsExactlyInAnyOrder("【待补充：一般公共预算当年支出增减原因】",
                "【待补充：“三公”经费增减原因】", "【待补充：公务接待费增减原因】");

        Narrative finished = NarrativeWriter.standard().write(seed, complete());
        CheckReport report = Checker.standard().check(with(seed, finished));
        assertThat(prose(report)).as(describe(prose(report))).isEmpty();
        assertThat(report.findings()).filteredOn(f -> f.ruleId().startsWith("PROSE") && f.severity() == Severity.WARNING).isEmpty();
        assertThat(all(finished)).contains("公务接待费减少的主要原因是厉行节约，压减接待次数。");
    }

    @Test
    void theWrittenTextPrintedInTheDocumentReadsBackAndPasses() throws Exception {
        Narrative finished = NarrativeWriter.standard().write(seed, complete());
        // the reference document with its 情况说明 replaced by the written one, its 绩效目标表 kept in place
        List<String> lines = SharedFixtures.seedText().lines().toList();
        int part = lines.lastIndexOf("第三部分 2024年度单位预算情况说明");
        int targets = lines.indexOf("（项目绩效目标表公开情况见附件）") + 1;
        int assets = lines.lastIndexOf("十一、国有资产占有使用情况");
        int annex = lines.indexOf("柳林县财政局文件");
        List<NarrativeSection> ss = finished.sections();
        String text = String.join("\n", lines.subList(0, part)) + "\n"
                + NarrativeTextWriter.write(new Narrative(finished.title(), ss.subList(0, 10)))
                + String.join("\n", lines.subList(targets, assets)) + "\n"
                + NarrativeTextWriter.write(new Narrative(null, ss.subList(10, ss.size())))
                + String.join("\n", lines.subList(annex, lines.size())) + "\n";
        Disclosure printed = DisclosureReader.withBundledTemplates().read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "written.txt");

        assertThat(printed.narrative().sections()).extracting(NarrativeSection::title)
                .containsExactlyElementsOf(finished.sections().stream().map(NarrativeSection::title).toList());
        for (NarrativeSection s : finished.sections()) {
            assertThat(paragraphs(printed.narrative(), s.title())).as(s.title()).isEqualTo(paragraphs(finished, s.title()));
        }
        assertThat(printed.performanceTargets()).hasSize(seed.performanceTargets().size());
        List<Finding> errors = prose(Checker.standard().check(printed));
        assertThat(errors).as(describe(errors)).isEmpty();

        // what the printed text states is what it was written from: written again, it is the same text
        UnitStatements again = UnitStatementsReader.read(printed);
        assertThat(again.prior()).isEqualTo(complete().prior());
        assertThat(again.reasons()).isEqualTo(complete().reasons());
        assertThat(all(NarrativeWriter.standard().write(printed, again))).isEqualTo(all(finished));
    }

    private static UnitStatements complete() {
        return stated.withReasons(stated.reasons()
                .with(Quantity.GENERAL_BUDGET_CURRENT, "上级提前下达的就业补助资金减少")
                .with(Quantity.THREE_PUBLIC, "压减公务接待费")
                .with(Quantity.RECEPTION, "厉行节约，压减接待次数"));
    }

    // ---------------------------------------------------------------- (c) without last year's figures

    @Test
    void withoutLastYearEveryComparisonIsAPlaceholderAndTheDraftCannotPass() {
        Narrative draft = NarrativeWriter.standard().write(seed, UnitStatements.none(2024));
        String all = all(draft);
        assertThat(all).contains("预算收入总计1,934.61万元，上年为【待补充：2023年收入总计】，增减的主要原因是【待补充：收入总计增减原因】")
                .contains("2023年机关运行经费财政拨款预算【待补充：2023年机关运行经费】，主要原因是【待补充：机关运行经费增减原因】")
                .contains("公务接待费0.10万元，上年为【待补充：2023年公务接待费】")
                .doesNotContain("持平").doesNotContain("增加").doesNotContain("减少").doesNotContain("%，主要原因");
        int placeholders = count(all, "【待补充：");
        assertThat(placeholders).isGreaterThanOrEqualTo(18);

        List<Finding> found = Checker.standard().check(with(seed, draft)).findings("PROSE-014");
        assertThat(found).hasSize(placeholders).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("尚有待补充的内容：【待补充：");
        });
        assertThat(found).extracting(Finding::actual).contains("【待补充：2023年“三公”经费】", "【待补充：2023年机关运行经费】",
                "【待补充：“三公”经费增减原因】");

        // and the other way: the rule is silent on the published text and on a finished draft
        assertThat(Checker.standard().check(seed).findings("PROSE-014")).isEmpty();
        assertThat(Checker.standard().check(seed).ledger("PROSE-014")).isNotNull();
    }

    @Test
    void thePlaceholderTheWriterMakesIsTheOneTheRuleFinds() {
        String p = Placeholder.of("2023年基本支出");
        assertThat(p).isEqualTo("【待补充：2023年基本支出】");
        assertThat(Placeholder.in("基本支出232.90万元，上年为" + p)).isTrue();
        assertThat(Placeholder.in("按照2023年采购目录（柳财综（2023）482号、晋财综【2023】43号）")).isFalse();
    }

    // ---------------------------------------------------------------- helpers

    private static Money wan(String v) {
        return Money.of(v, MoneyUnit.WAN_YUAN);
    }

    private static Disclosure with(Disclosure d, Narrative n) {
        return new Disclosure(d.metadata(), d.templateId(), d.profile(), d.facts(), d.tables(), n, d.performanceTargets(), d.assets(),
                d.procurement(), d.catalogue(), d.glossary(), d.notes(), d.source());
    }

    private static List<Finding> prose(CheckReport r) {
        return r.findings().stream().filter(f -> f.ruleId().startsWith("PROSE") && f.severity() == Severity.ERROR).toList();
    }

    private static String describe(List<Finding> fs) {
        return fs.stream().map(f -> f.ruleId() + " " + f.message()).collect(Collectors.joining("\n"));
    }

    private static List<String> paragraphs(Narrative n, String section) {
        return n.section(section).orElseThrow().allParagraphs().stream().map(Paragraph::text).toList();
    }

    private static String text(Narrative n, String section) {
        return String.join("\n", paragraphs(n, section));
    }

    private static String all(Narrative n) {
        return n.sections().stream().flatMap(s -> s.allParagraphs().stream()).map(Paragraph::text).collect(Collectors.joining("\n"));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
