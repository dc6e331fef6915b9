package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureLevel;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;
import org.junit.jupiter.api.Test;

/**
 * The Jiangsu 2019 table PDFs read into the Jiangsu template, every document's figures checked
 * against the PDF as printed (page numbers are PDF pages; notes/jiangsu-2019-tables.md), and
 * single tables of the 2017 and 2018 PDFs that once read wrong.
 */
class JiangsuTablesTest {

    private static final Map<String, Disclosure> READ = new ConcurrentHashMap<>();

    private static Disclosure read(String path) {
        return READ.computeIfAbsent(path, p -> {
            try {
                return DisclosureReader.withBundledTemplates().read(SharedFixtures.realFixtures().resolve("jiangsu").resolve(p));
            } catch (UnreadableInputException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String amount(Disclosure d, String table, String block, String key, String column) {
        PublishedTable t = d.table(table).orElseThrow(() -> new AssertionError("no " + table));
        TableEntry e = t.entry(block, key).orElseThrow(() -> new AssertionError(table + " has no " + block + "/" + key));
        return e.amount(column).map(a -> a.text()).orElse(null);
    }

    /** The T9 三公 row: each column read, with the figure as printed, in the template's order. */
    private static Map<String, String> threePublicRow(Disclosure d) {
        TableEntry e = d.table("T9").orElseThrow(() -> new AssertionError("no T9")).entry("main", "total")
                .orElseThrow(() -> new AssertionError("T9 has no main/total"));
        Map<String, String> out = new LinkedHashMap<>();
        e.amounts().forEach((column, a) -> out.put(column, a.text()));
        return out;
    }

    private static String amount(Disclosure d, String table, String key) {
        return amount(d, table, "main", key, "amount");
    }

    private static void allTwelveTables(Disclosure d, String unit) {
        assertThat(d.templateId()).isEqualTo("jiangsu-department-budget-2019");
        assertThat(d.tables()).hasSize(12);
        assertThat(d.metadata().unitName()).isEqualTo(unit);
        assertThat(d.metadata().year()).isEqualTo(2019);
        assertThat(d.metadata().level()).isEqualTo(DisclosureLevel.DEPARTMENT);
        assertThat(d.notes()).noneMatch(n -> n.code().equals("MISSING_TABLE") || n.code().equals("UNREADABLE_CELL"));
    }

    @Test
    void theCourt2017WhoseTitlesPutTheWordDepartmentAfterItsName() {
        // "一、2017 年度江苏省高级人民法院部门收支预算总表": 部门 between the court's name and the title
        Disclosure d = read("江苏省高级人民法院/省法院2017年度部门预算公开.pdf");
        assertThat(d.templateId()).isEqualTo("jiangsu-department-budget-2019");
        assertThat(d.tables()).hasSize(12);
        assertThat(amount(d, "T1", "income", "fiscal", "amount")).isEqualTo("28849.38");
        assertThat(amount(d, "T1", "use", "basic", "amount")).isEqualTo("17123.19");
        assertThat(amount(d, "T1", "use", "project", "amount")).isEqualTo("11543.27");
        assertThat(amount(d, "T1", "function", "204", "amount")).isEqualTo("23513.11");
        assertThat(d.notes()).extracting(n -> n.code()).doesNotContain("MISSING_TABLE");
    }

    @Test
    void provincialPartyCommitteeOffice() {
        Disclosure d = read("江苏省委办公厅/江苏省委办公厅2019年度部门预算公开表格.pdf");
        allTwelveTables(d, "中共江苏省委办公厅");
        assertThat(amount(d, "T1", "income", "fiscal", "amount")).isEqualTo("27664.22");
        assertThat(amount(d, "T1", "function", "201", "amount")).isEqualTo("22395.50");
        assertThat(amount(d, "T1", "function", "208", "amount")).isEqualTo("1374.63");
        assertThat(amount(d, "T1", "function", "221", "amount")).isEqualTo("3894.09");
        assertThat(amount(d, "T1", "use", "basic", "amount")).isEqualTo("11700.63");
        assertThat(amount(d, "T1", "function", "grandTotal", "amount")).isEqualTo("27664.22");
        assertThat(amount(d, "T3", "main", "total", "project")).isEqualTo("13025.38");
        assertThat(amount(d, "T3", "main", "total", "reserve")).isEqualTo("2938.21");
        assertThat(amount(d, "T5", "2013101")).isEqualTo("9370.12");
        assertThat(amount(d, "T5", "2013102")).isEqualTo("13025.38");
        assertThat(amount(d, "T6", "302")).isEqualTo("2232.91");
        assertThat(amount(d, "T6", "30231")).isEqualTo("411.20");
        assertThat(amount(d, "T9", "main", "total", "total")).isEqualTo("1471.70");
        assertThat(amount(d, "T9", "main", "total", "threePublic")).isEqualTo("508.20");
        assertThat(amount(d, "T9", "main", "total", "meeting")).isEqualTo("933.50");
        assertThat(amount(d, "T9", "main", "total", "training")).isEqualTo("30.00");
        assertThat(amount(d, "T9", "main", "total", "vehiclePurchase")).isNull();
        assertThat(d.table("T10").orElseThrow().note()).isEqualTo("注：本部门无相关收支项目");
        assertThat(d.table("T10").orElseThrow().isEmpty()).isTrue();
        assertThat(amount(d, "T12", "main", "合计", "amount")).isEqualTo("1422.50");
        assertThat(amount(d, "T12", "main", "货物A", "amount")).isEqualTo("84.00");
        assertThat(amount(d, "T12", "main", "服务C", "amount")).isEqualTo("1338.50");
        // a name wrapped over two lines is one cell again
        assertThat(d.table("T12").orElseThrow().entries()).extracting(TableEntry::label).contains("其他办公消耗用品及类似物品");
    }

    @Test
    void provincialPeoplesCongressOffice() {
        Disclosure d = read("江苏省人大办公厅/江苏省人大常委会办公厅2019年部门预算公开表.pdf");
        allTwelveTables(d, "江苏省人大常委会办公厅");
        assertThat(d.table("T1").orElseThrow().number()).isEqualTo("公开表一");
        assertThat(d.table("T12").orElseThrow().number()).isEqualTo("公开表十二");
        assertThat(amount(d, "T1", "income", "fiscal", "amount")).isEqualTo("18330.37");
        assertThat(amount(d, "T1", "function", "201", "amount")).isEqualTo("13907.78");
        assertThat(amount(d, "T1", "function", "221", "amount")).isEqualTo("3301.20");
        assertThat(amount(d, "T1", "use", "reserve", "amount")).isEqualTo("2557.89");
        assertThat(amount(d, "T5", "2010101")).isEqualTo("7448.20");
        assertThat(amount(d, "T5", "2010199")).isEqualTo("628.30");
        assertThat(amount(d, "T6", "30309")).isEqualTo("0.79");
        assertThat(amount(d, "T6", "302")).isEqualTo("1642.08");
        assertThat(amount(d, "T9", "main", "total", "total")).isEqualTo("2600.71");
        assertThat(amount(d, "T9", "main", "total", "abroad")).isEqualTo("199.25");
        assertThat(amount(d, "T9", "main", "total", "reception")).isEqualTo("384.75");
        assertThat(amount(d, "T9", "main", "total", "meeting")).isEqualTo("1469.73");
        assertThat(amount(d, "T9", "main", "total", "training")).isEqualTo("363.38");
        assertThat(amount(d, "T11", "30239")).isEqualTo("268.58");
        assertThat(amount(d, "T12", "main", "合计", "amount")).isEqualTo("2416.43");
        assertThat(amount(d, "T12", "main", "货物A", "amount")).isEqualTo("233.10");
        assertThat(amount(d, "T12", "main", "服务C", "amount")).isEqualTo("2183.33");
    }

    @Test
    void provincialProcuratorate() {
        Disclosure d = read("江苏省人民检察院/2019年度部门预算公开.pdf");
        allTwelveTables(d, "江苏省人民检察院");
        assertThat(d.table("T1").orElseThrow().number()).isEqualTo("公开01表");
        assertThat(d.table("T4").orElseThrow().number()).isEqualTo("公开04表"); // printed at the foot of the page before
        assertThat(amount(d, "T1", "income", "fiscal", "amount")).isEqualTo("24169.74");
        assertThat(amount(d, "T1", "function", "204", "amount")).isEqualTo("16593.12");
        assertThat(amount(d, "T1", "use", "basic", "amount")).isEqualTo("15844.04");
        // 三、单位预留机动经费 is wrapped over two lines with its amount between them
        assertThat(amount(d, "T1", "use", "reserve", "amount")).isEqualTo("3990.40");
        assertThat(amount(d, "T1", "income", "fund", "amount")).isNull();
        assertThat(amount(d, "T2", "main", "total", "amount")).isEqualTo("24169.74");
        assertThat(amount(d, "T3", "main", "total", "reserve")).isEqualTo("3990.4");
        assertThat(amount(d, "T5", "2040401")).isEqualTo("12268.62");
        assertThat(amount(d, "T5", "2040450")).isEqualTo("315.00");
        assertThat(amount(d, "T6", "30101")).isEqualTo("2171.78");
        assertThat(amount(d, "T6", "30231")).isEqualTo("237.00");
        // page 20: 公务用车购置费 blank, the figures after it in their own columns
        assertThat(threePublicRow(d)).containsExactly(entry("total", "1276.7"), entry("threePublic", "418.26"),
                entry("abroad", "80"), entry("vehicles", "237"), entry("vehicleOperation", "237"),
                entry("reception", "101.26"), entry("meeting", "158.44"), entry("training", "700"));
        assertThat(amount(d, "T9", "main", "total", "vehiclePurchase")).isNull();
        assertThat(amount(d, "T11", "合计")).isEqualTo("2391.92");
        assertThat(amount(d, "T12", "main", "合计", "amount")).isEqualTo("2744.84");
        assertThat(amount(d, "T12", "main", "货物A", "amount")).isEqualTo("303.40");
        assertThat(amount(d, "T12", "main", "服务C", "amount")).isEqualTo("2441.44");
        assertThat(d.table("T8").orElseThrow().entry("30103").orElseThrow().role()).isEqualTo(EntryRole.ITEM);
    }

    @Test
    void provincialCppccOffice() {
        Disclosure d = read("江苏省政协办公厅/江苏省政协办公厅2019年预算公开表.pdf");
        allTwelveTables(d, "江苏省政协办公厅");
        assertThat(amount(d, "T1", "income", "fiscal", "amount")).isEqualTo("13297.11");
        assertThat(amount(d, "T1", "income", "unitFunds", "amount")).isEqualTo("80.00");
        assertThat(amount(d, "T1", "income", "currentTotal", "amount")).isEqualTo("13377.11");
        assertThat(amount(d, "T1", "function", "201", "amount")).isEqualTo("10271.56");
        assertThat(amount(d, "T1", "use", "basic", "amount")).isEqualTo("6522.75");
        assertThat(amount(d, "T2", "main", "otherIncome", "amount")).isEqualTo("80.00");
        assertThat(amount(d, "T4", "use", "basic", "amount")).isEqualTo("6442.75");
        assertThat(amount(d, "T5", "2010204")).isEqualTo("1282.56");
        assertThat(amount(d, "T5", "2210202")).isEqualTo("1754.17");
        assertThat(amount(d, "T6", "30107")).isEqualTo("45.33");
        assertThat(amount(d, "T6", "302")).isEqualTo("1130.74");
        assertThat(d.table("T9").orElseThrow().entry("total").orElseThrow().amounts().values())
                .extracting(a -> a.text()).containsExactly("2224.43", "660.10", "106.00", "156.60", "156.60", "397.50", "1282.56", "281.77");
        assertThat(d.table("T10").orElseThrow().note()).isEqualTo("注：本部门无该项目");
        assertThat(amount(d, "T12", "main", "合计", "amount")).isEqualTo("1624.42");
        assertThat(amount(d, "T12", "main", "货物A", "amount")).isEqualTo("350.00");
        assertThat(amount(d, "T12", "main", "服务C", "amount")).isEqualTo("1274.42");
    }

    /**
     * Page 9: the 三公 row printed as 1,656.86 675.10 106.00 156.60 156.60 412.50 884.16 97.60
     * under nine columns, 公务用车购置费 blank. Each figure goes to the ruled column it stands in,
     * not the next column in order.
     */
    @Test
    void provincialCppccOffice2018ThreePublicRowWithABlankCell() {
        Disclosure d = read("江苏省政协办公厅/江苏省政协办公厅2018度部门预算公开表.pdf");
        assertThat(d.templateId()).isEqualTo("jiangsu-department-budget-2019");
        assertThat(threePublicRow(d)).containsExactly(entry("total", "1656.86"), entry("threePublic", "675.10"),
                entry("abroad", "106.00"), entry("vehicles", "156.60"), entry("vehicleOperation", "156.60"),
                entry("reception", "412.50"), entry("meeting", "884.16"), entry("training", "97.60"));
        assertThat(amount(d, "T9", "main", "total", "vehiclePurchase")).isNull();
    }

    /**
     * Page 4 of the same PDF: 表四 laid out with a blank column after each side's label, so the
     * spending side's labels stand in the fifth of six columns, not the third. The spending block
     * is read from where its labels are; read at the template's column it took 收入合计 10070.48 for
     * a label, and the income side found no 金额 column (found now by TBL-019: 表四 against 表一).
     */
    @Test
    void provincialCppccOffice2018FinancialAllocationsTableWithABlankColumnBetweenItsSides() {
        Disclosure d = read("江苏省政协办公厅/江苏省政协办公厅2018度部门预算公开表.pdf");
        assertThat(amount(d, "T4", "income", "general", "amount")).isEqualTo("10070.48");
        assertThat(amount(d, "T4", "income", "total", "amount")).isEqualTo("10070.48");
        assertThat(amount(d, "T4", "use", "basic", "amount")).isEqualTo("5598.17");
        assertThat(amount(d, "T4", "use", "project", "amount")).isEqualTo("3314.68");
        assertThat(amount(d, "T4", "use", "reserve", "amount")).isEqualTo("1157.63");
        assertThat(amount(d, "T4", "use", "total", "amount")).isEqualTo("10070.48");
        assertThat(d.notes()).noneMatch(n -> n.code().equals("UNKNOWN_LINE"));
    }

    /** Page 11: the same layout, figures right-aligned: 公务用车购置费 blank, 411.20 its 运行维护费. */
    @Test
    void provincialPartyCommitteeOffice2017ThreePublicRowWithABlankCell() {
        Disclosure d = read("江苏省委办公厅/江苏省委办公厅2017年预算公开表格.pdf");
        assertThat(threePublicRow(d)).containsExactly(entry("total", "1467.70"), entry("threePublic", "509.20"),
                entry("abroad", "70.00"), entry("vehicles", "411.20"), entry("vehicleOperation", "411.20"),
                entry("reception", "28.00"), entry("meeting", "933.50"), entry("training", "25.00"));
        assertThat(amount(d, "T9", "main", "total", "vehiclePurchase")).isNull();
    }

    @Test
    void provincialHighCourt() {
        Disclosure d = read("江苏省高级人民法院/江苏省高级人民法院2019年度部门预算公开.pdf");
        allTwelveTables(d, "江苏省高级人民法院");
        assertThat(amount(d, "T1", "income", "fiscal", "amount")).isEqualTo("37188.34");
        assertThat(amount(d, "T1", "function", "204", "amount")).isEqualTo("27488.23");
        assertThat(amount(d, "T1", "use", "basic", "amount")).isEqualTo("21968.00");
        assertThat(amount(d, "T1", "use", "project", "amount")).isEqualTo("10208.94");
        assertThat(amount(d, "T1", "use", "reserve", "amount")).isEqualTo("5011.40");
        assertThat(amount(d, "T5", "2040501")).isEqualTo("17279.29");
        assertThat(amount(d, "T5", "2040504")).isEqualTo("1599.11");
        assertThat(amount(d, "T6", "30305")).isEqualTo("278.59");
        assertThat(amount(d, "T6", "302")).isEqualTo("3580.05");
        assertThat(amount(d, "T9", "main", "total", "total")).isEqualTo("2382.02");
        assertThat(amount(d, "T9", "main", "total", "abroad")).isEqualTo("160.00");
        assertThat(amount(d, "T9", "main", "total", "training")).isEqualTo("1597.25");
        assertThat(amount(d, "T11", "合计")).isEqualTo("3580.05");
        assertThat(amount(d, "T12", "main", "合计", "amount")).isEqualTo("5227.59");
        assertThat(amount(d, "T12", "main", "工程B", "amount")).isEqualTo("530.00");
        assertThat(amount(d, "T12", "main", "服务C", "amount")).isEqualTo("3059.87");
    }

    @Test
    void textOnlyDocumentsNameTheJiangsuSetInTheirContents() {
        Disclosure d = read("江苏省政协办公厅/江苏省政协办公厅2019年度部门预算.pdf");
        assertThat(d.templateId()).isEqualTo("jiangsu-department-budget-2019");
        assertThat(d.tables()).isEmpty();
        assertThat(d.notes()).extracting(n -> n.code()).contains("MISSING_TABLE");
        assertThat(d.metadata().year()).isEqualTo(2019);
    }

    static Path fixture(String p) {
        return SharedFixtures.realFixtures().resolve(p);
    }

    @Test
    void provincialHighCourt2018TitlesNumberedAndLedByYearAndName() {
        // "一、2018 年度江苏省高级人民法院收支预算总表": all twelve read with the 2019 template
        Disclosure d = read("江苏省高级人民法院/省法院2018年度部门预算公开.pdf");
        assertThat(d.templateId()).isEqualTo("jiangsu-department-budget-2019");
        assertThat(d.tables()).hasSize(12);
        assertThat(d.notes()).noneMatch(n -> n.code().equals("UNKNOWN_TEMPLATE") || n.code().equals("MISSING_TABLE"));
        assertThat(threePublicRow(d)).containsEntry("total", "2558.26").containsEntry("meeting", "271.26")
                .containsEntry("training", "1666.25");
        assertThat(amount(d, "T11", "302")).isEqualTo("3407.38");
        assertThat(d.table("T10").orElseThrow().isEmpty()).isTrue();
        // the cover's title is wrapped: "2018 年度江苏省高级" / "人民法院预算公开"
        assertThat(d.metadata().unitName()).isEqualTo("江苏省高级人民法院");
    }

    @Test
    void provincialProcuratorate2017TitlesNumberedAndOneWrappedBeforeItsLastCharacters() {
        // "一、收支预算总表"…; "十一、一般公共预算“三公”经费、会议费、培训费支出预" / "算表"
        Disclosure d = read("江苏省人民检察院/2017年省检察院部门预算.pdf");
        assertThat(d.tables()).hasSize(12);
        assertThat(d.notes()).noneMatch(n -> n.code().equals("MISSING_TABLE") || n.code().equals("UNREADABLE_CELL"));
        assertThat(amount(d, "T3", "main", "total", "basic")).isEqualTo("12323.48");
        assertThat(threePublicRow(d)).containsEntry("reception", "156.55");
        // the same wrapping in another document: its 三公 table was missed, and the table before it ran on into it
        Disclosure congress = read("江苏省人大办公厅/江苏省人大办公厅2017年度预算公开.pdf");
        assertThat(congress.tables()).hasSize(12);
        assertThat(congress.notes()).noneMatch(n -> n.code().equals("MISSING_TABLE") || n.code().equals("UNREADABLE_CELL"));
    }

    @Test
    void aListOfTheTablesBeforeThemIsNotTakenForTheTables() {
        // page 2 lists the twelve titles, "一、收支预算总表" to "十二、政府采购预算表"; the tables follow
        Disclosure d = read("江苏省委办公厅/江苏省委办公厅2018年度部门预算公开表.pdf");
        assertThat(d.tables()).hasSize(12);
        assertThat(d.table("T1").orElseThrow().isEmpty()).isFalse();
        assertThat(d.table("T12").orElseThrow().isEmpty()).isFalse();
        // a document that only lists them (its tables are in another file) has none
        Disclosure text = read("江苏省委办公厅/江苏省委办公厅2018年度部门预算公开文件.pdf");
        assertThat(text.tables()).isEmpty();
    }

    @Test
    void aUnitNameTooLongForItsCellIsReadWithTheLineItWrapsTo() {
        // "部门名称：江苏省高级人民法" / "院" under its first character, beside "单位：万元"
        Disclosure court = read("江苏省高级人民法院/江苏省高级人民法院2019年度部门预算公开.pdf");
        assertThat(court.table("T7").orElseThrow().unitName()).isEqualTo("江苏省高级人民法院");
        assertThat(court.table("T7").orElseThrow().unit()).isEqualTo(org.gongkai.core.model.MoneyUnit.WAN_YUAN);
        // "部门：中国共产党江苏省委员会办", then "单位：万元" at the right, then "公厅" under the name
        Disclosure committee = read("江苏省委办公厅/江苏省委办公厅2017年预算公开表格.pdf");
        assertThat(committee.table("T2").orElseThrow().unitName()).isEqualTo("中国共产党江苏省委员会办公厅");
        // a name that is whole on its line stays as printed: "部门名称：江苏省人大", then the table
        Disclosure congress = read("江苏省人大办公厅/省人大办公厅2018预算公开.pdf");
        assertThat(congress.table("T1").orElseThrow().unitName()).isEqualTo("江苏省人大");
    }

    @Test
    void onlyAFewChineseCharactersAtTheNamesEdgeEndAWrappedName() {
        float edge = 67.7f;
        assertThat(DocumentReader.endsWrappedName(line(cell("院", 67.704f), cell("单位：万元", 482f)), edge)).isTrue();
        assertThat(DocumentReader.endsWrappedName(line(cell("公厅", 68.5f)), edge)).isTrue();
        assertThat(DocumentReader.endsWrappedName(line(cell("务中心", 67.704f)), edge)).isTrue();
        // elsewhere on the line, a heading, a longer word, a figure or a code: not the name's end
        assertThat(DocumentReader.endsWrappedName(line(cell("院", 103.1f)), edge)).isFalse();
        assertThat(DocumentReader.endsWrappedName(line(cell("项目", 67.704f), cell("金额", 445f)), edge)).isFalse();
        assertThat(DocumentReader.endsWrappedName(line(cell("科目名称", 67.704f)), edge)).isFalse();
        assertThat(DocumentReader.endsWrappedName(line(cell("合计", 67.704f)), edge)).isFalse();
        assertThat(DocumentReader.endsWrappedName(line(cell("功能科目编码", 67.704f)), edge)).isFalse();
        assertThat(DocumentReader.endsWrappedName(line(cell("201", 67.704f)), edge)).isFalse();
        assertThat(DocumentReader.endsWrappedName(line(cell("（一）", 67.704f)), edge)).isFalse();
        assertThat(DocumentReader.endsWrappedName(line(), edge)).isFalse();
    }

    private static LayoutCell cell(String text, float x0) {
        return new LayoutCell(text, x0, x0 + 10 * text.length());
    }

    private static LayoutLine line(LayoutCell... cells) {
        return new LayoutLine(12, 4, List.of(cells), 137.4f);
    }

    @Test
    void labelsWrappedAcrossRowsOfTheTwoSidedTableAreJoined() {
        // 江苏省人大办公厅2017年度预算公开.pdf, 收支预算总表: "一、财政" / "拨款" (the first line above the
        // figures, taken for a heading), "八、社会保障和就" / "业支出", "当年收入" / "小计"
        Disclosure d = read("江苏省人大办公厅/江苏省人大办公厅2017年度预算公开.pdf");
        PublishedTable t1 = d.table("T1").orElseThrow();
        assertThat(amount(d, "T1", "income", "fiscal", "amount")).isEqualTo("13649.07");
        assertThat(amount(d, "T1", "function", "201", "amount")).isEqualTo("10528.33");
        assertThat(amount(d, "T1", "function", "208", "amount")).isEqualTo("1608.51");
        assertThat(amount(d, "T1", "income", "currentTotal", "amount")).isEqualTo("13649.07");
        assertThat(t1.rows().get(0).text(0)).isEqualTo("一、财政拨款");
        assertThat(t1.rows().get(0).text(2)).isEqualTo("一、一般公共服务支出");
        assertThat(t1.rows()).anyMatch(r -> r.text(2).equals("七、文化体育与传媒支出"));
        // lines of their own stay apart: numbered ("三、其他资金" under "二、财政专户管理资金"), or a
        // line of the template under another ("上年结转资金" under "当年收入小计")
        assertThat(t1.rows()).anyMatch(r -> r.text(0).equals("二、财政专户管理资金"))
                .anyMatch(r -> r.text(0).equals("三、其他资金"))
                .anyMatch(r -> r.text(0).equals("当年收入小计"))
                .anyMatch(r -> r.text(0).equals("上年结转资金"));
        assertThat(t1.entries()).noneMatch(e -> e.label().equals("媒支出") || e.label().equals("小计") || e.label().equals("拨款"));
        assertThat(d.notes()).noneMatch(n -> n.code().equals("UNKNOWN_LINE"));
    }
}
