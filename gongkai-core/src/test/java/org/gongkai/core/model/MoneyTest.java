package org.gongkai.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class MoneyTest {

    @Test
    void parsesPrintedAmounts() {
        assertThat(Money.parse("1,934.61", MoneyUnit.WAN_YUAN)).contains(Money.of("1934.61", MoneyUnit.WAN_YUAN));
        assertThat(Money.parse("2,970,000", MoneyUnit.YUAN)).contains(Money.of("2970000", MoneyUnit.YUAN));
        assertThat(Money.parse("１２.５０", MoneyUnit.WAN_YUAN)).contains(Money.of("12.50", MoneyUnit.WAN_YUAN));
        assertThat(Money.parse("-0.01", MoneyUnit.WAN_YUAN)).contains(Money.of("-0.01", MoneyUnit.WAN_YUAN));
        assertThat(Money.parse(" 0.10 ", MoneyUnit.WAN_YUAN).orElseThrow().plain()).isEqualTo("0.10");
    }

    @Test
    void refusesWhatIsNotOneNumber() {
        for (String s : new String[] {"", "≥98%", "1年", "2024年", "12.", ".", "1.2.3", "-", "一", "3人", ",100"}) {
            assertThat(Money.parse(s, MoneyUnit.WAN_YUAN)).as(s).isEmpty();
        }
    }

    /** Read through a long, a printed number gives the very decimal (value and scale) its text spells. */
    @Property(tries = 2000)
    void parsedDigitsAreTheDecimalTheTextSpells(@ForAll("printed") String text) {
        assertThat(Money.parseDecimal(text)).isEqualTo(spelled(text));
    }

    @Provide
    Arbitrary<String> printed() {
        return Arbitraries.strings().withChars("0123456789.．,，-－−+ ０９a").ofMaxLength(24);
    }

    /** The plain reading: the text's digits, point and sign as a string, given to BigDecimal. */
    private static Optional<BigDecimal> spelled(String text) {
        String s = text.strip();
        StringBuilder b = new StringBuilder();
        boolean point = false;
        for (char c : s.toCharArray()) {
            c = c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c;
            if (c >= '0' && c <= '9') {
                b.append(c);
            } else if ((c == '.' || c == '．') && !point) {
                point = true;
                b.append('.');
            } else if ((c == ',' || c == '，') && b.chars().anyMatch(Character::isDigit) && !point) {
                continue;
            } else if ((c == '-' || c == '－' || c == '−') && b.length() == 0) {
                b.append('-');
            } else if (c != '+' || b.length() > 0) {
                return Optional.empty();
            }
        }
        String v = b.toString();
        if (!v.chars().anyMatch(Character::isDigit) || v.endsWith(".")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(v));
    }

    @Test
    void equalityIsTheSumOfMoneyNotItsScaleOrUnit() {
        assertThat(Money.of("232.9", MoneyUnit.WAN_YUAN)).isEqualTo(Money.of("232.90", MoneyUnit.WAN_YUAN));
        assertThat(Money.of("297.00", MoneyUnit.WAN_YUAN)).isEqualTo(Money.of("2970000", MoneyUnit.YUAN));
        assertThat(Money.of("297.00", MoneyUnit.WAN_YUAN).hashCode()).isEqualTo(Money.of("2970000", MoneyUnit.YUAN).hashCode());
        assertThat(Money.of("0.01", MoneyUnit.WAN_YUAN)).isNotEqualTo(Money.of("99", MoneyUnit.YUAN));
    }

    @Test
    void convertsExactly() {
        assertThat(Money.of("1.27", MoneyUnit.WAN_YUAN).to(MoneyUnit.YUAN).value()).isEqualByComparingTo("12700");
        assertThat(Money.of("1", MoneyUnit.YUAN).to(MoneyUnit.WAN_YUAN).value()).isEqualByComparingTo("0.0001");
    }

    @Test
    void addsTheTablesOfTheReferenceDocument() {
        Money basic = Money.of("232.90", MoneyUnit.WAN_YUAN);
        Money project = Money.of("1701.71", MoneyUnit.WAN_YUAN);
        assertThat(basic.plus(project)).isEqualTo(Money.of("1934.61", MoneyUnit.WAN_YUAN));
        assertThat(basic.plus(project).toString()).isEqualTo("1934.61万元");
    }

    @Property
    void additionIsExactAndAssociative(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long a,
                                       @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long b,
                                       @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long c) {
        Money x = new Money(BigDecimal.valueOf(a, 2), MoneyUnit.WAN_YUAN);
        Money y = new Money(BigDecimal.valueOf(b, 2), MoneyUnit.WAN_YUAN);
        Money z = new Money(BigDecimal.valueOf(c, 2), MoneyUnit.WAN_YUAN);
        assertThat(x.plus(y).plus(z)).isEqualTo(x.plus(y.plus(z)));
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.plus(y).value()).isEqualByComparingTo(BigDecimal.valueOf(a + b, 2));
    }

    @Property
    void unitConversionRoundTrips(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long fen) {
        Money wan = new Money(BigDecimal.valueOf(fen, 2), MoneyUnit.WAN_YUAN);
        assertThat(wan.to(MoneyUnit.YUAN).to(MoneyUnit.WAN_YUAN)).isEqualTo(wan);
        assertThat(wan.to(MoneyUnit.YUAN).value().compareTo(wan.value().movePointRight(4))).isZero();
    }

    @Property
    void parsingWhatIsPrintedGivesItBack(@ForAll @LongRange(min = 0, max = 99_999_999_999L) long fen) {
        BigDecimal v = BigDecimal.valueOf(fen, 2);
        String grouped = String.format("%,.2f", v);
        assertThat(Money.parse(grouped, MoneyUnit.WAN_YUAN)).contains(new Money(v, MoneyUnit.WAN_YUAN));
        assertThat(Money.parse(v.toPlainString(), MoneyUnit.WAN_YUAN).orElseThrow().plain()).isEqualTo(v.toPlainString());
    }
}
