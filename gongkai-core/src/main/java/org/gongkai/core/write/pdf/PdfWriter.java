package org.gongkai.core.write.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PurchaseServiceCatalogue;
import org.gongkai.core.write.html.HtmlOptions;
import org.gongkai.core.write.html.HtmlWriter;

/**
 * Writes a {@link Disclosure} as an A4 PDF through openhtmltopdf from the PDF variant of
 * {@link HtmlWriter}'s page ({@link HtmlOptions#PDF}): cover page, 目录 with page numbers, each part
 * on a new page, table headings repeated when a table runs over pages, page numbers in the footer,
 * bookmarks for parts, tables, sections and forms, charts drawn from their SVG. The Noto Sans SC
 * font (regular and bold, reduced to GBK) is read from the classpath and embedded as a subset, so
 * the PDF reads the same on a machine without any CJK font.
 * Example: {@code PdfWriter.write(seed, false)} gives the reference document without its
 * catalogue annex, its text containing "柳林县人力资源和社会保障局" and "134.97".
 */
public final class PdfWriter {

    /** The family name the page's CSS asks for. */
    public static final String FONT_FAMILY = "Noto Sans SC";

    private PdfWriter() {
    }

    /** The disclosure as PDF bytes, catalogue annex included. */
    public static byte[] write(Disclosure d) {
        return write(d, true);
    }

    /** The disclosure as PDF bytes, with or without the 政府购买服务指导性目录 annex. */
    public static byte[] write(Disclosure d, boolean catalogue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        write(d, catalogue, out);
        return out.toByteArray();
    }

    /** Writes the disclosure as PDF to {@code out}; the stream is left open. */
    public static void write(Disclosure d, boolean catalogue, OutputStream out) {
        PurchaseServiceCatalogue annex = catalogue ? d.catalogue() : null;
        render(HtmlWriter.write(d, HtmlOptions.PDF.withCatalogue(catalogue)), out, annex);
    }

    /** Renders a page of {@link HtmlWriter} in its PDF variant (well-formed XHTML) to {@code out}. */
    public static void render(String xhtml, OutputStream out) {
        render(xhtml, out, null);
    }

    /**
     * Renders the page, then draws {@code annex}'s table after it (the page carries the annex's
     * heading and cover letters, not its table; see {@link CatalogueTableDrawer}), with a bookmark
     * per department under the annex's.
     */
    private static void render(String xhtml, OutputStream out, PurchaseServiceCatalogue annex) {
        PDDocument doc = new PDDocument();
        PDFont regular = PdfFonts.load(doc, false);
        PDFont bold = PdfFonts.load(doc, true);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePDDocument(doc);
        builder.withHtmlContent(xhtml, null);
        builder.useFont(new PDFontSupplier(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(new PDFontSupplier(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        // Batik draws the charts, their text in the same font, loaded once for the process
        builder.useSVGDrawer(new ChartSvgDrawer());
        builder.withProducer("gongkai");
        builder.toStream(out);
        try (doc; PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            PDDocument pdf = renderer.createPDFKeepOpen();
            if (annex != null && !annex.departments().isEmpty()) {
                List<CatalogueTableDrawer.DepartmentStart> starts = new CatalogueTableDrawer(pdf, regular, bold,
                        PdfFonts.parsed(false), PdfFonts.parsed(true)).draw(HtmlWriter.catalogueTitle(annex), annex, pdf.getNumberOfPages() + 1);
                bookmark(pdf, starts);
            }
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The departments' bookmarks, under the annex's ("附件 …"). */
    private static void bookmark(PDDocument pdf, List<CatalogueTableDrawer.DepartmentStart> starts) {
        PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
        if (outline == null) {
            return;
        }
        PDOutlineItem annex = null;
        for (PDOutlineItem item : outline.children()) {
            if (item.getTitle() != null && item.getTitle().startsWith("附件")) {
                annex = item;
            }
        }
        if (annex == null) {
            return;
        }
        for (CatalogueTableDrawer.DepartmentStart s : starts) {
            PDPageXYZDestination to = new PDPageXYZDestination();
            to.setPage(s.page());
            to.setTop((int) Math.ceil(s.top()));
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(s.name());
            item.setDestination(to);
            annex.addLast(item);
        }
    }
}
