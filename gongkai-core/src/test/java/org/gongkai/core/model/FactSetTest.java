package org.gongkai.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class FactSetTest {

    private static final MoneyUnit W = MoneyUnit.WAN_YUAN;

    private static FactSource at(String table) {
        return new FactSource(table, "c", SourcePosition.UNKNOWN);
    }

    @Test
    void sumsTheCoarsestGrainThatAnswersAndNeverTwoGrains() {
        FactSet f = FactSet.builder()
                // 表三: by function code and spending type
                .add(FactKey.ALL.withFunction("2080101").withSpending(SpendingType.BASIC), Money.of("133.70", W), "行政运行", at("T3"))
                .add(FactKey.ALL.withFunction("2080101").withSpending(SpendingType.PROJECT), Money.of("1.27", W), "行政运行", at("T3"))
                .add(FactKey.ALL.withFunction("2080103").withSpending(SpendingType.BASIC), Money.of("43.94", W), "机关服务", at("T3"))
                // 表五: finer, current-year general budget only
                .add(FactKey.ALL.withFunction("2080101").withSource(FundingSource.GENERAL_BUDGET).withPeriod(Period.CURRENT)
                        .withSpending(SpendingType.BASIC), Money.of("133.70", W), "行政运行", at("T5"))
                .build();
        assertThat(f.total(FactKey.ALL.withFunction("20801"))).contains(Money.of("178.91", W));
        assertThat(f.total(FactKey.ALL.withFunction("208").withSpending(SpendingType.BASIC))).contains(Money.of("177.64", W));
        assertThat(f.total(FactKey.ALL.withFunction("2080101").withPeriod(Period.CURRENT))).contains(Money.of("133.70", W));
        assertThat(f.total(FactKey.ALL.withEconomic("30101"))).isEmpty();
    }

    @Test
    void aUnitWithOneCodeIsStillAnsweredWhole() {
        // one 项 code, so the function grain never varies and looks like a slice; 基本支出 by economic
        // item varies in every dimension but is the slice: the grain that states clearly more wins
        FactKey general = FactKey.ALL.withFunction("2210203").withSource(FundingSource.GENERAL_BUDGET).withPeriod(Period.CURRENT);
        FactKey economic = FactKey.ALL.withSource(FundingSource.GENERAL_BUDGET).withPeriod(Period.CURRENT);
        FactSet f = FactSet.builder()
                .add(general.withSpending(SpendingType.BASIC), Money.of("420.88", W), "购房补贴", at("收支预算"))
                .add(general.withSpending(SpendingType.PROJECT), Money.of("141.57", W), "购房补贴", at("收支预算"))
                .add(economic.withEconomic("30101").withGovernmentEconomic("50101").withSpending(SpendingType.PERSONNEL),
                        Money.of("400.00", W), "基本工资", at("基本支出经济分类"))
                .add(economic.withEconomic("30201").withGovernmentEconomic("50201").withSpending(SpendingType.PUBLIC),
                        Money.of("20.88", W), "办公费", at("基本支出经济分类"))
                .build();
        assertThat(f.total(FactKey.ALL.withSource(FundingSource.GENERAL_BUDGET).withPeriod(Period.CURRENT))).contains(Money.of("562.45", W));
        // asked for 基本支出 alone, both grains agree
        assertThat(f.total(FactKey.ALL.withSource(FundingSource.GENERAL_BUDGET).withSpending(SpendingType.BASIC))).contains(Money.of("420.88", W));
    }

    @Test
    void aGrainThatIsOneSliceOfTheQuestionGivesWayToOneThatIsAll() {
        // 表二's carried-over column is {function, period = CARRY_OVER}; 表三 is {function, spending}, both periods
        FactSet f = FactSet.builder()
                .add(FactKey.ALL.withFunction("2080101").withPeriod(Period.CARRY_OVER), Money.of("1.27", W), "行政运行", at("T2"))
                .add(FactKey.ALL.withFunction("2080799").withPeriod(Period.CARRY_OVER), Money.of("682.27", W), "其他就业补助支出", at("T2"))
                .add(FactKey.ALL.withFunction("2080101").withSpending(SpendingType.BASIC), Money.of("133.70", W), "行政运行", at("T3"))
                .add(FactKey.ALL.withFunction("2080101").withSpending(SpendingType.PROJECT), Money.of("1.27", W), "行政运行", at("T3"))
                .add(FactKey.ALL.withFunction("2080799").withSpending(SpendingType.PROJECT), Money.of("980.82", W), "其他就业补助支出", at("T3"))
                .build();
        assertThat(f.total(FactKey.ALL)).contains(Money.of("1115.79", W));
        // asked for the slice itself, the slice answers
        assertThat(f.total(FactKey.ALL.withPeriod(Period.CARRY_OVER))).contains(Money.of("683.54", W));
    }

    @Test
    void aFactPrintedTwiceIsKeptOnceAndADisagreementIsAConflict() {
        FactKey k = FactKey.ALL.withItem("公务接待费");
        FactSet same = FactSet.builder().add(k, Money.of("0.10", W), "x", at("T6")).add(k, Money.of("0.1", W), "x", at("T10")).build();
        assertThat(same.size()).isEqualTo(1);
        assertThat(same.get(k).orElseThrow().sources()).extracting(FactSource::table).containsExactly("T6", "T10");
        assertThat(same.conflicts()).isEmpty();
        FactSet differ = FactSet.builder().add(k, Money.of("0.10", W), "x", at("T6")).add(k, Money.of("0.20", W), "x", at("T10")).build();
        assertThat(differ.conflicts()).hasSize(1);
        assertThat(differ.conflicts().get(0).second()).isEqualTo(Money.of("0.20", W));
    }

    @Test
    void basicSpendingIncludesPersonnelAndPublic() {
        FactSet f = FactSet.builder()
                .add(FactKey.ALL.withEconomic("30101").withSpending(SpendingType.PERSONNEL), Money.of("211.71", W), "a", at("T6"))
                .add(FactKey.ALL.withEconomic("30201").withSpending(SpendingType.PUBLIC), Money.of("21.19", W), "b", at("T6"))
                .build();
        assertThat(f.total(FactKey.ALL.withSpending(SpendingType.BASIC))).contains(Money.of("232.90", W));
        assertThat(f.total(FactKey.ALL.withSpending(SpendingType.PROJECT))).isEmpty();
    }

    @Property
    void aCodeTreeTotalIsTheSumOfItsLeaves(@ForAll @Size(min = 1, max = 30) java.util.List<@IntRange(min = 0, max = 99_999_999) Integer> fen) {
        FactSet.Builder b = FactSet.builder();
        Money sum = Money.zero(W);
        for (int i = 0; i < fen.size(); i++) {
            String code = String.format("208%02d%02d", 1 + i % 9, 1 + i);
            Money m = new Money(java.math.BigDecimal.valueOf(fen.get(i), 2), W);
            b.add(FactKey.ALL.withFunction(code).withSpending(SpendingType.BASIC), m, code, at("T3"));
            sum = sum.plus(m);
        }
        FactSet f = b.build();
        assertThat(f.total(FactKey.ALL.withFunction("208"))).contains(sum);
        Money byKuan = Money.zero(W);
        for (int k = 1; k <= 9; k++) {
            byKuan = byKuan.plus(f.total(FactKey.ALL.withFunction(String.format("208%02d", k))).orElse(Money.zero(W)));
        }
        assertThat(byKuan).isEqualTo(sum);
    }
}
