package org.gongkai.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Finding;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tolerance;
import org.gongkai.core.model.Classifications;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.Fact;
import org.gongkai.core.model.FactKey;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.FactSource;
import org.gongkai.core.model.FundingSource;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Period;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.model.SpendingType;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.read.DisclosureReader;
import org.gongkai.core.read.FactExtractor;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalog;
import org.gongkai.core.write.html.HtmlWriter;
import org.gongkai.core.write.text.DisclosureTextWriter;
import org.junit.jupiter.api.Test;

/** The template's 13 tables printed from the reference document's facts, read back and checked. */
class TableProjectorTest {

    private static final Template TEMPLATE = TemplateCatalog.bundled().find("shanxi-unit-budget-2024").orElseThrow();
    private static final String UNIT = "柳林县人力资源和社会保障局";

    private static List<PublishedTable> project(FactSet facts) {
        return new TableProjector(TEMPLATE, Classifications.bundled()).project(facts, 2024, UNIT);
    }

    private static Disclosure seed() {
        return SharedFixtures.seed();
    }

    // ---------------------------------------------------------------- 1. facts back

    @Test
    void projectingTheSeedsFactsAndExtractingThemGivesTheSameFacts() {
        FactSet facts = seed().facts();
        assertThat(facts.size()).isEqualTo(74);

        FactSet back = FactExtractor.extract(TEMPLATE, project(facts));

        assertThat(back.conflicts()).isEmpty();
        assertThat(amounts(back)).isEqualTo(amounts(facts));
    }

    private static Map<FactKey, Money> amounts(FactSet facts) {
        Map<FactKey, Money> out = new HashMap<>();
        for (Fact f : facts.facts()) {
            out.put(f.key(), f.amount());
        }
        return out;
    }

    @Test
    void everyTableOfTheTemplateInOrderNumberedTitledAndNotedWhenEmpty() {
        List<PublishedTable> tables = project(seed().facts());

        assertThat(tables).extracting(PublishedTable::id)
                .containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12", "T13");
        assertThat(tables.get(0).number()).isEqualTo("表一");
        assertThat(tables.get(12).number()).isEqualTo("表十三");
        assertThat(tables.get(2).title()).isEqualTo("2024年预算支出总表");
        assertThat(tables).allSatisfy(t -> {
            assertThat(t.unitName()).isEqualTo(UNIT);
            assertThat(t.unit()).isEqualTo(MoneyUnit.WAN_YUAN);
            assertThat(t.position()).isEqualTo(SourcePosition.UNKNOWN);
        });
        assertThat(tables).filteredOn(PublishedTable::isEmpty).extracting(PublishedTable::id).containsExactly("T7", "T8", "T9");
        assertThat(tables).filteredOn(PublishedTable::isEmpty).extracting(PublishedTable::note).containsOnly("注：本表无数据");
        assertThat(tables).filteredOn(t -> !t.isEmpty()).extracting(PublishedTable::note).containsOnlyNulls();

        // 表一: income and spending side by side under 收入 / 支出, totals on one line
        PublishedTable t1 = tables.get(0);
        assertThat(t1.headerRows().get(0).text(0)).isEqualTo("收入");
        assertThat(t1.headerRows().get(0).text(2)).isEqualTo("支出");
        assertThat(t1.headerRows().get(1).cells()).extracting(c -> c.text())
                .containsExactly("项目", "2024年", "项目", "2024年合计", "当年预算安排", "上年结转安排");
        assertThat(t1.entries("spending")).filteredOn(e -> e.level() == 1).hasSize(30);
        assertThat(t1.entry("spending", "208").orElseThrow().label()).isEqualTo("八、社会保障和就业支出");
        assertThat(t1.entry("income", "general").orElseThrow().label()).isEqualTo("一、一般公共预算");
        assertThat(t1.entry("income", "grandTotal").orElseThrow().row()).isEqualTo(t1.entry("spending", "grandTotal").orElseThrow().row());
        // the printed row as text: blanks where the seed prints blanks, two decimals, no separators
        int row208 = t1.entry("spending", "208").orElseThrow().row();
        assertThat(t1.rows().get(row208).cells()).extracting(c -> c.text())
                .containsExactly("", "", "八、社会保障和就业支出", "1901.38", "1217.84", "683.54");
    }

    @Test
    void rowsAreWhatTheReaderMakesOfThem() {
        List<PublishedTable> tables = project(seed().facts());
        PublishedTable t3 = tables.get(2);
        assertThat(t3.entries().get(0)).extracting(TableEntry::key, TableEntry::role).containsExactly("合计", EntryRole.TOTAL);
        assertThat(t3.entry("main", "208").orElseThrow()).extracting(TableEntry::level, TableEntry::role).containsExactly(1, EntryRole.SUBTOTAL);
        assertThat(t3.entry("main", "20801").orElseThrow()).extracting(TableEntry::level, TableEntry::role).containsExactly(2, EntryRole.SUBTOTAL);
        assertThat(t3.entry("main", "2080101").orElseThrow()).extracting(TableEntry::label, TableEntry::level, TableEntry::role)
                .containsExactly("行政运行", 3, EntryRole.ITEM);

        PublishedTable t6 = tables.get(5);
        assertThat(t6.entries()).extracting(TableEntry::key).startsWith("合计", "301", "30101|50101", "30101|50501");
        assertThat(t6.entry("main", "302").orElseThrow().role()).isEqualTo(EntryRole.SUBTOTAL);
        assertThat(t6.entry("main", "30101|50101").orElseThrow().label()).isEqualTo("基本工资|工资奖金津补贴");

        PublishedTable t12 = tables.get(11);
        assertThat(t12.entries().get(0)).extracting(TableEntry::key, TableEntry::level, TableEntry::role)
                .containsExactly(UNIT, 2, EntryRole.SUBTOTAL);
        assertThat(t12.entries()).hasSize(9);

        PublishedTable t11 = tables.get(10);
        assertThat(t11.entries()).extracting(TableEntry::key).containsExactly("total", UNIT);
    }

    // ---------------------------------------------------------------- 2. against the seed as printed

    /**
     * The seed's printed totals that disagree with its own facts by rounding: the facts are each
     * rounded to 0.01, the seed's totals were rounded from unrounded figures. Each line: table,
     * block, key, column, the seed's figure, and the facts the projected figure adds (named below).
     * The projection prints exactly the sum of those facts; the seed's figure is within
     * {@link Tolerance} of it.
     */
    private static final String TOLERATED = """
            T1 income general amount 1251.07 CURRENT
            T1 income currentTotal amount 1251.07 CURRENT
            T1 income carryOver amount 683.55 CARRY_OVER
            T1 income grandTotal amount 1934.61 CURRENT+CARRY_OVER
            T1 spending 208 current 1217.83 CURRENT_208
            T1 spending 208 carryOver 683.55 CARRY_OVER
            T1 spending currentTotal total 1934.61 CURRENT+CARRY_OVER
            T1 spending currentTotal current 1251.07 CURRENT
            T1 spending currentTotal carryOver 683.55 CARRY_OVER
            T1 spending grandTotal total 1934.61 CURRENT+CARRY_OVER
            T1 spending grandTotal current 1251.07 CURRENT
            T1 spending grandTotal carryOver 683.55 CARRY_OVER
            T2 main 合计 total 1251.07 CURRENT
            T2 main 合计 general 1251.07 CURRENT
            T2 main 合计 carryOver 683.55 CARRY_OVER
            T2 main 208 total 1217.83 CURRENT_208
            T2 main 208 general 1217.83 CURRENT_208
            T2 main 208 carryOver 683.55 CARRY_OVER
            T2 main 20801 total 897.25 CURRENT_20801
            T2 main 20801 general 897.25 CURRENT_20801
            T3 main 合计 total 1934.61 BASIC+PROJECT
            T3 main 合计 basic 232.90 BASIC
            T3 main 20801 total 898.52 BASIC_20801+PROJECT_20801
            T3 main 20801 basic 177.63 BASIC_20801
            T4 income general amount 1251.07 CURRENT
            T4 income currentTotal amount 1251.07 CURRENT
            T4 income carryOver amount 683.55 CARRY_OVER_PROJECTS
            T4 income carryOverGeneral amount 683.55 CARRY_OVER_PROJECTS
            T4 income grandTotal amount 1934.61 CURRENT+CARRY_OVER_PROJECTS
            T4 spending currentTotal total 1934.61 CURRENT+CARRY_OVER
            T4 spending currentTotal general 1934.61 CURRENT+CARRY_OVER
            T4 spending grandTotal total 1934.61 CURRENT+CARRY_OVER
            T4 spending grandTotal general 1934.61 CURRENT+CARRY_OVER
            T5 main 合计 total 1251.07 BASIC+CURRENT_PROJECT
            T5 main 合计 basic 232.90 BASIC
            T5 main 208 total 1217.83 CURRENT_208
            T5 main 20801 total 897.25 CURRENT_20801
            T5 main 20801 basic 177.63 BASIC_20801
            T6 main 合计 total 232.90 PERSONNEL+PUBLIC
            T6 main 合计 public 21.19 PUBLIC
            T6 main 302 total 21.19 PUBLIC
            T6 main 302 public 21.19 PUBLIC
            T11 main total total 21.19 PUBLIC
            T11 main total general 21.19 PUBLIC
            T11 main 柳林县人力资源和社会保障局 total 21.19 PUBLIC
            T11 main 柳林县人力资源和社会保障局 general 21.19 PUBLIC
            T13 main 柳林县人力资源和社会保障局 total 683.55 CARRY_OVER_PROJECTS
            T13 main 柳林县人力资源和社会保障局 general 683.55 CARRY_OVER_PROJECTS
            """;

    /** The facts behind the tolerated figures, as the seed prints them. */
    private static final Map<String, String> FACTS = Map.of(
            "CURRENT", "133.70 43.94 719.62 22.03 298.55 6.63 2.32 3.06 0.02 21.21", // 表二 一般公共预算, every 项
            "CURRENT_208", "133.70 43.94 719.62 22.03 298.55",
            "CURRENT_20801", "133.70 43.94 719.62",
            "CARRY_OVER", "1.27 682.27", // 表二 上年结转 by 项
            "CARRY_OVER_PROJECTS", "100.00 1.27 1.34 35.00 369.40 1.55 174.98", // 表十三's projects
            "BASIC", "133.70 43.94 22.03 6.63 2.32 3.06 0.02 21.21", // 表三/表五 基本支出 by 项
            "PROJECT", "1.27 719.62 980.82",
            "CURRENT_PROJECT", "719.62 298.55",
            "PERSONNEL", "58.26 18.85 37.95 8.80 10.55 14.86 16.31 5.72 6.63 2.32 3.06 2.77 0.20 21.21 4.22",
            "PUBLIC", "2.07 0.50 1.00 0.10 1.19 3.57 1.25 3.00 8.52");

    private static final Map<String, String> MORE_FACTS = Map.of(
            "BASIC_20801", "133.70 43.94",
            "PROJECT_20801", "1.27 719.62");

    /**
     * The seed's 表十三 prints a department row (柳林县人力资源和社会保障局[部门]) above the unit's; a
     * unit's disclosure projects the unit row only, as the seed's own 表十二 does.
     */
    private static final List<String> NOT_PROJECTED = List.of("T13 main 柳林县人力资源和社会保障局[部门]");

    @Test
    void everyAmountTheSeedPrintsIsProjectedTheSameSaveTheSeedsOwnRounding() {
        Disclosure seed = seed();
        List<PublishedTable> projected = project(seed.facts());

        Map<String, String> differences = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        int compared = 0;
        for (PublishedTable s : seed.tables()) {
            PublishedTable p = projected.stream().filter(x -> x.id().equals(s.id())).findFirst().orElseThrow();
            for (TableEntry e : s.entries()) {
                if (e.amounts().isEmpty()) {
                    continue;
                }
                Optional<TableEntry> pe = p.entry(e.block(), e.key());
                if (pe.isEmpty()) {
                    missing.add(s.id() + " " + e.block() + " " + e.key());
                    continue;
                }
                for (Map.Entry<String, PublishedAmount> a : e.amounts().entrySet()) {
                    compared++;
                    PublishedAmount pa = pe.get().amounts().get(a.getKey());
                    if (pa == null || !pa.money().equals(a.getValue().money())) {
                        differences.put(s.id() + " " + e.block() + " " + e.key() + " " + a.getKey() + " " + a.getValue().text(),
                                pa == null ? "blank" : pa.text());
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(250);
        assertThat(missing).containsExactlyElementsOf(NOT_PROJECTED);

        Map<String, String> tolerated = new TreeMap<>();
        for (String line : TOLERATED.strip().split("\n")) {
            String[] f = line.strip().split(" ");
            String where = String.join(" ", f[0], f[1], f[2], f[3], f[4]);
            List<Money> terms = new ArrayList<>();
            for (String cause : f[5].split("\\+")) {
                String amounts = FACTS.containsKey(cause) ? FACTS.get(cause) : MORE_FACTS.get(cause);
                assertThat(amounts).as(cause).isNotNull();
                for (String m : amounts.split(" ")) {
                    terms.add(Money.of(m, MoneyUnit.WAN_YUAN));
                }
            }
            Money sum = Money.zero(MoneyUnit.WAN_YUAN);
            for (Money m : terms) {
                sum = sum.plus(m);
            }
            Tolerance.Verdict v = Tolerance.compare(Money.of(f[4], MoneyUnit.WAN_YUAN), terms);
            assertThat(v.agreement()).as(line).isEqualTo(Tolerance.Agreement.ROUNDING);
            tolerated.put(where, sum.plain());
        }
        // exactly these differ, and each projected figure is the exact sum of its facts
        assertThat(differences).isEqualTo(tolerated);
        assertThat(differences).hasSize(48);
    }

    // ---------------------------------------------------------------- 3. through print and back

    @Test
    void printedAsTextAndReadBackGivesThirteenTablesTheSameFactsAndNoTableErrors() {
        Disclosure seed = seed();
        List<PublishedTable> projected = project(seed.facts());
        Disclosure composed = withTables(seed, projected);

        String text = DisclosureTextWriter.write(composed);
        Disclosure back = DisclosureReader.withBundledTemplates().readText(text, "x.txt");

        assertThat(back.templateId()).isEqualTo("shanxi-unit-budget-2024");
        assertThat(back.tables()).hasSize(13);
        assertThat(back.tables()).extracting(PublishedTable::number)
                .containsExactly("表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九", "表十", "表十一", "表十二", "表十三");
        assertThat(amounts(back.facts())).isEqualTo(amounts(seed.facts()));
        for (PublishedTable p : projected) {
            PublishedTable r = back.table(p.id()).orElseThrow();
            assertThat(r.entries()).as(p.id()).extracting(TableEntry::block, TableEntry::key, TableEntry::role, TableEntry::level)
                    .containsExactlyElementsOf(p.entries().stream()
                            .map(e -> org.assertj.core.groups.Tuple.tuple(e.block(), e.key(), e.role(), e.level())).toList());
        }

        CheckReport report = Checker.standard().check(back);
        List<Finding> tableErrors = report.findings().stream()
                .filter(f -> f.ruleId().startsWith("TBL-") && f.severity() == Severity.ERROR).toList();
        assertThat(tableErrors).isEmpty();
        // the projection's totals are the sums of what it prints: not even a rounding note, where the seed has 26
        assertThat(report.findings()).filteredOn(f -> f.ruleId().startsWith("TBL-")).isEmpty();
        assertThat(Checker.standard().check(seed).findings()).filteredOn(f -> f.ruleId().startsWith("TBL-"))
                .isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        // tables present, numbered alike, empty ones noted
        assertThat(report.findings()).filteredOn(f -> f.ruleId().startsWith("DOC-") && f.severity() == Severity.ERROR).isEmpty();
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("DOC-003")).isEmpty();
        // nor before print: the composed disclosure itself
        assertThat(Checker.standard().check(composed).findings().stream()
                .filter(f -> f.ruleId().startsWith("TBL-") && f.severity() == Severity.ERROR)).isEmpty();
    }

    private static Disclosure withTables(Disclosure d, List<PublishedTable> tables) {
        return new Disclosure(d.metadata(), d.templateId(), d.profile(), d.facts(), tables, d.narrative(),
                d.performanceTargets(), d.assets(), d.procurement(), d.catalogue(), d.glossary(), d.notes(), d.source());
    }

    @Test
    void theHtmlRenderOfTheComposedDisclosureHoldsEveryTable() {
        Disclosure seed = seed();
        String html = HtmlWriter.write(withTables(seed, project(seed.facts())));
        for (PublishedTable t : project(seed.facts())) {
            assertThat(html).as(t.id()).contains(t.title());
        }
        assertThat(html).contains("八、社会保障和就业支出", "1901.38", "基本工资", "上年结转—2023年中央财政就业补助资金（柳财社【2023】330号）");
    }

    // ---------------------------------------------------------------- 4. a fact moves its totals

    @Test
    void changingOneItemMovesItsClassAndTheTotalsAboveIt() {
        FactSet seedFacts = seed().facts();
        FactKey item = FactKey.ALL.withFunction("2080103").withSource(FundingSource.GENERAL_BUDGET).withPeriod(Period.CURRENT);
        FactKey basic = item.withSpending(SpendingType.BASIC);
        FactKey anyBasic = FactKey.ALL.withFunction("2080103").withSpending(SpendingType.BASIC);
        FactSet changed = replace(seedFacts, Map.of(item, "53.94", basic, "53.94", anyBasic, "53.94")); // 机关服务 43.94 → 53.94

        List<PublishedTable> before = project(seedFacts);
        List<PublishedTable> after = project(changed);

        // 表五: the 项, its 款, its 类 and 合计 all move by 10.00
        assertThat(figure(after, "T5", "main", "2080103", "basic")).isEqualTo("53.94");
        assertThat(figure(before, "T5", "main", "20801", "total")).isEqualTo("897.26");
        assertThat(figure(after, "T5", "main", "20801", "total")).isEqualTo("907.26");
        assertThat(figure(after, "T5", "main", "208", "basic")).isEqualTo("209.67");
        assertThat(figure(after, "T5", "main", "合计", "total")).isEqualTo("1261.08");
        // 表二's 合计 and 表一's income, spending class and totals follow
        assertThat(figure(after, "T2", "main", "合计", "general")).isEqualTo("1261.08");
        assertThat(figure(after, "T1", "income", "general", "amount")).isEqualTo("1261.08");
        assertThat(figure(after, "T1", "spending", "208", "total")).isEqualTo("1911.38");
        assertThat(figure(after, "T1", "spending", "grandTotal", "total")).isEqualTo("1944.62");
        assertThat(figure(after, "T1", "income", "grandTotal", "amount")).isEqualTo("1944.62");
        // 表三 too; tables the fact is not in stay as they were
        assertThat(figure(after, "T3", "main", "合计", "basic")).isEqualTo("242.91");
        assertThat(figure(after, "T6", "main", "合计", "total")).isEqualTo(figure(before, "T6", "main", "合计", "total"));
        assertThat(figure(after, "T12", "main", UNIT, "total")).isEqualTo("1018.17");
    }

    @Test
    void aFactOfASourceTheTableDoesNotPrintLeavesItBlankAndANewSourceGetsItsColumn() {
        FactSet.Builder b = builder(seed().facts());
        b.add(FactKey.ALL.withFunction("2080101").withSource(FundingSource.UNIT_FUNDS).withPeriod(Period.CURRENT),
                Money.of("5.00", MoneyUnit.WAN_YUAN), "行政运行", new FactSource("收支预算", "unitFunds", SourcePosition.cell("收支预算", 12, 7)));
        List<PublishedTable> after = project(b.build());

        assertThat(figure(after, "T2", "main", "2080101", "unitFunds")).isEqualTo("5.00");
        assertThat(figure(after, "T2", "main", "2080101", "total")).isEqualTo("138.70");
        assertThat(figure(after, "T2", "main", "合计", "unitFunds")).isEqualTo("5.00");
        assertThat(figure(after, "T1", "income", "unitFunds", "amount")).isEqualTo("5.00");
        assertThat(figure(after, "T1", "income", "currentTotal", "amount")).isEqualTo("1256.08");
        // 表五 is general budget only: unchanged
        assertThat(figure(after, "T5", "main", "2080101", "total")).isEqualTo("133.70");
    }

    @Test
    void aNamedItemStatedFirstIsNotTakenForTheWholeYear() {
        FactSet.Builder b = FactSet.builder();
        FactKey current = FactKey.ALL.withSource(FundingSource.GENERAL_BUDGET).withPeriod(Period.CURRENT);
        FactSource typed = new FactSource("三公经费", "general", SourcePosition.cell("三公经费", 3, 2));
        b.add(current.withItem("公务接待费"), Money.of("0.10", MoneyUnit.WAN_YUAN), "公务接待费", typed);
        b.add(current.withItem("公务用车运行维护费"), Money.of("3.00", MoneyUnit.WAN_YUAN), "公务用车运行维护费", typed);
        b.add(current.withFunction("2080101"), Money.of("133.70", MoneyUnit.WAN_YUAN), "行政运行", typed);
        b.add(current.withFunction("2080103"), Money.of("43.94", MoneyUnit.WAN_YUAN), "机关服务", typed);
        List<PublishedTable> t = project(b.build());

        assertThat(figure(t, "T1", "income", "general", "amount")).isEqualTo("177.64");
        assertThat(figure(t, "T10", "main", "total", "total")).isEqualTo("3.10");
    }

    // ---------------------------------------------------------------- source positions

    @Test
    void aFigureOfOneFactPointsAtItsCellOneOfARowAtTheRowElseNowhere() {
        FactSet.Builder b = FactSet.builder();
        FactKey k = FactKey.ALL.withFunction("2080101").withSource(FundingSource.GENERAL_BUDGET).withPeriod(Period.CURRENT);
        b.add(k.withSpending(SpendingType.BASIC), Money.of("133.70", MoneyUnit.WAN_YUAN), "行政运行",
                new FactSource("收支预算", "basic", SourcePosition.cell("收支预算", 12, 4)));
        b.add(k.withSpending(SpendingType.PROJECT), Money.of("1.27", MoneyUnit.WAN_YUAN), "行政运行",
                new FactSource("收支预算", "project", SourcePosition.cell("收支预算", 12, 5)));
        b.add(k.withFunction("2080103").withSpending(SpendingType.BASIC), Money.of("43.94", MoneyUnit.WAN_YUAN), "机关服务",
                new FactSource("收支预算", "basic", SourcePosition.cell("收支预算", 13, 4)));
        List<PublishedTable> t = project(b.build());

        PublishedTable t5 = t.get(4);
        assertThat(position(t5, "2080101", "basic")).isEqualTo(SourcePosition.cell("收支预算", 12, 4));
        assertThat(position(t5, "2080101", "basic").describe()).isEqualTo("收支预算!D12");
        assertThat(position(t5, "2080101", "total")).isEqualTo(SourcePosition.cell("收支预算", 12, 0));
        assertThat(position(t5, "20801", "basic")).isEqualTo(new SourcePosition(0, 0, 0, "收支预算"));
        assertThat(position(t5, "20801", "basic").describe()).isEqualTo("工作表“收支预算”");
        assertThat(position(t5, "2080103", "total")).isEqualTo(SourcePosition.cell("收支预算", 13, 4));
        assertThat(figure(t, "T5", "main", "20801", "total")).isEqualTo("178.91");
        // 表三 asks without a source: the same facts answer
        assertThat(figure(t, "T3", "main", "合计", "total")).isEqualTo("178.91");
    }

    @Test
    void theSeedsFactsKeepTheirPrintedPlaces() {
        PublishedTable t2 = project(seed().facts()).get(1);
        assertThat(position(t2, "2080101", "general")).isEqualTo(SourcePosition.of(0, 154, 4));
        assertThat(position(t2, "208", "general")).isEqualTo(SourcePosition.UNKNOWN);
    }

    @Test
    void moneyInYuanIsPrintedInTheTemplatesUnitRoundedOnce() {
        FactSet.Builder b = FactSet.builder();
        FactKey k = FactKey.ALL.withFunction("2080101").withSource(FundingSource.GENERAL_BUDGET).withPeriod(Period.CURRENT)
                .withSpending(SpendingType.BASIC);
        b.add(k, Money.of("12345.67", MoneyUnit.YUAN), "行政运行", new FactSource("收支预算", "basic", SourcePosition.UNKNOWN));
        b.add(k.withFunction("2080103"), Money.of("12345.67", MoneyUnit.YUAN), "机关服务", new FactSource("收支预算", "basic", SourcePosition.UNKNOWN));
        List<PublishedTable> t = project(b.build());
        // 1.234567 万元 each prints 1.23; together 2.469134 prints 2.47, not 1.23 + 1.23
        assertThat(figure(t, "T5", "main", "2080101", "basic")).isEqualTo("1.23");
        assertThat(figure(t, "T5", "main", "20801", "basic")).isEqualTo("2.47");
        assertThat(t.get(4).entry("main", "20801").orElseThrow().amounts().get("basic").money().unit()).isEqualTo(MoneyUnit.WAN_YUAN);
    }

    // ---------------------------------------------------------------- helpers

    private static String figure(List<PublishedTable> tables, String table, String block, String key, String column) {
        PublishedTable t = tables.stream().filter(x -> x.id().equals(table)).findFirst().orElseThrow();
        PublishedAmount a = t.entry(block, key).orElseThrow(() -> new AssertionError(table + " " + key)).amounts().get(column);
        return a == null ? "" : a.text();
    }

    private static SourcePosition position(PublishedTable t, String key, String column) {
        return t.entry("main", key).orElseThrow().amounts().get(column).position();
    }

    private static FactSet replace(FactSet facts, Map<FactKey, String> amounts) {
        FactSet.Builder b = FactSet.builder();
        for (Fact f : facts.facts()) {
            String v = amounts.get(f.key());
            for (FactSource s : f.sources()) {
                b.add(f.key(), v == null ? f.amount() : Money.of(v, MoneyUnit.WAN_YUAN), f.label(), s);
            }
        }
        return b.build();
    }

    private static FactSet.Builder builder(FactSet facts) {
        FactSet.Builder b = FactSet.builder();
        for (Fact f : facts.facts()) {
            for (FactSource s : f.sources()) {
                b.add(f.key(), f.amount(), f.label(), s);
            }
        }
        return b;
    }
}
