package org.gongkai.core.write.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.DisclosureLevel;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.FactSet;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.Profile;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.write.chart.Chart;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The document for a place inside a site's page: the same content, no page around it, its charts in figure order. */
class HtmlFragmentTest {

    private static final Disclosure SEED = SharedFixtures.seed();

    @Test
    void theFragmentIsThePagesContentInOneArticleWithItsChartsInFigureOrder() {
        HtmlFragment f = HtmlWriter.fragment(SEED, HtmlOptions.SCREEN.withoutCatalogue());
        String page = HtmlWriter.write(SEED, HtmlOptions.SCREEN.withoutCatalogue());
        assertThat(f.body()).startsWith("<article class=\"document\" lang=\"zh-CN\">").endsWith("</article>\n")
                .doesNotContain("<html", "<head>", "<body", "<!DOCTYPE");
        // the same content as the page's body, word for word
        String pageBody = page.substring(page.indexOf("<body>\n") + 7, page.indexOf("</body>"));
        assertThat(f.body()).contains(pageBody);
        Document dom = HtmlWriterTest.parse(f.body());
        assertThat(dom.getDocumentElement().getTagName()).isEqualTo("article");
        assertThat(f.charts()).extracting(Chart::caption).containsExactly("收入预算图", "一般公共预算当年拨款结构图", "三公经费分布图");
        for (int i = 1; i <= f.charts().size(); i++) {
            assertThat(f.body()).contains("<figure class=\"chart\" id=\"chart-" + i + "\">");
        }
        assertThat(f.body()).doesNotContain("id=\"chart-" + (f.charts().size() + 1) + "\"");
        // the CSS leaves the site's body alone; the whole page's CSS does not
        assertThat(f.css()).contains("article.document {", "@media print").doesNotContain("max-width: 62rem", "html { color");
        assertThat(page).contains("max-width: 62rem");
    }

    @Test
    void aDocumentWithoutChartsGivesNoneAndItsTextEscaped() {
        Disclosure d = new Disclosure(new DisclosureMetadata("<script>x</script>", "单位<b>", null, null, null, null, 2025,
                DisclosureKind.BUDGET, DisclosureLevel.UNIT, null, null), "shanxi-unit-budget-2024",
                new Profile(List.of("职责"), null, List.of(), List.of(), List.of(), null, List.of()),
                FactSet.empty(), List.<PublishedTable>of(), Narrative.empty(), List.of(), null, null, null, List.of(), List.of(), null);
        HtmlFragment f = HtmlWriter.fragment(d, HtmlOptions.SCREEN);
        assertThat(f.charts()).isEmpty();
        assertThat(f.body()).doesNotContain("<figure", "<script>").contains("&lt;script&gt;");
    }
}
