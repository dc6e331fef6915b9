package org.gongkai.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** The committed fixture is what the writer makes of the seed; -Dgongkai.regenerate=true rewrites it. */
class WorkbookFixtureTest {

    @Test
    void fixtureIsPresentOrRegenerated() throws Exception {
        if (Boolean.getBoolean("gongkai.regenerate") || !Files.exists(WorkbookFixture.FILE)) {
            WorkbookFixture.main(new String[0]);
        }
        assertThat(Files.size(WorkbookFixture.FILE)).isGreaterThan(10_000);
    }
}
