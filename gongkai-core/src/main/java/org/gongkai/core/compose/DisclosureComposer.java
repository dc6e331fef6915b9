package org.gongkai.core.compose;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.model.Classifications;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.ReadNote;
import org.gongkai.core.narrative.NarrativeWriter;
import org.gongkai.core.narrative.UnitStatements;
import org.gongkai.core.read.FactExtractor;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalog;
import org.gongkai.core.workbook.WorkbookInput;

/**
 * Makes the whole disclosure from what a unit supplies: the template's tables projected from its
 * facts, 情况说明 written from those tables and the unit's statements, and its forms, assets,
 * procurement, catalogue and glossary as given. The facts of the result are the ones its tables
 * state, found as for a published document, so a composed and a published disclosure compare
 * fact for fact.
 * Example: {@code DisclosureComposer.withBundledTemplates().compose(new InputWorkbookReader().read(bytes, "填报.xlsx"))}
 * gives 柳林县人力资源和社会保障局's 2024 budget disclosure with 13 tables and 12 sections.
 */
public final class DisclosureComposer {

    /** The template a workbook is composed with when its unit names none. */
    public static final String DEFAULT_TEMPLATE = "shanxi-unit-budget-2024";

    private final TemplateCatalog templates;
    private final Classifications codes;

    public DisclosureComposer(TemplateCatalog templates, Classifications codes) {
        this.templates = templates;
        this.codes = codes;
    }

    public static DisclosureComposer withBundledTemplates() {
        return new DisclosureComposer(TemplateCatalog.bundled(), Classifications.bundled());
    }

    /** The disclosure {@code in} gives, with the default template. */
    public Disclosure compose(WorkbookInput in) {
        return compose(in, DEFAULT_TEMPLATE);
    }

    /** The disclosure {@code in} gives, its tables printed as template {@code templateId} lays them out. */
    public Disclosure compose(WorkbookInput in, String templateId) {
        Template template = templates.find(templateId)
                .orElseThrow(() -> new IllegalArgumentException("没有模板“" + templateId + "”"));
        DisclosureMetadata m = in.metadata();
        List<PublishedTable> tables = new TableProjector(template, codes).project(in.facts(), m.year(), m.unitName());
        FactSet facts = FactExtractor.extract(template, tables);
        List<ReadNote> notes = new ArrayList<>(in.notes());
        Disclosure tablesOnly = new Disclosure(m, template.id(), in.profile(), facts, tables, Narrative.empty(),
                in.performanceTargets(), in.assets(), in.procurement(), in.catalogue(), in.glossary(), notes, in.source());
        Narrative narrative = NarrativeWriter.standard().write(tablesOnly, in.statements());
        return new Disclosure(m, template.id(), in.profile(), facts, tables, narrative, in.performanceTargets(),
                in.assets(), in.procurement(), in.catalogue(), in.glossary(), notes, in.source());
    }

    /**
     * 情况说明 for a disclosure whose tables were read (a platform export): written from its tables
     * with {@code statements}, every figure the unit has not supplied left as a placeholder.
     */
    public Disclosure withNarrative(Disclosure d, UnitStatements statements) {
        Narrative narrative = NarrativeWriter.standard().write(d, statements);
        return new Disclosure(d.metadata(), d.templateId(), d.profile(), d.facts(), d.tables(), narrative,
                d.performanceTargets(), d.assets(), d.procurement(), d.catalogue(), d.glossary(), d.notes(), d.source());
    }
}
