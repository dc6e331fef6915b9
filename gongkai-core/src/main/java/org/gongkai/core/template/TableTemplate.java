package org.gongkai.core.template;

import java.util.List;
import java.util.Optional;

import org.gongkai.core.model.MoneyUnit;

/**
 * One table of a template.
 * Example: T3, number 3, title 预算支出总表, one block of functional codes with 合计/基本支出/项目支出.
 *
 * @param id         stable id, e.g. "T3"
 * @param number     the table's number in the set, 1-based
 * @param title      the title without the year, e.g. 预算支出总表; a year is printed before it
 * @param aliases    other titles seen for the same table
 * @param optional   true when a document of this template may leave the table out altogether
 * @param blocks     the blocks
 * @param unit       the money unit of this table when it differs from the template's (the Shanghai
 *                   set prints its “三公”经费 table in 万元, the others in 元); null for the template's
 */
public record TableTemplate(String id, int number, String title, List<String> aliases,
                            boolean optional, List<BlockTemplate> blocks, MoneyUnit unit) {

    public TableTemplate {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        blocks = List.copyOf(blocks);
    }

    public TableTemplate(String id, int number, String title, List<String> aliases, boolean optional, List<BlockTemplate> blocks) {
        this(id, number, title, aliases, optional, blocks, null);
    }

    /** The money unit this table is printed in: its own, or {@code templateUnit}. */
    public MoneyUnit unitOr(MoneyUnit templateUnit) {
        return unit != null ? unit : templateUnit;
    }

    public Optional<BlockTemplate> block(String id) {
        for (BlockTemplate b : blocks) {
            if (b.id().equals(id)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** The title and its aliases. */
    public List<String> titles() {
        java.util.ArrayList<String> t = new java.util.ArrayList<>();
        t.add(title);
        t.addAll(aliases);
        return t;
    }
}
