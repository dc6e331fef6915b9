package org.gongkai.core.write;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.CoverDocument;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.Fact;
import org.gongkai.core.model.FactKey;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.FactSource;
import org.gongkai.core.model.FundsBySource;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.IndicatorCategory;
import org.gongkai.core.model.IndicatorGroup;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.Profile;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.PurchaseServiceCatalogue;
import org.gongkai.core.model.ReadNote;
import org.gongkai.core.model.Sentence;
import org.gongkai.core.model.SourceInfo;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.model.StaffCount;
import org.gongkai.core.model.Staffing;
import org.gongkai.core.model.StateAssets;
import org.gongkai.core.model.TableCell;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.VehicleCount;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Disclosure} as gongkai's open-data JSON ("gongkai-disclosure", version 1),
 * documented in {@code docs/open-data-format.md}. The mapping is spelled out here, field by
 * field, so the format stays stable when the model changes. Amounts are strings with their unit
 * ({@code {"amount": "134.97", "unit": "万元"}}), never JSON numbers; absent values are left out;
 * field order is fixed.
 */
public final class DisclosureJsonWriter {

    /** The format's name and version, written at the top of every document. */
    public static final String FORMAT = "gongkai-disclosure";
    public static final int VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private DisclosureJsonWriter() {
    }

    /** The disclosure as a JSON tree. */
    public static ObjectNode toJson(Disclosure d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.set("metadata", metadata(d.metadata()));
        root.put("template", d.templateId());
        if (d.source() != null) {
            root.set("source", source(d.source()));
        }
        if (!d.companions().isEmpty()) {
            ArrayNode companions = root.putArray("companions");
            for (SourceInfo s : d.companions()) {
                companions.add(source(s));
            }
        }
        root.set("profile", profile(d.profile()));
        ArrayNode tables = root.putArray("tables");
        for (PublishedTable t : d.tables()) {
            tables.add(table(t));
        }
        facts(root, d.facts());
        root.set("narrative", narrative(d.narrative()));
        ArrayNode targets = root.putArray("performanceTargets");
        for (PerformanceTarget t : d.performanceTargets()) {
            targets.add(target(t));
        }
        if (d.assets() != null) {
            root.set("assets", assets(d.assets()));
        }
        if (d.procurement() != null) {
            root.set("procurement", procurement(d.procurement()));
        }
        if (d.catalogue() != null) {
            root.set("catalogue", catalogue(d.catalogue()));
        }
        ArrayNode glossary = root.putArray("glossary");
        for (GlossaryEntry g : d.glossary()) {
            ObjectNode n = glossary.addObject();
            n.put("number", g.number());
            n.put("term", g.term());
            n.put("definition", g.definition());
            position(n, g.position());
        }
        ArrayNode notes = root.putArray("notes");
        for (ReadNote r : d.notes()) {
            ObjectNode n = notes.addObject();
            n.put("code", r.code());
            n.put("message", r.message());
            position(n, r.position());
        }
        return root;
    }

    public static String write(Disclosure d) {
        return JSON.writeValueAsString(toJson(d)) + "\n";
    }

    public static void write(Disclosure d, OutputStream out) {
        JSON.writeValue(out, toJson(d));
    }

    // ---------------------------------------------------------------- parts

    /** The open-data form of a disclosure's metadata; the check report gives the same. */
    public static ObjectNode metadata(DisclosureMetadata m) {
        ObjectNode n = JSON.createObjectNode();
        put(n, "title", m.title());
        put(n, "unitName", m.unitName());
        put(n, "departmentName", m.departmentName());
        put(n, "departmentCode", m.departmentCode());
        put(n, "region", m.region());
        put(n, "province", m.province());
        if (m.year() > 0) {
            n.put("year", m.year());
        }
        put(n, "kind", m.kind() == null ? null : m.kind().label());
        put(n, "level", m.level() == null ? null : m.level().label());
        put(n, "approvalDate", m.approvalDate());
        put(n, "publicationDate", m.publicationDate());
        return n;
    }

    /** The open-data form of the file read; the check report gives the same. */
    public static ObjectNode source(SourceInfo s) {
        ObjectNode n = JSON.createObjectNode();
        put(n, "fileName", s.fileName());
        put(n, "format", s.format());
        put(n, "encoding", s.encoding());
        n.put("bytes", s.bytes());
        put(n, "sha256", s.sha256());
        if (s.pages() > 0) {
            n.put("pages", s.pages());
        }
        n.put("lines", s.lines());
        return n;
    }

    private static ObjectNode profile(Profile p) {
        ObjectNode n = JSON.createObjectNode();
        strings(n.putArray("duties"), p.duties());
        if (p.internalOfficeCount() != null) {
            n.put("internalOfficeCount", p.internalOfficeCount());
        }
        strings(n.putArray("internalOffices"), p.internalOffices());
        strings(n.putArray("subordinateUnits"), p.subordinateUnits());
        strings(n.putArray("changes"), p.changes());
        if (p.staffing() != null) {
            Staffing s = p.staffing();
            ObjectNode st = n.putObject("staffing");
            if (s.total() != null) {
                st.put("total", s.total());
            }
            ArrayNode kinds = st.putArray("byKind");
            for (StaffCount c : s.byKind()) {
                ObjectNode k = kinds.addObject();
                k.put("kind", c.kind());
                k.put("count", c.count());
            }
            if (s.change() != null) {
                st.put("change", s.change());
            }
            if (s.comparedYear() != null) {
                st.put("comparedYear", s.comparedYear());
            }
            strings(st.putArray("reasons"), s.reasons());
        }
        paragraphs(n.putArray("text"), p.text());
        return n;
    }

    private static ObjectNode table(PublishedTable t) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", t.id());
        put(n, "number", t.number());
        put(n, "title", t.title());
        put(n, "unitName", t.unitName());
        put(n, "unit", t.unit() == null ? null : t.unit().label());
        position(n, t.position());
        ArrayNode header = n.putArray("headerRows");
        for (TableRow r : t.headerRows()) {
            header.add(row(r));
        }
        ArrayNode rows = n.putArray("rows");
        for (TableRow r : t.rows()) {
            rows.add(row(r));
        }
        ArrayNode entries = n.putArray("entries");
        for (TableEntry e : t.entries()) {
            ObjectNode en = entries.addObject();
            en.put("block", e.block());
            en.put("key", e.key());
            en.put("label", e.label());
            if (e.level() > 0) {
                en.put("level", e.level());
            }
            en.put("role", e.role().name());
            en.put("row", e.row());
            ObjectNode amounts = en.putObject("amounts");
            for (Map.Entry<String, PublishedAmount> a : e.amounts().entrySet()) {
                amounts.set(a.getKey(), published(a.getValue()));
            }
        }
        put(n, "note", t.note());
        return n;
    }

    private static ObjectNode row(TableRow r) {
        ObjectNode n = JSON.createObjectNode();
        position(n, r.position());
        ArrayNode cells = n.putArray("cells");
        for (TableCell c : r.cells()) {
            cells.add(c.text());
        }
        return n;
    }

    private static void facts(ObjectNode root, FactSet facts) {
        ArrayNode out = root.putArray("facts");
        for (Fact f : facts.facts()) {
            ObjectNode n = out.addObject();
            key(n, f.key());
            n.set("amount", money(f.amount()));
            put(n, "label", f.label());
            ArrayNode sources = n.putArray("sources");
            for (FactSource s : f.sources()) {
                ObjectNode sn = sources.addObject();
                sn.put("table", s.table());
                sn.put("column", s.column());
                position(sn, s.position());
            }
        }
        ArrayNode conflicts = root.putArray("factConflicts");
        for (FactSet.Conflict c : facts.conflicts()) {
            ObjectNode n = conflicts.addObject();
            key(n, c.key());
            n.set("first", money(c.first()));
            n.put("firstTable", c.firstSource().table());
            n.set("second", money(c.second()));
            n.put("secondTable", c.secondSource().table());
        }
    }

    private static void key(ObjectNode n, FactKey k) {
        put(n, "function", k.function());
        put(n, "economic", k.economic());
        put(n, "governmentEconomic", k.governmentEconomic());
        put(n, "source", k.source() == null ? null : k.source().name());
        put(n, "period", k.period() == null ? null : k.period().name());
        put(n, "spending", k.spending() == null ? null : k.spending().name());
        put(n, "project", k.project());
        put(n, "item", k.item());
    }

    private static ObjectNode narrative(Narrative nv) {
        ObjectNode n = JSON.createObjectNode();
        put(n, "title", nv.title());
        ArrayNode sections = n.putArray("sections");
        for (NarrativeSection s : nv.sections()) {
            sections.add(section(s));
        }
        return n;
    }

    private static ObjectNode section(NarrativeSection s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("number", s.number());
        n.put("title", s.title());
        n.put("level", s.level());
        position(n, s.position());
        paragraphs(n.putArray("paragraphs"), s.paragraphs());
        if (!s.figures().isEmpty()) {
            strings(n.putArray("figures"), s.figures());
        }
        if (!s.sections().isEmpty()) {
            ArrayNode subs = n.putArray("sections");
            for (NarrativeSection x : s.sections()) {
                subs.add(section(x));
            }
        }
        return n;
    }

    private static void paragraphs(ArrayNode out, List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            ObjectNode n = out.addObject();
            position(n, p.position());
            n.put("text", p.text());
            ArrayNode sentences = n.putArray("sentences");
            for (Sentence s : p.sentences()) {
                sentences.add(s.text());
            }
        }
    }

    private static ObjectNode target(PerformanceTarget t) {
        ObjectNode n = JSON.createObjectNode();
        put(n, "title", t.title());
        if (t.year() != null) {
            n.put("year", t.year());
        }
        put(n, "projectName", t.projectName());
        put(n, "department", t.department());
        put(n, "departmentCode", t.departmentCode());
        put(n, "implementingUnit", t.implementingUnit());
        put(n, "projectType", t.projectType());
        put(n, "projectTerm", t.projectTerm());
        n.set("implementationFunds", funds(t.implementationFunds()));
        n.set("annualFunds", funds(t.annualFunds()));
        put(n, "overview", t.overview());
        put(n, "basis", t.basis());
        put(n, "necessity", t.necessity());
        put(n, "measures", t.measures());
        put(n, "plan", t.plan());
        put(n, "implementationGoal", t.implementationGoal());
        put(n, "annualGoal", t.annualGoal());
        n.set("implementationIndicators", indicators(t.implementationIndicators()));
        n.set("annualIndicators", indicators(t.annualIndicators()));
        put(n, "responsible", t.responsible());
        put(n, "handler", t.handler());
        put(n, "phone", t.phone());
        put(n, "filledDateText", t.filledDateText());
        put(n, "filledDate", t.filledDate());
        position(n, t.published().position());
        ArrayNode rows = n.putArray("rows");
        for (TableRow r : t.published().rows()) {
            rows.add(row(r));
        }
        return n;
    }

    private static ObjectNode funds(FundsBySource f) {
        ObjectNode n = JSON.createObjectNode();
        putAmount(n, "total", f.total());
        putAmount(n, "central", f.central());
        putAmount(n, "provincial", f.provincial());
        putAmount(n, "cityCounty", f.cityCounty());
        putAmount(n, "selfRaised", f.selfRaised());
        putAmount(n, "other", f.other());
        return n;
    }

    private static ArrayNode indicators(List<IndicatorCategory> categories) {
        ArrayNode out = JSON.createArrayNode();
        for (IndicatorCategory c : categories) {
            ObjectNode cn = out.addObject();
            cn.put("name", c.name());
            ArrayNode groups = cn.putArray("groups");
            for (IndicatorGroup g : c.groups()) {
                ObjectNode gn = groups.addObject();
                gn.put("name", g.name());
                ArrayNode inds = gn.putArray("indicators");
                for (Indicator i : g.indicators()) {
                    ObjectNode in = inds.addObject();
                    in.put("name", i.name());
                    in.put("value", i.value());
                    position(in, i.position());
                }
            }
        }
        return out;
    }

    private static ObjectNode assets(StateAssets a) {
        ObjectNode n = JSON.createObjectNode();
        put(n, "asOf", a.asOf());
        if (a.vehiclesAuthorised() != null) {
            n.put("vehiclesAuthorised", a.vehiclesAuthorised());
        }
        if (a.vehiclesHeld() != null) {
            n.put("vehiclesHeld", a.vehiclesHeld());
        }
        ArrayNode uses = n.putArray("vehiclesByUse");
        for (VehicleCount v : a.vehiclesByUse()) {
            ObjectNode u = uses.addObject();
            u.put("use", v.use());
            u.put("count", v.count());
        }
        if (a.officeArea() != null) {
            n.put("officeAreaSquareMetres", a.officeArea().toPlainString());
        }
        if (a.equipmentOver500k() != null) {
            n.put("equipmentOver500k", a.equipmentOver500k());
        }
        if (a.equipmentOver1m() != null) {
            n.put("equipmentOver1m", a.equipmentOver1m());
        }
        paragraphs(n.putArray("text"), a.text());
        return n;
    }

    private static ObjectNode procurement(Procurement p) {
        ObjectNode n = JSON.createObjectNode();
        putAmount(n, "total", p.total());
        putAmount(n, "goods", p.goods());
        putAmount(n, "works", p.works());
        putAmount(n, "services", p.services());
        paragraphs(n.putArray("text"), p.text());
        return n;
    }

    private static ObjectNode catalogue(PurchaseServiceCatalogue c) {
        ObjectNode n = JSON.createObjectNode();
        put(n, "reference", c.reference());
        put(n, "title", c.title());
        ArrayNode docs = n.putArray("coverDocuments");
        for (CoverDocument d : c.coverDocuments()) {
            ObjectNode dn = docs.addObject();
            put(dn, "issuer", d.issuer());
            put(dn, "number", d.number());
            put(dn, "title", d.title());
            put(dn, "addressees", d.addressees());
            strings(dn.putArray("body"), d.body());
            put(dn, "printedBy", d.printedBy());
            put(dn, "dateText", d.dateText());
            put(dn, "date", d.date());
            position(dn, d.position());
        }
        ArrayNode depts = n.putArray("departments");
        for (CatalogueDepartment d : c.departments()) {
            ObjectNode dn = depts.addObject();
            dn.put("name", d.name());
            position(dn, d.position());
            ArrayNode items = dn.putArray("items");
            for (CatalogueItem i : d.items()) {
                ObjectNode in = items.addObject();
                in.put("code", i.code());
                in.put("level", i.level());
                in.put("name", i.name());
                position(in, i.position());
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- values

    /** {"amount": "134.97", "unit": "万元"}. */
    public static ObjectNode money(Money m) {
        ObjectNode n = JSON.createObjectNode();
        n.put("amount", m.plain());
        n.put("unit", m.unit().label());
        return n;
    }

    private static ObjectNode published(PublishedAmount a) {
        ObjectNode n = money(a.money());
        if (!a.text().equals(a.money().plain())) {
            n.put("text", a.text());
        }
        position(n, a.position());
        return n;
    }

    private static void putAmount(ObjectNode n, String field, PublishedAmount a) {
        if (a != null) {
            n.set(field, published(a));
        }
    }

    /**
     * Adds {@code "position": {"page", "line", "column"}} to {@code n} when {@code p} is known; a
     * workbook cell adds {@code "sheet"} and {@code "cell"} ("C12") too (docs/open-data-format.md).
     */
    public static void position(ObjectNode n, SourcePosition p) {
        if (p == null || !p.isKnown()) {
            return;
        }
        ObjectNode pn = n.putObject("position");
        if (p.sheet() != null) {
            pn.put("sheet", p.sheet());
            if (p.line() == 0) {
                return;
            }
            pn.put("cell", p.cellReference());
        }
        if (p.page() > 0) {
            pn.put("page", p.page());
        }
        pn.put("line", p.line());
        if (p.column() > 0) {
            pn.put("column", p.column());
        }
    }

    private static void put(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    private static void put(ObjectNode n, String field, LocalDate value) {
        if (value != null) {
            n.put(field, value.toString());
        }
    }

    private static void strings(ArrayNode out, List<String> values) {
        for (String s : values) {
            out.add(s);
        }
    }
}
