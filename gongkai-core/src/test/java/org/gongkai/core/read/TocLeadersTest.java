package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A 目录 line's leaders, read backwards from its end, are where the leaders pattern finds them. */
class TocLeadersTest {

    /** The pattern the backward reading stands in for. */
    private static final Pattern LEADERS = Pattern.compile("(\\.{3,}|…{2,}|·{3,}|-{3,})\\s*(\\d*)\\s*$");

    @Property(tries = 3000)
    void foundWhereThePatternFindsThem(@ForAll("lines") String line) {
        Matcher m = LEADERS.matcher(line);
        DocumentStructure.Leaders found = DocumentStructure.Leaders.in(line);
        if (m.find()) {
            assertThat(found).isEqualTo(new DocumentStructure.Leaders(m.start(), m.group(2)));
        } else {
            assertThat(found).isNull();
        }
    }

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.strings().withChars("..…·-- 12\t目录一、").ofMaxLength(16);
    }

    @Test
    void aPrintedEntry() {
        assertThat(DocumentStructure.Leaders.in("一、部门职责……………… 3")).isEqualTo(new DocumentStructure.Leaders(6, "3"));
        assertThat(DocumentStructure.Leaders.in("第二部分 2024年部门预算表..........12 ")).isEqualTo(new DocumentStructure.Leaders(15, "12"));
        assertThat(DocumentStructure.Leaders.in("三、2024年一般公共预算支出表")).isNull();
        assertThat(DocumentStructure.Leaders.in("增长1.5%…")).isNull();
    }
}
