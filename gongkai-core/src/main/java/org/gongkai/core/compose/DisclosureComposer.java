package org.gongkai.core.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.gongkai.core.model.Classifications;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.Sentence;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.narrative.NarrativeWriter;
import org.gongkai.core.narrative.Placeholder;
import org.gongkai.core.narrative.UnitStatements;
import org.gongkai.core.read.FactExtractor;
import org.gongkai.core.template.BlockTemplate;
import org.gongkai.core.template.ColumnTemplate;
import org.gongkai.core.template.NamedFigure;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalog;
import org.gongkai.core.workbook.InputSheet;
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
        Disclosure tablesOnly = composeTables(in, templateId);
        Narrative narrative = placed(NarrativeWriter.standard().write(tablesOnly, in.statements()), in);
        return new Disclosure(tablesOnly.metadata(), tablesOnly.templateId(), in.profile(), tablesOnly.facts(), tablesOnly.tables(),
                narrative, in.performanceTargets(), in.assets(), in.procurement(), in.catalogue(), in.glossary(), in.notes(), in.source());
    }

    /**
     * The disclosure {@code in} gives without its 情况说明 (left empty): the tables and the facts
     * they state, for when only the figures are wanted, e.g. last year's for
     * {@link NarrativeWriter#figures(Disclosure)}. Example: {@code composeTables(in, DEFAULT_TEMPLATE).narrative().sections()}
     * is empty, its tables are those of {@code compose(in)}.
     */
    public Disclosure composeTables(WorkbookInput in, String templateId) {
        Template template = templates.find(templateId)
                .orElseThrow(() -> new IllegalArgumentException("没有模板“" + templateId + "”"));
        DisclosureMetadata m = in.metadata();
        TableProjector projector = new TableProjector(template, codes);
        List<PublishedTable> tables = declared(projector.project(in.facts(), m.year(), m.unitName()), projector, template, in);
        FactSet facts = FactExtractor.extract(template, tables);
        return new Disclosure(m, template.id(), in.profile(), facts, tables, Narrative.empty(),
                in.performanceTargets(), in.assets(), in.procurement(), in.catalogue(), in.glossary(), in.notes(), in.source());
    }

    /**
     * {@code tables} with the table that prints 机关运行经费 (表十一) stating the figure the unit
     * declares, when it declares one: the template takes it as 公用经费, which holds for
     * administrative units only; TBL-014 then warns where the two differ, at the declared cell.
     */
    private static List<PublishedTable> declared(List<PublishedTable> tables, TableProjector projector, Template template,
                                                 WorkbookInput in) {
        PublishedAmount total = in.declared().get(WorkbookInput.OPERATING_COSTS);
        NamedFigure figure = template.figures().stream().filter(f -> f.names().contains(WorkbookInput.OPERATING_COSTS))
                .findFirst().orElse(null);
        if (total == null || figure == null) {
            return tables;
        }
        BlockTemplate block = template.table(figure.table()).flatMap(t -> t.block(figure.block())).orElse(null);
        if (block == null) {
            return tables;
        }
        Map<String, PublishedAmount> byColumn = new HashMap<>();
        for (ColumnTemplate c : block.columns()) {
            if (c.id().equals(figure.column())) {
                byColumn.put(c.id(), total);
            } else if (c.dims().sources().size() == 1) {
                PublishedAmount a = in.declared().get(WorkbookInput.OPERATING_COSTS + "/" + c.dims().sources().get(0).name());
                if (a != null) {
                    byColumn.put(c.id(), a);
                }
            }
        }
        List<PublishedTable> out = new ArrayList<>(tables);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).id().equals(figure.table())) {
                out.set(i, projector.restated(out.get(i), block.id(), byColumn));
            }
        }
        return out;
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

    /**
     * {@code n} with every sentence that still waits for the unit (a {@link Placeholder}) placed at
     * the workbook cell where the unit would type what is missing: 上年数!C9 for last year's
     * figure, 变动原因!B9 for a reason, 说明 for a note, the 政府采购 or 国有资产 sheet. A finding
     * on such a sentence then points at that cell.
     */
    static Narrative placed(Narrative n, WorkbookInput in) {
        List<NarrativeSection> sections = new ArrayList<>();
        for (NarrativeSection s : n.sections()) {
            sections.add(placed(s, in));
        }
        return new Narrative(n.title(), sections);
    }

    private static NarrativeSection placed(NarrativeSection s, WorkbookInput in) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Paragraph p : s.paragraphs()) {
            List<Sentence> sentences = new ArrayList<>();
            SourcePosition first = null;
            for (Sentence t : p.sentences()) {
                SourcePosition at = answer(t.text(), in);
                first = first == null ? at : first;
                sentences.add(at == null ? t : new Sentence(t.text(), at));
            }
            paragraphs.add(new Paragraph(p.text(), sentences, first != null ? first : p.position()));
        }
        List<NarrativeSection> subs = new ArrayList<>();
        for (NarrativeSection sub : s.sections()) {
            subs.add(placed(sub, in));
        }
        return new NarrativeSection(s.number(), s.title(), s.level(), paragraphs, s.figures(), subs, s.position());
    }

    /** The cell answering the first placeholder of {@code sentence}, or null. */
    private static SourcePosition answer(String sentence, WorkbookInput in) {
        Matcher m = Placeholder.PATTERN.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        String what = m.group().substring(5, m.group().length() - 1);
        return in.answer(what)
                .or(() -> in.answer(answerKey(what)))
                .orElse(null);
    }

    /** The key of {@link WorkbookInput#answers()} for a placeholder the workbook answers by note or sheet. */
    private static String answerKey(String what) {
        if (what.contains("政府购买服务指导性目录")) {
            return "note:" + UnitStatements.CATALOGUE_NOTE;
        }
        if (what.startsWith("其他需要说明")) {
            return "note:" + UnitStatements.OTHER_NOTE;
        }
        if (what.contains("政府采购") || what.equals("货物") || what.equals("工程") || what.equals("服务")) {
            return "sheet:" + InputSheet.PROCUREMENT.sheetName();
        }
        if (what.contains("资产") || what.contains("公务用车编制") || what.contains("办公用房") || what.contains("通用设备")) {
            return "sheet:" + InputSheet.ASSETS.sheetName();
        }
        return what;
    }
}
