package org.gongkai.core.write.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Fact;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.Sentence;
import org.gongkai.core.model.TableCell;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.read.DisclosureReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference document, written as text and read back, is the same document. */
class DisclosureTextWriterTest {

    private static Disclosure seed;
    private static Disclosure again;
    private static String text;

    @BeforeAll
    static void roundTrip() throws Exception {
        DisclosureReader reader = DisclosureReader.withBundledTemplates();
        seed = reader.read(SharedFixtures.seedFile());
        text = DisclosureTextWriter.write(seed);
        again = reader.readText(text, "seed-rewritten.txt");
    }

    static Map<String, String> facts(Disclosure d) {
        Map<String, String> out = new TreeMap<>();
        for (Fact f : d.facts().facts()) {
            out.put(f.key().toString(), f.amount().plain() + " " + f.amount().unit().label());
        }
        return out;
    }

    static List<List<String>> cells(List<TableRow> rows) {
        return rows.stream().map(r -> r.cells().stream().map(TableCell::text).toList()).toList();
    }

    @Test
    void theFactsComeBackTheSame() {
        assertThat(facts(seed)).hasSize(seed.facts().size()).isNotEmpty();
        assertThat(facts(again)).isEqualTo(facts(seed));
        assertThat(again.templateId()).isEqualTo(seed.templateId());
    }

    @Test
    void everyTableComesBackCellForCell() {
        assertThat(again.tables()).extracting(PublishedTable::id).isEqualTo(seed.tables().stream().map(PublishedTable::id).toList());
        for (PublishedTable t : seed.tables()) {
            PublishedTable u = again.table(t.id()).orElseThrow();
            assertThat(u.title()).isEqualTo(t.title());
            assertThat(u.number()).isEqualTo(t.number());
            assertThat(u.unit()).isEqualTo(t.unit());
            assertThat(u.unitName()).isEqualTo(t.unitName());
            assertThat(cells(u.headerRows())).as(t.id()).isEqualTo(cells(t.headerRows()));
            assertThat(cells(u.rows())).as(t.id()).isEqualTo(cells(t.rows()));
            assertThat(u.note()).isEqualTo(t.note());
        }
        assertThat(again.table("T3").orElseThrow().entry("2080101").orElseThrow().amount("total").orElseThrow().money().plain()).isEqualTo("134.97");
    }

    @Test
    void theTextComesBackSentenceForSentence() {
        assertThat(again.narrative().sentences()).extracting(Sentence::text)
                .isEqualTo(seed.narrative().sentences().stream().map(Sentence::text).toList());
        assertThat(again.glossary()).hasSameSizeAs(seed.glossary());
        assertThat(again.metadata().unitName()).isEqualTo(seed.metadata().unitName());
        assertThat(again.metadata().year()).isEqualTo(2024);
    }

    @Test
    void theFormsComeBackWithTheirMoney() {
        assertThat(again.performanceTargets()).hasSameSizeAs(seed.performanceTargets()).hasSize(8);
        for (int i = 0; i < seed.performanceTargets().size(); i++) {
            PerformanceTarget a = seed.performanceTargets().get(i);
            PerformanceTarget b = again.performanceTargets().get(i);
            assertThat(b.projectName()).isEqualTo(a.projectName());
            assertThat(money(b.annualFunds())).isEqualTo(money(a.annualFunds())).isNotEmpty();
            assertThat(money(b.implementationFunds())).isEqualTo(money(a.implementationFunds()));
            assertThat(indicators(b.annualIndicators())).isEqualTo(indicators(a.annualIndicators())).isNotEmpty();
            assertThat(indicators(b.implementationIndicators())).isEqualTo(indicators(a.implementationIndicators()));
        }
    }

    /** The amounts by source, without where they were printed (the rewritten file has other line numbers). */
    static List<String> money(org.gongkai.core.model.FundsBySource f) {
        List<String> out = new java.util.ArrayList<>();
        for (var a : new org.gongkai.core.model.PublishedAmount[] {f.total(), f.central(), f.provincial(), f.cityCounty(), f.selfRaised(), f.other()}) {
            out.add(a == null ? "-" : a.money().toString());
        }
        return out;
    }

    static List<String> indicators(List<org.gongkai.core.model.IndicatorCategory> tree) {
        List<String> out = new java.util.ArrayList<>();
        for (var c : tree) {
            for (var g : c.groups()) {
                for (var i : g.indicators()) {
                    out.add(c.name() + "/" + g.name() + "/" + i.name() + "=" + i.value());
                }
            }
        }
        return out;
    }

    /**
     * Real documents of the other table sets, read from their PDFs, written as text and read back,
     * have every row the PDF has with the same amounts: among them the 合计 rows printed with a
     * blank code cell ("\t合计\t9312.90"), which once read back as a heading.
     */
    @Test
    void otherTableSetsComeBackEntryForEntry() throws Exception {
        DisclosureReader reader = DisclosureReader.withBundledTemplates();
        for (String pdf : List.of("shanghai/上海市普陀区万里街道办事处2023年部门预算.pdf",
                "jiangsu/江苏省人大办公厅/江苏省人大常委会办公厅2019年部门预算公开表.pdf")) {
            Disclosure read = reader.read(SharedFixtures.realFixtures().resolve(pdf));
            Disclosure back = reader.readText(SharedFixtures.realAsText(pdf), "rewritten.txt");
            assertThat(back.templateId()).as(pdf).isEqualTo(read.templateId()).isNotEqualTo(seed.templateId());
            assertThat(facts(back)).as(pdf).isEqualTo(facts(read)).isNotEmpty();
            for (PublishedTable t : read.tables()) {
                assertThat(entries(back.table(t.id()).orElseThrow())).as(pdf + " " + t.id()).isEqualTo(entries(t)).isNotEmpty();
            }
        }
    }

    /**
     * The Shanghai budget prints its 情况说明 as parts of their own, unnumbered (部门预算编制说明,
     * 其他相关情况说明, 项目经费情况说明), and its 概况 as 部门主要职能 and 部门机构设置. Written as text and
     * read back, every section, sentence, duty and unit comes back: the 编制说明's figures were once
     * passed over (text before the first numbered section) and the duties and units lost.
     */
    @Test
    void aDocumentWhoseExplanationIsInPartsOfItsOwnComesBackSentenceForSentence() throws Exception {
        String pdf = "shanghai/上海市普陀区万里街道办事处2023年部门预算.pdf";
        DisclosureReader reader = DisclosureReader.withBundledTemplates();
        Disclosure read = reader.read(SharedFixtures.realFixtures().resolve(pdf));
        String written = SharedFixtures.realAsText(pdf);
        Disclosure back = reader.readText(written, "rewritten.txt");
        assertThat(written).contains("\n第三部分 部门预算编制说明\n", "\n第四部分 其他相关情况说明\n", "\n第五部分 项目经费情况说明\n",
                "\n第六部分 名词解释\n");
        assertThat(back.narrative().sections()).extracting(s -> s.number() + " " + s.title() + " " + s.paragraphs().size())
                .isEqualTo(read.narrative().sections().stream().map(s -> s.number() + " " + s.title() + " " + s.paragraphs().size()).toList())
                .hasSize(15);
        assertThat(back.narrative().sentences()).extracting(Sentence::text)
                .isEqualTo(read.narrative().sentences().stream().map(Sentence::text).toList()).hasSize(150);
        assertThat(back.profile().duties()).isEqualTo(read.profile().duties()).hasSize(9)
                .first().asString().startsWith("加强党的建设。"); // "…是普陀区政府的派出机关，…" before "主要职能包括：" describes the unit
        assertThat(back.profile().subordinateUnits()).isEqualTo(read.profile().subordinateUnits()).hasSize(5);
        assertThat(back.glossary()).hasSameSizeAs(read.glossary()).hasSize(4);
    }

    /**
     * 省法院2018's 情况说明, written as text and read back: its long heading "九、一般公共预算“三公”经费、
     * 会议费、培训费支出预算情况说明" stays a heading (it ran on into the paragraph under it), and the
     * charts' captions ("支出预算图") are written; the reference document's part is named once.
     */
    @Test
    void aJiangsuExplanationComesBackSectionForSectionWithItsCaptions() throws Exception {
        String pdf = "jiangsu/江苏省高级人民法院/省法院2018年度部门预算公开.pdf";
        Disclosure read = DisclosureReader.withBundledTemplates().read(SharedFixtures.realFixtures().resolve(pdf));
        Disclosure back = DisclosureReader.withBundledTemplates().readText(SharedFixtures.realAsText(pdf), "rewritten.txt");
        assertThat(back.narrative().sections()).extracting(x -> x.number() + "、" + x.title())
                .isEqualTo(read.narrative().sections().stream().map(x -> x.number() + "、" + x.title()).toList())
                .contains("九、一般公共预算“三公”经费、会议费、培训费支出预算情况说明");
        assertThat(back.narrative().sections()).flatExtracting(x -> x.figures())
                .isEqualTo(read.narrative().sections().stream().flatMap(x -> x.figures().stream()).toList()).isNotEmpty();
        assertThat(text).contains("\n第三部分 2024年度单位预算情况说明\n").doesNotContain("第三部分 第三部分");
    }

    /** Each entry as "block/key: column=amount …", without where it was printed. */
    static List<String> entries(PublishedTable t) {
        return t.entries().stream().map(e -> e.block() + "/" + e.key() + ":" + new TreeMap<>(e.amounts()).entrySet().stream()
                .map(a -> " " + a.getKey() + "=" + a.getValue().money().plain()).reduce("", String::concat)).toList();
    }

    @Test
    void aChangedFigureIsReadBackChanged() {
        // the round trip is not a copy of the input: a figure changed in the text changes the facts
        String changed = text.replace("2080101\t行政运行\t134.97\t133.70\t1.27", "2080101\t行政运行\t134.98\t133.71\t1.27");
        assertThat(changed).isNotEqualTo(text);
        Disclosure d = DisclosureReader.withBundledTemplates().readText(changed, "changed.txt");
        assertThat(facts(d)).isNotEqualTo(facts(seed));
        assertThat(d.table("T3").orElseThrow().entry("2080101").orElseThrow().amount("total").orElseThrow().money().plain()).isEqualTo("134.98");
    }
}
