package org.gongkai.core.write.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.junit.jupiter.api.Test;

/** Shares computed exactly: shown percentages add up to 100.00 and each is within 0.01 of the exact share. */
class ChartTest {

    private static Money wan(String v) {
        return Money.of(v, MoneyUnit.WAN_YUAN);
    }

    private static Chart chart(String... amounts) {
        List<Chart.Part> parts = new java.util.ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            parts.add(new Chart.Part("第" + (i + 1) + "项", wan(amounts[i]), null));
        }
        return Chart.of("测试图", Chart.ChartKind.DONUT, MoneyUnit.WAN_YUAN, parts, null);
    }

    private static BigDecimal shown(Chart c) {
        return c.slices().stream().map(ChartSlice::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void thirdsAddUpToExactlyOneHundred() {
        Chart c = chart("1.00", "1.00", "1.00");
        assertThat(c.slices()).extracting(ChartSlice::percentText).containsExactly("33.34%", "33.33%", "33.33%");
        assertThat(shown(c)).isEqualByComparingTo("100.00");
        assertThat(c.total()).isEqualTo(wan("3.00"));
    }

    @Test
    void sharesAreExactAndShownSharesAreTheirRoundingUnlessTheTotalNeedsAHundredth() {
        Chart c = chart("1251.07", "683.55");
        assertThat(c.total()).isEqualTo(wan("1934.62"));
        assertThat(c.slices().get(0).share()).isEqualByComparingTo("0.646674799185");
        assertThat(c.slices()).extracting(ChartSlice::percentText).containsExactly("64.67%", "35.33%");
        BigDecimal exact = c.slices().stream().map(ChartSlice::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(exact.subtract(BigDecimal.ONE).abs()).isLessThanOrEqualTo(new BigDecimal("1e-11"));
        for (ChartSlice s : c.slices()) {
            assertThat(s.percent().subtract(s.share().movePointRight(2)).abs()).isLessThan(new BigDecimal("0.01"));
        }
    }

    @Test
    void manySmallPartsStillAddUp() {
        String[] amounts = new String[7];
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = "0.0" + (i + 1);
        }
        Chart c = chart(amounts);
        assertThat(shown(c)).isEqualByComparingTo("100.00");
        assertThat(c.slices().get(6).percentText()).isEqualTo("25.00%");
    }

    @Test
    void zeroPartsStayInTheLegendAtZero() {
        Chart c = chart("0.10", "0", "3.00");
        assertThat(c.slices()).extracting(ChartSlice::percentText).containsExactly("3.23%", "0.00%", "96.77%");
    }

    @Test
    void amountsOfDifferentUnitsShareOneUnit() {
        Chart c = Chart.of("图", Chart.ChartKind.BARS, MoneyUnit.WAN_YUAN,
                List.of(new Chart.Part("甲", Money.of("12000", MoneyUnit.YUAN), null), new Chart.Part("乙", wan("3.60"), null)), null);
        assertThat(c.total()).isEqualTo(wan("4.80"));
        assertThat(c.slices()).extracting(ChartSlice::percentText).containsExactly("25.00%", "75.00%");
    }

    @Test
    void allZeroIsEmpty() {
        assertThat(chart("0", "0.00").isEmpty()).isTrue();
        assertThat(chart().isEmpty()).isTrue();
        assertThat(chart("0.01").isEmpty()).isFalse();
    }
}
