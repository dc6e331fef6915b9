package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.ReadNote;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real disclosure in {@code fixtures/real} is read without an exception, and what was
 * found is listed, document by document, in {@code target/fixtures-report.txt}.
 */
class RealFixturesTest {

    private static final StringBuilder REPORT = new StringBuilder("# What gongkai parse finds in fixtures/real\n\n");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(20\\d{2})");

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> s = Files.walk(SharedFixtures.realFixtures())) {
            List<Path> pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
            assertThat(pdfs).hasSizeGreaterThanOrEqualTo(25);
            return pdfs.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsWithoutAnException(Path pdf) throws Exception {
        Disclosure d = DisclosureReader.withBundledTemplates().read(pdf);
        assertThat(d.source().format()).isEqualTo("pdf");
        assertThat(d.source().pages()).isPositive();
        Matcher y = YEAR_IN_NAME.matcher(pdf.getFileName().toString());
        if (y.find() && d.metadata().year() > 0) {
            assertThat(d.metadata().year()).as("year of %s", pdf.getFileName()).isEqualTo(Integer.parseInt(y.group(1)));
        }
        synchronized (REPORT) {
            REPORT.append("## ").append(SharedFixtures.realFixtures().relativize(pdf)).append('\n');
            REPORT.append("- ").append(d.source().pages()).append(" pages, template ").append(d.templateId())
                    .append(", unit ").append(d.metadata().unitName()).append(", year ").append(d.metadata().year())
                    .append(", ").append(d.facts().size()).append(" facts, ").append(d.narrative().sections().size())
                    .append(" explanation sections, ").append(d.glossary().size()).append(" glossary terms\n");
            for (PublishedTable t : d.tables()) {
                REPORT.append("- ").append(t.id()).append(' ').append(t.number() == null ? "" : t.number() + " ")
                        .append(t.title()).append(": ").append(t.entries().size()).append(" entries")
                        .append(t.isEmpty() ? ", empty" : "").append(t.note() == null ? "" : ", note “" + t.note() + "”").append('\n');
            }
            for (ReadNote n : d.notes()) {
                REPORT.append("- note ").append(n.code()).append(": ").append(n.message()).append('\n');
            }
            REPORT.append('\n');
        }
    }

    @Test
    void theShanghaiDistrictBudgetNamesItsUnitUnderItsTitle() throws Exception {
        // "上海市普陀区2023年区级部门预算" / "预算主管部门：上海市普陀区人民政府万里街道办事处"
        Disclosure d = DisclosureReader.withBundledTemplates().read(SharedFixtures.realFixtures()
                .resolve("shanghai/上海市普陀区万里街道办事处2023年部门预算.pdf"));
        assertThat(d.metadata().unitName()).isEqualTo("上海市普陀区人民政府万里街道办事处");
        assertThat(d.metadata().region()).isEqualTo("上海市普陀区");
        assertThat(d.metadata().province()).isEqualTo("上海市");
        assertThat(d.metadata().year()).isEqualTo(2023);
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path out = Path.of("target/fixtures-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, REPORT.toString(), StandardCharsets.UTF_8);
    }
}
