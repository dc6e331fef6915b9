package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.FactKey;
import org.gongkai.core.model.FundingSource;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Period;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.SpendingType;
import org.gongkai.core.model.TableEntry;
import org.junit.jupiter.api.Test;

/** The reference document's 13 tables: every number as published, and chosen cells by name. */
class SeedTablesTest {

    private final Disclosure d = SharedFixtures.seed();

    private String amount(String table, String key, String column) {
        return d.table(table).orElseThrow().entry(key).orElseThrow().amount(column).map(a -> a.money().plain()).orElse(null);
    }

    private String amount(String table, String block, String key, String column) {
        return d.table(table).orElseThrow().entry(block, key).orElseThrow().amount(column).map(a -> a.money().plain()).orElse(null);
    }

    @Test
    void findsAllThirteenTablesWithTheirTitlesNumbersUnitsAndNotes() {
        assertThat(d.templateId()).isEqualTo("shanxi-unit-budget-2024");
        assertThat(d.tables()).extracting(PublishedTable::id)
                .containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12", "T13");
        assertThat(d.table("T1").orElseThrow().number()).isEqualTo("预算公开表1");
        assertThat(d.table("T9").orElseThrow().number()).isEqualTo("部门公开表9");
        assertThat(d.table("T10").orElseThrow().number()).isEqualTo("预算公开表10");
        assertThat(d.table("T3").orElseThrow().number()).isNull();
        assertThat(d.table("T5").orElseThrow().title()).isEqualTo("2024年一般公共预算支出预算表（不含上年结转）");
        for (PublishedTable t : d.tables()) {
            assertThat(t.unit()).as(t.id()).isEqualTo(MoneyUnit.WAN_YUAN);
            assertThat(t.unitName()).as(t.id()).isEqualTo("柳林县人力资源和社会保障局");
        }
        assertThat(d.tables().stream().filter(PublishedTable::isEmpty).map(PublishedTable::id)).containsExactly("T7", "T8", "T9");
        assertThat(d.table("T7").orElseThrow().note()).isEqualTo("注：本表无数据");
        assertThat(d.table("T9").orElseThrow().note()).isEqualTo("注：本表无数据");
        assertThat(d.table("T3").orElseThrow().note()).isNull();
    }

    /**
     * Every figure printed in the tables part (every cell of a tab-separated line between
     * 第二部分 and 第三部分 that holds a decimal number) is read as an amount of some entry, and no
     * entry holds an amount that is not printed. Counted independently of the reader: the lines
     * are split at tabs here.
     */
    @Test
    void readsEveryNumberOfTheTablesAndNoOther() {
        String[] lines = SharedFixtures.seedText().split("\n");
        Map<String, Integer> printed = new TreeMap<>();
        boolean inTables = false;
        for (String line : lines) {
            if (line.startsWith("第二部分 ") && !line.contains("\t")) {
                inTables = true;
            } else if (line.startsWith("第三部分 ") && !line.contains("\t")) {
                inTables = false;
            }
            if (!inTables || !line.contains("\t")) {
                continue;
            }
            for (String cell : line.split("\t")) {
                String c = cell.strip();
                if (c.matches("\\d+\\.\\d{2}")) {
                    printed.merge(c, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> read = new TreeMap<>();
        int cells = 0;
        for (PublishedTable t : d.tables()) {
            for (TableEntry e : t.entries()) {
                for (PublishedAmount a : e.amounts().values()) {
                    read.merge(a.text(), 1, Integer::sum);
                    cells++;
                }
            }
        }
        assertThat(read).isEqualTo(printed);
        assertThat(cells).isEqualTo(262);
    }

    @Test
    void table3ByCode() {
        assertThat(amount("T3", "合计", "total")).isEqualTo("1934.61");
        assertThat(amount("T3", "合计", "basic")).isEqualTo("232.90");
        assertThat(amount("T3", "合计", "project")).isEqualTo("1701.71");
        assertThat(amount("T3", "2080101", "total")).isEqualTo("134.97");
        assertThat(amount("T3", "2080101", "basic")).isEqualTo("133.70");
        assertThat(amount("T3", "2080101", "project")).isEqualTo("1.27");
        assertThat(amount("T3", "2080799", "project")).isEqualTo("980.82");
        assertThat(amount("T3", "2080799", "basic")).isNull();
        TableEntry e = d.table("T3").orElseThrow().entry("20801").orElseThrow();
        assertThat(e.role()).isEqualTo(EntryRole.SUBTOTAL);
        assertThat(e.level()).isEqualTo(2);
        assertThat(e.label()).isEqualTo("人力资源和社会保障管理事务");
        assertThat(d.table("T3").orElseThrow().entry("2210201").orElseThrow().role()).isEqualTo(EntryRole.ITEM);
        PublishedAmount a = d.table("T3").orElseThrow().entry("2080101").orElseThrow().amount("total").orElseThrow();
        assertThat(a.position().line()).isEqualTo(182);
        assertThat(a.position().column()).isEqualTo(3);
    }

    @Test
    void table2IncomeBySourceAndCarryOver() {
        assertThat(amount("T2", "合计", "total")).isEqualTo("1251.07");
        assertThat(amount("T2", "合计", "general")).isEqualTo("1251.07");
        assertThat(amount("T2", "合计", "carryOver")).isEqualTo("683.55");
        assertThat(amount("T2", "2080799", "carryOver")).isEqualTo("682.27");
        assertThat(amount("T2", "2080101", "carryOver")).isEqualTo("1.27");
        assertThat(amount("T2", "2101199", "general")).isEqualTo("0.02");
        assertThat(amount("T2", "2080101", "fund")).isNull();
    }

    @Test
    void table1And4BothSides() {
        assertThat(amount("T1", "income", "general", "amount")).isEqualTo("1251.07");
        assertThat(amount("T1", "income", "carryOver", "amount")).isEqualTo("683.55");
        assertThat(amount("T1", "income", "grandTotal", "amount")).isEqualTo("1934.61");
        assertThat(amount("T1", "spending", "208", "total")).isEqualTo("1901.38");
        assertThat(amount("T1", "spending", "208", "current")).isEqualTo("1217.83");
        assertThat(amount("T1", "spending", "208", "carryOver")).isEqualTo("683.55");
        assertThat(amount("T1", "spending", "221", "current")).isEqualTo("21.21");
        assertThat(amount("T1", "spending", "currentTotal", "total")).isEqualTo("1934.61");
        assertThat(d.table("T1").orElseThrow().entries("spending").stream().filter(e -> e.level() == 1)).hasSize(30);
        assertThat(amount("T4", "income", "carryOverGeneral", "amount")).isEqualTo("683.55");
        assertThat(amount("T4", "income", "carryOver", "amount")).isEqualTo("683.55");
        assertThat(amount("T4", "spending", "208", "general")).isEqualTo("1901.38");
        assertThat(amount("T4", "spending", "grandTotal", "total")).isEqualTo("1934.61");
    }

    @Test
    void table6PairsDepartmentAndGovernmentEconomicItems() {
        assertThat(amount("T6", "合计", "personnel")).isEqualTo("211.71");
        assertThat(amount("T6", "合计", "public")).isEqualTo("21.19");
        assertThat(amount("T6", "30101|50101", "personnel")).isEqualTo("58.26");
        assertThat(amount("T6", "30101|50501", "personnel")).isEqualTo("18.85");
        assertThat(amount("T6", "30231|50208", "public")).isEqualTo("3.00");
        assertThat(amount("T6", "30112|50501", "total")).isEqualTo("0.20");
        assertThat(d.table("T6").orElseThrow().entry("302").orElseThrow().role()).isEqualTo(EntryRole.SUBTOTAL);
        assertThat(d.table("T6").orElseThrow().entries()).hasSize(27);
    }

    @Test
    void tables10To13() {
        assertThat(amount("T10", "reception", "total")).isEqualTo("0.10");
        assertThat(amount("T10", "vehicleOperation", "general")).isEqualTo("3.00");
        assertThat(amount("T10", "vehicles", "total")).isEqualTo("3.00");
        assertThat(amount("T10", "total", "total")).isEqualTo("3.10");
        assertThat(amount("T10", "abroad", "total")).isNull();
        assertThat(amount("T11", "total", "total")).isEqualTo("21.19");
        assertThat(amount("T11", "柳林县人力资源和社会保障局", "general")).isEqualTo("21.19");
        assertThat(amount("T12", "2024年全民意外伤害保险", "total")).isEqualTo("600.00");
        assertThat(amount("T12", "就业补助资金-2024年中央就业补助资金（柳财社【2024】41号）", "general")).isEqualTo("297.00");
        assertThat(d.table("T12").orElseThrow().entry("柳林县人力资源和社会保障局").orElseThrow().role()).isEqualTo(EntryRole.SUBTOTAL);
        assertThat(d.table("T12").orElseThrow().entries().stream().filter(e -> e.role() == EntryRole.ITEM)).hasSize(8);
        assertThat(amount("T13", "上年结转—2023年中央就业补助资金（柳财社【2023】19号）", "total")).isEqualTo("369.40");
        assertThat(d.table("T13").orElseThrow().entries().stream().filter(e -> e.role() == EntryRole.SUBTOTAL)).hasSize(2);
        assertThat(d.table("T13").orElseThrow().entries().stream().filter(e -> e.role() == EntryRole.ITEM)).hasSize(7);
    }

    @Test
    void theFactsAreTheTablesItemCellsOnce() {
        assertThat(d.facts().size()).isEqualTo(74);
        assertThat(d.facts().conflicts()).isEmpty();
        MoneyUnit w = MoneyUnit.WAN_YUAN;
        assertThat(d.facts().total(FactKey.ALL.withFunction("208").withSpending(SpendingType.PROJECT))).contains(Money.of("1701.71", w));
        // 表五's basic items add up to 232.91 though it prints 232.90: every figure is rounded on its own
        assertThat(d.facts().total(FactKey.ALL.withFunction("2").withSource(FundingSource.GENERAL_BUDGET).withPeriod(Period.CURRENT)
                .withSpending(SpendingType.BASIC))).contains(Money.of("232.91", w));
        assertThat(d.facts().total(FactKey.ALL.withSpending(SpendingType.PERSONNEL))).contains(Money.of("211.71", w));
        // and 表六's public items add up to 21.20 though it prints 21.19
        assertThat(d.facts().total(FactKey.ALL.withSpending(SpendingType.PUBLIC))).contains(Money.of("21.20", w));
        assertThat(d.facts().total(FactKey.ALL.withPeriod(Period.CARRY_OVER).withSpending(SpendingType.PROJECT))).contains(Money.of("683.54", w));
        assertThat(d.facts().total(FactKey.ALL.withItem("公务接待费"))).contains(Money.of("0.10", w));
        assertThat(d.facts().total(FactKey.ALL.withEconomic("301"))).contains(Money.of("211.71", w));
        List<String> tables = new ArrayList<>();
        d.facts().facts().forEach(f -> f.sources().forEach(s -> tables.add(s.table())));
        assertThat(tables).doesNotContain("T1", "T4", "T11").contains("T2", "T3", "T5", "T6", "T10", "T12", "T13");
    }
}
