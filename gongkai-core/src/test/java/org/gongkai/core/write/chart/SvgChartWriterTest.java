package org.gongkai.core.write.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The SVG: parses, labels every part with amount and share, draws a slice per non-zero part, says when there is no data. */
class SvgChartWriterTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static String texts(Document doc) {
        NodeList n = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n.getLength(); i++) {
            b.append(n.item(i).getTextContent()).append('|');
        }
        return b.toString();
    }

    @Test
    void incomeDonutLabelsEveryPart() throws Exception {
        String svg = SvgChartWriter.write(DisclosureCharts.income(SharedFixtures.seed()));
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).startsWith("收入预算图：合计1,934.62万元；一般公共预算1,251.07万元，占64.67%；");
        assertThat(texts(doc)).contains("一般公共预算|1,251.07万元|64.67%|", "上年结转|683.55万元|35.33%|", "单位资金|0.00万元|0.00%|", "合计|1,934.62万元|");
        // two non-zero parts, two ring segments
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength()).isEqualTo(2);
        assertThat(svg).doesNotContain("href").doesNotContain("<script").doesNotContain("NaN");
    }

    @Test
    void classBarsShowAmountAndShare() throws Exception {
        Document doc = parse(SvgChartWriter.write(DisclosureCharts.generalBudgetByClass(SharedFixtures.seed())));
        assertThat(texts(doc)).contains("社会保障和就业支出|1,217.83万元  97.34%|", "卫生健康支出|12.03万元  0.96%|", "住房保障支出|21.21万元  1.70%|");
    }

    @Test
    void aWholeRingIsDrawnInTwoHalves() throws Exception {
        Chart c = Chart.of("图", Chart.ChartKind.DONUT, MoneyUnit.WAN_YUAN,
                List.of(new Chart.Part("甲", Money.of("5", MoneyUnit.WAN_YUAN), null), new Chart.Part("乙", Money.of("0", MoneyUnit.WAN_YUAN), null)), null);
        Document doc = parse(SvgChartWriter.write(c));
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength()).isEqualTo(2);
        assertThat(texts(doc)).contains("甲|5.00万元|100.00%|", "乙|0.00万元|0.00%|");
    }

    @Test
    void noDataSaysSoInsteadOfAnEmptyRing() throws Exception {
        Chart c = Chart.of("三公经费分布图", Chart.ChartKind.DONUT, MoneyUnit.WAN_YUAN,
                List.of(new Chart.Part("因公出国（境）费", Money.zero(MoneyUnit.WAN_YUAN), null)), null);
        Document doc = parse(SvgChartWriter.write(c));
        assertThat(texts(doc)).contains("本图无数据");
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("三公经费分布图：无数据");
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength()).isZero();
    }

    @Test
    void labelsAreEscaped() throws Exception {
        Chart c = Chart.of("A<B>&\"C\"", Chart.ChartKind.BARS, MoneyUnit.WAN_YUAN,
                List.of(new Chart.Part("<甲>&", Money.of("1", MoneyUnit.WAN_YUAN), null)), null);
        Document doc = parse(SvgChartWriter.write(c));
        assertThat(texts(doc)).contains("<甲>&|");
    }

    @Test
    void amountsArePrintedWithSeparatorsAndTwoDecimals() {
        assertThat(SvgChartWriter.amount(Money.of("1934.61", MoneyUnit.WAN_YUAN))).isEqualTo("1,934.61");
        assertThat(SvgChartWriter.amount(Money.of("0", MoneyUnit.WAN_YUAN))).isEqualTo("0.00");
        assertThat(SvgChartWriter.amount(Money.of("1234567.5", MoneyUnit.WAN_YUAN))).isEqualTo("1,234,567.50");
        assertThat(SvgChartWriter.amount(Money.of("-642.41", MoneyUnit.WAN_YUAN))).isEqualTo("-642.41");
        assertThat(SvgChartWriter.num(12.345)).isEqualTo("12.3");
        assertThat(SvgChartWriter.num(-0.26)).isEqualTo("-0.3");
    }
}
