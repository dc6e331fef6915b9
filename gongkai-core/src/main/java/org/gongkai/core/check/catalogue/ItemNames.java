package org.gongkai.core.check.catalogue;

import java.util.List;

import org.gongkai.core.check.RuleRun;
import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.Disclosure;

/**
 * What each catalogue item's name looks like, read once per check: blank or not, and whether it
 * holds a space (" " or "\u3000"). Three rules ask this of every one of the catalogue's items
 * (1,835 in the reference document); each answer reads the name.
 */
final class ItemNames {

    private final boolean[][] blank;
    private final boolean[][] spaced;

    private ItemNames(List<CatalogueDepartment> departments) {
        blank = new boolean[departments.size()][];
        spaced = new boolean[departments.size()][];
        for (int d = 0; d < departments.size(); d++) {
            List<CatalogueItem> items = departments.get(d).items();
            boolean[] b = new boolean[items.size()];
            boolean[] s = new boolean[items.size()];
            for (int i = 0; i < b.length; i++) {
                String name = items.get(i).name();
                b[i] = name.isBlank();
                s[i] = name.indexOf(' ') >= 0 || name.indexOf('\u3000') >= 0;
            }
            blank[d] = b;
            spaced[d] = s;
        }
    }

    /** The item names of {@code d}'s catalogue (which the caller has made sure is there). */
    static ItemNames of(Disclosure d, RuleRun run) {
        return run.shared(ItemNames.class, () -> new ItemNames(d.catalogue().departments()));
    }

    /** For each item of department {@code department} (its index in the catalogue), in order: its name is blank. */
    boolean[] blank(int department) {
        return blank[department];
    }

    /** For each item of department {@code department}, in order: its name holds " " or "\u3000". */
    boolean[] spaced(int department) {
        return spaced[department];
    }
}
