package org.gongkai.core.check.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Finding;
import org.gongkai.core.read.DisclosureReader;
import org.junit.jupiter.api.Test;

/**
 * CAT-003 looks first at the last code listed at the level above; these cases take the other
 * way, where the parent is not the last code of its level. They move lines of the reference
 * document's 政法委员会 part: A01, A0101, A010101 社区禁毒服务, A10, A1001, A100101 ….
 */
class ParentRuleTest {

    @Test
    void aParentListedEarlierButNotLastStillCounts() throws Exception {
        // A010101 moved below A100101: its parent A0101 is listed, though A1001 is now the last 三级 code
        assertThat(messages(moved("A010101", "A100101"))).isEqualTo(messages(SharedFixtures.seedText()));
    }

    @Test
    void aParentListedAfterItsChildIsReported() throws Exception {
        // A0101 moved below its own item A010101, and below A1001 so the set of codes decides
        List<String> before = messages(SharedFixtures.seedText());
        List<String> after = messages(moved("A0101", "A100101"));
        assertThat(after).hasSize(before.size() + 1).anyMatch(m -> m.contains("A010101") && m.contains("“A0101”"));
    }

    /** The seed with the line of {@code code} in 政法委员会's part moved to just after the line of {@code below}. */
    private static String moved(String code, String below) {
        List<String> lines = new ArrayList<>(List.of(SharedFixtures.seedText().split("\n", -1)));
        int dept = indexOf(lines, "政法委员会\t", 0);
        String line = lines.remove(indexOf(lines, code + "\t", dept));
        lines.add(indexOf(lines, below + "\t", dept) + 1, line);
        return String.join("\n", lines);
    }

    private static int indexOf(List<String> lines, String start, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    private static List<String> messages(String text) throws Exception {
        var d = DisclosureReader.withBundledTemplates().read(text.getBytes(StandardCharsets.UTF_8), "seed.txt");
        return new Checker(List.of(new ParentRule())).check(d).findings().stream().map(Finding::message).toList();
    }
}
