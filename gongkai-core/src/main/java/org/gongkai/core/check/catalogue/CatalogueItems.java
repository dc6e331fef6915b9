package org.gongkai.core.check.catalogue;

import java.util.List;

import org.gongkai.core.check.RuleRun;
import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.Disclosure;

/**
 * What the catalogue rules ask of every item, worked out once per check: the level its code gives
 * ({@link CatalogueItem#codeLevel}), whether its name is blank, and whether the name holds a space
 * (" " or "\u3000"). Several rules ask these of each of the catalogue's items (1,835 in the
 * reference document), and each answer reads the code or the name character by character.
 * Arrays are by department (its index in the catalogue), then by item, in order.
 */
final class CatalogueItems {

    private final int[][] codeLevels;
    private final boolean[][] blankNames;
    private final boolean[][] spacedNames;

    private CatalogueItems(List<CatalogueDepartment> departments) {
        int count = departments.size();
        codeLevels = new int[count][];
        blankNames = new boolean[count][];
        spacedNames = new boolean[count][];
        for (int d = 0; d < count; d++) {
            List<CatalogueItem> items = departments.get(d).items();
            int[] levels = new int[items.size()];
            boolean[] blank = new boolean[items.size()];
            boolean[] spaced = new boolean[items.size()];
            for (int i = 0; i < levels.length; i++) {
                CatalogueItem item = items.get(i);
                String name = item.name();
                levels[i] = item.codeLevel();
                blank[i] = name.isBlank();
                spaced[i] = name.indexOf(' ') >= 0 || name.indexOf('\u3000') >= 0;
            }
            codeLevels[d] = levels;
            blankNames[d] = blank;
            spacedNames[d] = spaced;
        }
    }

    /** The items of {@code d}'s catalogue (which the caller has made sure is there). */
    static CatalogueItems of(Disclosure d, RuleRun run) {
        return run.shared(CatalogueItems.class, () -> new CatalogueItems(d.catalogue().departments()));
    }

    /** The level each item's code gives, in department {@code department}. */
    int[] codeLevels(int department) {
        return codeLevels[department];
    }

    /** For each item of department {@code department}: its name is blank. */
    boolean[] blankNames(int department) {
        return blankNames[department];
    }

    /** For each item of department {@code department}: its name holds " " or "\u3000". */
    boolean[] spacedNames(int department) {
        return spacedNames[department];
    }
}
