package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.check.Tolerance.Agreement;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ToleranceTest {

    @Test
    void equalRoundingAndDifferent() {
        Money total = wan("134.97");
        assertThat(Tolerance.compare(total, List.of(wan("133.70"), wan("1.27"))).agreement()).isEqualTo(Agreement.EQUAL);
        Tolerance.Verdict rounding = Tolerance.compare(total, List.of(wan("133.71"), wan("1.27")));
        assertThat(rounding.agreement()).isEqualTo(Agreement.ROUNDING);
        assertThat(rounding.bound()).isEqualByComparingTo("0.015");
        assertThat(rounding.difference().plain()).isEqualTo("-0.01");
        assertThat(Tolerance.compare(total, List.of(wan("133.90"), wan("1.27"))).agreement()).isEqualTo(Agreement.DIFFERENT);
        // one figure against another print of the same quantity: no room at all
        assertThat(Tolerance.same(total, wan("134.96")).agreement()).isEqualTo(Agreement.DIFFERENT);
    }

    private static Money wan(String amount) {
        return Money.of(amount, MoneyUnit.WAN_YUAN);
    }

    /**
     * Whatever the figures, the verdict is the one the rule states: equal when the sum is the
     * published figure; else rounding when the difference is within half a unit of each figure
     * that is not zero, and of the published one, when there are two or more such figures.
     */
    @Property(tries = 3000)
    void theVerdictIsTheRulesOwn(@ForAll("amounts") List<String> printed) {
        Money published = Money.of(printed.get(0), MoneyUnit.WAN_YUAN);
        List<Money> terms = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal bound = BigDecimal.ZERO;
        int rounded = 0;
        for (String p : printed.subList(1, printed.size())) {
            Money t = Money.of(p, MoneyUnit.WAN_YUAN);
            terms.add(t);
            sum = sum.add(t.value());
            if (t.value().signum() != 0) {
                bound = bound.add(BigDecimal.valueOf(5, t.value().scale() + 1));
                rounded++;
            }
        }
        bound = rounded > 1 ? bound.add(BigDecimal.valueOf(5, published.value().scale() + 1)) : BigDecimal.ZERO;
        BigDecimal diff = published.value().subtract(sum);
        Tolerance.Verdict v = Tolerance.compare(published, terms);
        assertThat(v.difference().value()).isEqualByComparingTo(diff);
        assertThat(v.expected().value()).isEqualByComparingTo(sum);
        if (diff.signum() == 0) {
            assertThat(v.agreement()).isEqualTo(Agreement.EQUAL);
        } else {
            assertThat(v.bound()).isEqualByComparingTo(bound);
            Tolerance.Agreement rule = diff.abs().compareTo(bound) <= 0 ? Agreement.ROUNDING : Agreement.DIFFERENT;
            assertThat(v.agreement()).isEqualTo(rule);
        }
    }

    @Provide
    Arbitrary<List<String>> amounts() {
        Arbitrary<String> amount = Arbitraries.integers().between(-500, 5000)
                .flatMap(digits -> Arbitraries.of(0, 1, 2).map(scale -> BigDecimal.valueOf(digits, scale).toPlainString()));
        return amount.list().ofMinSize(2).ofMaxSize(6);
    }
}
