package org.gongkai.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Finding;
import org.gongkai.core.check.Severity;
import org.gongkai.core.compose.DisclosureComposer;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Fact;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.Money;
import org.gongkai.core.narrative.NarrativeWriter;
import org.gongkai.core.narrative.PriorYear;
import org.gongkai.core.narrative.Quantity;
import org.gongkai.core.read.DisclosureReader;
import org.gongkai.core.workbook.WorkbookInput;
import org.gongkai.core.write.text.DisclosureTextWriter;
import org.junit.jupiter.api.Test;

/**
 * Synthetic units are valid (no error of any rule, 情况说明 without a placeholder), written as
 * text they read back to the same facts, they are the same for a seed and differ between seeds,
 * and their names do not repeat.
 */
class SyntheticUnitsTest {

    private static final DisclosureReader READER = DisclosureReader.withBundledTemplates();

    /**
     * The errors of every rule but PERF-001: synthetic units publish no 绩效目标表 (performance-target
     * forms), so each of their projects lacks one.
     */
    static List<String> errors(Disclosure d) {
        return Checker.standard().check(d).findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .filter(f -> !f.ruleId().equals("PERF-001"))
                .map(f -> f.ruleId() + " " + f.location().describe() + " " + f.message()).toList();
    }

    static Map<String, Money> byKey(FactSet facts) {
        Map<String, Money> out = new TreeMap<>();
        for (Fact f : facts.facts()) {
            out.put(f.key().toString(), f.amount());
        }
        return out;
    }

    @Test
    void everyUnitOfTwoYearsHasNoErrorAndReadsBackToTheSameFacts() {
        SyntheticUnits units = new SyntheticUnits(7);
        for (int i = 0; i < 30; i++) {
            List<Disclosure> years = units.disclosures(i * 37, 2024, 2);
            assertThat(years).hasSize(2);
            for (Disclosure d : years) {
                String name = d.metadata().unitName() + " " + d.metadata().year();
                assertThat(errors(d)).as(name).isEmpty();
                assertThat(d.narrative().sections()).as(name).hasSize(12);
                String text = DisclosureTextWriter.write(d);
                assertThat(text).as(name).doesNotContain("【待补充");
                Disclosure back = READER.readText(text, units.unit(i * 37).fileName(d.metadata().year()));
                assertThat(back.tables()).as(name).hasSize(13);
                assertThat(byKey(back.facts())).as(name).isEqualTo(byKey(d.facts()));
                assertThat(errors(back)).as(name).isEmpty();
                assertThat(back.metadata().unitName()).isEqualTo(d.metadata().unitName());
                assertThat(back.metadata().year()).isEqualTo(d.metadata().year());
            }
            // the second year is compared with the first
            assertThat(years.get(1).narrative().sections().get(0).allParagraphs().get(0).text())
                    .containsAnyOf("比上年增加", "比上年减少", "与上年持平");
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
        assertThat(errors(DisclosureComposer.withBundledTemplates().compose(with))).isEmpty();
        WorkbookInput without = units.input(3, 2025, PriorYear.of(2024));
        List<Finding> findings = Checker.standard().check(DisclosureComposer.withBundledTemplates().compose(without)).findings();
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::ruleId)
                .isNotEmpty().contains("PROSE-014").containsOnly("PROSE-014", "PERF-001");
    }
}
