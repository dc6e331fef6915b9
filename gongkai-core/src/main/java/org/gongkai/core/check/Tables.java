package org.gongkai.core.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.gongkai.core.model.ChineseNumerals;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.template.BlockTemplate;
import org.gongkai.core.template.ColumnTemplate;
import org.gongkai.core.template.TableTemplate;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalog;

/**
 * The published tables as rules see them: by template id, with the names messages use
 * ("表三《预算支出总表》", "2080101 行政运行", "基本支出") and amounts that are zero when blank.
 */
public final class Tables {

    private final Disclosure d;
    private final Template template;
    /**
     * The names {@link #name} has made: rules ask for the same few tables' names again and again,
     * from both threads of a check ({@link Checker}).
     */
    private final Map<String, String> names = new ConcurrentHashMap<>();

    public Tables(Disclosure d) {
        this.d = d;
        this.template = TemplateCatalog.bundled().find(d.templateId()).orElse(null);
    }

    /** The tables of {@code d}, made once per check and shared by the rules. */
    public static Tables of(Disclosure d, RuleRun run) {
        return run.shared(Tables.class, () -> new Tables(d));
    }

    public Template template() {
        return template;
    }

    public Optional<PublishedTable> table(String id) {
        return d.table(id);
    }

    public Optional<TableTemplate> tableTemplate(String id) {
        return template == null ? Optional.empty() : template.table(id);
    }

    /** "表三《预算支出总表》". */
    public String name(String tableId) {
        String name = names.get(tableId);
        if (name == null) {
            name = tableTemplate(tableId).map(t -> "表" + ChineseNumerals.of(t.number()) + "《" + t.title() + "》").orElse(tableId);
            names.putIfAbsent(tableId, name);
        }
        return name;
    }

    /** The heading of a column, as the template prints it: "基本支出". */
    public String column(String tableId, String block, String column) {
        return tableTemplate(tableId).flatMap(t -> t.block(block)).flatMap(b -> b.column(column))
                .map(ColumnTemplate::label).map(l -> l.replace("{year}", Integer.toString(d.metadata().year()))).orElse(column);
    }

    /** A row as a reader finds it: "2080101 行政运行", "合计", "一、一般公共预算". */
    public static String row(TableEntry e) {
        if (e.level() > 0 && !e.key().equals(e.label()) && isCode(e.key())
                && !e.label().startsWith(e.key())) {
            return e.key() + " " + e.label();
        }
        return e.label().isBlank() ? (e.role() == EntryRole.TOTAL || e.key().equals("total") ? "合计" : e.key()) : e.label();
    }

    private static final Money ZERO_YUAN = Money.zero(MoneyUnit.YUAN);
    private static final Money ZERO_WAN_YUAN = Money.zero(MoneyUnit.WAN_YUAN);

    /** {@link Money#zero}, made once per unit: a blank cell is read as zero many times in a check. */
    public static Money zero(MoneyUnit unit) {
        return unit == MoneyUnit.WAN_YUAN ? ZERO_WAN_YUAN : ZERO_YUAN;
    }

    /** True when a row's key is a classification code, all digits: "2080101" (as {@code chars().allMatch(Character::isDigit)}, without a stream per row). */
    public static boolean isCode(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (!Character.isDigit(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The amount in a column, zero when the cell is blank. */
    public static Money amount(TableEntry e, String column, MoneyUnit unit) {
        PublishedAmount a = e.amounts().get(column);
        return a == null ? zero(unit) : a.money();
    }

    public static MoneyUnit unit(PublishedTable t) {
        return t.unit() == null ? MoneyUnit.WAN_YUAN : t.unit();
    }

    /** The position of a cell, or of its row when the cell is blank. */
    public static SourcePosition position(PublishedTable t, TableEntry e, String column) {
        PublishedAmount a = e.amounts().get(column);
        if (a != null && a.position().isKnown()) {
            return a.position();
        }
        return e.row() >= 0 && e.row() < t.rows().size() ? t.rows().get(e.row()).position() : t.position();
    }

    public Location location(PublishedTable t, TableEntry e, String column) {
        return Location.cell(name(t.id()), row(e), column(t.id(), e.block(), column), position(t, e, column));
    }

    /** A project table's total: its 合计 row, else its topmost unit (部门) row. */
    public static Optional<TableEntry> top(PublishedTable t) {
        TableEntry best = null;
        for (TableEntry e : t.entries()) {
            if (e.role() == org.gongkai.core.model.EntryRole.TOTAL) {
                return Optional.of(e);
            }
            if (e.role() == org.gongkai.core.model.EntryRole.SUBTOTAL && (best == null || e.level() < best.level())) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The blocks of a table's template, or none when the table is not in the template. */
    public List<BlockTemplate> blocks(String tableId) {
        return tableTemplate(tableId).map(TableTemplate::blocks).orElse(List.of());
    }
}
