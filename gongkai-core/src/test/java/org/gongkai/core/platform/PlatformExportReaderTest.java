package org.gongkai.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Fact;
import org.gongkai.core.model.FactKey;
import org.gongkai.core.model.FundingSource;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Period;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.ReadNote;
import org.gongkai.core.model.SpendingType;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.read.UnreadableInputException;
import org.gongkai.core.template.TemplateCatalog;
import org.gongkai.core.model.Classifications;
import org.junit.jupiter.api.Test;

/**
 * The platform export read through its mapping gives the reference document's facts: the 山西
 * layout (bundled mapping) and another province's (a mapping file only), cell by cell.
 */
class PlatformExportReaderTest {

    static final Path SHANXI = Path.of("src/test/resources/platform/liulin-2024-export.xlsx");
    static final Path OTHER = Path.of("src/test/resources/platform/other-province-2024-export.xlsx");
    static final Path OTHER_MAPPING = Path.of("src/test/resources/platform/other-province-2024.yaml");

    private static final FactKey BASIC_2080101 = FactKey.ALL.withFunction("2080101").withSource(FundingSource.GENERAL_BUDGET)
            .withPeriod(Period.CURRENT).withSpending(SpendingType.BASIC);

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled mappings and the other province's, loaded from its file. */
    static PlatformExportReader withOtherProvince() {
        try (InputStream in = Files.newInputStream(OTHER_MAPPING)) {
            PlatformMappings m = PlatformMappings.bundled().with(PlatformMappings.read(in, "other-province-2024.yaml"));
            return new PlatformExportReader(m, TemplateCatalog.bundled(), Classifications.bundled());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every fact as key → amount, in a stable order. */
    static Map<String, Money> facts(Disclosure d) {
        Map<String, Money> out = new TreeMap<>();
        for (Fact f : d.facts().facts()) {
            out.put(f.key().toString(), f.amount());
        }
        return out;
    }

    /** Every entry of a table as block/key/level/role and its amounts. */
    static List<String> entries(PublishedTable t) {
        List<String> out = new ArrayList<>();
        for (TableEntry e : t.entries()) {
            Map<String, String> amounts = new TreeMap<>();
            e.amounts().forEach((k, v) -> amounts.put(k, v.money().to(MoneyUnit.YUAN).value().stripTrailingZeros().toPlainString()));
            out.add(e.block() + "|" + e.key() + "|" + e.level() + "|" + e.role() + "|" + amounts);
        }
        return out;
    }

    static byte[] edit(byte[] bytes, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSampleExportReadsToTheSeedsFactsAndTables() throws UnreadableInputException {
        Disclosure seed = SharedFixtures.seed();
        Disclosure d = new PlatformExportReader().read(bytes(SHANXI), "liulin-2024-export.xlsx");

        assertThat(d.templateId()).isEqualTo("shanxi-unit-budget-2024");
        assertThat(d.tables()).extracting(PublishedTable::id)
                .containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12", "T13");
        assertThat(d.facts().size()).isEqualTo(seed.facts().size()).isEqualTo(74);
        assertThat(facts(d)).isEqualTo(facts(seed));
        for (PublishedTable t : seed.tables()) {
            assertThat(entries(d.table(t.id()).orElseThrow())).as(t.id()).isEqualTo(entries(t));
            assertThat(d.table(t.id()).orElseThrow().unit()).isEqualTo(MoneyUnit.WAN_YUAN);
        }
        assertThat(d.notes()).isEmpty();
        assertThat(d.metadata().unitName()).isEqualTo("柳林县人力资源和社会保障局");
        assertThat(d.metadata().year()).isEqualTo(2024);
        assertThat(d.source().format()).isEqualTo("xlsx");

        // amounts in 元 in the export, exact 万元 in the facts, each with the cell it came from
        Fact basic = d.facts().get(BASIC_2080101).orElseThrow();
        assertThat(basic.amount().plain()).isEqualTo("133.70");
        assertThat(basic.sources()).extracting(s -> s.table() + " " + s.position().describe())
                .containsExactly("T5 2.19单位一般公共预算支出表!D9");
        TableEntry row = d.table("T3").orElseThrow().entry("2080101").orElseThrow();
        assertThat(row.amount("total").orElseThrow().position().describe()).isEqualTo("2.17单位支出总表!C9");
        assertThat(row.amount("total").orElseThrow().money()).isEqualTo(Money.of("134.97", MoneyUnit.WAN_YUAN));
        assertThat(d.table("T1").orElseThrow().entry("income", "grandTotal").orElseThrow().amount("amount").orElseThrow()
                .position().describe()).isEqualTo("2.15单位收支总表!B38");
        assertThat(d.table("T7").orElseThrow().note()).isEqualTo("注：本表无数据");
        assertThat(d.table("T12").orElseThrow().entries().get(0).role()).isEqualTo(seed.table("T12").orElseThrow().entries().get(0).role());
    }

    /** The table rules find in the export what they find in the published document, placed in the export's cells. */
    @Test
    void theTableRulesFindTheSameInTheExportAsInThePublishedDocument() throws UnreadableInputException {
        Disclosure d = new PlatformExportReader().read(bytes(SHANXI), "liulin-2024-export.xlsx");
        java.util.function.Function<Disclosure, List<String>> tableRules = x -> org.gongkai.core.check.Checker.standard().check(x)
                .ledger().stream().filter(l -> l.ruleId().startsWith("TBL-"))
                .map(l -> l.ruleId() + " " + l.outcome() + " " + l.errors() + "/" + l.warnings() + "/" + l.infos()).sorted().toList();
        List<String> seed = tableRules.apply(SharedFixtures.seed());
        assertThat(seed).hasSizeGreaterThan(10);
        assertThat(tableRules.apply(d)).isEqualTo(seed);
    }

    @Test
    void anotherProvincesLayoutReadsToTheSameFactsWithOnlyItsMappingFile() throws UnreadableInputException {
        Disclosure seed = SharedFixtures.seed();
        Disclosure d = withOtherProvince().read(bytes(OTHER), "other-province-2024-export.xlsx");

        assertThat(d.tables()).hasSize(13);
        assertThat(facts(d)).isEqualTo(facts(seed));
        for (PublishedTable t : seed.tables()) {
            assertThat(entries(d.table(t.id()).orElseThrow())).as(t.id()).isEqualTo(entries(t));
        }
        assertThat(d.notes()).isEmpty();
        assertThat(d.metadata().unitName()).isEqualTo("柳林县人力资源和社会保障局");
        assertThat(d.metadata().year()).isEqualTo(2024);
        // 项目支出 is the fourth column there, 基本支出 the third: the mapping, not the order, says which is which
        TableEntry row = d.table("T3").orElseThrow().entry("2080101").orElseThrow();
        assertThat(row.amount("total").orElseThrow().position().describe()).isEqualTo("03支出总表!E7");
        assertThat(row.amount("basic").orElseThrow().position().describe()).isEqualTo("03支出总表!C7");
        assertThat(row.amount("basic").orElseThrow().text()).isEqualTo("133.70");
        // the bundled mappings alone do not know this layout
        assertThatThrownBy(() -> new PlatformExportReader().read(bytes(OTHER), "other.xlsx"))
                .isInstanceOf(UnreadableInputException.class);
    }

    @Test
    void changingOneCellChangesThatFactAndItsPosition() throws UnreadableInputException {
        byte[] changed = edit(bytes(SHANXI), wb -> wb.getSheet("2.19单位一般公共预算支出表").getRow(8).getCell(3).getCTCell().setV("1337100"));
        Disclosure before = new PlatformExportReader().read(bytes(SHANXI), "a.xlsx");
        Disclosure after = new PlatformExportReader().read(changed, "a.xlsx");

        Fact fact = after.facts().get(BASIC_2080101).orElseThrow();
        assertThat(fact.amount()).isEqualTo(Money.of("133.71", MoneyUnit.WAN_YUAN));
        assertThat(fact.sources().get(0).position().describe()).isEqualTo("2.19单位一般公共预算支出表!D9");
        Map<String, Money> others = facts(after);
        others.remove(BASIC_2080101.toString());
        Map<String, Money> unchanged = facts(before);
        unchanged.remove(BASIC_2080101.toString());
        assertThat(others).isEqualTo(unchanged);

        // moved one row down (a blank row inserted above it): same fact, new position
        byte[] moved = edit(bytes(SHANXI), wb -> wb.getSheet("2.19单位一般公共预算支出表").shiftRows(8, 30, 1));
        Fact shifted = new PlatformExportReader().read(moved, "a.xlsx").facts().get(BASIC_2080101).orElseThrow();
        assertThat(shifted.amount()).isEqualTo(Money.of("133.70", MoneyUnit.WAN_YUAN));
        assertThat(shifted.sources().get(0).position().describe()).isEqualTo("2.19单位一般公共预算支出表!D10");
    }

    @Test
    void textInAnAmountCellIsOneMessageNamingTheCell() {
        byte[] bad = edit(bytes(SHANXI), wb -> wb.getSheet("2.19单位一般公共预算支出表").getRow(8).getCell(3).setCellValue("待定"));
        assertThatThrownBy(() -> new PlatformExportReader().read(bad, "liulin.xlsx"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("“liulin.xlsx”的单元格 2.19单位一般公共预算支出表!D9 应为金额，却是“待定”："
                        + "请在预算管理一体化系统中核对后重新导出，或把该单元格改为数字后再试。");
    }

    @Test
    void aMissingRequiredSheetIsOneMessage() {
        byte[] bad = edit(bytes(SHANXI), wb -> wb.removeSheetAt(wb.getSheetIndex("2.15单位收支总表")));
        assertThatThrownBy(() -> new PlatformExportReader().read(bad, "liulin.xlsx"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("“liulin.xlsx”缺少工作表“2.15单位收支总表”（表一《预算收支总表》，是必需的表）："
                        + "请从预算管理一体化系统重新导出完整的单位预算报表后再试。");
    }

    @Test
    void anUnmappedSheetOrAMissingOptionalOneIsANote() throws UnreadableInputException {
        byte[] extra = edit(bytes(SHANXI), wb -> wb.createSheet("封面").createRow(0).createCell(0).setCellValue("2024年单位预算"));
        Disclosure d = new PlatformExportReader().read(extra, "a.xlsx");
        assertThat(d.notes()).extracting(ReadNote::code, ReadNote::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UNMAPPED_SHEET",
                        "工作表“封面”不在映射“山西省预算管理一体化系统单位预算报表导出（2024）”中，未读取"));
        assertThat(d.facts().size()).isEqualTo(74);

        byte[] fewer = edit(bytes(SHANXI), wb -> wb.removeSheetAt(wb.getSheetIndex("2.24单位三公经费支出表")));
        Disclosure f = new PlatformExportReader().read(fewer, "a.xlsx");
        assertThat(f.tables()).hasSize(12);
        assertThat(f.table("T10")).isEmpty();
        assertThat(f.notes()).extracting(ReadNote::code).containsExactly("MISSING_TABLE");
        assertThat(f.notes().get(0).message()).contains("2.24单位三公经费支出表", "表十");
    }

    @Test
    void aWorkbookOfNoKnownLayoutIsOneMessage() {
        byte[] other = edit(bytes(SHANXI), wb -> {
            while (wb.getNumberOfSheets() > 0) {
                wb.removeSheetAt(0);
            }
            wb.createSheet("Sheet1");
        });
        assertThatThrownBy(() -> new PlatformExportReader().read(other, "x.xlsx"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("“x.xlsx”不像预算管理一体化系统导出的单位预算报表（工作表：Sheet1）");
        assertThatThrownBy(() -> new PlatformExportReader().read(new byte[0], "x.xlsx"))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("空文件");
    }

    @Test
    void theUnitNameAndYearComeFromTheFileNameWhenTheSheetsDoNotPrintThem() throws UnreadableInputException {
        byte[] bare = edit(bytes(SHANXI), wb -> {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                wb.getSheetAt(i).getRow(0).getCell(0).setCellValue("单位收支表");
                wb.getSheetAt(i).getRow(1).getCell(0).setBlank();
            }
        });
        Disclosure d = new PlatformExportReader().read(bare, "柳林县人力资源和社会保障局2024年单位预算.xlsx");
        assertThat(d.metadata().unitName()).isEqualTo("柳林县人力资源和社会保障局");
        assertThat(d.metadata().year()).isEqualTo(2024);
        assertThat(facts(d)).isEqualTo(facts(SharedFixtures.seed()));

        Disclosure anonymous = new PlatformExportReader().read(bare, "export.xlsx");
        assertThat(anonymous.notes()).extracting(ReadNote::code).containsExactly("MISSING_YEAR", "MISSING_UNIT_NAME");
    }

    @Test
    void aCodeAndItsNameInOneCellAreSplit() throws UnreadableInputException {
        byte[] joined = edit(bytes(SHANXI), wb -> {
            var sheet = wb.getSheet("2.17单位支出总表");
            for (int r = 6; r <= 23; r++) {
                var row = sheet.getRow(r);
                row.getCell(0).setCellValue("[" + row.getCell(0).getStringCellValue() + "]" + row.getCell(1).getStringCellValue());
                row.getCell(1).setBlank();
            }
        });
        Disclosure d = new PlatformExportReader().read(joined, "a.xlsx");
        assertThat(entries(d.table("T3").orElseThrow())).isEqualTo(entries(SharedFixtures.seed().table("T3").orElseThrow()));
        assertThat(facts(d)).isEqualTo(facts(SharedFixtures.seed()));
        TableEntry e = d.table("T3").orElseThrow().entry("2080101").orElseThrow();
        assertThat(e.label()).isEqualTo("行政运行");
        assertThat(d.table("T3").orElseThrow().rows().get(e.row()).position().describe()).isEqualTo("2.17单位支出总表!A9");
    }

    @Test
    void aMappingFileWithATypoIsRefusedWithItsPath() {
        String yaml = """
                id: x
                name: x
                template: shanxi-unit-budget-2024
                sheets:
                  - table: T1
                    names: [收支总表]
                    blocks:
                      - block: income
                        key: [项目]
                        colums: {amount: 金额}
                """;
        assertThatThrownBy(() -> PlatformMappings.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "x.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("映射文件 x.yaml 格式有误：sheets[0].blocks[0].colums 未知的字段");
    }
}
