package org.gongkai.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.gongkai.core.GoldenFiles;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Finding;
import org.gongkai.core.check.Severity;
import org.gongkai.core.compose.DisclosureComposer;
import org.gongkai.core.compose.InputReader;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.Fact;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.IndicatorCategory;
import org.gongkai.core.model.IndicatorGroup;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Period;
import org.gongkai.core.narrative.NarrativeWriter;
import org.gongkai.core.narrative.PriorYear;
import org.gongkai.core.narrative.Quantity;
import org.gongkai.core.read.UnreadableInputException;
import org.gongkai.core.workbook.WorkbookInput;
import org.gongkai.core.write.text.DisclosureTextWriter;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Synthetic units are valid (no finding of any rule, 情况说明 without a placeholder, a complete
 * 绩效目标表 for every project), written as
 * text they read back to the same facts, they are the same for a seed and differ between seeds,
 * and their names do not repeat.
 */
class SyntheticUnitsTest {

    /** How {@code gongkai import} reads a generated file. */
    private static final InputReader INPUT = InputReader.withBundledTemplates();

    /** Every error and warning of every rule: a synthetic disclosure has none. */
    static List<String> problems(Disclosure d) {
        return Checker.standard().check(d).findings().stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.severity() + " " + f.ruleId() + " " + f.location().describe() + " " + f.message()).toList();
    }

    /** The remarks (提示) of every rule: none either, since every amount is exact and every form agrees to the 元. */
    static List<String> infos(Disclosure d) {
        return Checker.standard().check(d).findings().stream().filter(f -> f.severity() == Severity.INFO)
                .map(f -> f.ruleId() + " " + f.location().describe() + " " + f.message()).toList();
    }

    /**
     * Unit {@code index}'s two years: valid as generated and as read back from their text, the same
     * facts, the same 绩效目标表, and unit, department, its code, region and province read back.
     */
    static void assertValidAndReadsBack(SyntheticUnits units, int index) throws UnreadableInputException {
        SyntheticUnits.SyntheticUnit u = units.unit(index);
        List<Disclosure> years = units.disclosures(index, 2024, 2);
        assertThat(years).hasSize(2);
        for (Disclosure d : years) {
            String name = "种子 " + units.seed() + " 单位 " + index + " " + d.metadata().unitName() + " " + d.metadata().year();
            assertThat(problems(d)).as(name).isEmpty();
            assertThat(infos(d)).as(name).isEmpty();
            assertThat(d.narrative().sections()).as(name).hasSize(12);
            assertThat(d.performanceTargets()).as(name).isNotEmpty();
            String text = DisclosureTextWriter.write(d);
            assertThat(text).as(name).doesNotContain("【待补充");
            Disclosure back = INPUT.read(text.getBytes(StandardCharsets.UTF_8), u.fileName(d.metadata().year()));
            assertThat(back.tables()).as(name).hasSize(13);
            assertThat(byKey(back.facts())).as(name).isEqualTo(byKey(d.facts()));
            assertThat(problems(back)).as(name).isEmpty();
            assertThat(infos(back)).as(name).isEmpty();
            assertThat(back.performanceTargets()).as(name).hasSameSizeAs(d.performanceTargets());
            for (int k = 0; k < d.performanceTargets().size(); k++) {
                PerformanceTarget a = d.performanceTargets().get(k);
                PerformanceTarget b = back.performanceTargets().get(k);
                assertThat(b.projectName()).as(name).isEqualTo(a.projectName());
                assertThat(b.annualFunds().total().money()).as(name).isEqualTo(a.annualFunds().total().money());
                assertThat(b.implementationFunds().sumOfSources()).as(name).isEqualTo(a.implementationFunds().sumOfSources());
                assertThat(flat(b.annualIndicators())).as(name).isEqualTo(flat(a.annualIndicators()));
                assertThat(flat(b.implementationIndicators())).as(name).isEqualTo(flat(a.implementationIndicators()));
                assertThat(b.filledDate()).as(name).isEqualTo(a.filledDate());
            }
            DisclosureMetadata m = back.metadata();
            assertThat(m.unitName()).as(name).isEqualTo(u.name());
            assertThat(m.departmentName()).as(name).isEqualTo(u.department());
            assertThat(m.departmentCode()).as(name).isEqualTo(u.departmentCode());
            assertThat(m.region()).as(name).isEqualTo(u.region());
            assertThat(m.province()).as(name).isEqualTo(u.province());
            assertThat(m.year()).as(name).isEqualTo(d.metadata().year());
        }
        // the second year is compared with the first
        assertThat(years.get(1).narrative().sections().get(0).allParagraphs().get(0).text())
                .containsAnyOf("比上年增加", "比上年减少", "与上年持平");
    }

    /** An indicator tree as "产出指标/数量指标/服务人次=≥500人次" lines, positions aside. */
    static List<String> flat(List<IndicatorCategory> tree) {
        List<String> out = new java.util.ArrayList<>();
        for (IndicatorCategory c : tree) {
            for (IndicatorGroup g : c.groups()) {
                g.indicators().forEach(i -> out.add(c.name() + "/" + g.name() + "/" + i.name() + "=" + i.value()));
            }
        }
        return out;
    }

    static Map<String, Money> byKey(FactSet facts) {
        Map<String, Money> out = new TreeMap<>();
        for (Fact f : facts.facts()) {
            out.put(f.key().toString(), f.amount());
        }
        return out;
    }

    @Test
    void everyUnitOfTwoYearsHasNoFindingAndReadsBackAsGenerated() throws UnreadableInputException {
        SyntheticUnits units = new SyntheticUnits(7);
        for (int i = 0; i < 30; i++) {
            assertValidAndReadsBack(units, i * 37);
        }
    }

    /** Any seed, any unit (every department, its units, every province): no error, no warning, no remark. */
    @Property(tries = 30)
    void anyUnitOfAnySeedHasNoFindingAndReadsBackAsGenerated(@ForAll long seed, @ForAll @IntRange(min = 0, max = 200_000) int index)
            throws UnreadableInputException {
        assertValidAndReadsBack(new SyntheticUnits(seed), index);
    }

    /** Each project of the project table has one form, its money that of the table to the 元, by source, and its indicators complete. */
    @Test
    void everyProjectHasItsFormWithTheTablesMoney() {
        SyntheticUnits units = new SyntheticUnits(5);
        int oneYear = 0;
        int longer = 0;
        for (int i = 0; i < 20; i++) {
            Disclosure d = units.disclosure(i * 11, 2025);
            Map<String, Money> table = new TreeMap<>();
            for (Fact f : d.facts().facts()) {
                if (f.key().project() != null && f.key().period() == Period.CURRENT) {
                    table.merge(f.key().project(), f.amount(), Money::plus);
                }
            }
            Map<String, Money> forms = new TreeMap<>();
            for (PerformanceTarget t : d.performanceTargets()) {
                assertThat(forms.put(t.projectName(), t.annualFunds().total().money().to(MoneyUnit.WAN_YUAN))).isNull();
                assertThat(t.annualFunds().sumOfSources()).isEqualTo(t.annualFunds().total().money());
                assertThat(t.implementationFunds().sumOfSources()).isEqualTo(t.implementationFunds().total().money());
                assertThat(t.annualIndicators()).extracting(IndicatorCategory::name).containsExactly("产出指标", "效益指标", "满意度指标");
                assertThat(t.annualIndicators().get(0).groups()).extracting(IndicatorGroup::name)
                        .containsExactly("数量指标", "质量指标", "时效指标", "成本指标");
                assertThat(t.filledDate()).isNotNull();
                assertThat(t.responsible()).isNotBlank();
                assertThat(t.departmentCode()).isEqualTo(units.unit(i * 11).departmentCode());
                if (t.projectTerm().equals("1年")) {
                    oneYear++;
                    assertThat(t.implementationFunds()).isEqualTo(t.annualFunds());
                    assertThat(t.implementationIndicators()).isEqualTo(t.annualIndicators());
                } else {
                    longer++;
                    int term = Integer.parseInt(t.projectTerm().replace("年", ""));
                    assertThat(t.implementationFunds().total().money().value())
                            .isEqualByComparingTo(t.annualFunds().total().money().value().multiply(java.math.BigDecimal.valueOf(term)));
                }
            }
            assertThat(forms.keySet()).isEqualTo(table.keySet());
            forms.forEach((p, m) -> assertThat(m.value()).as(p).isEqualByComparingTo(table.get(p).value()));
        }
        assertThat(oneYear).isPositive();
        assertThat(longer).isPositive();
    }

    /**
     * What is generated for a seed, byte for byte: three documents' text (the second years, compared
     * with their first). A change that is meant to change it rewrites them with {@code -Dgolden.update=true}.
     */
    @Test
    void theTextOfASeedIsTheGoldenOne() {
        SyntheticUnits units = new SyntheticUnits(42);
        for (int index : new int[] {0, 77, 1234}) {
            Disclosure d = units.disclosures(index, 2024, 2).get(1);
            GoldenFiles.assertMatches("synthetic/" + units.unit(index).fileName(2025), DisclosureTextWriter.write(d));
        }
    }

    @Test
    void theSameSeedGivesTheSameDocumentsAndAnotherSeedOthers() {
        String a = DisclosureTextWriter.write(new SyntheticUnits(42).disclosure(5, 2025));
        String b = DisclosureTextWriter.write(new SyntheticUnits(42).disclosure(5, 2025));
        String c = DisclosureTextWriter.write(new SyntheticUnits(43).disclosure(5, 2025));
        assertThat(a).isEqualTo(b);
        assertThat(c).isNotEqualTo(a);
        assertThat(new SyntheticUnits(42).facts(5, 2025).facts()).isEqualTo(new SyntheticUnits(42).facts(5, 2025).facts());
        assertThat(new SyntheticUnits(42).facts(5, 2026).facts()).isNotEqualTo(new SyntheticUnits(42).facts(5, 2025).facts());
    }

    @Test
    void tenThousandUnitsHaveTenThousandNamesAcrossProvincesAndDepartments() {
        SyntheticUnits units = new SyntheticUnits(3);
        Set<String> names = new HashSet<>();
        Set<String> provinces = new HashSet<>();
        Set<String> departments = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            SyntheticUnits.SyntheticUnit u = units.unit(i);
            assertThat(u.name()).startsWith(u.region());
            names.add(u.name());
            provinces.add(u.province());
            departments.add(u.department().substring(u.region().length()));
        }
        assertThat(names).hasSize(10_000);
        assertThat(provinces).hasSize(8);
        assertThat(departments).hasSizeGreaterThan(10);
        assertThatThrownBy(() -> units.unit(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSplitAddsUpToTheCent() {
        SplittableRandom r = new SplittableRandom(1);
        for (long total : new long[] {0, 1, 7, 99, 123_457, 9_999_999_999L}) {
            long[] parts = SyntheticUnits.split(total, new int[] {30, 1, 55, 12}, r);
            long sum = 0;
            for (long p : parts) {
                assertThat(p).isGreaterThanOrEqualTo(0);
                sum += p;
            }
            assertThat(sum).isEqualTo(total);
        }
    }

    @Test
    void lastYearsFiguresComeFromLastYearsTablesAndWithoutThemTheDraftWaitsForThem() {
        SyntheticUnits units = new SyntheticUnits(11);
        Disclosure first = units.disclosure(3, 2024);
        PriorYear prior = NarrativeWriter.standard().figures(first);
        assertThat(prior.year()).isEqualTo(2024);
        assertThat(prior.amount(Quantity.INCOME_TOTAL)).isPresent();
        assertThat(prior.amount(Quantity.OPERATING_COSTS)).isPresent();
        assertThat(prior.items()).isNotEmpty();
        // with them: nothing to supply; without them (a prior year with no figures): placeholders, and PROSE-014 says so
        WorkbookInput with = units.input(3, 2025, prior);
        assertThat(problems(DisclosureComposer.withBundledTemplates().compose(with))).isEmpty();
        WorkbookInput without = units.input(3, 2025, PriorYear.of(2024));
        List<Finding> findings = Checker.standard().check(DisclosureComposer.withBundledTemplates().compose(without)).findings();
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::ruleId)
                .isNotEmpty().containsOnly("PROSE-014");
    }
}
