package org.gongkai.core.write.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.Profile;
import org.junit.jupiter.api.Test;

/** The reference document's three charts: figures as its tables print them, shares as its text states them. */
class DisclosureChartsTest {

    private static final Disclosure SEED = SharedFixtures.seed();

    private static Money wan(String v) {
        return Money.of(v, MoneyUnit.WAN_YUAN);
    }

    @Test
    void incomeBySourceAsTable1PrintsIt() {
        Chart c = DisclosureCharts.income(SEED);
        assertThat(c.caption()).isEqualTo("收入预算图");
        assertThat(c.slices()).extracting(ChartSlice::label)
                .containsExactly("一般公共预算", "政府性基金预算", "国有资本经营预算", "财政专户管理资金", "单位资金", "上年结转");
        assertThat(c.slices().get(0).amount()).isEqualTo(wan("1251.07"));
        assertThat(c.slices().get(5).amount()).isEqualTo(wan("683.55"));
        // the text's shares: 占64.67% and 占35.33%
        assertThat(c.slices().get(0).percentText()).isEqualTo("64.67%");
        assertThat(c.slices().get(5).percentText()).isEqualTo("35.33%");
        assertThat(c.slices().get(1).percentText()).isEqualTo("0.00%");
        assertThat(sum(c)).isEqualByComparingTo("100.00");
        // the parts add to 1,934.62 where 表一 prints 1,934.61: said under the chart
        assertThat(c.total()).isEqualTo(wan("1934.62"));
        assertThat(c.note()).isEqualTo("各项之和1,934.62万元与表列收入总计1,934.61万元相差0.01万元，系各项分别四舍五入所致。");
    }

    @Test
    void generalBudgetByClassAsTable5PrintsIt() {
        Chart c = DisclosureCharts.generalBudgetByClass(SEED);
        assertThat(c.kind()).isEqualTo(Chart.ChartKind.BARS);
        assertThat(c.slices()).extracting(ChartSlice::label).containsExactly("社会保障和就业支出", "卫生健康支出", "住房保障支出");
        assertThat(c.slices()).extracting(ChartSlice::amount).containsExactly(wan("1217.83"), wan("12.03"), wan("21.21"));
        assertThat(c.total()).isEqualTo(wan("1251.07"));
        // the text: 占97.34%, 占0.96%, 占1.70%
        assertThat(c.slices()).extracting(ChartSlice::percentText).containsExactly("97.34%", "0.96%", "1.70%");
    }

    @Test
    void threePublicExpensesAsTable10PrintsThem() {
        Chart c = DisclosureCharts.threePublicExpenses(SEED);
        assertThat(c.slices()).extracting(ChartSlice::label).containsExactly("因公出国（境）费", "公务接待费", "公务用车购置及运行费");
        assertThat(c.slices()).extracting(ChartSlice::amount).containsExactly(wan("0"), wan("0.10"), wan("3.00"));
        assertThat(c.total()).isEqualTo(wan("3.10"));
        assertThat(c.slices()).extracting(ChartSlice::percentText).containsExactly("0.00%", "3.23%", "96.77%");
        assertThat(c.slices().get(2).detail()).isEqualTo("其中：公务用车购置费0.00万元，公务用车运行维护费3.00万元");
    }

    @Test
    void captionsOfTheTextFindTheirCharts() {
        assertThat(DisclosureCharts.forCaption(SEED, "收入预算图")).get().extracting(Chart::caption).isEqualTo("收入预算图");
        assertThat(DisclosureCharts.forCaption(SEED, "一般公共预算当年拨款结构图").get().kind()).isEqualTo(Chart.ChartKind.BARS);
        assertThat(DisclosureCharts.forCaption(SEED, "三公经费分布图").get().slices()).hasSize(3);
        assertThat(DisclosureCharts.forCaption(SEED, "人员结构图")).isEmpty();
    }

    @Test
    void aDocumentWithoutFiguresGivesChartsWithoutData() {
        Disclosure empty = new Disclosure(SEED.metadata(), "shanxi-unit-budget-2024", Profile.empty(), FactSet.empty(), List.of(),
                Narrative.empty(), List.of(), null, null, null, List.of(), List.of(), null);
        for (Chart c : DisclosureCharts.all(empty)) {
            assertThat(c.isEmpty()).as(c.caption()).isTrue();
            assertThat(SvgChartWriter.write(c)).contains("本图无数据").doesNotContain("<path").doesNotContain("<circle");
        }
    }

    private static BigDecimal sum(Chart c) {
        return c.slices().stream().map(ChartSlice::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
