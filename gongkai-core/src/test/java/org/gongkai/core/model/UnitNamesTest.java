package org.gongkai.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A unit's printed names: one body under its full and short names, and two bodies kept apart. */
class UnitNamesTest {

    @Test
    void aBodysFullAndShortNamesAreOneBody() {
        assertThat(UnitNames.shortForm("中国共产党江苏省委员会办公厅")).isEqualTo("江苏省委办公厅");
        assertThat(UnitNames.shortForm("中共江苏省委办公厅")).isEqualTo("江苏省委办公厅");
        assertThat(UnitNames.shortForm("江苏省人民代表大会常务委员会办公厅")).isEqualTo("江苏省人大常委会办公厅");
        assertThat(UnitNames.sameBody("中共江苏省委办公厅", "江苏省委办公厅")).isTrue();
        assertThat(UnitNames.sameBody("江苏省人大常委会 办公厅", "江苏省人民代表大会常务委员会办公厅")).isTrue();
        assertThat(UnitNames.same("柳林县人力资源和社会保障局(本级)", "柳林县人力资源和社会保障局（本级）")).isTrue();
    }

    @Test
    void twoBodiesAreNotOne() {
        assertThat(UnitNames.sameBody("江苏省委办公厅", "江苏省政府办公厅")).isFalse();
        assertThat(UnitNames.sameBody("江苏省委办公厅", "江苏省委宣传部")).isFalse();
        assertThat(UnitNames.sameBody("中共江苏省委办公厅", null)).isFalse();
        assertThat(UnitNames.same("江苏省委办公厅", "中共江苏省委办公厅")).isFalse();
    }
}
