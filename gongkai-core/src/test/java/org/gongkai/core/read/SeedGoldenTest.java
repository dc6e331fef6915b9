package org.gongkai.core.read;

import org.gongkai.core.GoldenFiles;
import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.Sentence;
import org.gongkai.core.write.DisclosureJsonWriter;
import org.junit.jupiter.api.Test;

/**
 * The whole model of the reference document, as open-data JSON, against its golden file; and
 * every sentence of 情况说明 against a golden list one may read through.
 */
class SeedGoldenTest {

    @Test
    void wholeModelAsJson() {
        GoldenFiles.assertMatches("seed.json", DisclosureJsonWriter.write(SharedFixtures.seed()));
    }

    @Test
    void everyNarrativeSentence() {
        StringBuilder b = new StringBuilder();
        for (NarrativeSection s : SharedFixtures.seed().narrative().sections()) {
            sentences(s, "", b);
        }
        GoldenFiles.assertMatches("seed-sentences.txt", b.toString());
    }

    private static void sentences(NarrativeSection s, String indent, StringBuilder b) {
        b.append(indent).append("# ").append(s.number()).append(' ').append(s.title()).append('\n');
        for (Paragraph p : s.paragraphs()) {
            for (Sentence x : p.sentences()) {
                b.append(indent).append(x.position().line()).append('\t').append(x.text()).append('\n');
            }
        }
        for (NarrativeSection sub : s.sections()) {
            sentences(sub, indent + "  ", b);
        }
    }
}
