package org.gongkai.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Finding;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Classifications;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.DisclosureLevel;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.Fact;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.Profile;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.narrative.UnitStatements;
import org.gongkai.core.read.FactExtractor;
import org.gongkai.core.synthetic.SyntheticUnits;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalog;
import org.gongkai.core.workbook.WorkbookInput;

/**
 * Any consistent set of a unit's figures, not just the reference unit's, makes tables that every
 * table rule accepts and that state exactly those figures: spending by 项 code, source, period
 * and type; 基本支出 by economic item adding to the 一般公共预算 基本支出; projects adding to the
 * 项目支出 of each source and period; 三公经费 at least their 表六 items. Drawn by
 * {@link SyntheticUnits} from the functional codes gongkai knows, so this property also guards the
 * generator the portal's load benchmark uses. And 情况说明 written from them has nothing the prose
 * rules call wrong: with last year's figures missing only placeholders, with them supplied nothing.
 */
class AnyWorkbookPropertyTest {

    private static final Template TEMPLATE = TemplateCatalog.bundled().find("shanxi-unit-budget-2024").orElseThrow();
    private static final Classifications CODES = Classifications.bundled();

    @Property(tries = 25)
    void anyConsistentFiguresMakeTablesEveryTableRuleAccepts(@ForAll long seed, @ForAll @IntRange(min = 0, max = 100_000) int index) {
        SyntheticUnits units = new SyntheticUnits(seed);
        FactSet input = units.facts(index, 2025);

        List<PublishedTable> tables = new TableProjector(TEMPLATE, CODES).project(input, 2025, "某单位");
        FactSet stated = FactExtractor.extract(TEMPLATE, tables);
        // every fact the tables state is what the figures give at that grain
        assertThat(stated.facts()).isNotEmpty();
        for (Fact f : stated.facts()) {
            assertThat(input.total(f.key())).as(f.key().toString()).contains(f.amount());
        }
        Disclosure d = new Disclosure(new DisclosureMetadata("2025年度单位预算公开", "某单位", "某部门", "001", "山西省 某县", "山西省", 2025,
                DisclosureKind.BUDGET, DisclosureLevel.UNIT, null, null), TEMPLATE.id(), Profile.empty(), stated, tables,
                Narrative.empty(), List.of(), null, null, null, List.of(), List.of(), null);
        List<String> tableErrors = Checker.standard().check(d).findings().stream()
                .filter(f -> f.ruleId().startsWith("TBL") && f.severity() == Severity.ERROR)
                .map(Finding::message).toList();
        assertThat(tableErrors).isEmpty();

        // 情况说明 written from those tables, last year's figures all missing: the checker finds
        // nothing wrong in its words, only what is still to be supplied (PROSE-014)
        WorkbookInput unit = new WorkbookInput(d.metadata(), Profile.empty(), input, List.of(), null, null, null, List.of(),
                UnitStatements.none(2025), Map.of(), List.of(), null, Map.of());
        Disclosure whole = DisclosureComposer.withBundledTemplates().compose(unit);
        List<String> proseErrors = Checker.standard().check(whole).findings().stream()
                .filter(f -> f.ruleId().startsWith("PROSE") && !f.ruleId().equals("PROSE-014") && f.severity() == Severity.ERROR)
                .map(f -> f.ruleId() + " " + f.message()).toList();
        assertThat(proseErrors).isEmpty();

        // with last year's figures and the reasons supplied, as the generator gives them: no prose error at all
        Disclosure complete = units.disclosure(index, 2025);
        assertThat(complete.facts().facts()).isEqualTo(whole.facts().facts());
        assertThat(Checker.standard().check(complete).findings().stream()
                .filter(f -> (f.ruleId().startsWith("PROSE") || f.ruleId().startsWith("TBL")) && f.severity() == Severity.ERROR)
                .map(f -> f.ruleId() + " " + f.message()).toList()).isEmpty();
    }
}
