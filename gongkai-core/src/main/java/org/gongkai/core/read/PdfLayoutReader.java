package org.gongkai.core.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Lays out a PDF as lines of cells: every page's glyphs grouped into lines by baseline, lines
 * sorted top to bottom, and each line split into cells where a vertical table rule runs between
 * two glyphs or where the gap between them is wide. Coordinates are PDF points in the page's
 * reading frame (x from the left, y from the top, page rotation applied).
 * Example: page 1 of 江苏省委办公厅2019年度部门预算公开表格.pdf (rotated 90°) gives the line
 * [一、财政拨款, 27,664.22, 一、一般公共服务支出, 22,395.50, 一、基本支出, 11,700.63] at y = 176.6,
 * although the first amount and the label after it are only 3.6 points apart: a cell border runs
 * between them.
 *
 * <ul>
 *   <li>Lines: glyphs whose baselines differ by at most {@link #BASELINE_TOLERANCE} font sizes
 *       (amounts and Chinese labels of one row often sit 0.1 to 0.37 em apart).</li>
 *   <li>Cells: a vertical rule (stroked line or thin filled rectangle, joined across the small
 *       breaks where table rows meet) between two glyphs always separates them; inside a ruled
 *       table row, glyphs between the same two rules share a cell however far apart
 *       ("合          计" is one cell); elsewhere a gap wider than {@link #CELL_GAP} font sizes
 *       separates. Word spaces never do.</li>
 *   <li>Text: glyphs drawn twice at nearly the same place (bold simulated by double drawing)
 *       count once; text placed outside the page box is not printed and is dropped; spaces are
 *       dropped between two CJK characters and collapsed to one elsewhere ("第二部分 2019年度",
 *       "Total amount"); full-width characters are kept as printed.</li>
 * </ul>
 * Coordinates are {@code float}, as PDF coordinates are; amounts stay text.
 */
public final class PdfLayoutReader {

    /** Two glyphs are on one line when their baselines differ by at most this many font sizes. */
    static final float BASELINE_TOLERANCE = 0.4f;

    /** A gap wider than this many font sizes between two glyphs starts a new cell. */
    static final float CELL_GAP = 1.5f;

    /** A gap of at least this many font sizes between two non-CJK glyphs reads as a space. */
    static final float WORD_GAP = 0.2f;

    /**
     * A glyph drawn again within this many font sizes of an equal glyph is a duplicate (bold
     * simulated by drawing twice). Leaders like "。。。" drawn half a glyph apart are not.
     */
    static final float DUPLICATE_DISTANCE = 0.15f;

    /** A rule this close (points) to a gap's edge still separates the glyphs beside it. */
    static final float RULE_SLACK = 1f;

    private PdfLayoutReader() {
    }

    /**
     * Lays out every page of a PDF.
     *
     * @param pdf the file's bytes
     * @return the lines, page by page, each page's lines from top to bottom; {@code pdf} is true
     * @throws IOException when PDFBox cannot open or parse the file (damaged, not a PDF, or
     *                     encrypted with a password it does not have)
     */
    public static Layout read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PageStripper stripper = new PageStripper();
            stripper.writeText(document, Writer.nullWriter());
            return new Layout(stripper.lines, document.getNumberOfPages(), true);
        } catch (RuntimeException e) {
            throw new IOException("PDF could not be parsed: " + e, e);
        }
    }

    /**
     * One glyph placed on a page, in the page's reading frame.
     *
     * @param text the glyph's Unicode text, usually one character
     * @param x0   left edge
     * @param x1   right edge (x0 + advance width)
     * @param y    baseline, from the top
     * @param size font size in points
     */
    record Glyph(String text, float x0, float x1, float y, float size) {

        boolean isSpace() {
            return text.isBlank() || text.codePoints().allMatch(PdfLayoutReader::isSpace);
        }
    }

    /**
     * A vertical rule (table border) from {@code y0} down to {@code y1} at {@code x}.
     * Example: the border at x = 438.3 between "27,664.22" and "一、一般公共服务支出".
     */
    record Rule(float x, float y0, float y1) {
    }

    /**
     * Lays out one page: groups glyphs into lines, splits lines into cells, drops empty lines.
     *
     * @param page   1-based page number
     * @param glyphs the page's glyphs, in any order
     * @param rules  the page's vertical rules, in any order
     * @return the page's lines from top to bottom, numbered from 1
     */
    static List<LayoutLine> layOutPage(int page, List<Glyph> glyphs, List<Rule> rules) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x0));
        List<Rule> joined = joined(rules);

        List<LayoutLine> lines = new ArrayList<>();
        int start = 0;
        while (start < sorted.size()) {
            Glyph anchor = sorted.get(start);
            int end = start + 1;
            while (end < sorted.size() && onSameLine(anchor, sorted.get(end))) {
                end++;
            }
            List<Glyph> line = new ArrayList<>(sorted.subList(start, end));
            start = end;
            line.sort(Comparator.comparingDouble(Glyph::x0));
            line = withoutDuplicates(line);
            float[] through = crossing(joined, line);
            List<LayoutCell> cells = cells(line, through);
            if (!cells.isEmpty()) {
                lines.add(new LayoutLine(page, lines.size() + 1, cells, baseline(line), through));
            }
        }
        return lines;
    }

    private static boolean onSameLine(Glyph anchor, Glyph g) {
        float size = Math.max(Math.min(anchor.size(), g.size()), 1f);
        return g.y() - anchor.y() <= BASELINE_TOLERANCE * size;
    }

    /**
     * Joins rules that continue one another (same x, touching or nearly): table borders are
     * often drawn cell by cell, with small breaks where rows meet.
     */
    static List<Rule> joined(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingDouble(Rule::x).thenComparingDouble(Rule::y0));
        List<Rule> joined = new ArrayList<>(sorted.size());
        for (Rule r : sorted) {
            int last = joined.size() - 1;
            if (last >= 0) {
                Rule p = joined.get(last);
                if (Math.abs(r.x() - p.x()) <= 0.5f && r.y0() <= p.y1() + 1.5f) {
                    joined.set(last, new Rule(p.x(), p.y0(), Math.max(p.y1(), r.y1())));
                    continue;
                }
            }
            joined.add(r);
        }
        return joined;
    }

    /** The x positions, ascending, of the rules running through the middle of a line's glyphs. */
    private static float[] crossing(List<Rule> rules, List<Glyph> line) {
        float y = baseline(line);
        float size = medianSize(line);
        float top = y - 0.55f * size;
        float bottom = y - 0.15f * size;
        float[] xs = new float[rules.size()];
        int n = 0;
        for (Rule r : rules) {
            if (r.y0() <= top && r.y1() >= bottom) {
                xs[n++] = r.x();
            }
        }
        xs = Arrays.copyOf(xs, n);
        Arrays.sort(xs);
        return xs;
    }

    /** Drops a glyph drawn again at (nearly) the same place as an equal glyph just before it. */
    static List<Glyph> withoutDuplicates(List<Glyph> line) {
        List<Glyph> kept = new ArrayList<>(line.size());
        for (Glyph g : line) {
            if (!g.isSpace() && isDuplicate(g, kept)) {
                continue;
            }
            kept.add(g);
        }
        return kept;
    }

    private static boolean isDuplicate(Glyph g, List<Glyph> kept) {
        float near = DUPLICATE_DISTANCE * g.size();
        for (int i = kept.size() - 1; i >= 0 && g.x0() - kept.get(i).x0() < near; i--) {
            Glyph k = kept.get(i);
            if (k.text().equals(g.text()) && Math.abs(k.y() - g.y()) < near) {
                return true;
            }
        }
        return false;
    }

    /**
     * Splits a line's glyphs (sorted by x) into cells. Between two glyphs a rule always
     * separates; inside a ruled table row (three or more rules through the line) glyphs between
     * the same two rules share a cell however far apart ("合          计"); elsewhere a gap
     * wider than {@link #CELL_GAP} font sizes separates.
     */
    private static List<LayoutCell> cells(List<Glyph> line, float[] rules) {
        List<LayoutCell> cells = new ArrayList<>();
        List<Glyph> cell = new ArrayList<>();
        Glyph last = null;
        for (Glyph g : line) {
            if (g.isSpace()) {
                cell.add(g);
                continue;
            }
            if (last != null && separates(last, g, rules)) {
                addCell(cells, cell);
                cell = new ArrayList<>();
            }
            cell.add(g);
            last = g;
        }
        addCell(cells, cell);
        return cells;
    }

    private static boolean separates(Glyph left, Glyph right, float[] rules) {
        int i = firstAtOrAfter(rules, left.x1() - RULE_SLACK);
        if (i < rules.length && rules[i] <= right.x0() + RULE_SLACK) {
            return true;
        }
        boolean ruledRow = rules.length >= 3;
        boolean ruleBefore = i > 0;
        boolean ruleAfter = i < rules.length;
        if (ruledRow && ruleBefore && ruleAfter) {
            return false;
        }
        float size = Math.max(Math.max(left.size(), right.size()), 1f);
        return right.x0() - left.x1() > CELL_GAP * size;
    }

    private static int firstAtOrAfter(float[] xs, float x) {
        int lo = 0;
        int hi = xs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Adds the cell made of these glyphs, unless it has no text. */
    private static void addCell(List<LayoutCell> cells, List<Glyph> glyphs) {
        StringBuilder b = new StringBuilder();
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        Glyph previous = null;
        boolean spaceSeen = false;
        for (Glyph g : glyphs) {
            if (g.isSpace()) {
                spaceSeen = previous != null;
                continue;
            }
            if (previous != null && wantsSpace(previous, g, spaceSeen)) {
                b.append(' ');
            }
            g.text().codePoints()
                    .filter(cp -> !Character.isISOControl(cp) && !isSpace(cp))
                    .forEach(b::appendCodePoint);
            x0 = Math.min(x0, g.x0());
            x1 = Math.max(x1, g.x1());
            previous = g;
            spaceSeen = false;
        }
        String text = b.toString().strip();
        if (!text.isEmpty()) {
            cells.add(new LayoutCell(text, x0, x1));
        }
    }

    /**
     * Whether a space goes between two glyphs of a cell: never between two CJK characters
     * (Chinese is written without spaces; such gaps are padding or distributed alignment),
     * otherwise where the PDF draws a space or, between two non-CJK glyphs, leaves a word gap.
     */
    private static boolean wantsSpace(Glyph previous, Glyph next, boolean spaceSeen) {
        boolean wideBefore = isWide(lastCodePoint(previous.text()));
        boolean wideAfter = isWide(next.text().codePointAt(0));
        if (wideBefore && wideAfter) {
            return false;
        }
        if (spaceSeen) {
            return true;
        }
        return !wideBefore && !wideAfter && next.x0() - previous.x1() >= WORD_GAP * next.size();
    }

    private static float medianSize(List<Glyph> line) {
        float[] sizes = new float[line.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = line.get(i).size();
        }
        Arrays.sort(sizes);
        return sizes[sizes.length / 2];
    }

    /** The line's baseline: the median of its glyphs' baselines. */
    private static float baseline(List<Glyph> line) {
        float[] ys = new float[line.size()];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = line.get(i).y();
        }
        Arrays.sort(ys);
        return ys[ys.length / 2];
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u200b'
                || cp == '\ufeff';
    }

    /** CJK ideographs, kana, CJK punctuation and full-width forms: text that takes no spaces. */
    static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || (cp >= 0x2E80 && cp <= 0x303F)
                || (cp >= 0xFF00 && cp <= 0xFFEF)
                || (cp >= 0x3200 && cp <= 0x33FF)
                || (cp >= 0xFE30 && cp <= 0xFE4F);
    }

    private static int lastCodePoint(String s) {
        return s.codePointBefore(s.length());
    }

    /**
     * Collects each page's glyphs (after PDFBox's own removal of overlapping duplicates) and
     * vertical rules, and lays the page out when PDFBox has processed it.
     */
    private static final class PageStripper extends PDFTextStripper {

        final List<LayoutLine> lines = new ArrayList<>();

        /** Segments painted on the current page, in cropbox-relative user space: x0,y0,x1,y1. */
        private final List<float[]> strokes = new ArrayList<>();

        /** Bounding boxes of filled subpaths, in cropbox-relative user space: x0,y0,x1,y1. */
        private final List<float[]> fills = new ArrayList<>();

        /** The path being built: subpaths of points in cropbox-relative user space. */
        private final List<List<PathPoint>> path = new ArrayList<>();

        private PDRectangle crop = PDRectangle.A4;

        PageStripper() {
            for (String name : List.of("m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F",
                    "f*", "B", "B*", "b", "b*", "n")) {
                addOperator(new PathOperator(this, name));
            }
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            strokes.clear();
            fills.clear();
            path.clear();
            crop = page.getCropBox();
            super.startPage(page);
        }

        @Override
        protected void writePage() {
            List<TextPosition> positions = new ArrayList<>();
            for (List<TextPosition> article : getCharactersByArticle()) {
                positions.addAll(article);
            }
            int dir = mainDirection(positions);
            List<Glyph> glyphs = new ArrayList<>(positions.size());
            for (TextPosition t : positions) {
                String text = t.getUnicode();
                if (text == null || text.isEmpty()) {
                    continue;
                }
                float size = fontSize(t);
                float width = t.getWidthDirAdj();
                if (!(width > 0) || width > 4 * size) {
                    width = size / 2f;
                }
                Glyph g;
                if (Math.round(t.getDir()) == dir) {
                    g = new Glyph(text, t.getXDirAdj(), t.getXDirAdj() + width, t.getYDirAdj(),
                            size);
                } else {
                    float[] p = toFrame(dir, t.getTextMatrix().getTranslateX(),
                            t.getTextMatrix().getTranslateY());
                    g = new Glyph(text, p[0], p[0] + width, p[1], size);
                }
                if (onPage(g, dir)) {
                    glyphs.add(g);
                }
            }
            lines.addAll(layOutPage(getCurrentPageNo(), glyphs, rules(dir)));
        }

        /** Whether a glyph lies on the visible page: text placed beyond it is not printed. */
        private boolean onPage(Glyph g, int dir) {
            boolean upright = dir == 0 || dir == 180;
            float width = upright ? crop.getWidth() : crop.getHeight();
            float height = upright ? crop.getHeight() : crop.getWidth();
            float center = (g.x0() + g.x1()) / 2f;
            return center >= 0 && center <= width && g.y() >= 0 && g.y() <= height + g.size() / 2f;
        }

        private static float fontSize(TextPosition t) {
            float size = Math.abs(t.getTextMatrix().getScalingFactorY());
            if (!(size > 0.5f) || size > 500f) {
                size = t.getFontSizeInPt();
            }
            if (!(size > 0.5f) || size > 500f) {
                size = Math.max(t.getHeightDir() * 2f, 1f);
            }
            return size;
        }

        /** The text direction most glyphs of the page have (0, 90, 180 or 270). */
        private int mainDirection(List<TextPosition> positions) {
            int[] counts = new int[4];
            for (TextPosition t : positions) {
                counts[Math.floorMod(Math.round(t.getDir() / 90f), 4)]++;
            }
            int best = Math.floorMod(getCurrentPage().getRotation() / 90, 4);
            for (int i = 0; i < 4; i++) {
                if (counts[i] > counts[best]) {
                    best = i;
                }
            }
            return best * 90;
        }

        /** Maps a point of cropbox-relative user space into the reading frame of a direction. */
        private float[] toFrame(int dir, float ux, float uy) {
            float w = crop.getWidth();
            float h = crop.getHeight();
            switch (dir) {
                case 90:
                    return new float[] {uy, ux};
                case 180:
                    return new float[] {w - ux, uy};
                case 270:
                    return new float[] {h - uy, w - ux};
                default:
                    return new float[] {ux, h - uy};
            }
        }

        /** The page's vertical rules in the reading frame of {@code dir}. */
        private List<Rule> rules(int dir) {
            List<Rule> rules = new ArrayList<>();
            for (float[] s : strokes) {
                float[] a = toFrame(dir, s[0], s[1]);
                float[] b = toFrame(dir, s[2], s[3]);
                if (Math.abs(a[0] - b[0]) < 1f && Math.abs(a[1] - b[1]) >= 1f) {
                    rules.add(new Rule((a[0] + b[0]) / 2f, Math.min(a[1], b[1]),
                            Math.max(a[1], b[1])));
                }
            }
            for (float[] box : fills) {
                float[] a = toFrame(dir, box[0], box[1]);
                float[] b = toFrame(dir, box[2], box[3]);
                float left = Math.min(a[0], b[0]);
                float right = Math.max(a[0], b[0]);
                float top = Math.min(a[1], b[1]);
                float bottom = Math.max(a[1], b[1]);
                if (bottom - top < 1f) {
                    continue;
                }
                if (right - left <= 3f) {
                    rules.add(new Rule((left + right) / 2f, top, bottom));
                }
            }
            return rules;
        }

        /** Transforms a point by the current transformation matrix into cropbox-relative space. */
        PathPoint user(float x, float y, boolean curve) {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            Point2D.Float p = ctm.transformPoint(x, y);
            return new PathPoint(p.x - crop.getLowerLeftX(), p.y - crop.getLowerLeftY(), curve);
        }

        void moveTo(PathPoint p) {
            List<PathPoint> sub = new ArrayList<>();
            sub.add(p);
            path.add(sub);
        }

        void lineTo(PathPoint p) {
            if (path.isEmpty()) {
                moveTo(p);
            } else {
                path.get(path.size() - 1).add(p);
            }
        }

        void closePath() {
            if (!path.isEmpty()) {
                List<PathPoint> sub = path.get(path.size() - 1);
                if (sub.size() > 1) {
                    PathPoint first = sub.get(0);
                    sub.add(new PathPoint(first.x(), first.y(), false));
                }
            }
        }

        void paint(boolean stroke, boolean fill) {
            for (List<PathPoint> sub : path) {
                if (stroke) {
                    for (int i = 1; i < sub.size(); i++) {
                        PathPoint a = sub.get(i - 1);
                        PathPoint b = sub.get(i);
                        if (!b.curve()) {
                            strokes.add(new float[] {a.x(), a.y(), b.x(), b.y()});
                        }
                    }
                }
                if (fill && sub.size() > 2) {
                    float x0 = Float.MAX_VALUE;
                    float y0 = Float.MAX_VALUE;
                    float x1 = -Float.MAX_VALUE;
                    float y1 = -Float.MAX_VALUE;
                    for (PathPoint p : sub) {
                        x0 = Math.min(x0, p.x());
                        y0 = Math.min(y0, p.y());
                        x1 = Math.max(x1, p.x());
                        y1 = Math.max(y1, p.y());
                    }
                    fills.add(new float[] {x0, y0, x1, y1});
                }
            }
            path.clear();
        }
    }

    /** A point of a path; {@code curve} when a curve, not a straight segment, leads to it. */
    private record PathPoint(float x, float y, boolean curve) {
    }

    /** The path construction and painting operators, recorded to find the table rules. */
    private static final class PathOperator extends OperatorProcessor {

        private final String name;

        PathOperator(PDFStreamEngine context, String name) {
            super(context);
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            PageStripper s = (PageStripper) getContext();
            float[] n = numbers(operands);
            switch (name) {
                case "m":
                    if (n.length >= 2) {
                        s.moveTo(s.user(n[0], n[1], false));
                    }
                    break;
                case "l":
                    if (n.length >= 2) {
                        s.lineTo(s.user(n[0], n[1], false));
                    }
                    break;
                case "c":
                    if (n.length >= 6) {
                        s.lineTo(s.user(n[4], n[5], true));
                    }
                    break;
                case "v":
                case "y":
                    if (n.length >= 4) {
                        s.lineTo(s.user(n[2], n[3], true));
                    }
                    break;
                case "h":
                    s.closePath();
                    break;
                case "re":
                    if (n.length >= 4) {
                        s.moveTo(s.user(n[0], n[1], false));
                        s.lineTo(s.user(n[0] + n[2], n[1], false));
                        s.lineTo(s.user(n[0] + n[2], n[1] + n[3], false));
                        s.lineTo(s.user(n[0], n[1] + n[3], false));
                        s.closePath();
                    }
                    break;
                case "S":
                    s.paint(true, false);
                    break;
                case "s":
                    s.closePath();
                    s.paint(true, false);
                    break;
                case "f":
                case "F":
                case "f*":
                    s.paint(false, true);
                    break;
                case "B":
                case "B*":
                    s.paint(true, true);
                    break;
                case "b":
                case "b*":
                    s.closePath();
                    s.paint(true, true);
                    break;
                default:
                    s.paint(false, false);
                    break;
            }
        }

        private static float[] numbers(List<COSBase> operands) {
            float[] n = new float[operands.size()];
            for (int i = 0; i < n.length; i++) {
                if (!(operands.get(i) instanceof COSNumber number)) {
                    return new float[0];
                }
                n[i] = number.floatValue();
            }
            return n;
        }
    }
}
