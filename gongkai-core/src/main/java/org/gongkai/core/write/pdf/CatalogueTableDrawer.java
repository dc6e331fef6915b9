package org.gongkai.core.write.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.PurchaseServiceCatalogue;

/**
 * Draws the 政府购买服务指导性目录's table (the annex's 1,835 rows) straight onto A4 pages with
 * PDFBox, in the look of the page's print CSS: the same margins, font, sizes, borders, shaded
 * heading row repeated on every page, a shaded row per department, and the page number at the
 * foot. Laying the table out through HTML and CSS took four times as long as the rest of the
 * document together; these rows need no more than fixed columns and wrapped lines.
 * Example: {@code new CatalogueTableDrawer(doc, regular, bold).draw("山西省部门政府购买服务指导性目录", catalogue, 41)}
 * appends about 60 pages, numbered from 41, and says on which page each department starts.
 */
final class CatalogueTableDrawer {

    /** Where a department's rows start, for its bookmark. */
    record DepartmentStart(String name, PDPage page, float top) {
    }

    private static final float MM = 72f / 25.4f;
    private static final float TOP = 20 * MM;
    private static final float BOTTOM = 18 * MM;
    private static final float SIDE = 17 * MM;
    private static final float SIZE = 8.6f;
    private static final float LEADING = SIZE * 1.3f;
    private static final float PAD_X = 3f;
    private static final float PAD_Y = 1.3f;
    private static final float TITLE_SIZE = 12.5f;
    private static final float FOOT_SIZE = 10f;
    private static final float[] SHARES = {0.12f, 0.12f, 0.17f, 0.22f, 0.37f};
    private static final String[] HEADINGS = {"代码", "一级目录", "二级目录", "三级目录", "四级目录"};
    /** #595959, #eef1f5 as in the print CSS. */
    private static final float[] BORDER = {0x59 / 255f, 0x59 / 255f, 0x59 / 255f};
    private static final float[] SHADE = {0xee / 255f, 0xf1 / 255f, 0xf5 / 255f};

    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private final TrueTypeFont regularGlyphs;
    private final TrueTypeFont boldGlyphs;
    private final Map<Integer, Float> regularWidths = new HashMap<>();
    private final Map<Integer, Float> boldWidths = new HashMap<>();
    private final float width = PDRectangle.A4.getWidth() - 2 * SIDE;
    private final float[] columns = new float[SHARES.length];

    private PDPageContentStream out;
    private PDPage page;
    private float y;
    private int pageNumber;

    CatalogueTableDrawer(PDDocument doc, PDFont regular, PDFont bold, TrueTypeFont regularGlyphs, TrueTypeFont boldGlyphs) {
        this.doc = doc;
        this.regular = regular;
        this.bold = bold;
        this.regularGlyphs = regularGlyphs;
        this.boldGlyphs = boldGlyphs;
        for (int i = 0; i < SHARES.length; i++) {
            columns[i] = width * SHARES[i];
        }
    }

    /**
     * Appends the table titled {@code title} to the document, its first page numbered
     * {@code firstPage}, and says where each department starts.
     */
    List<DepartmentStart> draw(String title, PurchaseServiceCatalogue catalogue, int firstPage) {
        List<DepartmentStart> starts = new ArrayList<>();
        try {
            pageNumber = firstPage - 1;
            newPage(false);
            List<String> titleLines = wrap(title, width, bold, TITLE_SIZE);
            for (String line : titleLines) {
                text(line, SIDE + (width - width(line, bold, TITLE_SIZE)) / 2, y - TITLE_SIZE, bold, TITLE_SIZE);
                y -= TITLE_SIZE * 1.5f;
            }
            y -= 4;
            headingRow();
            for (CatalogueDepartment dep : catalogue.departments()) {
                List<String> name = wrap(dep.name(), width - 2 * PAD_X, bold, SIZE);
                float h = rowHeight(name.size());
                if (y - h - rowHeight(1) < BOTTOM) { // keep a department's name with its first row
                    newPage(true);
                }
                starts.add(new DepartmentStart(dep.name(), page, y));
                fill(SIDE, y - h, width, h);
                rect(SIDE, y - h, width, h);
                lines(name, SIDE, y, bold);
                y -= h;
                for (CatalogueItem item : dep.items()) {
                    item(item);
                }
            }
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return starts;
    }

    private void item(CatalogueItem item) throws IOException {
        int level = item.level() >= 1 && item.level() <= 4 ? item.level() : Math.max(1, item.codeLevel());
        List<List<String>> cells = new ArrayList<>(5);
        int most = 1;
        for (int c = 0; c < columns.length; c++) {
            String t = c == 0 ? item.code() : c == level ? item.name() : "";
            List<String> l = wrap(t, columns[c] - 2 * PAD_X, regular, SIZE);
            cells.add(l);
            most = Math.max(most, l.size());
        }
        float h = rowHeight(most);
        if (y - h < BOTTOM) {
            newPage(true);
        }
        float x = SIDE;
        for (int c = 0; c < columns.length; c++) {
            rect(x, y - h, columns[c], h);
            List<String> l = cells.get(c);
            // vertically centred, as the CSS's vertical-align: middle
            float top = y - (h - rowHeight(l.size())) / 2;
            lines(l, x, top, regular);
            x += columns[c];
        }
        y -= h;
    }

    private void headingRow() throws IOException {
        float h = rowHeight(1);
        fill(SIDE, y - h, width, h);
        float x = SIDE;
        for (int c = 0; c < columns.length; c++) {
            rect(x, y - h, columns[c], h);
            float w = width(HEADINGS[c], bold, SIZE);
            text(HEADINGS[c], x + (columns[c] - w) / 2, baseline(y), bold, SIZE);
            x += columns[c];
        }
        y -= h;
    }

    private void newPage(boolean heading) throws IOException {
        if (out != null) {
            out.close();
        }
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        pageNumber++;
        out = new PDPageContentStream(doc, page);
        out.setLineWidth(0.75f);
        out.setStrokingColor(BORDER[0], BORDER[1], BORDER[2]);
        String foot = "— " + pageNumber + " —";
        text(foot, (PDRectangle.A4.getWidth() - width(foot, regular, FOOT_SIZE)) / 2, BOTTOM / 2 - 2, regular, FOOT_SIZE);
        y = PDRectangle.A4.getHeight() - TOP;
        if (heading) {
            headingRow();
        }
    }

    private float rowHeight(int lines) {
        return lines * LEADING + 2 * PAD_Y;
    }

    private float baseline(float top) {
        return top - PAD_Y - (LEADING - SIZE) / 2 - SIZE * 0.88f;
    }

    private void lines(List<String> lines, float x, float top, PDFont font) throws IOException {
        float line = top;
        for (String l : lines) {
            if (!l.isEmpty()) {
                text(l, x + PAD_X, baseline(line), font, SIZE);
            }
            line -= LEADING;
        }
    }

    private void text(String s, float x, float baseline, PDFont font, float size) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(0f, 0f, 0f);
        out.newLineAtOffset(x, baseline);
        out.showText(s);
        out.endText();
    }

    private void fill(float x, float y0, float w, float h) throws IOException {
        out.setNonStrokingColor(SHADE[0], SHADE[1], SHADE[2]);
        out.addRect(x, y0, w, h);
        out.fill();
        out.setNonStrokingColor(0f, 0f, 0f);
    }

    private void rect(float x, float y0, float w, float h) throws IOException {
        out.addRect(x, y0, w, h);
        out.stroke();
    }

    /** {@code s} broken into lines no wider than {@code max}, between any two characters; a character the font lacks is left out. */
    private List<String> wrap(String s, float max, PDFont font, float size) {
        List<String> out = new ArrayList<>(2);
        StringBuilder line = new StringBuilder();
        float w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            float cw = width(cp, font) * size / 1000f;
            if (Float.isNaN(cw)) {
                continue;
            }
            if (w + cw > max && line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
                w = 0;
            }
            line.appendCodePoint(cp);
            w += cw;
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    private float width(String s, PDFont font, float size) {
        float w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            float cw = width(cp, font);
            w += Float.isNaN(cw) ? 0 : cw;
        }
        return w * size / 1000f;
    }

    /** The advance of {@code cp} in 1/1000 em, NaN when the font has no glyph for it. */
    private float width(int cp, PDFont font) {
        boolean isBold = font == bold;
        Map<Integer, Float> cache = isBold ? boldWidths : regularWidths;
        Float w = cache.get(cp);
        if (w == null) {
            try {
                TrueTypeFont glyphs = isBold ? boldGlyphs : regularGlyphs;
                int gid = glyphs.getUnicodeCmapLookup().getGlyphId(cp);
                w = gid == 0 && cp != ' ' ? Float.NaN : font.getStringWidth(new String(Character.toChars(cp)));
            } catch (IOException | IllegalArgumentException e) {
                w = Float.NaN;
            }
            cache.put(cp, w);
        }
        return w;
    }
}
