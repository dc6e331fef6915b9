package org.gongkai.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Finding;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.narrative.NarrativeWriter;
import org.gongkai.core.narrative.Quantity;
import org.gongkai.core.narrative.UnitStatements;
import org.gongkai.core.narrative.UnitStatementsReader;
import org.gongkai.core.read.DisclosureReader;
import org.gongkai.core.write.text.DisclosureTextWriter;
import org.junit.jupiter.api.Test;

/**
 * A document gongkai writes from a consistent model passes its own check: the reference unit's
 * tables, its forms with the two slips the checker names put right, 情况说明 written by the
 * narrative writer from the tables and the unit's own 2023 figures and reasons, no catalogue annex
 * (the reference document's has slips of its own); written as text, read back, checked.
 */
class ConsistentDocumentTest {

    private static final DisclosureReader READER = DisclosureReader.withBundledTemplates();

    /** The reference document with the slips in its forms put right, as the PERF-004 and PERF-007 fixtures do. */
    static Disclosure seedWithFormsPutRight() {
        String text = SharedFixtures.seedText();
        String wrongSources = "\t\t其中:中央财政资金\t0\t其中:中央财政资金\t2,970,000\t\t\n\t\t省级财政资金\t2,970,000\t省级财政资金\t0\t\t";
        String rightSources = "\t\t其中:中央财政资金\t2,970,000\t其中:中央财政资金\t2,970,000\t\t\n\t\t省级财政资金\t0\t省级财政资金\t0\t\t";
        assertThat(text).contains(wrongSources).contains("2024110173048");
        text = text.replace(wrongSources, rightSources).replace("2024110173048", "20241101173048");
        return READER.readText(text, "seed-forms-right.txt");
    }

    static Disclosure consistent() {
        Disclosure d = seedWithFormsPutRight();
        // the reasons the reference unit gave, and the three it never stated (its prose left them out)
        UnitStatements stated = UnitStatementsReader.read(d);
        UnitStatements complete = stated.withReasons(stated.reasons()
                .with(Quantity.GENERAL_BUDGET_CURRENT, "上级提前下达的就业补助资金减少")
                .with(Quantity.THREE_PUBLIC, "厉行节约，压减公务接待费")
                .with(Quantity.RECEPTION, "厉行节约，压减公务接待"));
        Narrative written = NarrativeWriter.standard().write(d, complete);
        return new Disclosure(d.metadata(), d.templateId(), d.profile(), d.facts(), d.tables(), written,
                d.performanceTargets(), d.assets(), d.procurement(), null, d.glossary(), d.notes(), d.source());
    }

    @Test
    void writtenAsTextAndReadBackItHasNoErrors() {
        Disclosure written = READER.readText(DisclosureTextWriter.write(consistent()), "consistent.txt");
        assertThat(written.tables()).hasSize(13);
        assertThat(written.performanceTargets()).hasSize(8);
        CheckReport report = Checker.standard().check(written);
        List<String> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.ruleId() + " " + f.message()).toList();
        assertThat(errors).isEmpty();
        assertThat(report.ledger()).isNotEmpty();
    }

    @Test
    void withAReasonMissingTheDraftCannotPass() {
        Disclosure d = seedWithFormsPutRight();
        Narrative draft = NarrativeWriter.standard().write(d, UnitStatementsReader.read(d));
        Disclosure withDraft = new Disclosure(d.metadata(), d.templateId(), d.profile(), d.facts(), d.tables(), draft,
                d.performanceTargets(), d.assets(), d.procurement(), null, d.glossary(), d.notes(), d.source());
        Disclosure read = READER.readText(DisclosureTextWriter.write(withDraft), "draft.txt");
        assertThat(Checker.standard().check(read).findings()).filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(Finding::ruleId).containsOnly("PROSE-014").isNotEmpty();
    }

    @Test
    void theReferenceDocumentItselfHasErrorsTheWrittenOneDoesNot() {
        // both ways: the same check on the published document finds its prose and form errors
        CheckReport published = Checker.standard().check(SharedFixtures.seed());
        assertThat(published.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::ruleId))
                .contains("PROSE-002", "PROSE-003", "PERF-004", "PERF-007");
    }
}
