package org.gongkai.core.model;

import java.util.List;
import java.util.Optional;

/**
 * One published disclosure, read whole: metadata, 概况, the facts, the tables as published,
 * 情况说明, the performance-target tables, state assets, procurement, the purchase-services
 * catalogue and the glossary; and what the reader could not find.
 * Example: 柳林县人力资源和社会保障局 2024年度单位预算公开, template shanxi-unit-budget-2024, 13 tables.
 *
 * @param metadata    who, what, which year
 * @param templateId  the table set it was read with, e.g. "shanxi-unit-budget-2024"
 * @param profile     第一部分 概况
 * @param facts       the facts recovered from the tables
 * @param tables      the tables as published, in the template's order
 * @param narrative   第三部分 情况说明
 * @param performanceTargets every 项目支出绩效目标表
 * @param assets      国有资产占有使用情况, null when absent
 * @param procurement 政府采购情况, null when absent
 * @param catalogue   政府购买服务指导性目录, null when absent
 * @param glossary    名词解释
 * @param notes       what the reader could not read or find
 * @param source      the file read (of a disclosure published as several files, the one with its text)
 * @param companions  the other files read into it: its tables published as a file of their own
 *                    ({@code Companions#join}); empty for a disclosure read from one file
 */
public record Disclosure(DisclosureMetadata metadata, String templateId, Profile profile, FactSet facts,
                         List<PublishedTable> tables, Narrative narrative,
                         List<PerformanceTarget> performanceTargets, StateAssets assets,
                         Procurement procurement, PurchaseServiceCatalogue catalogue,
                         List<GlossaryEntry> glossary, List<ReadNote> notes, SourceInfo source,
                         List<SourceInfo> companions) {

    public Disclosure {
        tables = List.copyOf(tables);
        performanceTargets = List.copyOf(performanceTargets);
        glossary = List.copyOf(glossary);
        notes = List.copyOf(notes);
        companions = List.copyOf(companions);
    }

    /** A disclosure read from one file. */
    public Disclosure(DisclosureMetadata metadata, String templateId, Profile profile, FactSet facts,
                      List<PublishedTable> tables, Narrative narrative,
                      List<PerformanceTarget> performanceTargets, StateAssets assets,
                      Procurement procurement, PurchaseServiceCatalogue catalogue,
                      List<GlossaryEntry> glossary, List<ReadNote> notes, SourceInfo source) {
        this(metadata, templateId, profile, facts, tables, narrative, performanceTargets, assets, procurement, catalogue,
                glossary, notes, source, List.of());
    }

    /** The table with template id {@code id} ("T3"), if it was found. */
    public Optional<PublishedTable> table(String id) {
        for (PublishedTable t : tables) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * True when nothing of a disclosure was read: no year in a title, no table, no 概况, 情况说明,
     * form, catalogue or glossary ("# hello" in a .txt, a README). Such a file is refused, not
     * checked and passed.
     */
    public boolean holdsNothing() {
        return metadata.year() <= 0 && tables.isEmpty() && narrative.sections().isEmpty() && profile.text().isEmpty()
                && performanceTargets.isEmpty() && glossary.isEmpty() && (catalogue == null || catalogue.departments().isEmpty());
    }

    /**
     * The note saying the file ends before the document does (TRUNCATED: cut mid-character, or
     * before parts its 目录 lists), if it does: what was read is then only part of it.
     */
    public Optional<ReadNote> truncation() {
        for (ReadNote n : notes) {
            if (n.code().equals("TRUNCATED")) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
