package org.gongkai.core.report;

import org.gongkai.core.GoldenFiles;
import org.gongkai.core.SharedFixtures;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.junit.jupiter.api.Test;

/**
 * The check of the reference document in each format against its golden file: a change in what
 * the rules find, in their wording or in the reports' layout shows as a diff to review
 * ({@code ./dev golden} writes them anew).
 */
class CheckReportGoldenTest {

    private static final CheckReport REPORT = Checker.standard().check(SharedFixtures.seed());

    @Test
    void text() {
        GoldenFiles.assertMatches("seed-check.txt", CheckReportTextWriter.write(SharedFixtures.seed(), REPORT));
    }

    @Test
    void json() {
        GoldenFiles.assertMatches("seed-check.json", CheckReportJsonWriter.write(SharedFixtures.seed(), REPORT));
    }

    @Test
    void html() {
        GoldenFiles.assertMatches("seed-check.html", CheckReportHtmlWriter.write(SharedFixtures.seed(), REPORT));
    }
}
