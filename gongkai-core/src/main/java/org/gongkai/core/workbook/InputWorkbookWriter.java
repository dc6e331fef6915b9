package org.gongkai.core.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.ClassificationCode;
import org.gongkai.core.model.Classifications;
import org.gongkai.core.model.CodeTree;
import org.gongkai.core.model.CoverDocument;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.Fact;
import org.gongkai.core.model.FactKey;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.FundingSource;
import org.gongkai.core.model.FundsBySource;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.IndicatorCategory;
import org.gongkai.core.model.IndicatorGroup;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Period;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.Profile;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.SpendingType;
import org.gongkai.core.model.StaffCount;
import org.gongkai.core.model.StateAssets;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.model.VehicleCount;
import org.gongkai.core.narrative.ChangeReasons;
import org.gongkai.core.narrative.PriorYear;
import org.gongkai.core.narrative.Quantity;
import org.gongkai.core.narrative.UnitStatements;
import org.gongkai.core.workbook.InputSheet.H;

/**
 * Writes the input workbook: blank, for a unit to fill, or filled from a published disclosure
 * read back. Every sheet of {@link InputSheet} gets its instructions on row 1, a styled header on
 * row 2 (frozen), column widths, drop-down lists (long code lists on the hidden 代码表 sheet),
 * decimal ≥ 0 validation on money cells, date and whole-number validation, and comments on the
 * cells that need explaining.
 *
 * <p>Example: {@code new InputWorkbookWriter().blank("柳林县人力资源和社会保障局", 2024)} is the
 * workbook {@code gongkai template --unit 柳林县人力资源和社会保障局 --year 2024} writes.
 */
public final class InputWorkbookWriter {

    private static final int CODE_ROWS_START = 2;
    private static final String COMMENT_AUTHOR = "gongkai";

    private final Classifications classifications;

    public InputWorkbookWriter() {
        this(Classifications.bundled());
    }

    public InputWorkbookWriter(Classifications classifications) {
        this.classifications = classifications;
    }

    /** The empty workbook for {@code unitName}'s budget of {@code year}: only 单位概况's name and year filled. */
    public byte[] blank(String unitName, int year) {
        Content c = new Content();
        c.field(InputSheet.PROFILE, "文件标题", year + "年度单位预算公开");
        c.field(InputSheet.PROFILE, "单位名称", unitName);
        c.field(InputSheet.PROFILE, "预算年度", year);
        c.field(InputSheet.PROFILE, "公开类型", "预算");
        c.field(InputSheet.PROFILE, "公开层级", "单位");
        c.field(InputSheet.PROFILE, "金额单位", "万元");
        c.field(InputSheet.PROFILE, "对比年度", year - 1);
        for (String item : InputSheet.THREE_PUBLIC.columns().get(0).choices()) {
            c.row(InputSheet.THREE_PUBLIC, Map.of(H.ITEM, item));
        }
        for (Quantity q : Quantity.values()) {
            c.row(InputSheet.PRIOR, Map.of(H.SUBJECT, q.label()));
            c.row(InputSheet.REASONS, Map.of(H.SUBJECT, q.label()));
        }
        return write(c, unitName, year);
    }

    /**
     * The workbook filled from a published disclosure and what its unit states, at the finest grain
     * the tables allow: per 项 code and spending type, the year's 一般公共预算 from 表五, the other
     * sources from 表二 (政府性基金 and 国有资本经营 split by 表八 and 表九), the carry-over as 表三 less
     * the year's money, from the source 表十三's projects are funded by. The derivation follows the
     * grains of the Shanxi 13-table template (shanxi-unit-budget-2024); a disclosure read with another
     * template (Jiangsu's 表七 without a period, 单位预留机动经费) is not mapped yet and gives a sparse workbook.
     */
    public byte[] filled(Disclosure published, UnitStatements statements) {
        Content c = new Content();
        DisclosureMetadata m = published.metadata();
        profile(c, m, published.profile());
        funds(c, published.facts());
        economic(c, published.facts());
        threePublic(c, published);
        projects(c, published.facts());
        targets(c, published.performanceTargets());
        procurement(c, published.procurement());
        assets(c, published.assets());
        statements(c, statements);
        glossary(c, published.glossary());
        catalogue(c, published);
        return write(c, m.unitName(), m.year());
    }

    // ------------------------------------------------------------------ filling from a disclosure

    private static void profile(Content c, DisclosureMetadata m, Profile p) {
        InputSheet s = InputSheet.PROFILE;
        c.field(s, "文件标题", m.title());
        c.field(s, "单位名称", m.unitName());
        c.field(s, "主管部门名称", m.departmentName());
        c.field(s, "主管部门代码", m.departmentCode());
        c.field(s, "行政区划", m.region());
        c.field(s, "所属省份", m.province());
        c.field(s, "预算年度", m.year());
        c.field(s, "公开类型", m.kind() == null ? null : m.kind().label());
        c.field(s, "公开层级", m.level() == null ? null : m.level().label());
        c.field(s, "金额单位", "万元");
        c.field(s, "批复日期", m.approvalDate());
        c.field(s, "公开日期", m.publicationDate());
        if (p == null) {
            return;
        }
        p.duties().forEach(d -> c.field(s, "职责", d));
        c.field(s, "内设机构数量", p.internalOfficeCount());
        p.internalOffices().forEach(o -> c.field(s, "内设机构", o));
        p.subordinateUnits().forEach(u -> c.field(s, "下属单位", u));
        p.changes().forEach(ch -> c.field(s, "机构变动情况", ch));
        if (p.staffing() != null) {
            c.field(s, "人员总数", p.staffing().total());
            for (StaffCount k : p.staffing().byKind()) {
                c.lines.get(s).add(new Object[] {"人员类别", k.kind(), k.count()});
            }
            c.field(s, "人员增减", p.staffing().change());
            c.field(s, "对比年度", p.staffing().comparedYear());
            p.staffing().reasons().forEach(r -> c.field(s, "人员变动原因", r));
        }
    }

    private void funds(Content c, FactSet facts) {
        Set<String> codes = new LinkedHashSet<>();
        for (Fact f : facts.facts()) {
            if (f.key().function() != null) {
                codes.add(f.key().function());
            }
        }
        FundingSource carrySource = carryOverSource(facts);
        for (String code : codes) {
            if (codes.stream().anyMatch(o -> !o.equals(code) && o.startsWith(code))) {
                continue; // a 类 or 款 whose 项 are listed
            }
            FactKey k = FactKey.ALL.withFunction(code);
            Map<SpendingType, Map<String, Money>> bySpending = new EnumMap<>(SpendingType.class);
            Map<SpendingType, Money> room = new EnumMap<>(SpendingType.class);
            for (SpendingType s : List.of(SpendingType.BASIC, SpendingType.PROJECT)) {
                Map<String, Money> amounts = new LinkedHashMap<>();
                for (FundingSource src : FundingSource.FISCAL) {
                    put(amounts, "当年" + src.label(),
                            facts.total(k.withSource(src).withPeriod(Period.CURRENT).withSpending(s)).orElse(null));
                }
                bySpending.put(s, amounts);
                Money all = facts.total(k.withSpending(s)).orElse(zero());
                room.put(s, all.minus(sum(amounts.values())));
            }
            // 财政专户管理资金 and 单位资金 have no table splitting them by spending: they go where 表三 leaves room
            for (FundingSource src : List.of(FundingSource.SPECIAL_ACCOUNT, FundingSource.UNIT_FUNDS)) {
                Money a = facts.total(k.withSource(src).withPeriod(Period.CURRENT)).orElse(null);
                if (a == null || a.isZero()) {
                    continue;
                }
                SpendingType s = room.get(SpendingType.BASIC).compareTo(a) >= 0 ? SpendingType.BASIC : SpendingType.PROJECT;
                put(bySpending.get(s), "当年" + src.label(), a);
                room.put(s, room.get(s).minus(a));
            }
            boolean hasSplit = facts.total(k.withSpending(SpendingType.BASIC)).isPresent()
                    || facts.total(k.withSpending(SpendingType.PROJECT)).isPresent();
            if (hasSplit) {
                for (SpendingType s : List.of(SpendingType.BASIC, SpendingType.PROJECT)) {
                    if (room.get(s).signum() > 0) {
                        put(bySpending.get(s), "上年结转" + carrySource.label(), room.get(s));
                    }
                }
            } else {
                put(bySpending.get(SpendingType.PROJECT), "上年结转" + carrySource.label(),
                        facts.total(k.withPeriod(Period.CARRY_OVER)).orElse(null));
            }
            String name = name(classifications.functional(), code, facts);
            for (SpendingType s : List.of(SpendingType.BASIC, SpendingType.PROJECT)) {
                Map<String, Money> amounts = bySpending.get(s);
                if (amounts.isEmpty()) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put(H.FUNCTION_CODE, code);
                row.put(H.FUNCTION_NAME, name);
                row.put(H.SPENDING, s.label());
                row.putAll(amounts);
                c.row(InputSheet.FUNDS, row);
            }
        }
    }

    /** The source carried-over money comes from: the one 表十三's projects have most of, else 一般公共预算. */
    private static FundingSource carryOverSource(FactSet facts) {
        FundingSource best = FundingSource.GENERAL_BUDGET;
        Money most = null;
        for (FundingSource src : FundingSource.values()) {
            Money m = null;
            for (Fact f : facts.facts()) {
                if (f.key().project() != null && f.key().period() == Period.CARRY_OVER && f.key().source() == src) {
                    m = m == null ? f.amount() : m.plus(f.amount());
                }
            }
            if (m != null && (most == null || m.compareTo(most) > 0)) {
                most = m;
                best = src;
            }
        }
        return best;
    }

    private void economic(Content c, FactSet facts) {
        Map<List<Object>, Map<String, Object>> rows = new LinkedHashMap<>();
        for (Fact f : facts.facts()) {
            FactKey k = f.key();
            if (k.economic() == null || k.source() == null || k.function() != null || k.project() != null) {
                continue;
            }
            SpendingType s = k.spending();
            if (s != SpendingType.PERSONNEL && s != SpendingType.PUBLIC) {
                continue;
            }
            Map<String, Object> row = rows.computeIfAbsent(List.of(k.economic(), String.valueOf(k.governmentEconomic()), s), x -> {
                String[] names = f.label() == null ? new String[0] : f.label().split("\\|", 2);
                Map<String, Object> r = new LinkedHashMap<>();
                r.put(H.ECONOMIC_CODE, k.economic());
                r.put(H.ECONOMIC_NAME, names.length > 0 ? names[0] : name(classifications.departmentEconomic(), k.economic(), null));
                r.put(H.GOVERNMENT_ECONOMIC_CODE, k.governmentEconomic());
                r.put(H.GOVERNMENT_ECONOMIC_NAME, names.length > 1 ? names[1]
                        : k.governmentEconomic() == null ? null : name(classifications.governmentEconomic(), k.governmentEconomic(), null));
                r.put(H.BASIC_KIND, s.label());
                return r;
            });
            row.put(k.source().label(), f.amount().to(MoneyUnit.WAN_YUAN));
        }
        rows.values().forEach(r -> c.row(InputSheet.ECONOMIC, r));
    }

    private static void threePublic(Content c, Disclosure d) {
        FactSet facts = d.facts();
        for (String item : InputSheet.THREE_PUBLIC.columns().get(0).choices()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(H.ITEM, item);
            if (item.equals(H.OPERATING_COSTS)) {
                d.table("T11").ifPresent(t -> {
                    TableEntry e = t.entries().stream().filter(x -> x.key().equals("total")).findFirst()
                            .orElse(t.entries().isEmpty() ? null : t.entries().get(0));
                    if (e != null) {
                        for (String[] col : new String[][] {{"general", "一般公共预算"}, {"fund", "政府性基金预算"},
                            {"stateCapital", "国有资本经营预算"}}) {
                            e.amount(col[0]).ifPresent(a -> row.put(col[1], a.money().to(MoneyUnit.WAN_YUAN)));
                        }
                    }
                });
            } else {
                for (FundingSource src : FundingSource.FISCAL) {
                    facts.total(FactKey.ALL.withItem(item).withSource(src).withPeriod(Period.CURRENT))
                            .ifPresent(m -> row.put(src.label(), m.to(MoneyUnit.WAN_YUAN)));
                }
            }
            c.row(InputSheet.THREE_PUBLIC, row);
        }
    }

    private static void projects(Content c, FactSet facts) {
        Map<List<Object>, Map<String, Object>> rows = new LinkedHashMap<>();
        for (Fact f : facts.facts()) {
            FactKey k = f.key();
            if (k.project() == null || k.source() == null || k.period() == null) {
                continue;
            }
            Map<String, Object> row = rows.computeIfAbsent(List.of(k.project(), k.period()), x -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put(H.PROJECT, k.project());
                r.put(H.PERIOD, k.period() == Period.CURRENT ? H.CURRENT : H.CARRY_OVER);
                return r;
            });
            row.put(k.source().label(), f.amount().to(MoneyUnit.WAN_YUAN));
        }
        rows.values().forEach(r -> c.row(InputSheet.PROJECTS, r));
    }

    private static void targets(Content c, List<PerformanceTarget> targets) {
        for (PerformanceTarget t : targets) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put(H.PROJECT, t.projectName());
            r.put("表名", t.title());
            r.put("年度", t.year());
            r.put("主管部门代码", t.departmentCode());
            r.put("主管部门", t.department());
            r.put("实施单位", t.implementingUnit());
            r.put("项目属性", t.projectType());
            r.put("项目期", t.projectTerm());
            funds(r, H.IMPLEMENTATION, t.implementationFunds());
            funds(r, H.ANNUAL, t.annualFunds());
            r.put("项目概况", t.overview());
            r.put("立项依据", t.basis());
            r.put("项目设立必要性", t.necessity());
            r.put("保证项目实施的制度、措施", t.measures());
            r.put("项目实施计划", t.plan());
            r.put("实施期目标", t.implementationGoal());
            r.put("年度目标", t.annualGoal());
            r.put("负责人", t.responsible());
            r.put("经办人", t.handler());
            r.put("联系电话", t.phone());
            r.put("填报日期", t.filledDateText());
            c.row(InputSheet.TARGETS, r);
            indicators(c, t.projectName(), H.IMPLEMENTATION, t.implementationIndicators());
            indicators(c, t.projectName(), H.ANNUAL, t.annualIndicators());
        }
    }

    private static void funds(Map<String, Object> r, String term, FundsBySource f) {
        if (f == null) {
            return;
        }
        PublishedAmount[] a = {f.total(), f.central(), f.provincial(), f.cityCounty(), f.selfRaised(), f.other()};
        String[] names = {"资金总额", "中央财政资金", "省级财政资金", "市县(区)财政资金", "单位自筹", "其他资金"};
        for (int i = 0; i < a.length; i++) {
            if (a[i] != null) {
                r.put(term + names[i], a[i].money().to(MoneyUnit.YUAN));
            }
        }
    }

    private static void indicators(Content c, String project, String term, List<IndicatorCategory> tree) {
        for (IndicatorCategory cat : tree) {
            if (cat.groups().isEmpty()) {
                c.row(InputSheet.INDICATORS, indicator(project, term, cat.name(), null, null, null));
            }
            for (IndicatorGroup g : cat.groups()) {
                if (g.indicators().isEmpty()) {
                    c.row(InputSheet.INDICATORS, indicator(project, term, cat.name(), g.name(), null, null));
                }
                for (Indicator i : g.indicators()) {
                    c.row(InputSheet.INDICATORS, indicator(project, term, cat.name(), g.name(), i.name(), i.value()));
                }
            }
        }
    }

    private static Map<String, Object> indicator(String project, String term, String l1, String l2, String l3, String value) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put(H.PROJECT, project);
        r.put(H.TERM, term);
        r.put(H.LEVEL1, l1);
        r.put(H.LEVEL2, l2);
        r.put(H.LEVEL3, l3);
        r.put(H.TARGET_VALUE, value);
        return r;
    }

    private static void procurement(Content c, Procurement p) {
        if (p == null) {
            return;
        }
        InputSheet s = InputSheet.PROCUREMENT;
        c.field(s, "政府采购预算总额", wan(p.total()));
        c.field(s, "货物", wan(p.goods()));
        c.field(s, "工程", wan(p.works()));
        c.field(s, "服务", wan(p.services()));
    }

    private static Money wan(PublishedAmount a) {
        return a == null ? null : a.money().to(MoneyUnit.WAN_YUAN);
    }

    private static void assets(Content c, StateAssets a) {
        if (a == null) {
            return;
        }
        InputSheet s = InputSheet.ASSETS;
        c.field(s, "截至日期", a.asOf());
        c.field(s, "公务用车编制（辆）", a.vehiclesAuthorised());
        c.field(s, "公务用车实有（辆）", a.vehiclesHeld());
        for (VehicleCount v : a.vehiclesByUse()) {
            c.field(s, v.use() + "（辆）", v.count());
        }
        c.field(s, "办公用房建筑总面积（平方米）", a.officeArea());
        c.field(s, "单价50万元以上通用设备（台/套）", a.equipmentOver500k());
        c.field(s, "单价100万元以上通用设备（台/套）", a.equipmentOver1m());
    }

    private static void statements(Content c, UnitStatements st) {
        if (st == null) {
            return;
        }
        PriorYear prior = st.prior();
        for (Quantity q : Quantity.values()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put(H.SUBJECT, q.label());
            prior.amount(q).ifPresent(m -> r.put(H.PRIOR_AMOUNT, m.to(MoneyUnit.WAN_YUAN)));
            c.row(InputSheet.PRIOR, r);
        }
        prior.items().forEach((code, m) -> c.row(InputSheet.PRIOR, Map.of(H.SUBJECT, code, H.PRIOR_AMOUNT, m.to(MoneyUnit.WAN_YUAN))));
        ChangeReasons reasons = st.reasons();
        for (Quantity q : Quantity.values()) {
            reason(c, q.label(), reasons.reasons().get(q));
        }
        reasons.items().forEach((code, r) -> reason(c, code, r));
        for (Map.Entry<String, String> n : st.notes().entrySet()) {
            c.field(InputSheet.NOTES, n.getKey(), n.getValue());
        }
    }

    private static void reason(Content c, String subject, ChangeReasons.Reason r) {
        if (r == null || r.comparisons().isEmpty()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(H.SUBJECT, subject);
            row.put(H.REASON, r == null ? null : r.text());
            c.row(InputSheet.REASONS, row);
            return;
        }
        boolean first = true;
        for (ChangeReasons.Comparison cmp : r.comparisons()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(H.SUBJECT, subject);
            row.put(H.REASON, first ? r.text() : null);
            row.put(H.COMPARED, cmp.name());
            row.put(H.COMPARED_PRIOR, cmp.prior().to(MoneyUnit.WAN_YUAN));
            row.put(H.COMPARED_CURRENT, cmp.current().to(MoneyUnit.WAN_YUAN));
            c.row(InputSheet.REASONS, row);
            first = false;
        }
    }

    private static void glossary(Content c, List<GlossaryEntry> glossary) {
        for (GlossaryEntry g : glossary) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("序号", g.number());
            r.put("名词", g.term());
            r.put("解释", g.definition());
            c.row(InputSheet.GLOSSARY, r);
        }
    }

    private static void catalogue(Content c, Disclosure d) {
        if (d.catalogue() == null) {
            return;
        }
        if (d.catalogue().title() != null) {
            c.field(InputSheet.NOTES, H.CATALOGUE_TITLE, d.catalogue().title());
        }
        for (CatalogueDepartment dep : d.catalogue().departments()) {
            for (CatalogueItem i : dep.items()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("部门", dep.name());
                r.put("编码", i.code());
                r.put("级次", i.level());
                r.put(H.NAME, i.name());
                c.row(InputSheet.CATALOGUE, r);
            }
        }
        for (CoverDocument cd : d.catalogue().coverDocuments()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("发文机关", cd.issuer());
            r.put("文号", cd.number());
            r.put("标题", cd.title());
            r.put("主送", cd.addressees());
            r.put("正文", String.join("\n", cd.body()));
            r.put("印发机关", cd.printedBy());
            r.put("印发日期", cd.dateText());
            c.row(InputSheet.COVERS, r);
        }
    }

    private static void put(Map<String, Money> amounts, String header, Money m) {
        if (m != null && !m.isZero()) {
            amounts.put(header, m.to(MoneyUnit.WAN_YUAN));
        }
    }

    private static Money sum(Iterable<Money> ms) {
        Money s = zero();
        for (Money m : ms) {
            s = s.plus(m);
        }
        return s;
    }

    private static Money zero() {
        return Money.zero(MoneyUnit.WAN_YUAN);
    }

    private static String name(CodeTree tree, String code, FactSet facts) {
        if (facts != null) {
            for (Fact f : facts.facts()) {
                if (code.equals(f.key().function()) && f.label() != null && !f.label().isBlank()) {
                    return f.label();
                }
            }
        }
        return tree.find(code).map(ClassificationCode::name).orElse(null);
    }

    // ------------------------------------------------------------------ what goes in the cells

    /** The values of each sheet: rows by header for a table sheet, [item, value(, people)] for a list sheet. */
    private static final class Content {
        final Map<InputSheet, List<Map<String, Object>>> rows = new EnumMap<>(InputSheet.class);
        final Map<InputSheet, List<Object[]>> lines = new EnumMap<>(InputSheet.class);

        Content() {
            for (InputSheet s : InputSheet.values()) {
                rows.put(s, new ArrayList<>());
                lines.put(s, new ArrayList<>());
            }
        }

        void row(InputSheet s, Map<String, Object> values) {
            rows.get(s).add(values);
        }

        void field(InputSheet s, String label, Object value) {
            if (value == null && s.field(label).map(f -> f.repeatable()).orElse(false)) {
                return;
            }
            List<Object[]> l = lines.get(s);
            // a field written again replaces its empty placeholder; repeatable fields add a line
            for (Object[] line : l) {
                if (line[0].equals(label) && line[1] == null) {
                    line[1] = value;
                    return;
                }
            }
            boolean repeatable = s.field(label).map(InputField::repeatable).orElse(true);
            if (!repeatable) {
                for (Object[] line : l) {
                    if (line[0].equals(label)) {
                        line[1] = value;
                        return;
                    }
                }
            }
            l.add(new Object[] {label, value, null});
        }
    }

    // ------------------------------------------------------------------ the workbook

    private byte[] write(Content c, String unitName, int year) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            Map<String, String> lists = codeLists(wb, st);
            for (InputSheet s : InputSheet.values()) {
                if (s == InputSheet.CODES) {
                    continue;
                }
                XSSFSheet sheet = wb.createSheet(s.sheetName());
                if (s == InputSheet.INSTRUCTIONS) {
                    instructions(sheet, st, unitName, year);
                } else if (s.isList()) {
                    listSheet(sheet, s, c.lines.get(s), st, c);
                } else {
                    tableSheet(sheet, s, c.rows.get(s), st, lists, c);
                }
            }
            // 代码表 goes last and hidden
            wb.setSheetOrder(InputSheet.CODES.sheetName(), wb.getNumberOfSheets() - 1);
            wb.setSheetHidden(wb.getSheetIndex(InputSheet.CODES.sheetName()), true);
            wb.setActiveSheet(0);
            wb.setFirstVisibleTab(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MoneyUnit unit(Content c) {
        for (Object[] l : c.lines.get(InputSheet.PROFILE)) {
            if ("金额单位".equals(l[0]) && "元".equals(l[1])) {
                return MoneyUnit.YUAN;
            }
        }
        return MoneyUnit.WAN_YUAN;
    }

    private static void instructions(XSSFSheet sheet, Styles st, String unitName, int year) {
        sheet.setColumnWidth(0, 110 * 256);
        Row title = sheet.createRow(0);
        Cell t = title.createCell(0);
        t.setCellValue((unitName == null ? "" : unitName) + " " + year + "年度单位预算公开 填报工作簿");
        t.setCellStyle(st.title);
        int r = 1;
        for (String line : InputSheet.INSTRUCTIONS.instructions().split("\n")) {
            Cell cell = sheet.createRow(r++).createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(st.wrap);
        }
        r++;
        sheet.createRow(r++).createCell(0).setCellValue("各工作表：");
        for (InputSheet s : InputSheet.values()) {
            if (s == InputSheet.INSTRUCTIONS || s == InputSheet.CODES) {
                continue;
            }
            Cell cell = sheet.createRow(r++).createCell(0);
            cell.setCellValue(s.sheetName() + (s.required() ? "（必填）" : "") + "：" + s.instructions().replace("\n", ""));
            cell.setCellStyle(st.wrap);
        }
    }

    private static void instructionRow(XSSFSheet sheet, InputSheet s, int columns, Styles st) {
        Row r = sheet.createRow(0);
        r.setHeightInPoints(Math.max(30, 15 * (1 + s.instructions().length() / Math.max(40, columns * 12))));
        Cell cell = r.createCell(0);
        cell.setCellValue(s.instructions().replace("\n", ""));
        cell.setCellStyle(st.instructions);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        }
    }

    private void tableSheet(XSSFSheet sheet, InputSheet s, List<Map<String, Object>> rows, Styles st,
                            Map<String, String> lists, Content c) {
        List<InputColumn> cols = s.columns();
        MoneyUnit unit = s == InputSheet.TARGETS ? MoneyUnit.YUAN : unit(c);
        instructionRow(sheet, s, cols.size(), st);
        Row header = sheet.createRow(InputSheet.HEADER_ROW - 1);
        header.setHeightInPoints(32);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (int i = 0; i < cols.size(); i++) {
            InputColumn col = cols.get(i);
            Cell h = header.createCell(i);
            h.setCellValue(col.header());
            h.setCellStyle(col.required() ? st.requiredHeader : st.header);
            sheet.setColumnWidth(i, Math.min(255, col.width()) * 256);
            String comment = comment(col, unit);
            if (comment != null) {
                comment(sheet, drawing, h, comment);
            }
        }
        sheet.createFreezePane(0, InputSheet.HEADER_ROW);
        int first = InputSheet.HEADER_ROW;
        int r = first;
        for (Map<String, Object> values : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < cols.size(); i++) {
                value(row.createCell(i), cols.get(i).kind(), values.get(cols.get(i).header()), unit, st);
            }
        }
        int last = Math.max(r, first + s.rows()) - 1;
        DataValidationHelper dv = sheet.getDataValidationHelper();
        for (int i = 0; i < cols.size(); i++) {
            validate(sheet, dv, cols.get(i), first, last, i, lists);
            CellStyle style = st.forKind(cols.get(i).kind(), unit);
            if (style != null) {
                sheet.setDefaultColumnStyle(i, style);
            }
        }
    }

    private static String comment(InputColumn col, MoneyUnit unit) {
        String base = col.comment();
        if (col.kind() == ColumnKind.MONEY && (base == null || !base.contains("单位"))) {
            String u = "单位：" + unit.label() + (unit == MoneyUnit.WAN_YUAN ? "，保留两位小数" : "");
            return base == null ? u : base + "。" + u;
        }
        if (col.required() && base == null) {
            return "必填";
        }
        return base;
    }

    private void listSheet(XSSFSheet sheet, InputSheet s, List<Object[]> lines, Styles st, Content c) {
        List<InputColumn> cols = s.columns();
        MoneyUnit unit = unit(c);
        instructionRow(sheet, s, cols.size(), st);
        Row header = sheet.createRow(InputSheet.HEADER_ROW - 1);
        for (int i = 0; i < cols.size(); i++) {
            Cell h = header.createCell(i);
            h.setCellValue(cols.get(i).header() + (cols.get(i).kind() == ColumnKind.MONEY ? "（" + unit.label() + "）" : ""));
            h.setCellStyle(st.header);
            sheet.setColumnWidth(i, cols.get(i).width() * 256);
        }
        sheet.createFreezePane(0, InputSheet.HEADER_ROW);
        // every item has a line; items written from content keep their order, the others follow theirs
        List<Object[]> all = new ArrayList<>();
        for (InputField f : s.fields()) {
            boolean any = false;
            for (Object[] l : lines) {
                if (l[0].equals(f.label())) {
                    all.add(l);
                    any = true;
                }
            }
            if (!any) {
                all.add(new Object[] {f.label(), null, null});
            }
        }
        for (Object[] l : lines) {
            if (s.field((String) l[0]).isEmpty()) {
                all.add(l);
            }
        }
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        DataValidationHelper dv = sheet.getDataValidationHelper();
        int r = InputSheet.HEADER_ROW;
        for (Object[] l : all) {
            Row row = sheet.createRow(r);
            InputField f = s.field((String) l[0]).orElse(InputField.of((String) l[0], ColumnKind.TEXT));
            Cell label = row.createCell(0);
            label.setCellValue(f.label());
            label.setCellStyle(f.required() ? st.requiredLabel : st.label);
            String comment = f.comment();
            if (f.required()) {
                comment = comment == null ? "必填" : "必填。" + comment;
            }
            if (f.kind() == ColumnKind.DATE) {
                comment = (comment == null ? "" : comment + "。") + "日期，如 2024-04-29";
            }
            if (comment != null) {
                comment(sheet, drawing, label, comment);
            }
            Cell value = row.createCell(1);
            value(value, f.kind(), l[1], unit, st);
            CellRangeAddressList at = new CellRangeAddressList(r, r, 1, 1);
            DataValidation v = switch (f.kind()) {
                case MONEY, DECIMAL -> dv.createValidation(decimal(dv), at);
                case INTEGER -> dv.createValidation(dv.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                        "-1000000", "100000000"), at);
                case DATE -> dv.createValidation(date(dv), at);
                case CHOICE -> dv.createValidation(dv.createExplicitListConstraint(f.choices().toArray(String[]::new)), at);
                default -> null;
            };
            if (v != null) {
                messages(v, f.kind(), f.label());
                sheet.addValidationData(v);
            }
            if (cols.size() > 2) {
                value(row.createCell(2), ColumnKind.INTEGER, l[2], unit, st);
            }
            r++;
        }
        // the item names: a drop-down of the items, also on rows added later
        int last = r + 40;
        DataValidation names = dv.createValidation(dv.createExplicitListConstraint(
                s.fields().stream().map(InputField::label).toArray(String[]::new)), new CellRangeAddressList(r, last, 0, 0));
        names.setErrorStyle(DataValidation.ErrorStyle.INFO);
        names.setShowErrorBox(true);
        sheet.addValidationData(names);
        if (cols.size() > 2) {
            DataValidation people = dv.createValidation(dv.createIntegerConstraint(
                    DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null), new CellRangeAddressList(InputSheet.HEADER_ROW, last, 2, 2));
            messages(people, ColumnKind.INTEGER, cols.get(2).header());
            sheet.addValidationData(people);
        }
    }

    private static DataValidationConstraint decimal(DataValidationHelper dv) {
        return dv.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
    }

    private static DataValidationConstraint date(DataValidationHelper dv) {
        return dv.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN, "DATE(1990,1,1)", "DATE(2100,12,31)", null);
    }

    private static void validate(XSSFSheet sheet, DataValidationHelper dv, InputColumn col, int first, int last, int i,
                                 Map<String, String> lists) {
        CellRangeAddressList at = new CellRangeAddressList(first, last, i, i);
        DataValidationConstraint constraint = switch (col.kind()) {
            case MONEY, DECIMAL -> decimal(dv);
            case INTEGER -> dv.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
            case DATE -> date(dv);
            case CHOICE -> dv.createExplicitListConstraint(col.choices().toArray(String[]::new));
            default -> {
                if (col.list() != null && lists.containsKey(col.list())) {
                    yield dv.createFormulaListConstraint(lists.get(col.list()));
                }
                if (col.header().equals(H.SUBJECT)) {
                    yield dv.createFormulaListConstraint(lists.get(H.LIST_SUBJECTS));
                }
                yield col.choices().isEmpty() ? null : dv.createExplicitListConstraint(col.choices().toArray(String[]::new));
            }
        };
        if (constraint == null) {
            return;
        }
        DataValidation v = dv.createValidation(constraint, at);
        messages(v, col.kind(), col.header());
        if (col.kind() == ColumnKind.CODE || col.kind() == ColumnKind.TEXT || col.kind() == ColumnKind.DATE) {
            // a code list is partial and suggestions are suggestions: warn, do not refuse
            v.setErrorStyle(col.kind() == ColumnKind.DATE ? DataValidation.ErrorStyle.WARNING : DataValidation.ErrorStyle.INFO);
        }
        sheet.addValidationData(v);
    }

    private static void messages(DataValidation v, ColumnKind kind, String name) {
        v.setShowErrorBox(true);
        String m = switch (kind) {
            case MONEY -> "请填写不小于 0 的金额（数字），如 133.70";
            case DECIMAL -> "请填写不小于 0 的数字";
            case INTEGER -> "请填写整数";
            case DATE -> "请填写日期，如 2024-04-29";
            case CHOICE -> "请从下拉列表中选择";
            default -> "建议从下拉列表中选择";
        };
        v.createErrorBox(name, m);
    }

    private static void comment(XSSFSheet sheet, Drawing<?> drawing, Cell cell, String text) {
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 3);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(text));
        comment.setAuthor(COMMENT_AUTHOR);
        cell.setCellComment(comment);
    }

    private static void value(Cell cell, ColumnKind kind, Object v, MoneyUnit unit, Styles st) {
        CellStyle style = st.forKind(kind, unit);
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (v == null) {
            return;
        }
        if (v instanceof Money m) {
            // the one place an amount becomes a binary number: Excel stores cells so; read back exactly (≤ 15 digits)
            cell.setCellValue(m.to(kind == ColumnKind.MONEY ? unit : m.unit()).value().doubleValue());
        } else if (v instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (v instanceof Integer i) {
            cell.setCellValue(i);
        } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(st.date);
        } else {
            cell.setCellValue(v.toString());
        }
    }

    /** Writes the hidden 代码表 and gives each list's range formula by list name. */
    private Map<String, String> codeLists(XSSFWorkbook wb, Styles st) {
        XSSFSheet sheet = wb.createSheet(InputSheet.CODES.sheetName());
        Map<String, String> out = new LinkedHashMap<>();
        Object[][] lists = {
            {H.LIST_FUNCTIONAL, codes(classifications.functional(), 3)},
            {H.LIST_DEPARTMENT_ECONOMIC, codes(classifications.departmentEconomic(), 2)},
            {H.LIST_GOVERNMENT_ECONOMIC, codes(classifications.governmentEconomic(), 2)},
        };
        Row header = sheet.createRow(0);
        int col = 0;
        int maxRows = 0;
        List<List<String[]>> columns = new ArrayList<>();
        for (Object[] l : lists) {
            @SuppressWarnings("unchecked")
            List<String[]> codes = (List<String[]>) l[1];
            columns.add(codes);
            maxRows = Math.max(maxRows, codes.size());
        }
        List<String[]> subjects = InputSheet.subjects().stream().map(s -> new String[] {s}).toList();
        maxRows = Math.max(maxRows, subjects.size());
        for (int r = 1; r <= maxRows; r++) {
            sheet.createRow(r);
        }
        for (int i = 0; i < lists.length; i++) {
            String name = (String) lists[i][0];
            List<String[]> codes = columns.get(i);
            header.createCell(col).setCellValue(name + "编码");
            header.createCell(col + 1).setCellValue(name + "名称");
            for (int r = 0; r < codes.size(); r++) {
                Row row = sheet.getRow(r + 1);
                Cell code = row.createCell(col);
                code.setCellValue(codes.get(r)[0]);
                code.setCellStyle(st.text);
                row.createCell(col + 1).setCellValue(codes.get(r)[1]);
            }
            String letter = org.gongkai.core.model.SourcePosition.columnLetters(col + 1);
            out.put(name, "'" + InputSheet.CODES.sheetName() + "'!$" + letter + "$" + CODE_ROWS_START + ":$" + letter + "$"
                    + (codes.size() + 1));
            col += 2;
        }
        header.createCell(col).setCellValue(H.LIST_SUBJECTS);
        for (int r = 0; r < subjects.size(); r++) {
            sheet.getRow(r + 1).createCell(col).setCellValue(subjects.get(r)[0]);
        }
        String letter = org.gongkai.core.model.SourcePosition.columnLetters(col + 1);
        out.put(H.LIST_SUBJECTS, "'" + InputSheet.CODES.sheetName() + "'!$" + letter + "$" + CODE_ROWS_START + ":$" + letter + "$"
                + (subjects.size() + 1));
        for (int i = 0; i <= col; i++) {
            sheet.setColumnWidth(i, (i % 2 == 0 ? 12 : 30) * 256);
        }
        return out;
    }

    /** The codes of {@code level} (3: 项, 2: 款) with their names, in code order. */
    private static List<String[]> codes(CodeTree tree, int level) {
        return tree.codes().stream().filter(c -> c.level() == level)
                .sorted(java.util.Comparator.comparing(ClassificationCode::code))
                .map(c -> new String[] {c.code(), c.name()}).toList();
    }

    /** The cell styles of one workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle instructions;
        final CellStyle wrap;
        final CellStyle header;
        final CellStyle requiredHeader;
        final CellStyle label;
        final CellStyle requiredLabel;
        final CellStyle text;
        final CellStyle moneyWan;
        final CellStyle moneyYuan;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle date;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font red = wb.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.DARK_RED.getIndex());
            title = wb.createCellStyle();
            title.setFont(big);
            instructions = wb.createCellStyle();
            instructions.setWrapText(true);
            instructions.setVerticalAlignment(VerticalAlignment.TOP);
            instructions.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            instructions.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            header = headerStyle(wb, bold, IndexedColors.GREY_25_PERCENT);
            requiredHeader = headerStyle(wb, red, IndexedColors.LIGHT_ORANGE);
            label = wb.createCellStyle();
            label.setFont(bold);
            requiredLabel = wb.createCellStyle();
            requiredLabel.setFont(red);
            short textFormat = wb.createDataFormat().getFormat("@");
            text = wb.createCellStyle();
            text.setDataFormat(textFormat);
            moneyWan = wb.createCellStyle();
            moneyWan.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            moneyYuan = wb.createCellStyle();
            moneyYuan.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            integer = wb.createCellStyle();
            integer.setDataFormat(wb.createDataFormat().getFormat("0"));
            decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("0.##"));
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        private static CellStyle headerStyle(XSSFWorkbook wb, Font font, IndexedColors fill) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setWrapText(true);
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setFillForegroundColor(fill.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }

        CellStyle forKind(ColumnKind kind, MoneyUnit unit) {
            return switch (kind) {
                case MONEY -> unit == MoneyUnit.YUAN ? moneyYuan : moneyWan;
                case INTEGER -> integer;
                case DECIMAL -> decimal;
                case DATE -> date;
                case CODE, TEXT, CHOICE -> text;
            };
        }
    }
}
