package org.gongkai.core.write.word;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.gongkai.core.write.chart.Chart;
import org.gongkai.core.write.chart.ChartSlice;
import org.gongkai.core.write.word.WordTable.Kind;

/**
 * One chart of 情况说明 as a native, editable Word chart (a doughnut for 收入预算图 and 三公经费分布图,
 * horizontal bars for 一般公共预算当年拨款结构图), with its caption above and, under it, a small table
 * of the exact figures and shares, so the numbers are there to read and copy whatever the chart
 * viewer does.
 * Example: 收入预算图: 一般公共预算 1251.07 (64.67%), 上年结转 683.55 (35.33%).
 */
final class WordChart {

    private static final int EMU_PER_CM = 360_000;

    private WordChart() {
    }

    static void write(XWPFDocument doc, Chart chart) {
        XWPFParagraph caption = doc.createParagraph();
        caption.setStyle(WordStyles.TABLE_CAPTION);
        caption.setAlignment(ParagraphAlignment.CENTER);
        caption.createRun().setText(chart.caption());
        XWPFParagraph place = doc.createParagraph();
        place.setAlignment(ParagraphAlignment.CENTER);
        place.setKeepNext(true);
        List<ChartSlice> slices = chart.slices();
        String[] labels = new String[slices.size()];
        Double[] values = new Double[slices.size()];
        for (int i = 0; i < slices.size(); i++) {
            labels[i] = slices.get(i).label();
            // a chart's data are doubles in Word; made from the exact amount only here
            values[i] = slices.get(i).amount().value().doubleValue();
        }
        try {
            int height = chart.kind() == Chart.ChartKind.BARS ? Math.max(5, 2 + slices.size()) : 7;
            XWPFChart c = doc.createChart(place.createRun(), 15 * EMU_PER_CM, height * EMU_PER_CM);
            // drawing ids from 1, as Word numbers them
            place.getCTP().getRArray(0).getDrawingArray(0).getInlineArray(0).getDocPr().setId(doc.getCharts().size());
            c.setTitleText(chart.caption());
            c.setTitleOverlay(false);
            // referenced from the chart's own workbook, with their values cached in the chart:
            // LibreOffice draws nothing from literal values, and "edit data" in Word finds them
            String labelRange = c.formatRange(new CellRangeAddress(1, labels.length, 0, 0));
            String valueRange = c.formatRange(new CellRangeAddress(1, labels.length, 1, 1));
            XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(labels, labelRange);
            XDDFNumericalDataSource<Double> amounts = XDDFDataSourcesFactory.fromArray(values, valueRange);
            XDDFChartData data;
            if (chart.kind() == Chart.ChartKind.BARS) {
                XDDFCategoryAxis axis = c.createCategoryAxis(AxisPosition.LEFT);
                XDDFValueAxis valueAxis = c.createValueAxis(AxisPosition.BOTTOM);
                data = c.createData(ChartTypes.BAR, axis, valueAxis);
                ((XDDFBarChartData) data).setBarDirection(BarDirection.BAR);
            } else {
                data = c.createData(ChartTypes.DOUGHNUT, null, null);
                c.getOrAddLegend().setPosition(LegendPosition.RIGHT);
            }
            data.setVaryColors(chart.kind() != Chart.ChartKind.BARS);
            XDDFChartData.Series series = data.addSeries(categories, amounts);
            series.setTitle(chart.caption() + "（" + chart.unit().label() + "）", null);
            // colours stated, as the page's SVG charts have them: LibreOffice draws no automatic fill
            if (chart.kind() == Chart.ChartKind.BARS) {
                series.setFillProperties(fill(COLOURS[0]));
            } else {
                for (int i = 0; i < labels.length; i++) {
                    series.getDataPoint(i).setFillProperties(fill(COLOURS[i % COLOURS.length]));
                }
            }
            c.plot(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("a Word chart could not be made", e);
        }
        WordTable t = new WordTable(new int[] {DocxWriter.TEXT_WIDTH - 4000, 2200, 1800}).headerRows(1);
        t.put(0, 0, "项目", Kind.HEADER).put(0, 1, "金额（" + chart.unit().label() + "）", Kind.HEADER)
                .put(0, 2, "占比", Kind.HEADER);
        int r = 1;
        for (ChartSlice s : slices) {
            String label = s.detail() == null ? s.label() : s.label() + "（" + s.detail() + "）";
            t.put(r, 0, label, Kind.TEXT).put(r, 1, s.amount().rounded(2).plain(), Kind.AMOUNT)
                    .put(r, 2, s.percentText(), Kind.AMOUNT);
            r++;
        }
        t.put(r, 0, "合计", Kind.TOTAL_TEXT).put(r, 1, chart.total().rounded(2).plain(), Kind.TOTAL_AMOUNT)
                .put(r, 2, "100.00%", Kind.TOTAL_AMOUNT);
        t.writeTo(doc);
        if (chart.note() != null && !chart.note().isBlank()) {
            XWPFParagraph note = doc.createParagraph();
            note.setStyle(WordStyles.NOTE);
            note.createRun().setText(chart.note());
        }
    }

    /** The SVG charts' colours (SvgChartWriter), RGB. */
    private static final int[] COLOURS = {0x1f4e79, 0xc55a11, 0x548235, 0x7030a0, 0x7f6000, 0xd4a017, 0x2e75b6, 0x843c0c, 0x385723, 0x595959};

    private static XDDFSolidFillProperties fill(int rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}));
    }
}
