package org.gongkai.core.write;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    /**
     * Every wanted format rendered on as many threads as there are processors (at most one per
     * format), the slowest first: the PDF and the Word document take longest. The threads end
     * when the work is done; a failure is the future's.
     */
    public static Map<RenderFormat, Future<List<RenderedFile>>> renderConcurrently(Disclosure d, List<RenderFormat> wanted,
                                                                          String base, boolean catalogue) {
        int threads = Math.max(1, Math.min(wanted.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "render");
            t.setDaemon(true);
            return t;
        });
        List<RenderFormat> slowestFirst = new ArrayList<>(wanted);
        slowestFirst.sort(Comparator.comparingInt(DisclosureRenderer::cost).reversed());
        Map<RenderFormat, Future<List<RenderedFile>>> out = new EnumMap<>(RenderFormat.class);
        for (RenderFormat f : slowestFirst) {
            out.put(f, pool.submit(() -> render(d, f, base, catalogue)));
        }
        pool.shutdown();
        return out;
    }

    /** How long a format takes, roughly, to order the work: PDF, then Word, then Excel, then the rest. */
    private static int cost(RenderFormat f) {
        return switch (f) {
            case PDF -> 4;
            case DOCX -> 3;
            case XLSX -> 2;
            default -> 1;
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
