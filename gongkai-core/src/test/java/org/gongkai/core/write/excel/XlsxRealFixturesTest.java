package org.gongkai.core.write.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.read.DisclosureReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real disclosures of another template (Jiangsu, 12 tables read from PDF) written as XLSX: one
 * sheet per table, every published amount shown as published, every formula evaluating to the
 * published figure it replaces.
 */
class XlsxRealFixturesTest {

    static Stream<Path> fixtures() {
        Path jiangsu = SharedFixtures.realFixtures().resolve("jiangsu");
        return Stream.of("江苏省高级人民法院2019年度部门预算公开.pdf", "2018年省检察院部门预算公开.pdf", "省人大办公厅2018预算公开.pdf")
                .map(name -> findUnder(jiangsu, name));
    }

    static Path findUnder(Path dir, String name) {
        try (Stream<Path> s = java.nio.file.Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFigureIsShownAsPublishedAndEveryFormulaAgrees(Path pdf) throws Exception {
        Disclosure d = DisclosureReader.withBundledTemplates().read(pdf);
        assertThat(d.tables()).hasSizeGreaterThanOrEqualTo(11);
        byte[] bytes = XlsxWriter.withBundledTemplates().toBytes(d);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            for (int i = 0; i < d.tables().size(); i++) {
                PublishedTable t = d.tables().get(i);
                Sheet s = wb.getSheetAt(i);
                assertThat(s.getSheetName()).startsWith("表");
                int body = (t.number() == null || t.number().isBlank() ? 0 : 1) + 2 + t.headerRows().size();
                for (TableEntry e : t.entries()) {
                    for (Map.Entry<String, PublishedAmount> a : e.amounts().entrySet()) {
                        Cell c = s.getRow(body + e.row()).getCell(a.getValue().position().column() - 1);
                        BigDecimal published = a.getValue().money().value();
                        double v = c.getCellType() == CellType.FORMULA ? ev.evaluate(c).getNumberValue() : c.getNumericCellValue();
                        formulas += c.getCellType() == CellType.FORMULA ? 1 : 0;
                        assertThat(BigDecimal.valueOf(v).setScale(published.scale(), RoundingMode.HALF_UP))
                                .as("%s %s %s", t.id(), e.key(), a.getKey()).isEqualByComparingTo(published);
                    }
                }
            }
            assertThat(formulas).isGreaterThan(20);
        }
    }
}
