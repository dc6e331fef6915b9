package org.gongkai.core.workbook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.Profile;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PurchaseServiceCatalogue;
import org.gongkai.core.model.ReadNote;
import org.gongkai.core.model.SourceInfo;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.model.StateAssets;
import org.gongkai.core.narrative.UnitStatements;

/**
 * What a filled input workbook says: everything a disclosure is made from, each figure positioned
 * at its cell. Example: the reference unit's workbook gives 柳林县人力资源和社会保障局 2024, 8
 * performance targets, and facts such as {2080101, 一般公共预算, 当年, 基本支出} = 133.70 万元 from
 * 收支预算!D3.
 *
 * @param metadata           unit, department, year (单位概况)
 * @param profile            duties, organisation and staff (单位概况)
 * @param facts              amounts by function, economic code, source, period, spending, project, item
 * @param performanceTargets one per row of 绩效目标, indicators from 绩效指标
 * @param assets             国有资产, null when the sheet gives nothing
 * @param procurement        政府采购, null when the sheet gives nothing
 * @param catalogue          购买服务目录 with its cover letters, null when none is given
 * @param glossary           名词解释
 * @param statements         上年数, 变动原因 and 说明
 * @param declared           figures the unit states that the tables also derive, by name, e.g. "机关运行经费",
 *                           and by source, e.g. "机关运行经费/GENERAL_BUDGET"
 * @param notes              remarks that do not stop reading (an unlisted code, an amount with more than two decimals)
 * @param source             the workbook read
 * @param answers            where the unit states what 情况说明 needs and the tables cannot give:
 *                           a placeholder's subject ("2023年基本支出", "基本支出增减原因",
 *                           "note:其他", "sheet:国有资产") → the cell it is typed in, so a finding on a
 *                           sentence still waiting for it points there
 */
public record WorkbookInput(DisclosureMetadata metadata, Profile profile, FactSet facts,
                            List<PerformanceTarget> performanceTargets, StateAssets assets, Procurement procurement,
                            PurchaseServiceCatalogue catalogue, List<GlossaryEntry> glossary, UnitStatements statements,
                            Map<String, PublishedAmount> declared, List<ReadNote> notes, SourceInfo source,
                            Map<String, SourcePosition> answers) {

    /** The name {@link #declared()} gives 机关运行经费 (administrative operating costs) under. */
    public static final String OPERATING_COSTS = "机关运行经费";

    public WorkbookInput {
        performanceTargets = List.copyOf(performanceTargets);
        glossary = List.copyOf(glossary);
        declared = Collections.unmodifiableMap(new LinkedHashMap<>(declared));
        notes = List.copyOf(notes);
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** The cell that answers placeholder subject {@code what}, if the workbook has one. */
    public Optional<SourcePosition> answer(String what) {
        return Optional.ofNullable(answers.get(what));
    }

    /** True when no amount at all was filled in. */
    public boolean isEmpty() {
        return facts.size() == 0 && performanceTargets.isEmpty();
    }
}
