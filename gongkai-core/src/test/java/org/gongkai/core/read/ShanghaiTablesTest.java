package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Outcome;
import org.gongkai.core.check.prose.TableQuantities;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The nine tables of a Shanghai district budget (上海市普陀区万里街道办事处2023年部门预算.pdf, pages
 * 10 to 28) read into the Shanghai template: figures in 元 with thousands separators, codes printed
 * in columns of their own under 类 款 项, headings printed again on each page, the “三公”经费 table in
 * 万元. Each figure below was read off the PDF (amounts as read, without their thousands separators).
 */
class ShanghaiTablesTest {

    private static Disclosure d;

    @BeforeAll
    static void read() throws Exception {
        d = DisclosureReader.withBundledTemplates()
                .read(SharedFixtures.realFixtures().resolve("shanghai/上海市普陀区万里街道办事处2023年部门预算.pdf"));
    }

    private static String amount(String table, String block, String key, String column) {
        PublishedTable t = d.table(table).orElseThrow(() -> new AssertionError("no " + table));
        TableEntry e = t.entry(block, key).orElseThrow(() -> new AssertionError(table + " has no " + block + "/" + key));
        return e.amount(column).map(a -> a.text()).orElse(null);
    }

    @Test
    void allNineTablesAreRead() {
        assertThat(d.templateId()).isEqualTo("shanghai-district-budget-2023");
        assertThat(d.tables()).extracting(PublishedTable::id).containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9");
        assertThat(d.tables()).filteredOn(t -> !t.id().equals("T9")).allMatch(t -> t.unit() == MoneyUnit.YUAN);
        assertThat(d.table("T9").orElseThrow().unit()).isEqualTo(MoneyUnit.WAN_YUAN); // "单位:万元", as the set prints it
        assertThat(d.notes()).noneMatch(n -> n.message().contains("不是金额"));
    }

    @Test
    void theCodesPrintedInPartsAreOneCode() {
        // page 11: "201 | 05 | 06 | 统计管理 | 26,300 | 26,300"
        assertThat(amount("T2", "main", "2010506", "total")).isEqualTo("26300");
        assertThat(amount("T2", "main", "2010506", "fiscal")).isEqualTo("26300");
        assertThat(amount("T2", "main", "20105", "total")).isEqualTo("627600");
        assertThat(amount("T2", "main", "201", "total")).isEqualTo("2976800");
        // page 12: a name wrapped onto a second line, "机关事业单位基本养老保险缴费支" / "出"
        assertThat(d.table("T2").orElseThrow().entry("main", "2080505").orElseThrow().label()).isEqualTo("机关事业单位基本养老保险缴费支出");
        assertThat(amount("T2", "main", "2080505", "total")).isEqualTo("4412547");
        // the economic codes, under 类 款 (page 26): "302 | 39 | 其他交通费用 | 698,880 | | 698,880"
        assertThat(amount("T8", "main", "30239", "total")).isEqualTo("698880");
        assertThat(amount("T8", "main", "30239", "public")).isEqualTo("698880");
        assertThat(amount("T8", "main", "30239", "personnel")).isNull();
    }

    @Test
    void totalsAndTheTablesEitherSide() {
        assertThat(amount("T3", "main", "合计", "total")).isEqualTo("164978640");
        assertThat(amount("T3", "main", "合计", "basic")).isEqualTo("99406297");
        assertThat(amount("T3", "main", "合计", "project")).isEqualTo("65572343");
        assertThat(amount("T1", "income", "grandTotal", "amount")).isEqualTo("164978640");
        assertThat(amount("T1", "spending", "212", "total")).isEqualTo("121319878");
        assertThat(amount("T4", "spending", "208", "general")).isEqualTo("27073236");
        assertThat(amount("T8", "main", "合计", "personnel")).isEqualTo("84024865");
        assertThat(amount("T8", "main", "合计", "public")).isEqualTo("15381432");
    }

    @Test
    void headingsPrintedAgainOnEachPageAreNoRows() {
        // 表五 prints its four heading lines again on pages 21 to 23: as many rows as 表三, which does not
        assertThat(d.table("T5").orElseThrow().entries()).hasSameSizeAs(d.table("T3").orElseThrow().entries());
        assertThat(amount("T5", "main", "2040607", "total")).isEqualTo("150000"); // page 21, under the repeated headings
    }

    @Test
    void itsFiguresAreFactsForTheOpenData() {
        // 表三 and 表五 by code and by 基本/项目, 表八 by economic code, 表九 by item; 表一 and 表四 print the
        // general budget's income both (164,978,640): one fact, two places
        assertThat(d.facts().size()).isGreaterThan(150);
        assertThat(d.facts().conflicts()).isEmpty();
    }

    @Test
    void theThreePublicTableInWanYuan() {
        TableEntry e = d.table("T9").orElseThrow().entry("main", "total").orElseThrow();
        Map<String, String> row = new LinkedHashMap<>();
        e.amounts().forEach((column, a) -> row.put(column, a.text()));
        assertThat(row).containsExactly(Map.entry("threePublic", "22.91"), Map.entry("abroad", "0"), Map.entry("reception", "1.35"),
                Map.entry("vehicles", "21.56"), Map.entry("vehiclePurchase", "0"), Map.entry("vehicleOperation", "21.56"),
                Map.entry("running", "786.09"));
    }

    @Test
    void theFiguresItsTextNamesAreFoundInItsTables() {
        // "收入预算16497.86万元，其中：财政拨款收入16497.86万元" and "“三公”经费预算数为22.91万元"
        TableQuantities q = TableQuantities.of(d);
        assertThat(q.lookup("收入预算")).singleElement().satisfies(x -> assertThat(x.amount().toString()).isEqualTo("164978640元"));
        assertThat(q.lookup("财政拨款收入")).singleElement().satisfies(x -> assertThat(q.where(x)).contains("表一", "财政拨款收入"));
        assertThat(q.lookup("基本支出")).singleElement().satisfies(x -> assertThat(x.amount().toString()).isEqualTo("99406297元"));
        assertThat(q.lookup("“三公”经费预算数")).singleElement().satisfies(x -> assertThat(x.amount().toString()).isEqualTo("22.91万元"));
        assertThat(q.lookup("社会保障和就业支出")).singleElement().satisfies(x -> assertThat(x.amount().toString()).isEqualTo("27073236元"));
        assertThat(Checker.standard().check(d).ledger("PROSE-007").outcome()).isEqualTo(Outcome.RAN);
    }

    @Test
    void theEmptyTablesSaySoAndTheSumsRulesRunWithoutFindings() {
        // PROSE-017 compares the 34 items of its 编制说明 ("1. “…统计管理（项）”2.63万元") with 表二, 表三 and 表五
        assertThat(d.table("T6").orElseThrow().note()).contains("故本表为空表");
        CheckReport r = Checker.standard().check(d);
        for (String rule : List.of("TBL-001", "TBL-002", "TBL-004", "TBL-005", "TBL-016", "DOC-002", "DOC-006", "PROSE-007", "PROSE-017")) {
            assertThat(r.ledger(rule).outcome()).as(rule).isEqualTo(Outcome.RAN);
            assertThat(r.findings(rule)).as(rule).isEmpty();
        }
    }
}
