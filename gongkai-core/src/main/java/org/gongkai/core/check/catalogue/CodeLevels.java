package org.gongkai.core.check.catalogue;

import java.util.List;

import org.gongkai.core.check.RuleRun;
import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.Disclosure;

/**
 * The level each catalogue item's code gives ({@link CatalogueItem#codeLevel}), worked out once
 * per check: four rules ask it of every one of the catalogue's items (1,835 in the reference
 * document), and each answer reads the code character by character.
 */
final class CodeLevels {

    private final int[][] byDepartment;

    private CodeLevels(List<CatalogueDepartment> departments) {
        byDepartment = new int[departments.size()][];
        for (int d = 0; d < departments.size(); d++) {
            List<CatalogueItem> items = departments.get(d).items();
            int[] levels = new int[items.size()];
            for (int i = 0; i < levels.length; i++) {
                levels[i] = items.get(i).codeLevel();
            }
            byDepartment[d] = levels;
        }
    }

    /** The code levels of {@code d}'s catalogue (which the caller has made sure is there). */
    static CodeLevels of(Disclosure d, RuleRun run) {
        return run.shared(CodeLevels.class, () -> new CodeLevels(d.catalogue().departments()));
    }

    /** The code levels of the items of department {@code department} (its index in the catalogue), in order. */
    int[] of(int department) {
        return byDepartment[department];
    }
}
