package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongkai.core.model.SourcePosition;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A report's findings sorted by their numeric keys come out as sorting by the report's order does, ties in reported order. */
class FindingOrderTest {

    @Property(tries = 1000)
    void sameAsTheOrder(@ForAll("findings") List<Finding> findings) {
        List<Finding> expected = new ArrayList<>(findings);
        expected.sort(Checker.ORDER);
        assertThat(Checker.sorted(findings)).containsExactlyElementsOf(expected);
    }

    @Provide
    Arbitrary<List<Finding>> findings() {
        Arbitrary<Integer> pages = Arbitraries.oneOf(Arbitraries.integers().between(0, 3), Arbitraries.of(-1, 1 << 20, Integer.MAX_VALUE));
        Arbitrary<Integer> lines = Arbitraries.oneOf(Arbitraries.integers().between(0, 5), Arbitraries.of(-1, Integer.MAX_VALUE));
        Arbitrary<Finding> finding = Combinators.combine(Arbitraries.of("TBL-001", "TBL-002", "DOC-010"), Arbitraries.of(Severity.class),
                pages.injectDuplicates(0.3), lines.injectDuplicates(0.3), Arbitraries.strings().alpha().ofLength(3))
                .as((id, severity, page, line, message) -> new Finding(id, severity, Category.FORMAT, message,
                        Location.at(new SourcePosition(page, line, 0)), null, null, null, Map.of()));
        return finding.list().ofMaxSize(30);
    }
}
