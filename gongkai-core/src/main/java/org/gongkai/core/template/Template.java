package org.gongkai.core.template;

import java.util.List;
import java.util.Optional;

import org.gongkai.core.model.ChineseNumerals;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.DisclosureLevel;
import org.gongkai.core.model.MoneyUnit;

/**
 * A table set: which tables a disclosure has, their titles, rows and columns, how they are
 * numbered and what an empty one says. Data, not code: one YAML file per template under
 * {@code templates/} in the core's resources.
 * Example: shanxi-unit-budget-2024, 13 tables in 万元, empty note "注：本表无数据".
 *
 * @param id          e.g. "shanxi-unit-budget-2024"
 * @param name        e.g. 山西省县级单位预算公开（13张表）
 * @param region      where the set is used, e.g. 山西省
 * @param kind        budget or final accounts
 * @param level       unit or department
 * @param unit        the tables' money unit
 * @param numbering   how tables are numbered in print: "表{cn}" (表一), "预算公开表{n}" (预算公开表1),
 *                    "公开{nn}表" (公开01表)
 * @param emptyNote   the note an empty table carries
 * @param sections    the headings of 情况说明's sections, in order
 * @param tables      the tables in order
 * @param figures     the figures 情况说明 calls by name, where the tables print them
 * @param classFigures the tables whose 类 rows 情况说明 names
 * @param identities  the set's own cross-table identities (TBL-019): which printed figure equals which
 * @param performanceTargets true when documents of this set publish a 项目支出绩效目标表 per project
 */
public record Template(String id, String name, String region, DisclosureKind kind, DisclosureLevel level,
                       MoneyUnit unit, List<String> numbering, String emptyNote, List<String> sections,
                       List<TableTemplate> tables, List<NamedFigure> figures, List<ClassFigures> classFigures,
                       List<CrossTableIdentity> identities, boolean performanceTargets) {

    public Template {
        numbering = numbering == null ? List.of() : List.copyOf(numbering);
        sections = sections == null ? List.of() : List.copyOf(sections);
        tables = List.copyOf(tables);
        figures = figures == null ? List.of() : List.copyOf(figures);
        classFigures = classFigures == null ? List.of() : List.copyOf(classFigures);
        identities = identities == null ? List.of() : List.copyOf(identities);
    }

    /**
     * Table {@code n}'s number as this set prints it, in its first numbering style: "表{cn}" gives
     * 表三, "预算公开表{n}" 预算公开表3, "公开{nn}表" 公开03表; null when the set numbers none.
     */
    public String number(int n) {
        return numbering.isEmpty() ? null : number(numbering.get(0), n);
    }

    /** Table {@code n}'s number in {@code style} ({@link #numbering}). */
    public static String number(String style, int n) {
        return style.replace("{cn}", ChineseNumerals.of(n)).replace("{nn}", String.format("%02d", n))
                .replace("{n}", Integer.toString(n));
    }

    public Optional<TableTemplate> table(String id) {
        for (TableTemplate t : tables) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
