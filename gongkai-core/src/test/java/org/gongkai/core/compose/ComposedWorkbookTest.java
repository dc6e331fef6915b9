package org.gongkai.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Finding;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Fact;
import org.junit.jupiter.api.Test;

class ComposedWorkbookTest {

    static byte[] fixture() throws IOException {
        try (InputStream in = ComposedWorkbookTest.class.getResourceAsStream("/workbook/liulin-2024-input.xlsx")) {
            return in.readAllBytes();
        }
    }

    @Test
    void explore() throws Exception {
        Disclosure d = InputReader.withBundledTemplates().read(fixture(), "liulin-2024-input.xlsx");
        Map<String, String> ours = new TreeMap<>();
        for (Fact f : d.facts().facts()) {
            ours.put(f.key().toString(), f.amount().toString());
        }
        Map<String, String> seed = new TreeMap<>();
        for (Fact f : SharedFixtures.seed().facts().facts()) {
            seed.put(f.key().toString(), f.amount().toString());
        }
        System.out.println("facts " + ours.size() + " seed " + seed.size() + " equal " + ours.equals(seed));
        CheckReport r = Checker.standard().check(d);
        for (Finding f : r.findings()) {
            if (f.severity() != Severity.INFO) {
                System.out.println(f.severity() + " " + f.ruleId() + " " + f.location().describe() + " " + f.message());
            }
        }
        assertThat(d.tables()).hasSize(13);
    }
}
