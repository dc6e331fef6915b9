package org.gongkai.app.serve;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.write.chart.Chart;
import org.gongkai.core.write.chart.ChartSlice;
import org.gongkai.core.write.chart.SvgChartWriter;

import tools.jackson.databind.json.JsonMapper;

/**
 * The document's charts as data for ECharts, embedded in the page as JSON: for each figure its id,
 * caption, kind (pie or bar), unit and total, and each part's label, amount (an exact decimal
 * string, as {@code Money} gives it; the script parses it only to draw), amount as printed,
 * percentage and detail. Safe inside {@code <script>}: {@code <}, {@code >} and {@code &} are
 * written as {@code \u003c}, {@code \u003e}, {@code \u0026}.
 * Example: {@code [{"id":"chart-1","caption":"收入预算图","kind":"pie","unit":"万元","total":"1934.62",
 * "slices":[{"label":"一般公共预算","amount":"1251.07","amountText":"1,251.07","percent":"64.67",…}]}]}.
 */
final class ChartData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One part. */
    record Slice(String label, String amount, String amountText, String percent, String detail) {
    }

    /** One figure's chart. */
    record Figure(String id, String caption, String kind, String unit, String total, String totalText,
                  String description, String note, List<Slice> slices) {
    }

    private ChartData() {
    }

    /** The figures of {@code charts}, {@code charts.get(i)} being in figure {@code chart-(i+1)}; empty charts left out. */
    static List<Figure> of(List<Chart> charts) {
        List<Figure> out = new ArrayList<>(charts.size());
        for (int i = 0; i < charts.size(); i++) {
            Chart c = charts.get(i);
            if (c.isEmpty()) {
                continue; // the SVG says 无数据; nothing to make interactive
            }
            List<Slice> slices = new ArrayList<>(c.slices().size());
            for (ChartSlice s : c.slices()) {
                slices.add(new Slice(s.label(), s.amount().plain(), SvgChartWriter.amount(s.amount()),
                        s.percent().toPlainString(), s.detail()));
            }
            out.add(new Figure("chart-" + (i + 1), c.caption(), c.kind() == Chart.ChartKind.BARS ? "bar" : "pie",
                    c.unit().label(), c.total().plain(), SvgChartWriter.amount(c.total()), SvgChartWriter.describe(c),
                    c.note(), slices));
        }
        return out;
    }

    /** {@code figures} as JSON to place inside a {@code <script type="application/json">}. */
    static String json(List<Figure> figures) {
        String s = JSON.writeValueAsString(figures);
        StringBuilder b = new StringBuilder(s.length() + 32);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
