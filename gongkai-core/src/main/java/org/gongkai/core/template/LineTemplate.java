package org.gongkai.core.template;

import java.util.List;
import java.util.Map;

import org.gongkai.core.model.EntryRole;

/**
 * A fixed line of a block, matched by its label (numbering such as "一、" or "①" ignored).
 * Example: 表一 income {id: general, label: 一般公共预算, dims: {sources: [GENERAL_BUDGET], period: CURRENT}}.
 *
 * @param id      stable id, e.g. "general", "currentTotal"
 * @param label   the label to print, e.g. 一般公共预算
 * @param aliases other labels seen for the same line, e.g. 上年财政拨款结转 for 上年结转
 * @param role    total, subtotal or item
 * @param dims    what the line holds
 * @param sumOf   ids of the lines this one totals
 * @param optional true when documents may leave the line out
 * @param at      columns this line prints in another position than the block's, by column id
 *                (Jiangsu 收支预算总表 prints 支出合计 under the far 金额 column), 0-based
 */
public record LineTemplate(String id, String label, List<String> aliases, EntryRole role, Dimensions dims,
                           List<String> sumOf, boolean optional, Map<String, Integer> at) {

    public LineTemplate {
        at = at == null ? Map.of() : Map.copyOf(at);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        role = role == null ? EntryRole.ITEM : role;
        dims = dims == null ? Dimensions.ALL : dims;
        sumOf = sumOf == null ? List.of() : List.copyOf(sumOf);
    }

    public boolean matches(String normalisedLabel) {
        if (label.equals(normalisedLabel)) {
            return true;
        }
        for (String a : aliases) {
            if (a.equals(normalisedLabel)) {
                return true;
            }
        }
        return false;
    }
}
