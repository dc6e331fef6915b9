package org.gongkai.core.write.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.read.DisclosureReader;
import org.gongkai.core.SharedFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Real disclosures of another template (Jiangsu, read from PDF) written as DOCX: every table under its title. */
class DocxRealFixturesTest {

    static Stream<Path> fixtures() throws java.io.IOException {
        try (Stream<Path> s = java.nio.file.Files.walk(SharedFixtures.realFixtures().resolve("jiangsu"))) {
            return s.filter(p -> p.getFileName().toString().equals("江苏省高级人民法院2019年度部门预算公开.pdf")
                    || p.getFileName().toString().equals("2018年省检察院部门预算公开.pdf")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyTableIsAWordTableUnderItsTitle(Path pdf) throws Exception {
        Disclosure d = DisclosureReader.withBundledTemplates().read(pdf);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxWriter.withBundledTemplates().toBytes(d)))) {
            var headings = doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).containsAll(d.tables().stream().map(PublishedTable::title).toList());
            assertThat(doc.getTables().size()).isGreaterThanOrEqualTo(d.tables().size());
            int rows = 0;
            for (PublishedTable t : d.tables()) {
                rows += t.headerRows().size() + t.rows().size();
            }
            assertThat(doc.getTables().stream().limit(d.tables().size()).mapToInt(t -> t.getRows().size()).sum()).isEqualTo(rows);
        }
    }
}
