package org.gongkai.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.CoverDocument;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Fact;
import org.gongkai.core.model.FundsBySource;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.IndicatorCategory;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Profile;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.StaffCount;
import org.gongkai.core.narrative.UnitStatements;
import org.gongkai.core.narrative.UnitStatementsReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference unit's workbook reads back to what was read from its published document. */
class WorkbookRoundTripTest {

    private static Disclosure seed;
    private static WorkbookInput input;

    @BeforeAll
    static void read() throws Exception {
        seed = SharedFixtures.seed();
        input = new InputWorkbookReader().read(WorkbookFixture.committed(), "liulin-2024-input.xlsx");
    }

    @Test
    void committedFixtureIsWhatTheWriterMakesOfTheSeed() throws Exception {
        WorkbookInput fresh = new InputWorkbookReader().read(WorkbookFixture.fromSeed(), "fresh.xlsx");
        assertThat(fresh.facts().facts()).isEqualTo(input.facts().facts());
    }

    @Test
    void everyPublishedFactIsTheWorkbooksTotal() {
        List<String> wrong = new ArrayList<>();
        for (Fact f : seed.facts().facts()) {
            Optional<Money> t = input.facts().total(f.key());
            if (t.isEmpty() || !t.get().equals(f.amount())) {
                wrong.add(f.key() + ": published " + f.amount() + ", workbook " + t.orElse(null));
            }
        }
        assertThat(seed.facts().size()).isEqualTo(74);
        assertThat(wrong).isEmpty();
        assertThat(input.facts().conflicts()).isEmpty();
    }

    @Test
    void factsArePositionedAtTheirCells() {
        Fact f = input.facts().facts().get(0);
        assertThat(f.sources()).hasSize(1);
        assertThat(f.sources().get(0).table()).isEqualTo("收支预算");
        assertThat(f.sources().get(0).column()).isEqualTo("当年一般公共预算");
        assertThat(f.sources().get(0).position().describe()).isEqualTo("收支预算!D3");
        assertThat(f.key().function()).isEqualTo("2080101");
        assertThat(f.amount()).isEqualTo(Money.of("133.70", org.gongkai.core.model.MoneyUnit.WAN_YUAN));
    }

    @Test
    void metadataAndProfile() {
        assertThat(input.metadata()).isEqualTo(seed.metadata());
        Profile p = input.profile();
        Profile s = seed.profile();
        assertThat(p.duties()).isEqualTo(s.duties()).hasSize(12);
        assertThat(p.internalOfficeCount()).isEqualTo(s.internalOfficeCount());
        assertThat(p.internalOffices()).isEqualTo(s.internalOffices());
        assertThat(p.subordinateUnits()).isEqualTo(s.subordinateUnits());
        assertThat(p.changes()).isEqualTo(s.changes());
        assertThat(p.staffing().total()).isEqualTo(s.staffing().total()).isEqualTo(39);
        assertThat(kinds(p.staffing().byKind())).isEqualTo(kinds(s.staffing().byKind()));
        assertThat(p.staffing().change()).isEqualTo(s.staffing().change());
        assertThat(p.staffing().comparedYear()).isEqualTo(s.staffing().comparedYear());
        assertThat(p.staffing().reasons()).isEqualTo(s.staffing().reasons());
    }

    private static List<String> kinds(List<StaffCount> counts) {
        return counts.stream().map(c -> c.kind() + "=" + c.count()).toList();
    }

    @Test
    void performanceTargets() {
        List<PerformanceTarget> in = input.performanceTargets();
        List<PerformanceTarget> pub = seed.performanceTargets();
        assertThat(in).hasSize(8).hasSameSizeAs(pub);
        for (int i = 0; i < pub.size(); i++) {
            PerformanceTarget a = in.get(i);
            PerformanceTarget b = pub.get(i);
            assertThat(a.projectName()).isEqualTo(b.projectName());
            assertThat(List.of(nz(a.title()), a.year(), nz(a.department()), nz(a.departmentCode()), nz(a.implementingUnit()),
                    nz(a.projectType()), nz(a.projectTerm()), nz(a.overview()), nz(a.basis()), nz(a.necessity()), nz(a.measures()),
                    nz(a.plan()), nz(a.implementationGoal()), nz(a.annualGoal()), nz(a.responsible()), nz(a.handler()), nz(a.phone())))
                    .as(b.projectName())
                    .isEqualTo(List.of(nz(b.title()), b.year(), nz(b.department()), nz(b.departmentCode()), nz(b.implementingUnit()),
                            nz(b.projectType()), nz(b.projectTerm()), nz(b.overview()), nz(b.basis()), nz(b.necessity()),
                            nz(b.measures()), nz(b.plan()), nz(b.implementationGoal()), nz(b.annualGoal()), nz(b.responsible()),
                            nz(b.handler()), nz(b.phone())));
            assertThat(money(a.implementationFunds())).isEqualTo(money(b.implementationFunds()));
            assertThat(money(a.annualFunds())).isEqualTo(money(b.annualFunds()));
            assertThat(tree(a.implementationIndicators())).isEqualTo(tree(b.implementationIndicators()));
            assertThat(tree(a.annualIndicators())).isEqualTo(tree(b.annualIndicators()));
            assertThat(a.filledDateText()).isEqualTo(b.filledDateText());
            assertThat(a.filledDate()).isEqualTo(b.filledDate());
            assertThat(a.published().position().describe()).isEqualTo("绩效目标!A" + (3 + i));
        }
        assertThat(in.get(0).annualFunds().total().position().describe()).isEqualTo("绩效目标!O3");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static List<String> money(FundsBySource f) {
        List<String> out = new ArrayList<>();
        for (PublishedAmount a : new PublishedAmount[] {f.total(), f.central(), f.provincial(), f.cityCounty(), f.selfRaised(), f.other()}) {
            out.add(a == null ? "-" : a.money().yuan().stripTrailingZeros().toPlainString());
        }
        return out;
    }

    private static List<String> tree(List<IndicatorCategory> t) {
        List<String> out = new ArrayList<>();
        t.forEach(c -> {
            out.add(c.name());
            c.groups().forEach(g -> {
                out.add("  " + g.name());
                g.indicators().forEach(i -> out.add("    " + i.name() + " = " + i.value()));
            });
        });
        return out;
    }

    @Test
    void procurementAssetsAndGlossary() {
        assertThat(input.procurement().total().money()).isEqualTo(seed.procurement().total().money());
        assertThat(input.procurement().goods().money()).isEqualTo(seed.procurement().goods().money());
        assertThat(input.procurement().works().money()).isEqualTo(seed.procurement().works().money());
        assertThat(input.procurement().services().money()).isEqualTo(Money.of("602.00", org.gongkai.core.model.MoneyUnit.WAN_YUAN));
        var a = input.assets();
        var s = seed.assets();
        assertThat(a.asOf()).isEqualTo(s.asOf());
        assertThat(a.vehiclesAuthorised()).isEqualTo(s.vehiclesAuthorised());
        assertThat(a.vehiclesHeld()).isEqualTo(s.vehiclesHeld());
        assertThat(a.vehiclesByUse()).isEqualTo(s.vehiclesByUse());
        assertThat(a.officeArea()).isEqualByComparingTo(s.officeArea());
        assertThat(a.equipmentOver500k()).isEqualTo(s.equipmentOver500k());
        assertThat(a.equipmentOver1m()).isEqualTo(s.equipmentOver1m());
        assertThat(input.glossary()).hasSize(12);
        for (int i = 0; i < 12; i++) {
            GlossaryEntry x = input.glossary().get(i);
            GlossaryEntry y = seed.glossary().get(i);
            assertThat(List.of(x.number(), x.term(), x.definition())).isEqualTo(List.of(y.number(), y.term(), y.definition()));
        }
        assertThat(input.declared().get(WorkbookInput.OPERATING_COSTS).money())
                .isEqualTo(Money.of("21.19", org.gongkai.core.model.MoneyUnit.WAN_YUAN));
    }

    @Test
    void catalogue() {
        var c = input.catalogue();
        var s = seed.catalogue();
        assertThat(c.itemCount()).isEqualTo(s.itemCount()).isEqualTo(1835);
        assertThat(c.departments().stream().map(CatalogueDepartment::name).toList())
                .isEqualTo(s.departments().stream().map(CatalogueDepartment::name).toList());
        assertThat(items(c.departments())).isEqualTo(items(s.departments()));
        assertThat(c.reference()).isEqualTo(s.reference());
        assertThat(c.title()).isEqualTo(s.title());
        assertThat(c.coverDocuments()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            CoverDocument x = c.coverDocuments().get(i);
            CoverDocument y = s.coverDocuments().get(i);
            assertThat(List.of(x.issuer(), x.number(), x.title(), x.addressees(), x.body(), x.printedBy(), x.dateText(), x.date()))
                    .isEqualTo(List.of(y.issuer(), y.number(), y.title(), y.addressees(), y.body(), y.printedBy(), y.dateText(), y.date()));
        }
    }

    private static List<String> items(List<CatalogueDepartment> ds) {
        List<String> out = new ArrayList<>();
        for (CatalogueDepartment d : ds) {
            for (CatalogueItem i : d.items()) {
                out.add(i.code() + "|" + i.level() + "|" + i.name());
            }
        }
        return out;
    }

    @Test
    void statements() {
        UnitStatements s = UnitStatementsReader.read(seed);
        UnitStatements w = input.statements();
        assertThat(w.prior()).isEqualTo(s.prior());
        assertThat(w.prior().amounts()).hasSize(9);
        assertThat(w.reasons()).isEqualTo(s.reasons());
        assertThat(w.notes()).isEqualTo(s.notes());
    }
}
