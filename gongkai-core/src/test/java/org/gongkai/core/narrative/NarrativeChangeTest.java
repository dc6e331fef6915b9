package org.gongkai.core.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * A change as the writer prints it: the amount and its direction word, the percentage rounded
 * half-up to two decimals from the exact quotient, 持平 only for equal figures. The expected
 * percentage is worked out here in whole numbers (分 and hundredths of a per cent), apart from the
 * writer's decimal arithmetic.
 */
class NarrativeChangeTest {

    private static final Pattern PRINTED = Pattern.compile("比上年(增加|减少)([0-9,]+\\.[0-9]{2})万元(?:，(增长|下降)([0-9]+\\.[0-9]{2})%)?");

    @Property(tries = 2000)
    void thePrintedChangeIsTheExactChangeRoundedHalfUp(@ForAll @LongRange(min = 0, max = 100_000_000_00L) long currentFen,
                                                        @ForAll @LongRange(min = 1, max = 100_000_000_00L) long priorFen) {
        Assume.that(currentFen != priorFen);
        AnnualChange c = new AnnualChange(fen(currentFen), fen(priorFen));
        Matcher m = PRINTED.matcher(c.describe());
        assertThat(m.matches()).as(c.describe()).isTrue();

        long diff = currentFen - priorFen;
        assertThat(m.group(1)).isEqualTo(diff > 0 ? "增加" : "减少");
        assertThat(m.group(3)).isEqualTo(diff > 0 ? "增长" : "下降");
        assertThat(new BigDecimal(m.group(2).replace(",", ""))).isEqualByComparingTo(BigDecimal.valueOf(Math.abs(diff), 2));

        // |diff| / prior in hundredths of a per cent, rounded half-up, in integers
        BigInteger scaled = BigInteger.valueOf(Math.abs(diff)).multiply(BigInteger.valueOf(10_000));
        BigInteger[] qr = scaled.divideAndRemainder(BigInteger.valueOf(priorFen));
        BigInteger hundredths = qr[0];
        if (qr[1].shiftLeft(1).compareTo(BigInteger.valueOf(priorFen)) >= 0) {
            hundredths = hundredths.add(BigInteger.ONE);
        }
        assertThat(new BigDecimal(m.group(4))).isEqualByComparingTo(new BigDecimal(hundredths, 2));
        assertThat(c.percent().scale()).isEqualTo(2);
    }

    @Property(tries = 2000)
    void aShareIsThePartOfTheWholeRoundedHalfUp(@ForAll @LongRange(min = 0, max = 100_000_000_00L) long partFen,
                                                @ForAll @LongRange(min = 1, max = 100_000_000_00L) long extraFen) {
        long wholeFen = partFen + extraFen - 1;
        Assume.that(wholeFen > 0);
        BigDecimal printed = NarrativeWording.share(fen(partFen), fen(wholeFen));
        BigInteger[] qr = BigInteger.valueOf(partFen).multiply(BigInteger.valueOf(10_000)).divideAndRemainder(BigInteger.valueOf(wholeFen));
        BigInteger hundredths = qr[1].shiftLeft(1).compareTo(BigInteger.valueOf(wholeFen)) >= 0 ? qr[0].add(BigInteger.ONE) : qr[0];
        assertThat(printed).isEqualByComparingTo(new BigDecimal(hundredths, 2));
        assertThat(NarrativeWording.percent(printed)).matches("[0-9]+\\.[0-9]{2}%");
    }

    @Property
    void equalFiguresAreStatedUnchangedWhateverTheirScale(@ForAll @LongRange(min = 0, max = 100_000_000_00L) long fen) {
        Money a = fen(fen);
        Money b = new Money(a.value().setScale(4), MoneyUnit.WAN_YUAN);
        AnnualChange c = new AnnualChange(a, b);
        assertThat(c.describe()).isEqualTo("与上年持平");
        assertThat(c.unchanged()).isTrue();
        assertThat(c.amountWord()).isEmpty();
    }

    @Property
    void aDifferenceOfOneFenIsNeverUnchanged(@ForAll @LongRange(min = 1, max = 100_000_000_00L) long fen) {
        AnnualChange c = new AnnualChange(fen(fen), fen(fen - 1));
        assertThat(c.describe()).startsWith("比上年增加0.01万元").doesNotContain("持平");
    }

    @Test
    void theReferenceDocumentsChanges() {
        assertThat(new AnnualChange(wan("21.19"), wan("23.06")).describe()).isEqualTo("比上年减少1.87万元，下降8.11%");
        assertThat(new AnnualChange(wan("298.55"), wan("882.55")).describe()).isEqualTo("比上年减少584.00万元，下降66.17%");
        assertThat(new AnnualChange(wan("3.1"), wan("3.11")).describe()).isEqualTo("比上年减少0.01万元，下降0.32%");
        assertThat(new AnnualChange(wan("1934.61"), wan("2577.02")).describe()).isEqualTo("比上年减少642.41万元，下降24.93%");
        assertThat(new AnnualChange(wan("1251.07"), wan("1952.20")).describe()).isEqualTo("比上年减少701.13万元，下降35.91%");
    }

    @Test
    void aRiseFromNothingHasNoPercentage() {
        AnnualChange c = new AnnualChange(wan("3.00"), wan("0"));
        assertThat(c.describe()).isEqualTo("比上年增加3.00万元");
        assertThat(c.percent()).isNull();
    }

    @Test
    void halfwayIsRoundedUp() {
        // 12.5 %; 0.0625 % → 0.06; 0.5 %; 25 %; 0.00125 % → 0.00; exactly 0.005 % → 0.01
        assertThat(new AnnualChange(wan("9"), wan("8")).percent()).isEqualByComparingTo("12.50");
        assertThat(new AnnualChange(wan("16.01"), wan("16.00")).percent()).isEqualByComparingTo("0.06");
        assertThat(new AnnualChange(wan("1.005"), wan("1")).percent()).isEqualByComparingTo("0.50");
        assertThat(new AnnualChange(wan("0.00015"), wan("0.0002")).percent()).isEqualByComparingTo("25.00");
        assertThat(new AnnualChange(wan("2.000025"), wan("2")).percent()).isEqualByComparingTo("0.00");
        assertThat(new AnnualChange(wan("2.0001"), wan("2")).percent()).isEqualByComparingTo("0.01"); // 0.005 % rounds up
    }

    @Test
    void amountsPrintWithTwoDecimalsAndThousandsSeparators() {
        assertThat(NarrativeWording.amount(wan("1934.61"))).isEqualTo("1,934.61万元");
        assertThat(NarrativeWording.amount(wan("232.9"))).isEqualTo("232.90万元");
        assertThat(NarrativeWording.amount(wan("0"))).isEqualTo("0.00万元");
        assertThat(NarrativeWording.amount(Money.of("2970000", MoneyUnit.YUAN))).isEqualTo("297.00万元");
        assertThat(NarrativeWording.amount(wan("1234567.891"))).isEqualTo("1,234,567.89万元");
        assertThat(NarrativeWording.share(wan("1251.07"), wan("1934.61"))).isEqualByComparingTo("64.67");
    }

    private static Money fen(long fen) {
        return new Money(BigDecimal.valueOf(fen, 2), MoneyUnit.WAN_YUAN);
    }

    private static Money wan(String v) {
        return Money.of(v, MoneyUnit.WAN_YUAN);
    }
}
