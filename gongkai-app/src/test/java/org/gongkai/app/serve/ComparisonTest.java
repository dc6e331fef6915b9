package org.gongkai.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.gongkai.app.serve.Comparison.Row;
import org.gongkai.app.serve.Comparison.Status;
import org.gongkai.app.serve.MainFigures.Figure;
import org.gongkai.app.serve.MainFigures.Section;
import org.gongkai.app.store.StoredDisclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.junit.jupiter.api.Test;

/** The comparison's arithmetic and wording on figures written inline, without a database. */
class ComparisonTest {

    static StoredDisclosure stored(long id, String unit, int year) {
        return new StoredDisclosure(id, "柳林县", "山西省", unit, unit, year, DisclosureKind.BUDGET, "UNIT", "shanxi-unit-budget-2024",
                year + "年度单位预算公开", 1, "0".repeat(64), unit + year + ".txt", OffsetDateTime.now(), 10, 0, 0, 0);
    }

    static Figure fixed(Section s, String key, String amount, MoneyUnit unit) {
        return new Figure(s, key, key, key + " (en)", 0, false, Money.of(amount, unit));
    }

    static Figure item(Section s, String key, String amount, MoneyUnit unit) {
        return new Figure(s, key, key, key, 0, true, Money.of(amount, unit));
    }

    static Row row(Comparison c, String key) {
        return c.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    final StoredDisclosure a = stored(1, "柳林县人力资源和社会保障局", 2024);
    final StoredDisclosure b = stored(2, "柳林县人力资源和社会保障局", 2025);

    @Test
    void differenceAndPercentageAreExactAndSigned() {
        Comparison c = Comparison.of(a, List.of(fixed(Section.SPENDING, "公用经费", "23.06", MoneyUnit.WAN_YUAN),
                        fixed(Section.SPENDING, "基本支出", "100.00", MoneyUnit.WAN_YUAN)),
                b, List.of(fixed(Section.SPENDING, "公用经费", "21.19", MoneyUnit.WAN_YUAN),
                        fixed(Section.SPENDING, "基本支出", "100.00", MoneyUnit.WAN_YUAN)));
        Row fell = row(c, "公用经费");
        assertThat(fell.status()).isEqualTo(Status.BOTH);
        assertThat(fell.difference().value()).isEqualByComparingTo("-1.87");
        assertThat(fell.percent()).isEqualByComparingTo("-8.11");
        assertThat(fell.direction()).isNegative();
        Row same = row(c, "基本支出");
        assertThat(same.difference().isZero()).isTrue();
        assertThat(same.percent()).isEqualByComparingTo("0");
        assertThat(same.direction()).isZero();
        // fixed figures keep their order: 基本支出 before 公用经费
        assertThat(c.sections().get(Section.SPENDING)).extracting(Row::key).containsExactly("基本支出", "公用经费");
    }

    @Test
    void yuanAgainstWanYuanIsComparedInWanYuan() {
        Comparison c = Comparison.of(a, List.of(fixed(Section.TOTALS, "收入总计", "100.00", MoneyUnit.WAN_YUAN)),
                b, List.of(fixed(Section.TOTALS, "收入总计", "1200000", MoneyUnit.YUAN)));
        assertThat(c.unit()).isEqualTo(MoneyUnit.WAN_YUAN);
        Row r = row(c, "收入总计");
        assertThat(r.b().unit()).isEqualTo(MoneyUnit.WAN_YUAN);
        assertThat(r.b().value()).isEqualByComparingTo("120");
        assertThat(r.difference().value()).isEqualByComparingTo("20.00");
        assertThat(r.percent()).isEqualByComparingTo("20.00");
        assertThat(ComparePage.amount(r.b())).isEqualTo("120.00");
    }

    @Test
    void twoDocumentsInYuanStayInYuan() {
        Comparison c = Comparison.of(a, List.of(fixed(Section.TOTALS, "收入总计", "1000000", MoneyUnit.YUAN)),
                b, List.of(fixed(Section.TOTALS, "收入总计", "1500000", MoneyUnit.YUAN)));
        assertThat(c.unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(row(c, "收入总计").difference().value()).isEqualByComparingTo("500000");
        assertThat(ComparePage.amount(row(c, "收入总计").b())).isEqualTo("1,500,000.00");
    }

    @Test
    void anItemOnOneSideIsNewOrDroppedAFixedFigureIsJustMissing() {
        Comparison c = Comparison.of(a, List.of(item(Section.PROJECTS, "旧项目", "5.00", MoneyUnit.WAN_YUAN),
                        fixed(Section.SPENDING, "人员经费", "10.00", MoneyUnit.WAN_YUAN)),
                b, List.of(item(Section.PROJECTS, "新项目", "7.00", MoneyUnit.WAN_YUAN)));
        assertThat(row(c, "旧项目").status()).isEqualTo(Status.REMOVED);
        assertThat(row(c, "新项目").status()).isEqualTo(Status.ADDED);
        Row missing = row(c, "人员经费");
        assertThat(missing.status()).isEqualTo(Status.ONE_SIDED);
        for (String key : List.of("旧项目", "新项目", "人员经费")) {
            assertThat(row(c, key).difference()).isNull();
            assertThat(row(c, key).percent()).isNull();
        }
        String page = ComparePage.write(c, Lang.ZH);
        assertThat(page).contains("新增", "取消");
        assertThat(HtmlRows.of(page, "人员经费")).contains("10.00", "—").doesNotContain("新增", "取消");
    }

    @Test
    void fromZeroThereIsNoPercentage() {
        Comparison c = Comparison.of(a, List.of(fixed(Section.THREE_PUBLIC, "因公出国（境）费", "0", MoneyUnit.WAN_YUAN),
                        fixed(Section.THREE_PUBLIC, "公务接待费", "0", MoneyUnit.WAN_YUAN)),
                b, List.of(fixed(Section.THREE_PUBLIC, "因公出国（境）费", "3.00", MoneyUnit.WAN_YUAN),
                        fixed(Section.THREE_PUBLIC, "公务接待费", "0.00", MoneyUnit.WAN_YUAN)));
        Row r = row(c, "因公出国（境）费");
        assertThat(r.fromZero()).isTrue();
        assertThat(r.percent()).isNull();
        assertThat(r.difference().value()).isEqualByComparingTo("3");
        // nothing on both sides says nothing
        assertThat(c.rows()).extracting(Row::key).doesNotContain("公务接待费");
        assertThat(c.yearOnYear()).isTrue();
        assertThat(ComparePage.write(c, Lang.ZH)).contains("上年为零").doesNotContain("基数为零");
        // between two units it is no "last year"
        Comparison units = Comparison.of(a, List.of(fixed(Section.THREE_PUBLIC, "因公出国（境）费", "0", MoneyUnit.WAN_YUAN)),
                stored(3, "柳林县财政局", 2025), List.of(fixed(Section.THREE_PUBLIC, "因公出国（境）费", "3.00", MoneyUnit.WAN_YUAN)));
        assertThat(units.yearOnYear()).isFalse();
        assertThat(ComparePage.write(units, Lang.ZH)).contains("基数为零").doesNotContain("上年为零");
        assertThat(ComparePage.write(units, Lang.EN)).contains("n/a (zero base)");
    }

    @Test
    void displayRoundsHalfUpToTwoPlacesOnly() {
        assertThat(ComparePage.signed(new java.math.BigDecimal("3.805"))).isEqualTo("+3.81");
        assertThat(ComparePage.signed(new java.math.BigDecimal("-1.874"))).isEqualTo("−1.87");
        assertThat(ComparePage.signed(java.math.BigDecimal.ZERO)).isEqualTo("0.00");
        assertThat(ComparePage.amount(Money.of("1934.605", MoneyUnit.WAN_YUAN))).isEqualTo("1,934.61");
        assertThat(ComparePage.amount(null)).isEqualTo("—");
    }

    @Test
    void labelsAndNamesAreEscaped() {
        Comparison c = Comparison.of(a, List.of(item(Section.PROJECTS, "<b>项目</b>", "1.00", MoneyUnit.WAN_YUAN)),
                b, List.of(item(Section.PROJECTS, "<b>项目</b>", "2.00", MoneyUnit.WAN_YUAN)));
        assertThat(ComparePage.write(c, Lang.ZH)).contains("&lt;b&gt;项目&lt;/b&gt;").doesNotContain("<b>项目");
    }
}
