package org.gongkai.core.read;

import java.util.List;

import org.gongkai.core.model.ClassificationKind;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.FactKey;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.FactSource;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.template.BlockTemplate;
import org.gongkai.core.template.ColumnTemplate;
import org.gongkai.core.template.Dimensions;
import org.gongkai.core.template.LineTemplate;
import org.gongkai.core.template.RowKind;
import org.gongkai.core.template.TableTemplate;
import org.gongkai.core.template.Template;

/**
 * Recovers the facts from the tables whose template blocks state facts: every printed amount of
 * an item row in a column of its own (not a total column) becomes a fact keyed by the block's,
 * the row's and the column's dimensions. A fact two tables print is kept once, with both places.
 */
public final class FactExtractor {

    private FactExtractor() {
    }

    public static FactSet extract(Template template, List<PublishedTable> tables) {
        FactSet.Builder facts = FactSet.builder();
        for (PublishedTable table : tables) {
            TableTemplate t = template.table(table.id()).orElse(null);
            if (t == null) {
                continue;
            }
            for (TableEntry e : table.entries()) {
                BlockTemplate block = t.block(e.block()).orElse(null);
                if (block == null || !block.facts() || e.role() != EntryRole.ITEM) {
                    continue;
                }
                FactKey rowKey = rowKey(block, e);
                Dimensions rowDims = block.dims();
                if (block.rows() == RowKind.LINES || block.rows() == RowKind.FUNCTION_CLASSES || block.rows() == RowKind.UNITS) {
                    LineTemplate line = block.line(e.key()).orElse(null);
                    if (line != null) {
                        rowDims = rowDims.and(line.dims());
                    } else if (block.rows() == RowKind.LINES) {
                        rowKey = rowKey.withItem(e.key());
                    }
                }
                for (ColumnTemplate c : block.columns()) {
                    PublishedAmount a = e.amounts().get(c.id());
                    if (a == null || c.isTotal()) {
                        continue;
                    }
                    Dimensions d = rowDims.and(c.dims());
                    if (!d.isSingleSource()) {
                        continue;
                    }
                    facts.add(d.applyTo(rowKey), a.money(), e.label(), new FactSource(table.id(), c.id(), a.position()));
                }
            }
        }
        return facts.build();
    }

    private static FactKey rowKey(BlockTemplate block, TableEntry e) {
        return switch (block.rows()) {
            case CODES -> block.classification() == ClassificationKind.FUNCTIONAL ? FactKey.ALL.withFunction(e.key())
                    : block.classification() == ClassificationKind.DEPARTMENT_ECONOMIC ? FactKey.ALL.withEconomic(e.key())
                    : FactKey.ALL.withGovernmentEconomic(e.key());
            case FUNCTION_CLASSES -> FactKey.ALL.withFunction(e.key());
            case ECONOMIC_NAMES -> {
                int bar = e.key().indexOf('|');
                FactKey k = FactKey.ALL.withEconomic(bar < 0 ? e.key() : e.key().substring(0, bar));
                yield bar < 0 ? k : k.withGovernmentEconomic(e.key().substring(bar + 1));
            }
            case PROJECTS -> FactKey.ALL.withProject(e.key());
            case LINES, UNITS, SINGLE_ROW -> FactKey.ALL;
            case OUTLINE -> FactKey.ALL.withItem(e.key());
        };
    }
}
