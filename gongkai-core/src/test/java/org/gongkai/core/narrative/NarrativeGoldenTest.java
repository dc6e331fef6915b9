package org.gongkai.core.narrative;

import org.gongkai.core.GoldenFiles;
import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.junit.jupiter.api.Test;

/**
 * The reference document's 情况说明 as the writer writes it, kept as text for review: from the 2023
 * figures and reasons its own prose states (three reasons it never gives stay 【待补充：…】), and from
 * nothing (every comparison a placeholder). Regenerate with {@code ./dev golden} and read the diff.
 */
class NarrativeGoldenTest {

    @Test
    void fromTheSeedsOwnStatements() {
        Disclosure d = SharedFixtures.seed();
        GoldenFiles.assertMatches("seed-narrative.txt",
                NarrativeTextWriter.write(NarrativeWriter.standard().write(d, UnitStatementsReader.read(d))));
    }

    @Test
    void fromNothingStated() {
        Disclosure d = SharedFixtures.seed();
        GoldenFiles.assertMatches("seed-narrative-draft.txt",
                NarrativeTextWriter.write(NarrativeWriter.standard().write(d, UnitStatements.none(d.metadata().year()))));
    }
}
