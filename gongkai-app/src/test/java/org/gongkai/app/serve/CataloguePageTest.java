package org.gongkai.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.PurchaseServiceCatalogue;
import org.gongkai.core.model.SourcePosition;
import org.junit.jupiter.api.Test;

/** The catalogue page on a catalogue written inline, without a database. */
class CataloguePageTest {

    static final SourcePosition NOWHERE = SourcePosition.UNKNOWN;

    static PurchaseServiceCatalogue catalogue() {
        return new PurchaseServiceCatalogue(null, "测试目录", List.of(), List.of(new CatalogueDepartment("妇女联合会", List.of(
                new CatalogueItem("A", 1, "公共服务", NOWHERE),
                new CatalogueItem("A03", 2, "就业服务", NOWHERE),
                new CatalogueItem("A0301", 3, "就业指导", NOWHERE),
                new CatalogueItem("A030101", 4, "妇女就业服务<script>", NOWHERE),
                new CatalogueItem("B", 1, "社会管理性服务", NOWHERE)), NOWHERE)));
    }

    @Test
    void withoutAnyCatalogueThePageSaysSoAndHowToGetOne() {
        String page = CataloguePage.write(List.of(), null, null, null, Lang.ZH);
        assertThat(page).contains("都没有附政府购买服务指导性目录").doesNotContain("<details");
        assertThat(CataloguePage.write(List.of(), null, null, "x", Lang.EN)).contains("None of the stored disclosures");
    }

    @Test
    void theTreeNestsLevelsAndEscapesNames() {
        String page = CataloguePage.write(List.of(), ComparisonTest.stored(1, "柳林县人力资源和社会保障局", 2024), catalogue(), "", Lang.ZH);
        // A holds A03 holds A0301 holds the leaf; B is a leaf of its own
        assertThat(page).containsPattern("(?s)<summary><code>A</code> 公共服务.*?<summary><code>A03</code>.*?<summary><code>A0301</code>.*?"
                + "<li><code>A030101</code> 妇女就业服务&lt;script&gt;");
        assertThat(page).contains("<li><code>B</code> 社会管理性服务").doesNotContain("服务<script>");
    }

    @Test
    void highlightMarksEveryOccurrenceAndEscapesTheRest() {
        StringBuilder b = new StringBuilder();
        CataloguePage.highlight(b, "就业<服务>就业", "就业");
        assertThat(b.toString()).isEqualTo("<mark>就业</mark>&lt;服务&gt;<mark>就业</mark>");
        StringBuilder none = new StringBuilder();
        CataloguePage.highlight(none, "A0301", "B");
        assertThat(none.toString()).isEqualTo("A0301");
        StringBuilder any = new StringBuilder();
        CataloguePage.highlight(any, "A0301", "a03");
        assertThat(any.toString()).isEqualTo("<mark>A03</mark>01");
    }
}
