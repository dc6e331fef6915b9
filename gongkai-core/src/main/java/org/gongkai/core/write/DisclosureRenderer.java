package org.gongkai.core.write;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gongkai.core.model.Disclosure;
import org.gongkai.core.write.excel.XlsxWriter;
import org.gongkai.core.write.html.HtmlOptions;
import org.gongkai.core.write.html.HtmlWriter;
import org.gongkai.core.write.opendata.FactCsvWriter;
import org.gongkai.core.write.opendata.FiscalDataPackageWriter;
import org.gongkai.core.write.pdf.PdfWriter;
import org.gongkai.core.write.text.DisclosureTextWriter;
import org.gongkai.core.write.word.DocxWriter;

/**
 * Writes a disclosure in any {@link RenderFormat}: one entry point for the command line and the
 * portal. Most formats give one file; CSV gives the facts and their {@code datapackage.json}.
 * Example: {@code render(d, RenderFormat.CSV, "单位预算")} gives "单位预算.csv" and
 * "单位预算.datapackage.json".
 */
public final class DisclosureRenderer {

    private DisclosureRenderer() {
    }

    /** The files of {@code d} in format {@code f}, named after {@code baseName}, catalogue annex included. */
    public static List<RenderedFile> render(Disclosure d, RenderFormat f, String baseName) {
        return render(d, f, baseName, true);
    }

    /**
     * The files of {@code d} in format {@code f}, named after {@code baseName}; {@code catalogue}
     * says whether the page, the PDF, the Word document and the workbook carry the
     * 政府购买服务指导性目录 annex (the open data and the text always keep what was read).
     */
    public static List<RenderedFile> render(Disclosure d, RenderFormat f, String baseName, boolean catalogue) {
        String name = baseName + "." + f.extension();
        return switch (f) {
            case JSON -> List.of(new RenderedFile(name, utf8(DisclosureJsonWriter.write(d))));
            case CSV -> List.of(new RenderedFile(name, utf8(FactCsvWriter.write(d))),
                    new RenderedFile(baseName + ".datapackage.json", utf8(FiscalDataPackageWriter.write(d, name))));
            case TXT -> List.of(new RenderedFile(name, utf8(DisclosureTextWriter.write(d))));
            case HTML -> List.of(new RenderedFile(name, utf8(HtmlWriter.write(d, HtmlOptions.SCREEN.withCatalogue(catalogue)))));
            case PDF -> List.of(new RenderedFile(name, PdfWriter.write(d, catalogue)));
            case DOCX -> List.of(new RenderedFile(name, DocxWriter.withBundledTemplates().withCatalogue(catalogue).toBytes(d)));
            case XLSX -> List.of(new RenderedFile(name, XlsxWriter.withBundledTemplates().withCatalogue(catalogue).toBytes(d)));
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
