package org.gongkai.core.check.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The numbers {@link QuantityBreakdownRule} reads from a text, and how deep in brackets each is. */
class QuantityBreakdownRuleTest {

    @Test
    void eachNumberWithItsUnitAndDepth() {
        List<QuantityBreakdownRule.Quantity> q = QuantityBreakdownRule.quantities(
                "建筑面积约为13459平方米，其中地上建筑面积为8013平方米（其中计容面积7998平方米，不计容面积105平方米），"
                        + "地下建筑面积为5356平方米，建筑高度为29.8米。");
        assertThat(q).extracting(x -> x.value().toPlainString() + x.unit() + "@" + x.depth())
                .containsExactly("13459平方米@0", "8013平方米@0", "7998平方米@1", "105平方米@1", "5356平方米@0");
    }

    @Test
    void peopleAreCountedByBothWordsButVisitsAndMetresAreNot() {
        List<QuantityBreakdownRule.Quantity> q = QuantityBreakdownRule.quantities(
                "财政负担人员39人，其中行政公务员12名，培训1,200人次，道路长3.5米，设备4台（套）。");
        assertThat(q).extracting(x -> x.value().toPlainString() + x.kind())
                .containsExactly("39people", "12people", "4equipment");
    }
}
