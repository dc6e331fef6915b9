package org.gongkai.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Finding;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.ClassificationCode;
import org.gongkai.core.model.Classifications;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.DisclosureLevel;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.Fact;
import org.gongkai.core.model.FactKey;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.FactSource;
import org.gongkai.core.model.FundingSource;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.Period;
import org.gongkai.core.model.Profile;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.model.SpendingType;
import org.gongkai.core.narrative.UnitStatements;
import org.gongkai.core.read.FactExtractor;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalog;
import org.gongkai.core.workbook.WorkbookInput;

/**
 * Any consistent set of a unit's figures, not just the reference unit's, makes tables that every
 * table rule accepts and that state exactly those figures: spending by 项 code, source, period
 * and type; 基本支出 by economic item adding to the 一般公共预算 基本支出; projects adding to the
 * 项目支出 of each source and period. Drawn at random from the functional codes gongkai knows.
 * And 情况说明 written from them has nothing the prose rules call wrong.
 */
class AnyWorkbookPropertyTest {

    private static final Template TEMPLATE = TemplateCatalog.bundled().find("shanxi-unit-budget-2024").orElseThrow();
    private static final Classifications CODES = Classifications.bundled();
    private static final List<String> ITEMS = CODES.functional().codes().stream().map(ClassificationCode::code)
            .filter(c -> c.length() == 7).sorted().toList();
    private static final String[][] ECONOMIC = {
        {"30101", "50101", "PERSONNEL"}, {"30102", "50101", "PERSONNEL"}, {"30108", "50102", "PERSONNEL"},
        {"30113", "50103", "PERSONNEL"}, {"30201", "50201", "PUBLIC"}, {"30211", "50201", "PUBLIC"}, {"30226", "50205", "PUBLIC"}};

    @Property(tries = 25)
    void anyConsistentFiguresMakeTablesEveryTableRuleAccepts(@ForAll long seed) {
        Random r = new Random(seed);
        FactSet.Builder in = FactSet.builder();
        int row = 3;
        long generalBasic = 0;
        long[][] projectTotals = new long[FundingSource.values().length][Period.values().length];
        int codes = 1 + r.nextInt(8);
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < codes) {
            String c = ITEMS.get(r.nextInt(ITEMS.size()));
            if (!chosen.contains(c)) {
                chosen.add(c);
            }
        }
        for (String code : chosen) {
            for (SpendingType type : List.of(SpendingType.BASIC, SpendingType.PROJECT)) {
                int column = 4;
                for (FundingSource s : FundingSource.values()) {
                    for (Period p : Period.values()) {
                        boolean carried = p == Period.CARRY_OVER;
                        if (carried && (type == SpendingType.BASIC || !FundingSource.FISCAL.contains(s)) || r.nextInt(3) > 0) {
                            continue;
                        }
                        long cents = 1 + r.nextInt(5_000_000);
                        in.add(FactKey.ALL.withFunction(code).withSource(s).withPeriod(p).withSpending(type), wan(cents), code,
                                new FactSource("收支预算", "amount", SourcePosition.cell("收支预算", row, column++)));
                        if (type == SpendingType.BASIC && s == FundingSource.GENERAL_BUDGET && p == Period.CURRENT) {
                            generalBasic += cents;
                        }
                        if (type == SpendingType.PROJECT) {
                            projectTotals[s.ordinal()][p.ordinal()] += cents;
                        }
                    }
                }
                row++;
            }
        }
        // 一般公共预算 基本支出 split over economic items, to the cent
        long left = generalBasic;
        for (int i = 0; i < ECONOMIC.length && left > 0; i++) {
            long part = i == ECONOMIC.length - 1 ? left : (long) (left * r.nextDouble());
            if (part == 0) {
                continue;
            }
            left -= part;
            String[] e = ECONOMIC[i];
            in.add(FactKey.ALL.withEconomic(e[0]).withGovernmentEconomic(e[1]).withSource(FundingSource.GENERAL_BUDGET)
                    .withPeriod(Period.CURRENT).withSpending(SpendingType.valueOf(e[2])), wan(part), e[0],
                    new FactSource("基本支出经济分类", "amount", SourcePosition.cell("基本支出经济分类", 3 + i, 6)));
        }
        // 项目支出 of each source and period split over projects
        int project = 0;
        for (FundingSource s : FundingSource.values()) {
            for (Period p : Period.values()) {
                long total = projectTotals[s.ordinal()][p.ordinal()];
                while (total > 0) {
                    long part = total < 100 || r.nextBoolean() ? total : 1 + (long) ((total - 1) * r.nextDouble());
                    total -= part;
                    String name = "项目" + (++project) + (p == Period.CARRY_OVER ? "（上年结转）" : "");
                    in.add(FactKey.ALL.withProject(name).withSource(s).withPeriod(p).withSpending(SpendingType.PROJECT), wan(part),
                            name, new FactSource("项目", "amount", SourcePosition.cell("项目", 2 + project, 3)));
                }
            }
        }
        FactSet input = in.build();

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
    }

    /** {@code cents} hundredths of 万元. */
    private static Money wan(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2), MoneyUnit.WAN_YUAN);
    }
}
