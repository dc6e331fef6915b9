package org.gongkai.core.read;

import java.util.List;

import org.gongkai.core.model.Classifications;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.ReadNote;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.template.TableTemplate;

/**
 * Understands a table whose cells an importer has already put in the template's columns (the
 * budget platform's export read through a mapping): every body row becomes an entry with the
 * same key, level and role a printed table gets from {@link DisclosureReader}, so facts and
 * checks treat both alike. Cells keep the positions they came from (e.g. "2.17单位支出总表!C12").
 * Example: rows [2080101, 行政运行, 134.97, 133.70, 1.27] laid out for T3 give entry 2080101,
 * level 3, ITEM, {total=134.97, basic=133.70, project=1.27}.
 */
public final class LaidOutTableReader {

    private LaidOutTableReader() {
    }

    /**
     * The table {@code table} from rows already in its column positions.
     *
     * @param unitName the unit's name, which marks its subtotal row in project tables
     * @param unit     the unit the amount cells are written in (the template's)
     * @param notes    receives what could not be understood (an unknown fixed line)
     */
    public static PublishedTable read(TableTemplate table, String title, String unitName, MoneyUnit unit,
                                      List<TableRow> header, List<TableRow> rows, String note, SourcePosition position,
                                      int year, Classifications codes, List<ReadNote> notes) {
        TableReader.Printed printed = new TableReader.Printed(table, null, title, year, unitName, unit, header, rows,
                List.of(), note, position);
        return new TableReader(codes, notes).read(printed, unitName == null ? "" : unitName, year);
    }
}
