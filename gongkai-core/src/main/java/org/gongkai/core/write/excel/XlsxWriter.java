package org.gongkai.core.write.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.FundsBySource;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.IndicatorCategory;
import org.gongkai.core.model.IndicatorGroup;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.PurchaseServiceCatalogue;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.template.BlockTemplate;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TableTemplate;
import org.gongkai.core.template.TemplateCatalog;
import org.gongkai.core.write.HeaderGrid;
import org.gongkai.core.write.excel.TotalCells.Derivation;
import org.gongkai.core.write.excel.TotalCells.Place;
import org.gongkai.core.write.excel.TotalCells.Total;

/**
 * Writes a disclosure as an Excel workbook: one sheet per published table in the template's order
 * ("表1 预算收支总表" … "表13 项目支出预算表（上年结转）"), each with its title, 单位名称 and 单位：万元, the
 * heading rows merged as printed, the body as printed with every amount a number in
 * {@code #,##0.00}, frozen headings and column widths that fit Chinese text; then a sheet of the
 * 项目支出绩效目标表 (one row per project, money in 元), one of their indicators and, unless left
 * out, the 政府购买服务指导性目录.
 *
 * <p>Totals are formulas where the published figures add up exactly: a 类 row is {@code =SUM()} of
 * its 款, a 合计 column {@code =SUM(D5:E5)} of its parts, 收入总计 the sum of its lines. Where the
 * published total is not the sum of its published parts (each figure is rounded on its own, so a
 * total may be 0.01 off), the published figure is kept as a constant and a cell comment says what
 * it was compared with and by how much it differs, so the workbook always shows the published
 * numbers. Amounts are exact decimals up to the cell: a {@code double} is made from the
 * {@link BigDecimal} only when POI stores it.
 *
 * <p>Example: {@code XlsxWriter.withBundledTemplates().write(disclosure, out)}; in sheet
 * "表3 预算支出总表" the cell of 2080101 行政运行 / 基本支出 holds 133.70, its 合计 is {@code =SUM(D8:E8)}
 * (134.97), and the 合计 row's 合计 cell is {@code =SUM(D5:E5)}, evaluated 1934.61; its 基本支出 stays
 * 232.90 with a comment, for its 类 add up to 232.91.
 */
public final class XlsxWriter {

    /** The author of the cell comments. */
    static final String AUTHOR = "gongkai";

    private static final int MAX_COLUMN_CHARS = 48;
    private static final int MIN_COLUMN_CHARS = 8;

    private final TemplateCatalog templates;
    private final boolean catalogue;

    private XlsxWriter(TemplateCatalog templates, boolean catalogue) {
        this.templates = templates;
        this.catalogue = catalogue;
    }

    /** A writer that finds each disclosure's template among those bundled with gongkai. */
    public static XlsxWriter withBundledTemplates() {
        return new XlsxWriter(TemplateCatalog.bundled(), true);
    }

    /** A writer that finds each disclosure's template in {@code templates}. */
    public static XlsxWriter with(TemplateCatalog templates) {
        return new XlsxWriter(templates, true);
    }

    /** The same writer, with or without the sheet of the purchase-services catalogue (with, by default). */
    public XlsxWriter withCatalogue(boolean include) {
        return new XlsxWriter(templates, include);
    }

    /** Writes {@code d} as an XLSX workbook to {@code out}, which is left open. */
    public void write(Disclosure d, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = workbook(d)) {
            wb.write(out);
        }
    }

    /** {@code d} as the bytes of an XLSX workbook. */
    public byte[] toBytes(Disclosure d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(d, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private XSSFWorkbook workbook(Disclosure d) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        Template template = d.templateId() == null ? null : templates.find(d.templateId()).orElse(null);
        Set<String> names = new HashSet<>();
        int index = 0;
        for (PublishedTable t : d.tables()) {
            index++;
            TableTemplate tt = template == null ? null : template.table(t.id()).orElse(null);
            int number = tt == null ? index : tt.number();
            Sheet sheet = wb.createSheet(SheetNames.unique(SheetNames.forTable(number, t.title()), names));
            new TableSheet(sheet, styles, t, tt).write();
        }
        if (!d.performanceTargets().isEmpty()) {
            new TargetSheets(wb, styles, d, names).write();
        }
        if (catalogue && d.catalogue() != null && !d.catalogue().departments().isEmpty()) {
            writeCatalogue(wb.createSheet(SheetNames.unique("政府购买服务指导性目录", names)), styles, d.catalogue());
        }
        if (wb.getNumberOfSheets() == 0) {
            // a workbook must have a sheet; say why this one has nothing else
            Sheet sheet = wb.createSheet("说明");
            DisclosureMetadata m = d.metadata();
            String who = m == null ? "" : (m.unitName() == null ? "" : m.unitName()) + (m.title() == null ? "" : m.title());
            text(sheet.createRow(0), 0, who.isEmpty() ? "公开文件" : who, styles.title);
            text(sheet.createRow(1), 0, "本公开文件中未读到报表，没有可写出的表格。", styles.plain);
            sheet.setColumnWidth(0, 60 * 256);
        }
        wb.setForceFormulaRecalculation(true);
        // cached results, so that readers that do not recalculate still show the published numbers
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        return wb;
    }

    /** One published table on its own sheet. */
    private static final class TableSheet {

        private final Sheet sheet;
        private final Styles styles;
        private final PublishedTable table;
        private final TableTemplate template;
        private final Widths widths = new Widths();

        TableSheet(Sheet sheet, Styles styles, PublishedTable table, TableTemplate template) {
            this.sheet = sheet;
            this.styles = styles;
            this.table = table;
            this.template = template;
        }

        void write() {
            int width = 1;
            for (TableRow r : table.rows()) {
                width = Math.max(width, r.cells().size());
            }
            HeaderGrid grid = HeaderGrid.of(table.headerRows(), width);
            width = Math.max(width, grid.columns());
            int r = 0;
            if (table.number() != null && !table.number().isBlank()) {
                text(row(r++), 0, table.number(), styles.plain);
            }
            Row title = row(r);
            title.setHeightInPoints(28);
            text(title, 0, table.title(), styles.title);
            merge(r, r, 0, width - 1);
            r++;
            unitLine(row(r++), width, table.unitName(), table.unit());
            int headerStart = r;
            for (int i = 0; i < grid.rows(); i++) {
                Row hr = row(r + i);
                for (int c = 0; c < width; c++) {
                    hr.createCell(c).setCellStyle(styles.header);
                }
            }
            for (HeaderGrid.HeaderCell h : grid.cells()) {
                Cell cell = row(headerStart + h.row()).getCell(h.column());
                cell.setCellValue(h.text());
                merge(headerStart + h.row(), headerStart + h.row() + h.rowSpan() - 1,
                        h.column(), h.column() + h.colSpan() - 1);
                if (h.colSpan() == 1) {
                    widths.see(h.column(), h.text());
                }
            }
            r += grid.rows();
            int bodyStart = r;
            writeBody(bodyStart, width);
            r += table.rows().size();
            if (table.note() != null && !table.note().isBlank()) {
                r++;
                text(row(r), 0, table.note(), styles.plain);
            }
            sheet.createFreezePane(frozenColumns(), bodyStart);
            widths.apply(sheet, width);
            if (bodyStart > headerStart) {
                sheet.setRepeatingRows(new CellRangeAddress(headerStart, bodyStart - 1, -1, -1));
            }
            printSetup(sheet, width > 6);
        }

        private void writeBody(int bodyStart, int width) {
            Map<Place, PublishedAmount> amounts = new HashMap<>();
            Map<Integer, EntryRole> roles = new HashMap<>();
            for (TableEntry e : table.entries()) {
                roles.merge(e.row(), e.role(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                for (PublishedAmount a : e.amounts().values()) {
                    if (a.position().column() > 0) {
                        amounts.put(new Place(e.row(), a.position().column() - 1), a);
                    }
                }
            }
            Map<Place, Total> totals = TotalCells.of(table, template);
            Drawing<?> drawing = null;
            for (int i = 0; i < table.rows().size(); i++) {
                TableRow printed = table.rows().get(i);
                Row row = row(bodyStart + i);
                boolean bold = roles.get(i) == EntryRole.TOTAL;
                int lines = 1;
                for (int c = 0; c < width; c++) {
                    Cell cell = row.createCell(c);
                    PublishedAmount a = amounts.get(new Place(i, c));
                    if (a != null) {
                        cell.setCellStyle(bold ? styles.totalAmount : styles.amount);
                        Total total = totals.get(new Place(i, c));
                        Derivation agreeing = total == null ? null : total.agreeing().orElse(null);
                        if (agreeing != null) {
                            cell.setCellFormula(formula(agreeing.parts(), bodyStart));
                        } else {
                            setAmount(cell, a.money().value());
                            if (total != null && !total.asserted().isEmpty()) {
                                if (drawing == null) {
                                    drawing = sheet.createDrawingPatriarch();
                                }
                                comment(drawing, cell, disagreement(total));
                            }
                        }
                        widths.see(c, grouped(a.money().value()));
                    } else {
                        String text = printed.text(c);
                        cell.setCellStyle(bold ? styles.totalText : styles.text);
                        if (!text.isBlank()) {
                            cell.setCellValue(text);
                            lines = Math.max(lines, widths.see(c, text));
                        }
                    }
                }
                if (lines > 1) {
                    row.setHeightInPoints(lines * 15f);
                }
            }
        }

        private int frozenColumns() {
            if (template == null || template.blocks().size() != 1) {
                return 0;
            }
            BlockTemplate b = template.blocks().get(0);
            if (b.keyColumn() != 0) {
                return 0;
            }
            return b.nameColumn() > 0 ? b.nameColumn() + 1 : 1;
        }

        private void unitLine(Row row, int width, String unitName, MoneyUnit unit) {
            if (unitName != null && !unitName.isBlank()) {
                text(row, 0, "单位名称：" + unitName, styles.plain);
                if (width > 2) {
                    merge(row.getRowNum(), row.getRowNum(), 0, width - 2);
                }
            }
            if (unit != null) {
                text(row, Math.max(width - 1, unitName == null ? 0 : 1), "单位：" + unit.label(), styles.unit);
            }
        }

        private Row row(int r) {
            Row row = sheet.getRow(r);
            return row == null ? sheet.createRow(r) : row;
        }

        private void merge(int r1, int r2, int c1, int c2) {
            if (r2 > r1 || c2 > c1) {
                sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
            }
        }
    }

    /** The sheets of the performance targets: one row per project, then one row per indicator. */
    private static final class TargetSheets {

        private static final String[] FUNDS = {"资金总额", "中央财政资金", "省级财政资金", "市县(区)财政资金", "单位自筹", "其他资金"};
        private static final String[] TEXTS = {"实施期总体目标", "年度总体目标", "项目概况", "立项依据", "项目设立必要性",
            "保证项目实施的制度、措施", "项目实施计划", "填报日期"};

        private final XSSFWorkbook wb;
        private final Styles styles;
        private final Disclosure d;
        private final Set<String> names;

        TargetSheets(XSSFWorkbook wb, Styles styles, Disclosure d, Set<String> names) {
            this.wb = wb;
            this.styles = styles;
            this.d = d;
            this.names = names;
        }

        void write() {
            writeTargets(wb.createSheet(SheetNames.unique("项目支出绩效目标表", names)));
            writeIndicators(wb.createSheet(SheetNames.unique("绩效指标", names)));
        }

        private void writeTargets(Sheet sheet) {
            Widths widths = new Widths();
            String[] lead = {"序号", "项目名称", "主管部门及代码", "实施单位", "项目属性", "项目期"};
            int width = lead.length + 2 * FUNDS.length + TEXTS.length;
            Row title = sheet.createRow(0);
            title.setHeightInPoints(28);
            text(title, 0, "项目支出绩效目标表", styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
            Row unit = sheet.createRow(1);
            if (d.metadata() != null && d.metadata().unitName() != null) {
                text(unit, 0, "单位名称：" + d.metadata().unitName(), styles.plain);
                sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 5));
            }
            text(unit, width - 1, "单位：元", styles.unit);
            Row h1 = sheet.createRow(2);
            Row h2 = sheet.createRow(3);
            for (int c = 0; c < width; c++) {
                h1.createCell(c).setCellStyle(styles.header);
                h2.createCell(c).setCellStyle(styles.header);
            }
            int c = 0;
            for (String s : lead) {
                h1.getCell(c).setCellValue(s);
                sheet.addMergedRegion(new CellRangeAddress(2, 3, c, c));
                widths.see(c++, s);
            }
            for (String period : new String[] {"实施期资金", "年度资金"}) {
                h1.getCell(c).setCellValue(period);
                sheet.addMergedRegion(new CellRangeAddress(2, 2, c, c + FUNDS.length - 1));
                for (String s : FUNDS) {
                    h2.getCell(c).setCellValue(s);
                    widths.see(c++, s);
                }
            }
            for (String s : TEXTS) {
                h1.getCell(c).setCellValue(s);
                sheet.addMergedRegion(new CellRangeAddress(2, 3, c, c));
                widths.see(c++, s);
            }
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            int r = 4;
            int n = 0;
            for (PerformanceTarget p : d.performanceTargets()) {
                Row row = sheet.createRow(r);
                c = 0;
                Cell seq = row.createCell(c++);
                seq.setCellValue(++n);
                seq.setCellStyle(styles.text);
                String code = p.departmentCode() == null ? "" : p.departmentCode() + "-";
                String[] leadValues = {p.projectName(), p.department() == null ? null : code + p.department(),
                    p.implementingUnit(), p.projectType(), p.projectTerm()};
                for (String v : leadValues) {
                    cell(row, c, v, styles.text);
                    widths.see(c++, v);
                }
                for (FundsBySource f : new FundsBySource[] {p.implementationFunds(), p.annualFunds()}) {
                    funds(row, c, f == null ? FundsBySource.NONE : f, drawing, widths);
                    c += FUNDS.length;
                }
                String[] texts = {p.implementationGoal(), p.annualGoal(), p.overview(), p.basis(), p.necessity(),
                    p.measures(), p.plan(), p.filledDateText()};
                int lines = 1;
                for (String v : texts) {
                    cell(row, c, v, styles.text);
                    lines = Math.max(lines, widths.see(c++, v));
                }
                row.setHeightInPoints(Math.min(lines, 12) * 15f);
                r++;
            }
            sheet.createFreezePane(2, 4);
            widths.apply(sheet, width);
            printSetup(sheet, true);
        }

        /** The six money cells of one period; the total a formula when its sources add up to it. */
        private void funds(Row row, int c, FundsBySource f, Drawing<?> drawing, Widths widths) {
            PublishedAmount[] parts = {f.central(), f.provincial(), f.cityCounty(), f.selfRaised(), f.other()};
            for (int i = 0; i < parts.length; i++) {
                Cell cell = row.createCell(c + 1 + i);
                cell.setCellStyle(styles.yuan);
                if (parts[i] != null) {
                    setAmount(cell, parts[i].money().value());
                    widths.see(c + 1 + i, grouped(parts[i].money().value()));
                }
            }
            Cell total = row.createCell(c);
            total.setCellStyle(styles.yuan);
            if (f.total() == null) {
                return;
            }
            widths.see(c, grouped(f.total().money().value()));
            BigDecimal published = f.total().money().value();
            var sum = f.sumOfSources();
            if (sum != null && sum.value().compareTo(published) == 0) {
                String first = CellReference.convertNumToColString(c + 1) + (row.getRowNum() + 1);
                String last = CellReference.convertNumToColString(c + parts.length) + (row.getRowNum() + 1);
                total.setCellFormula("SUM(" + first + ":" + last + ")");
            } else {
                setAmount(total, published);
                if (sum != null) {
                    comment(drawing, total, "公开的资金总额 " + grouped(published) + " 元与各来源之和 "
                            + grouped(sum.value()) + " 元不一致，相差 " + grouped(published.subtract(sum.value()).abs())
                            + " 元；表中保留公开数。");
                }
            }
        }

        private void writeIndicators(Sheet sheet) {
            Widths widths = new Widths();
            String[] heads = {"项目名称", "期间", "一级指标", "二级指标", "三级指标", "指标值"};
            Row title = sheet.createRow(0);
            title.setHeightInPoints(28);
            text(title, 0, "项目支出绩效指标", styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, heads.length - 1));
            Row h = sheet.createRow(1);
            for (int c = 0; c < heads.length; c++) {
                cell(h, c, heads[c], styles.header);
                widths.see(c, heads[c]);
            }
            int r = 2;
            for (PerformanceTarget p : d.performanceTargets()) {
                r = indicators(sheet, r, p.projectName(), "实施期", p.implementationIndicators(), widths);
                r = indicators(sheet, r, p.projectName(), "年度", p.annualIndicators(), widths);
            }
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, heads.length - 1));
            sheet.createFreezePane(0, 2);
            widths.apply(sheet, heads.length);
            printSetup(sheet, false);
        }

        private int indicators(Sheet sheet, int r, String project, String period, List<IndicatorCategory> tree,
                               Widths widths) {
            for (IndicatorCategory cat : tree) {
                for (IndicatorGroup g : cat.groups()) {
                    List<Indicator> list = g.indicators().isEmpty() ? java.util.Collections.singletonList(null) : g.indicators();
                    for (Indicator i : list) {
                        Row row = sheet.createRow(r++);
                        String[] values = {project, period, cat.name(), g.name(), i == null ? null : i.name(),
                            i == null ? null : i.value()};
                        for (int c = 0; c < values.length; c++) {
                            cell(row, c, values[c], styles.text);
                            widths.see(c, values[c]);
                        }
                    }
                }
            }
            return r;
        }
    }

    private static void writeCatalogue(Sheet sheet, Styles styles, PurchaseServiceCatalogue cat) {
        Widths widths = new Widths();
        String[] heads = {"部门", "代码", "一级目录", "二级目录", "三级目录", "四级目录"};
        Row title = sheet.createRow(0);
        title.setHeightInPoints(28);
        text(title, 0, cat.title() == null ? "政府购买服务指导性目录" : cat.title(), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, heads.length - 1));
        int r = 1;
        if (cat.reference() != null && !cat.reference().isBlank()) {
            text(sheet.createRow(r), 0, cat.reference(), styles.plain);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, heads.length - 1));
            r++;
        }
        int headRow = r;
        Row h = sheet.createRow(r++);
        for (int c = 0; c < heads.length; c++) {
            cell(h, c, heads[c], styles.header);
            widths.see(c, heads[c]);
        }
        for (CatalogueDepartment dep : cat.departments()) {
            for (CatalogueItem item : dep.items()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < heads.length; c++) {
                    row.createCell(c).setCellStyle(styles.text);
                }
                row.getCell(0).setCellValue(dep.name());
                row.getCell(1).setCellValue(item.code());
                widths.see(0, dep.name());
                widths.see(1, item.code());
                if (item.level() >= 1 && item.level() <= 4) {
                    row.getCell(1 + item.level()).setCellValue(item.name());
                    widths.see(1 + item.level(), item.name());
                }
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(headRow, Math.max(headRow, r - 1), 0, heads.length - 1));
        sheet.createFreezePane(0, headRow + 1);
        widths.apply(sheet, heads.length);
        printSetup(sheet, false);
    }

    /**
     * The formula summing {@code parts}: {@code SUM(C6:C9)} for a run of cells in one column or
     * one row, {@code C6+C9} for a few others, {@code SUM(C6,C9,…)} for many.
     */
    static String formula(List<Place> parts, int bodyStart) {
        List<String> refs = new ArrayList<>(parts.size());
        for (Place p : parts) {
            refs.add(ref(p, bodyStart));
        }
        if (refs.size() == 1) {
            return refs.get(0);
        }
        boolean column = true;
        boolean row = true;
        for (int i = 1; i < parts.size(); i++) {
            Place a = parts.get(i - 1);
            Place b = parts.get(i);
            column &= a.column() == b.column() && b.row() == a.row() + 1;
            row &= a.row() == b.row() && b.column() == a.column() + 1;
        }
        if (column || row) {
            return "SUM(" + refs.get(0) + ":" + refs.get(refs.size() - 1) + ")";
        }
        if (refs.size() <= 4) {
            return String.join("+", refs);
        }
        return "SUM(" + String.join(",", refs) + ")";
    }

    private static String ref(Place p, int bodyStart) {
        return CellReference.convertNumToColString(p.column()) + (bodyStart + p.row() + 1);
    }

    /** The comment on a total kept as published: what it was compared with, and by how much it differs. */
    static String disagreement(Total t) {
        BigDecimal published = t.published().money().value();
        String unit = t.published().unit().label();
        StringBuilder b = new StringBuilder("公开数 ").append(published.toPlainString()).append(' ').append(unit)
                .append(" 未改为公式：");
        for (Derivation d : t.asserted()) {
            BigDecimal diff = published.subtract(d.sum()).abs();
            BigDecimal bound = BigDecimal.valueOf(5, published.scale() + 1)
                    .multiply(BigDecimal.valueOf(Math.max(1, d.printed()))).stripTrailingZeros();
            b.append("\n与").append(d.description()).append(' ').append(d.sum().toPlainString())
                    .append(" 相差 ").append(diff.toPlainString()).append(' ').append(unit)
                    .append(diff.compareTo(bound) <= 0 ? "（在各数分别四舍五入的误差 ±" + bound.toPlainString() + " 之内）"
                            : "（超出各数分别四舍五入的误差 ±" + bound.toPlainString() + "，请核对）");
        }
        b.append("\n表中保留公开数。");
        return b.toString();
    }

    /** The one place an amount becomes a {@code double}: POI stores numbers as IEEE doubles. */
    private static void setAmount(Cell cell, BigDecimal value) {
        cell.setCellValue(value.doubleValue());
    }

    private static String grouped(BigDecimal v) {
        java.text.DecimalFormat f = new java.text.DecimalFormat(v.scale() > 0 ? "#,##0.00" : "#,##0");
        return f.format(v);
    }

    private static void comment(Drawing<?> drawing, Cell cell, String text) {
        CreationHelper factory = cell.getSheet().getWorkbook().getCreationHelper();
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 6);
        Comment c = drawing.createCellComment(anchor);
        c.setString(factory.createRichTextString(text));
        c.setAuthor(AUTHOR);
        cell.setCellComment(c);
    }

    private static void text(Row row, int c, String text, CellStyle style) {
        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static void cell(Row row, int c, String text, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        if (text != null && !text.isBlank()) {
            cell.setCellValue(text);
        }
    }

    private static void printSetup(Sheet sheet, boolean landscape) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    /** Column widths in characters, a CJK character counting two, capped; wrapped text beyond the cap. */
    private static final class Widths {

        private final Map<Integer, Integer> widest = new HashMap<>();

        /** Notes {@code text} in column {@code c}; returns how many lines it takes at the capped width. */
        int see(int c, String text) {
            if (text == null) {
                return 1;
            }
            int w = displayWidth(text);
            widest.merge(c, w, Math::max);
            return Math.max(1, (w + MAX_COLUMN_CHARS - 1) / MAX_COLUMN_CHARS);
        }

        void apply(Sheet sheet, int columns) {
            for (int c = 0; c < columns; c++) {
                int w = Math.min(MAX_COLUMN_CHARS, Math.max(MIN_COLUMN_CHARS, widest.getOrDefault(c, 0) + 2));
                sheet.setColumnWidth(c, w * 256);
            }
        }
    }

    /** Width in Latin characters: East Asian wide and full-width characters count two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            w += ch >= 0x2E80 || (ch >= 0x2010 && ch <= 0x206F) ? 2 : 1;
        }
        return w;
    }

    /** The cell styles of one workbook, made once. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle plain;
        final CellStyle unit;
        final CellStyle header;
        final CellStyle text;
        final CellStyle totalText;
        final CellStyle amount;
        final CellStyle totalAmount;
        final CellStyle yuan;

        Styles(XSSFWorkbook wb) {
            Font body = font(wb, false, 11);
            Font bold = font(wb, true, 11);
            Font big = font(wb, true, 16);
            short money = wb.createDataFormat().getFormat("#,##0.00");
            short wholeYuan = wb.createDataFormat().getFormat("#,##0");
            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            plain = wb.createCellStyle();
            plain.setFont(body);
            unit = wb.createCellStyle();
            unit.setFont(body);
            unit.setAlignment(HorizontalAlignment.RIGHT);
            header = bordered(wb, bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(wb, body);
            text.setWrapText(true);
            totalText = bordered(wb, bold);
            totalText.setWrapText(true);
            amount = bordered(wb, body);
            amount.setAlignment(HorizontalAlignment.RIGHT);
            amount.setDataFormat(money);
            totalAmount = bordered(wb, bold);
            totalAmount.setAlignment(HorizontalAlignment.RIGHT);
            totalAmount.setDataFormat(money);
            yuan = bordered(wb, body);
            yuan.setAlignment(HorizontalAlignment.RIGHT);
            yuan.setDataFormat(wholeYuan);
        }

        private static Font font(XSSFWorkbook wb, boolean bold, int points) {
            Font f = wb.createFont();
            f.setFontName("宋体");
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            return f;
        }

        private static CellStyle bordered(XSSFWorkbook wb, Font font) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
