package org.gongkai.core.template;

import java.util.List;

/**
 * A figure one table of a set prints that must equal the sum of figures others print: the set's
 * own cross-table identities, which TBL-019 checks. Written in a template as
 * {@code {cell: T8/main/合计/total, equals: [T5/main/合计/basic]}}: 表八's 合计 is 表五's 基本支出.
 *
 * @param cell   the figure that is stated as a total
 * @param equals the figures it adds up, one or more
 */
public record CrossTableIdentity(CellRef cell, List<CellRef> equals) {

    public CrossTableIdentity {
        equals = List.copyOf(equals);
    }
}
