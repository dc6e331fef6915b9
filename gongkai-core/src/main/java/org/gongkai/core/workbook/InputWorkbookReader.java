package org.gongkai.core.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.ClassificationCode;
import org.gongkai.core.model.Classifications;
import org.gongkai.core.model.CoverDocument;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.DisclosureLevel;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.FactKey;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.FactSource;
import org.gongkai.core.model.FundingSource;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Period;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.model.Profile;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PurchaseServiceCatalogue;
import org.gongkai.core.model.ReadNote;
import org.gongkai.core.model.SourceInfo;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.model.SpendingType;
import org.gongkai.core.model.StaffCount;
import org.gongkai.core.model.Staffing;
import org.gongkai.core.model.StateAssets;
import org.gongkai.core.model.VehicleCount;
import org.gongkai.core.narrative.ChangeReasons;
import org.gongkai.core.narrative.PriorYear;
import org.gongkai.core.narrative.Quantity;
import org.gongkai.core.narrative.UnitStatements;
import org.gongkai.core.read.UnreadableInputException;
import org.gongkai.core.read.XlsxInput;
import org.gongkai.core.workbook.InputSheet.H;

/**
 * Reads a filled input workbook into a {@link WorkbookInput}: facts from 收支预算, 基本支出经济分类,
 * 三公经费 and 项目, each with its cell as source ({@code new FactSource("收支预算", "当年一般公共预算",
 * 收支预算!D3)}); performance targets from 绩效目标 and 绩效指标; the profile, assets, procurement,
 * glossary, catalogue and the unit's statements from their sheets. Columns are found by their
 * header. Content that cannot be read (a missing sheet, text in a money cell, an unknown code, a bad
 * date) raises {@link UnreadableInputException} with one message naming the sheet and cell.
 *
 * <p>Example: {@code new InputWorkbookReader().read(bytes, "柳林县人社局2024.xlsx").facts()} gives
 * {2080101, 一般公共预算, 当年, 基本支出} = 133.70 万元 at 收支预算!D3.
 */
public final class InputWorkbookReader {

    private static final Pattern FUNCTION_CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
    private static final Pattern ECONOMIC_CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");

    private final Classifications classifications;

    public InputWorkbookReader() {
        this(Classifications.bundled());
    }

    public InputWorkbookReader(Classifications classifications) {
        this.classifications = classifications;
    }

    public WorkbookInput read(byte[] bytes, String fileName) throws UnreadableInputException {
        try (XSSFWorkbook wb = XlsxInput.open(bytes, fileName)) {
            return new Reading(wb).read(bytes, fileName);
        } catch (java.io.IOException e) {
            throw new UnreadableInputException("“" + fileName + "”无法读取：" + e.getMessage(), e);
        }
    }

    /** One workbook being read. */
    private final class Reading {
        final XSSFWorkbook wb;
        final List<ReadNote> notes = new ArrayList<>();
        final Map<FactKey, Accumulated> facts = new LinkedHashMap<>();
        final Map<String, PublishedAmount> declared = new LinkedHashMap<>();
        final Map<String, SourcePosition> answers = new LinkedHashMap<>();
        MoneyUnit unit = MoneyUnit.WAN_YUAN;
        int rowsRead;

        Reading(XSSFWorkbook wb) {
            this.wb = wb;
        }

        WorkbookInput read(byte[] bytes, String fileName) throws UnreadableInputException {
            ListSheet profileSheet = new ListSheet(SheetCells.of(wb, InputSheet.PROFILE, notes));
            SheetCells funds = SheetCells.of(wb, InputSheet.FUNDS, notes);
            String unitLabel = profileSheet.choice("金额单位");
            if ("元".equals(unitLabel)) {
                unit = MoneyUnit.YUAN;
            }
            DisclosureMetadata metadata = metadata(profileSheet);
            Profile profile = profile(profileSheet);
            funds(funds);
            economic(SheetCells.of(wb, InputSheet.ECONOMIC, notes));
            threePublic(SheetCells.of(wb, InputSheet.THREE_PUBLIC, notes));
            projects(SheetCells.of(wb, InputSheet.PROJECTS, notes));
            List<PerformanceTarget> targets = new TargetsReading(notes).read(SheetCells.of(wb, InputSheet.TARGETS, notes),
                    SheetCells.of(wb, InputSheet.INDICATORS, notes));
            SheetCells procurementSheet = SheetCells.of(wb, InputSheet.PROCUREMENT, notes);
            Procurement procurement = procurementSheet == null ? null : procurement(new ListSheet(procurementSheet));
            answers.put("sheet:" + InputSheet.PROCUREMENT.sheetName(), SourcePosition.cell(InputSheet.PROCUREMENT.sheetName(), InputSheet.HEADER_ROW + 1, 2));
            SheetCells assetsSheet = SheetCells.of(wb, InputSheet.ASSETS, notes);
            StateAssets assets = assetsSheet == null ? null : assets(new ListSheet(assetsSheet));
            answers.put("sheet:" + InputSheet.ASSETS.sheetName(), SourcePosition.cell(InputSheet.ASSETS.sheetName(), InputSheet.HEADER_ROW + 1, 2));
            SheetCells notesSheet = SheetCells.of(wb, InputSheet.NOTES, notes);
            Map<String, String> stated = new LinkedHashMap<>();
            String catalogueTitle = null;
            if (notesSheet != null) {
                ListSheet l = new ListSheet(notesSheet);
                for (ListSheet.Line line : l.lines) {
                    answers.putIfAbsent("note:" + line.label(), notesSheet.position(line.row(), l.valueHeader));
                    String v = notesSheet.text(line.row(), l.valueHeader);
                    if (v == null) {
                        continue;
                    }
                    if (line.label().equals(H.CATALOGUE_TITLE)) {
                        catalogueTitle = v;
                    } else {
                        stated.put(line.label(), v);
                    }
                }
            }
            UnitStatements statements = new UnitStatements(prior(SheetCells.of(wb, InputSheet.PRIOR, notes), metadata.year()),
                    reasons(SheetCells.of(wb, InputSheet.REASONS, notes)), stated);
            List<GlossaryEntry> glossary = glossary(SheetCells.of(wb, InputSheet.GLOSSARY, notes));
            PurchaseServiceCatalogue catalogue = catalogue(SheetCells.of(wb, InputSheet.CATALOGUE, notes),
                    SheetCells.of(wb, InputSheet.COVERS, notes), stated.get(UnitStatements.CATALOGUE_NOTE), catalogueTitle);
            FactSet.Builder b = FactSet.builder();
            for (Map.Entry<FactKey, Accumulated> e : facts.entrySet()) {
                b.add(e.getKey(), e.getValue().amount, e.getValue().label, e.getValue().source);
            }
            FactSet factSet = b.build();
            if (factSet.size() == 0) {
                notes.add(ReadNote.of("EMPTY", "工作簿中没有填写任何金额：“收支预算”等表为空。", SourcePosition.cell(InputSheet.FUNDS.sheetName(), 0, 0)));
            }
            SourceInfo source = new SourceInfo(fileName, "xlsx", null, bytes.length, SourceInfo.sha256(bytes), 0, rowsRead);
            return new WorkbookInput(metadata, profile, factSet, targets, assets, procurement, catalogue, glossary,
                    statements, declared, notes, source, answers);
        }

        // -------------------------------------------------------------- 单位概况

        DisclosureMetadata metadata(ListSheet p) throws UnreadableInputException {
            String unitName = p.requiredText("单位名称");
            Integer year = p.integer("预算年度");
            if (year == null) {
                throw new UnreadableInputException(p.missing("预算年度"));
            }
            if (year < 1990 || year > 2100) {
                throw new UnreadableInputException(p.at("预算年度").describe() + " “预算年度”应为四位年份，如 2024，实际是“" + year + "”。");
            }
            String kind = p.choice("公开类型");
            String level = p.choice("公开层级");
            SheetCells.DateText approval = p.date("批复日期");
            SheetCells.DateText publication = p.date("公开日期");
            return new DisclosureMetadata(p.text("文件标题"), unitName, p.text("主管部门名称"), p.text("主管部门代码"),
                    p.text("行政区划"), p.text("所属省份"), year,
                    "决算".equals(kind) ? DisclosureKind.FINAL_ACCOUNTS : DisclosureKind.BUDGET,
                    "部门".equals(level) ? DisclosureLevel.DEPARTMENT : DisclosureLevel.UNIT,
                    approval == null ? null : approval.date(), publication == null ? null : publication.date());
        }

        Profile profile(ListSheet p) throws UnreadableInputException {
            List<StaffCount> kinds = new ArrayList<>();
            for (ListSheet.Line l : p.all("人员类别")) {
                String kind = p.cells.text(l.row(), p.valueHeader);
                Integer count = p.cells.has(H.PEOPLE) ? p.cells.integer(l.row(), H.PEOPLE) : null;
                if (kind == null && count == null) {
                    continue;
                }
                if (kind == null || count == null) {
                    SourcePosition at = kind == null ? p.cells.position(l.row(), p.valueHeader) : p.cells.position(l.row(), H.PEOPLE);
                    throw new UnreadableInputException(at.describe() + " “人员类别”行应在“内容”列填类别、在“人数”列填人数。");
                }
                kinds.add(new StaffCount(kind, count, p.cells.position(l.row(), p.valueHeader)));
            }
            Integer total = p.integer("人员总数");
            Integer change = p.integer("人员增减");
            Integer compared = p.integer("对比年度");
            List<String> reasons = p.texts("人员变动原因");
            Staffing staffing = total == null && kinds.isEmpty() && change == null && reasons.isEmpty() ? null
                    : new Staffing(total, kinds, change, compared, reasons, List.of());
            return new Profile(p.texts("职责"), p.integer("内设机构数量"), p.texts("内设机构"), p.texts("下属单位"),
                    p.texts("机构变动情况"), staffing, List.of());
        }

        // -------------------------------------------------------------- amounts

        void funds(SheetCells s) throws UnreadableInputException {
            for (int r : s.rows()) {
                rowsRead++;
                String code = functionCode(s, r);
                SpendingType spending = "基本支出".equals(s.choice(r, H.SPENDING, List.of("基本支出", "项目支出")))
                        ? SpendingType.BASIC : SpendingType.PROJECT;
                if (s.text(r, H.SPENDING) == null) {
                    s.required(r, H.SPENDING);
                }
                String name = s.text(r, H.FUNCTION_NAME);
                if (name == null) {
                    name = classifications.functional().find(code).map(ClassificationCode::name).orElse(code);
                }
                for (Period period : Period.values()) {
                    for (FundingSource src : FundingSource.values()) {
                        String h = (period == Period.CURRENT ? "当年" : "上年结转") + src.label();
                        if (!s.has(h)) {
                            continue;
                        }
                        add(FactKey.ALL.withFunction(code).withSource(src).withPeriod(period).withSpending(spending),
                                s.money(r, h, unit), name, s, r, h);
                    }
                }
            }
        }

        String functionCode(SheetCells s, int r) throws UnreadableInputException {
            String code = s.required(r, H.FUNCTION_CODE).replaceAll("\\s", "");
            SourcePosition at = s.position(r, H.FUNCTION_CODE);
            if (!FUNCTION_CODE.matcher(code).matches()) {
                throw new UnreadableInputException(at.describe() + " 功能分类科目编码“" + code + "”格式不对：应为 7 位数字的项级编码"
                        + "（如 2080101），请从下拉列表选择。");
            }
            if (classifications.functional().find(code).isPresent()) {
                return code;
            }
            if (classifications.functional().find(code.substring(0, 3)).isEmpty()) {
                throw new UnreadableInputException(at.describe() + " 功能分类科目编码“" + code + "”不存在：没有编码为“"
                        + code.substring(0, 3) + "”的类级科目。请核对编码，或从下拉列表选择。");
            }
            notes.add(ReadNote.of("UNLISTED_CODE", at.describe() + " 功能分类科目编码“" + code
                    + "”不在 gongkai 自带的（不完整的）科目表中，已按所填读取，请核对。", at));
            return code;
        }

        void economic(SheetCells s) throws UnreadableInputException {
            if (s == null) {
                return;
            }
            for (int r : s.rows()) {
                rowsRead++;
                String code = economicCode(s, r, H.ECONOMIC_CODE, true);
                String government = economicCode(s, r, H.GOVERNMENT_ECONOMIC_CODE, false);
                String kind = s.choice(r, H.BASIC_KIND, List.of("人员经费", "公用经费"));
                if (kind == null) {
                    s.required(r, H.BASIC_KIND);
                }
                SpendingType spending = "人员经费".equals(kind) ? SpendingType.PERSONNEL : SpendingType.PUBLIC;
                String name = s.text(r, H.ECONOMIC_NAME);
                String gName = s.text(r, H.GOVERNMENT_ECONOMIC_NAME);
                String label = (name == null ? code : name) + (gName == null ? "" : "|" + gName);
                for (FundingSource src : FundingSource.FISCAL) {
                    if (s.has(src.label())) {
                        add(FactKey.ALL.withEconomic(code).withGovernmentEconomic(government).withSource(src)
                                .withPeriod(Period.CURRENT).withSpending(spending), s.money(r, src.label(), unit), label, s, r, src.label());
                    }
                }
            }
        }

        String economicCode(SheetCells s, int r, String header, boolean required) throws UnreadableInputException {
            String code = required ? s.required(r, header) : s.text(r, header);
            if (code == null) {
                return null;
            }
            code = code.replaceAll("\\s", "");
            if (!ECONOMIC_CODE.matcher(code).matches()) {
                throw new UnreadableInputException(s.position(r, header).describe() + " " + header + "“" + code
                        + "”格式不对：应为 3 或 5 位数字（如 30101），请从下拉列表选择。");
            }
            return code;
        }

        void threePublic(SheetCells s) throws UnreadableInputException {
            if (s == null) {
                return;
            }
            List<String> items = InputSheet.THREE_PUBLIC.column(H.ITEM).orElseThrow().choices();
            for (int r : s.rows()) {
                rowsRead++;
                String item = s.choice(r, H.ITEM, items);
                if (item == null) {
                    s.required(r, H.ITEM);
                }
                Money declaredSum = null;
                SourcePosition first = null;
                for (FundingSource src : FundingSource.FISCAL) {
                    if (!s.has(src.label())) {
                        continue;
                    }
                    Money m = s.money(r, src.label(), unit);
                    if (item.equals(H.OPERATING_COSTS)) {
                        if (m != null) {
                            declaredSum = declaredSum == null ? m : declaredSum.plus(m);
                            first = first == null ? s.position(r, src.label()) : first;
                            declared.put(WorkbookInput.OPERATING_COSTS + "/" + src.name(), PublishedAmount.of(m, m.plain(), s.position(r, src.label())));
                        }
                    } else {
                        add(FactKey.ALL.withItem(item).withSource(src).withPeriod(Period.CURRENT), m, item, s, r, src.label());
                    }
                }
                if (declaredSum != null) {
                    declared.put(WorkbookInput.OPERATING_COSTS, PublishedAmount.of(declaredSum, declaredSum.plain(), first));
                }
            }
        }

        void projects(SheetCells s) throws UnreadableInputException {
            if (s == null) {
                return;
            }
            for (int r : s.rows()) {
                rowsRead++;
                String project = s.required(r, H.PROJECT);
                String p = s.choice(r, H.PERIOD, List.of(H.CURRENT, H.CARRY_OVER));
                if (p == null) {
                    s.required(r, H.PERIOD);
                }
                Period period = H.CURRENT.equals(p) ? Period.CURRENT : Period.CARRY_OVER;
                for (FundingSource src : FundingSource.values()) {
                    if (s.has(src.label())) {
                        add(FactKey.ALL.withProject(project).withSource(src).withPeriod(period).withSpending(SpendingType.PROJECT),
                                s.money(r, src.label(), unit), project, s, r, src.label());
                    }
                }
            }
        }

        /** A fact from a cell; a blank or zero cell states nothing. The same key twice is summed, with a note. */
        void add(FactKey key, Money m, String label, SheetCells s, int row, String header) {
            if (m == null || m.isZero()) {
                return;
            }
            FactSource source = new FactSource(s.name, header, s.position(row, header));
            Accumulated old = facts.get(key);
            if (old == null) {
                facts.put(key, new Accumulated(m, label, source));
            } else {
                notes.add(ReadNote.of("DUPLICATE_ROW", source.position().describe() + " 与 " + old.source.position().describe()
                        + " 是同一项（" + label + "），两处金额已相加。", source.position()));
                facts.put(key, new Accumulated(old.amount.plus(m), old.label, old.source));
            }
        }

        // -------------------------------------------------------------- lists

        Procurement procurement(ListSheet p) throws UnreadableInputException {
            PublishedAmount total = p.amount("政府采购预算总额", unit);
            PublishedAmount goods = p.amount("货物", unit);
            PublishedAmount works = p.amount("工程", unit);
            PublishedAmount services = p.amount("服务", unit);
            if (total == null && goods == null && works == null && services == null) {
                return null;
            }
            return new Procurement(total, goods, works, services, List.of());
        }

        StateAssets assets(ListSheet p) throws UnreadableInputException {
            SheetCells.DateText asOf = p.date("截至日期");
            List<VehicleCount> byUse = new ArrayList<>();
            for (InputField f : InputSheet.ASSETS.fields()) {
                String label = f.label();
                if (label.endsWith("用车（辆）")) {
                    Integer n = p.integer(label);
                    if (n != null) {
                        byUse.add(new VehicleCount(label.substring(0, label.length() - "（辆）".length()), n));
                    }
                }
            }
            Integer authorised = p.integer("公务用车编制（辆）");
            Integer held = p.integer("公务用车实有（辆）");
            BigDecimal area = p.decimal("办公用房建筑总面积（平方米）");
            Integer over500k = p.integer("单价50万元以上通用设备（台/套）");
            Integer over1m = p.integer("单价100万元以上通用设备（台/套）");
            if (asOf == null && byUse.isEmpty() && authorised == null && held == null && area == null && over500k == null
                    && over1m == null) {
                return null;
            }
            return new StateAssets(asOf == null ? null : asOf.date(), authorised, held, byUse, area, over500k, over1m, List.of());
        }

        PriorYear prior(SheetCells s, int year) throws UnreadableInputException {
            PriorYear p = PriorYear.of(year - 1);
            if (s == null) {
                return p;
            }
            for (int r : s.rows()) {
                if (s.text(r, H.SUBJECT) != null && subject(s, r) instanceof Quantity q) {
                    answers.putIfAbsent((year - 1) + "年" + q.label(), s.position(r, H.PRIOR_AMOUNT));
                }
                Money m = s.money(r, H.PRIOR_AMOUNT, unit);
                if (m == null) {
                    continue;
                }
                rowsRead++;
                Object subject = subject(s, r);
                p = subject instanceof Quantity q ? p.with(q, m) : p.withItem((String) subject, m);
            }
            return p;
        }

        /** The Quantity a 事项 cell names, or the 项 code it gives. */
        Object subject(SheetCells s, int r) throws UnreadableInputException {
            String t = s.required(r, H.SUBJECT);
            String compact = t.replaceAll("\\s", "");
            for (Quantity q : Quantity.values()) {
                if (q.label().equals(compact)) {
                    return q;
                }
            }
            Quantity q = Quantity.named(compact);
            if (q != null) {
                return q;
            }
            if (FUNCTION_CODE.matcher(compact).matches()) {
                return compact;
            }
            throw new UnreadableInputException(s.position(r, H.SUBJECT).describe() + " 事项“" + t + "”无法识别：请从下拉列表选择"
                    + "（如 基本支出、机关运行经费），或填写 7 位功能分类编码。");
        }

        ChangeReasons reasons(SheetCells s) throws UnreadableInputException {
            ChangeReasons out = ChangeReasons.none();
            if (s == null) {
                return out;
            }
            Map<Object, String> texts = new LinkedHashMap<>();
            Map<Object, List<ChangeReasons.Comparison>> comparisons = new LinkedHashMap<>();
            for (int r : s.rows()) {
                if (s.text(r, H.SUBJECT) != null && subject(s, r) instanceof Quantity q) {
                    answers.putIfAbsent(q.label() + "增减原因", s.position(r, H.REASON));
                }
                String text = s.text(r, H.REASON);
                String compared = s.text(r, H.COMPARED);
                if (text == null && compared == null) {
                    continue;
                }
                rowsRead++;
                Object subject = subject(s, r);
                if (text != null) {
                    texts.merge(subject, text, (a, b) -> a + "；" + b);
                }
                comparisons.computeIfAbsent(subject, k -> new ArrayList<>());
                if (compared != null) {
                    Money prior = s.money(r, H.COMPARED_PRIOR, unit);
                    Money current = s.money(r, H.COMPARED_CURRENT, unit);
                    if (prior == null || current == null) {
                        String h = prior == null ? H.COMPARED_PRIOR : H.COMPARED_CURRENT;
                        throw new UnreadableInputException(s.position(r, h).describe() + " 对比事项“" + compared + "”缺少“" + h
                                + "”：对比数要同时填写上年金额和本年金额。");
                    }
                    comparisons.get(subject).add(new ChangeReasons.Comparison(compared, prior, current));
                }
            }
            for (Map.Entry<Object, List<ChangeReasons.Comparison>> e : comparisons.entrySet()) {
                ChangeReasons.Reason reason = new ChangeReasons.Reason(texts.get(e.getKey()), e.getValue());
                out = e.getKey() instanceof Quantity q ? out.with(q, reason) : out.withItem((String) e.getKey(), reason);
            }
            return out;
        }

        List<GlossaryEntry> glossary(SheetCells s) throws UnreadableInputException {
            List<GlossaryEntry> out = new ArrayList<>();
            if (s == null) {
                return out;
            }
            for (int r : s.rows()) {
                rowsRead++;
                out.add(new GlossaryEntry(s.text(r, "序号"), s.required(r, "名词"), s.required(r, "解释"), s.position(r, "名词")));
            }
            return out;
        }

        PurchaseServiceCatalogue catalogue(SheetCells items, SheetCells covers, String reference, String title)
                throws UnreadableInputException {
            Map<String, List<CatalogueItem>> byDepartment = new LinkedHashMap<>();
            Map<String, SourcePosition> firstRow = new LinkedHashMap<>();
            if (items != null) {
                for (int r : items.rows()) {
                    rowsRead++;
                    String department = items.required(r, "部门");
                    String code = items.required(r, "编码").replaceAll("\\s", "");
                    Integer level = items.integer(r, "级次");
                    String name = items.text(r, H.NAME);
                    byDepartment.computeIfAbsent(department, k -> new ArrayList<>())
                            .add(new CatalogueItem(code, level == null ? 0 : level, name == null ? "" : name, items.position(r, "编码")));
                    firstRow.putIfAbsent(department, items.position(r, "部门"));
                }
            }
            List<CoverDocument> documents = new ArrayList<>();
            if (covers != null) {
                for (int r : covers.rows()) {
                    rowsRead++;
                    String body = covers.text(r, "正文");
                    String dateText = covers.text(r, "印发日期");
                    documents.add(new CoverDocument(covers.required(r, "发文机关"), covers.text(r, "文号"), covers.text(r, "标题"),
                            covers.text(r, "主送"), body == null ? List.of() : List.of(body.split("\\R")), covers.text(r, "印发机关"),
                            dateText, Dates.parse(dateText == null ? null : dateText.replaceFirst("印发$", "")),
                            covers.position(r, "发文机关")));
                }
            }
            if (byDepartment.isEmpty() && documents.isEmpty() && title == null) {
                return null;
            }
            List<CatalogueDepartment> departments = new ArrayList<>();
            byDepartment.forEach((d, list) -> departments.add(new CatalogueDepartment(d, list, firstRow.get(d))));
            return new PurchaseServiceCatalogue(reference, title, documents, departments);
        }
    }

    /** A fact's amount while its rows are read. */
    private record Accumulated(Money amount, String label, FactSource source) {
    }

    /**
     * A list sheet (单位概况, 政府采购, 国有资产, 说明): one named item per row. An item not in the
     * layout is an error on 单位概况 (a typo would lose the value) and a heading on 说明.
     */
    static final class ListSheet {
        record Line(String label, int row) {
        }

        final SheetCells cells;
        final String labelHeader;
        final String valueHeader;
        final List<Line> lines = new ArrayList<>();

        ListSheet(SheetCells cells) throws UnreadableInputException {
            this.cells = cells;
            this.labelHeader = cells.layout.columns().get(0).header();
            this.valueHeader = cells.layout.columns().get(1).header();
            if (!cells.has(labelHeader) || !cells.has(valueHeader)) {
                throw new UnreadableInputException("工作表“" + cells.name + "”缺少“" + (cells.has(labelHeader) ? valueHeader : labelHeader)
                        + "”列：表头应在第 " + InputSheet.HEADER_ROW + " 行，请不要修改表头文字。");
            }
            for (int r : cells.rows()) {
                String label = cells.text(r, labelHeader);
                if (label == null) {
                    continue;
                }
                label = label.replaceAll("\\s", "");
                if (cells.layout != InputSheet.NOTES && cells.layout.field(label).isEmpty()) {
                    throw new UnreadableInputException(cells.position(r, labelHeader).describe() + " 项目“" + label
                            + "”不是“" + cells.name + "”的填报项目：请从下拉列表选择。");
                }
                lines.add(new Line(label, r));
            }
        }

        List<Line> all(String label) {
            return lines.stream().filter(l -> l.label().equals(label)).toList();
        }

        /** The row of the first line of {@code label} that has a value, else its first line; -1 when absent. */
        private int row(String label) {
            List<Line> ls = all(label);
            for (Line l : ls) {
                if (cells.text(l.row(), valueHeader) != null) {
                    return l.row();
                }
            }
            return ls.isEmpty() ? -1 : ls.get(0).row();
        }

        SourcePosition at(String label) {
            int r = row(label);
            return r < 0 ? SourcePosition.cell(cells.name, 0, 0) : cells.position(r, valueHeader);
        }

        String missing(String label) {
            int r = row(label);
            return (r < 0 ? cells.name : cells.position(r, valueHeader).describe()) + " 未填写“" + label + "”：这是必填项目。";
        }

        String text(String label) {
            int r = row(label);
            return r < 0 ? null : cells.text(r, valueHeader);
        }

        String requiredText(String label) throws UnreadableInputException {
            String t = text(label);
            if (t == null) {
                throw new UnreadableInputException(missing(label));
            }
            return t;
        }

        List<String> texts(String label) {
            List<String> out = new ArrayList<>();
            for (Line l : all(label)) {
                String t = cells.text(l.row(), valueHeader);
                if (t != null) {
                    out.add(t);
                }
            }
            return out;
        }

        String choice(String label) throws UnreadableInputException {
            int r = row(label);
            if (r < 0) {
                return null;
            }
            String t = cells.text(r, valueHeader);
            if (t == null) {
                return null;
            }
            List<String> choices = cells.layout.field(label).orElseThrow().choices();
            if (!choices.contains(t.replaceAll("\\s", ""))) {
                throw new UnreadableInputException(cells.position(r, valueHeader).describe() + " “" + label + "”应为"
                        + SheetCells.quoted(choices) + "之一，实际是“" + t + "”：请从下拉列表中选择。");
            }
            return t.replaceAll("\\s", "");
        }

        Integer integer(String label) throws UnreadableInputException {
            int r = row(label);
            return r < 0 ? null : SheetCells.integer(cells.cell(r, valueHeader), cells.position(r, valueHeader), label);
        }

        BigDecimal decimal(String label) throws UnreadableInputException {
            int r = row(label);
            return r < 0 ? null : SheetCells.decimal(cells.cell(r, valueHeader), cells.position(r, valueHeader), "数字", "200");
        }

        SheetCells.DateText date(String label) throws UnreadableInputException {
            int r = row(label);
            return r < 0 ? null : SheetCells.date(cells.cell(r, valueHeader), cells.position(r, valueHeader), label);
        }

        PublishedAmount amount(String label, MoneyUnit unit) throws UnreadableInputException {
            int r = row(label);
            if (r < 0) {
                return null;
            }
            SourcePosition at = cells.position(r, valueHeader);
            Money m = SheetCells.money(cells.cell(r, valueHeader), at, label, unit, cells.name, null);
            return m == null ? null : PublishedAmount.of(m, m.plain(), at);
        }
    }
}
