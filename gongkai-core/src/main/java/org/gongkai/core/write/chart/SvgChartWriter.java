package org.gongkai.core.write.chart;

import static org.gongkai.core.write.Markup.esc;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.gongkai.core.model.Money;

/**
 * Draws a {@link Chart} as one inline SVG element (namespace given, no script, no external
 * resource, text escaped) that both a browser and openhtmltopdf's Batik drawer render: a ring
 * with a legend for {@link Chart.ChartKind#DONUT}, horizontal bars for {@link Chart.ChartKind#BARS}.
 * Every part is labelled in Chinese with its amount and share ("一般公共预算 1,251.07万元 64.67%"),
 * parts of zero included in the legend; a chart with nothing to draw says so instead of drawing an
 * empty ring. The SVG carries {@code role="img"} and an {@code aria-label} that reads the figures.
 * Coordinates are {@code double}: they are geometry, never amounts.
 * Example: {@code SvgChartWriter.write(DisclosureCharts.income(seed))} starts
 * {@code <svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="收入预算图：…}.
 */
public final class SvgChartWriter {

    /** Sober colours that stay apart in grey print. */
    private static final String[] COLOURS = {
            "#1f4e79", "#c55a11", "#548235", "#7030a0", "#7f6000", "#d4a017", "#2e75b6", "#843c0c", "#385723", "#595959",
    };
    private static final String FONT = "Noto Sans SC, Microsoft YaHei, PingFang SC, sans-serif";
    private static final int WIDTH = 640;

    private SvgChartWriter() {
    }

    /** The chart as an {@code <svg>} element. */
    public static String write(Chart c) {
        StringBuilder b = new StringBuilder(4096);
        write(c, b);
        return b.toString();
    }

    /** Appends the chart as an {@code <svg>} element to {@code b}. */
    public static void write(Chart c, StringBuilder b) {
        if (c.isEmpty()) {
            noData(c, b);
        } else if (c.kind() == Chart.ChartKind.BARS) {
            bars(c, b);
        } else {
            donut(c, b);
        }
    }

    /** What the chart shows, in one sentence: "收入预算图：一般公共预算1,251.07万元，占64.67%；…". */
    public static String describe(Chart c) {
        StringBuilder s = new StringBuilder(c.caption()).append('：');
        if (c.isEmpty()) {
            return s.append("无数据").toString();
        }
        s.append("合计").append(amount(c.total())).append(c.unit().label());
        for (ChartSlice p : c.slices()) {
            s.append("；").append(p.label()).append(amount(p.amount())).append(c.unit().label()).append("，占").append(p.percentText());
        }
        s.append('。');
        return c.note() == null ? s.toString() : s.append(c.note()).toString();
    }

    // ---------------------------------------------------------------- kinds

    private static void donut(Chart c, StringBuilder b) {
        int rows = 0;
        for (ChartSlice s : c.slices()) {
            rows += s.detail() == null ? 2 : 3;
        }
        double legendHeight = rows * 14.0 + 16;
        double noteHeight = c.note() == null ? 0 : 24;
        double height = Math.max(230, legendHeight + 20) + noteHeight;
        open(c, b, height);
        height -= noteHeight;
        double cx = 115;
        double cy = height / 2;
        double r = 100;
        double inner = 58;
        double angle = -Math.PI / 2;
        int i = 0;
        for (ChartSlice s : c.slices()) {
            String colour = COLOURS[i++ % COLOURS.length];
            if (s.amount().signum() <= 0) {
                continue;
            }
            double sweep = s.share().doubleValue() * 2 * Math.PI;
            if (sweep >= 2 * Math.PI - 1e-9) {
                // a whole ring: two half arcs, since one arc cannot close on itself
                ring(b, cx, cy, r, inner, angle, Math.PI, colour);
                ring(b, cx, cy, r, inner, angle + Math.PI, Math.PI, colour);
            } else {
                ring(b, cx, cy, r, inner, angle, sweep, colour);
            }
            angle += sweep;
        }
        text(b, cx, cy - 6, 13, "middle", "#404040", false, "合计");
        text(b, cx, cy + 14, 14, "middle", "#202020", true, amount(c.total()) + c.unit().label());

        double y = (height - legendHeight) / 2 + 18;
        i = 0;
        for (ChartSlice s : c.slices()) {
            String colour = COLOURS[i++ % COLOURS.length];
            b.append("<rect x=\"250\" y=\"").append(num(y - 12)).append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(colour).append("\"/>");
            text(b, 272, y, 14, "start", "#202020", false, s.label());
            text(b, 545, y, 14, "end", "#202020", false, amount(s.amount()) + c.unit().label());
            text(b, 632, y, 14, "end", "#202020", true, s.percentText());
            if (s.detail() != null) {
                y += 18;
                text(b, 272, y, 11.5, "start", "#595959", false, s.detail());
            }
            y += 28;
        }
        note(c, b, height + 14);
        b.append("</svg>");
    }

    /** The chart's note, e.g. on rounding, in small print under it. */
    private static void note(Chart c, StringBuilder b, double y) {
        if (c.note() != null) {
            text(b, WIDTH / 2.0, y, 11.5, "middle", "#595959", false, c.note());
        }
    }

    private static void bars(Chart c, StringBuilder b) {
        int n = c.slices().size();
        double row = 38;
        double height = 20 + n * row + (c.note() == null ? 0 : 24);
        open(c, b, height);
        BigDecimal largest = BigDecimal.ZERO;
        for (ChartSlice s : c.slices()) {
            largest = largest.max(s.share());
        }
        double max = largest.doubleValue();
        double x0 = 200;
        double full = 250;
        double y = 12;
        b.append("<line x1=\"").append(num(x0)).append("\" y1=\"6\" x2=\"").append(num(x0)).append("\" y2=\"")
                .append(num(height - 6)).append("\" stroke=\"#7f7f7f\" stroke-width=\"1\"/>");
        int i = 0;
        for (ChartSlice s : c.slices()) {
            String colour = COLOURS[i++ % COLOURS.length];
            double w = max <= 0 ? 0 : Math.max(s.amount().signum() > 0 ? 2 : 0, s.share().doubleValue() / max * full);
            text(b, x0 - 10, y + 18, 15, "end", "#202020", false, s.label());
            b.append("<rect x=\"").append(num(x0)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                    .append("\" height=\"26\" fill=\"").append(colour).append("\"/>");
            text(b, x0 + w + 8, y + 18, 14, "start", "#202020", false,
                    amount(s.amount()) + c.unit().label() + "  " + s.percentText());
            y += row;
        }
        note(c, b, y + 12);
        b.append("</svg>");
    }

    private static void noData(Chart c, StringBuilder b) {
        double height = 96;
        open(c, b, height);
        b.append("<rect x=\"1\" y=\"1\" width=\"").append(WIDTH - 2).append("\" height=\"").append(num(height - 2))
                .append("\" fill=\"#fafafa\" stroke=\"#a6a6a6\" stroke-dasharray=\"6 4\"/>");
        text(b, WIDTH / 2.0, 44, 16, "middle", "#404040", true, "本图无数据");
        text(b, WIDTH / 2.0, 70, 13, "middle", "#595959", false, "各项金额均为零或未列示，故不绘图。");
        b.append("</svg>");
    }

    // ---------------------------------------------------------------- drawing

    private static void open(Chart c, StringBuilder b, double height) {
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(num(height)).append("\" aria-label=\"");
        esc(b, describe(c));
        b.append("\" font-family=\"").append(FONT).append("\"><title>");
        esc(b, c.caption());
        b.append("</title>");
    }

    /** A ring segment from {@code start} over {@code sweep} radians. */
    private static void ring(StringBuilder b, double cx, double cy, double r, double inner, double start, double sweep, String colour) {
        double end = start + sweep;
        int large = sweep > Math.PI ? 1 : 0;
        b.append("<path d=\"M").append(num(cx + r * Math.cos(start))).append(' ').append(num(cy + r * Math.sin(start)))
                .append(" A").append(num(r)).append(' ').append(num(r)).append(" 0 ").append(large).append(" 1 ")
                .append(num(cx + r * Math.cos(end))).append(' ').append(num(cy + r * Math.sin(end)))
                .append(" L").append(num(cx + inner * Math.cos(end))).append(' ').append(num(cy + inner * Math.sin(end)))
                .append(" A").append(num(inner)).append(' ').append(num(inner)).append(" 0 ").append(large).append(" 0 ")
                .append(num(cx + inner * Math.cos(start))).append(' ').append(num(cy + inner * Math.sin(start)))
                .append(" Z\" fill=\"").append(colour).append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
    }

    private static void text(StringBuilder b, double x, double y, double size, String anchor, String colour, boolean bold, String text) {
        b.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"").append(num(size))
                .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(colour).append('"');
        if (bold) {
            b.append(" font-weight=\"bold\"");
        }
        b.append('>');
        esc(b, text);
        b.append("</text>");
    }

    /** A coordinate with at most one decimal, e.g. "115", "12.5". */
    static String num(double v) {
        long tenths = Math.round(v * 10);
        long whole = tenths / 10;
        long frac = Math.abs(tenths % 10);
        String s = (tenths < 0 && whole == 0 ? "-" : "") + whole;
        return frac == 0 ? s : s + "." + frac;
    }

    /** An amount with two decimals and thousands separators, as 情况说明 prints it: "1,251.07". */
    public static String amount(Money m) {
        String plain = m.value().setScale(Math.max(2, m.value().scale()), RoundingMode.UNNECESSARY).toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int point = plain.indexOf('.');
        int intEnd = point < 0 ? plain.length() : point;
        StringBuilder s = new StringBuilder(plain.length() + 4);
        if (negative) {
            s.append('-');
        }
        for (int i = 0; i < intEnd; i++) {
            if (i > 0 && (intEnd - i) % 3 == 0) {
                s.append(',');
            }
            s.append(plain.charAt(i));
        }
        return s.append(plain, intEnd, plain.length()).toString();
    }
}
