package org.gongkai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.gongkai.core.model.Disclosure;
import org.gongkai.core.read.DisclosureReader;
import org.gongkai.core.read.UnreadableInputException;
import org.gongkai.core.write.excel.XlsxWriter;
import org.gongkai.core.write.html.HtmlOptions;
import org.gongkai.core.write.html.HtmlWriter;
import org.gongkai.core.write.pdf.PdfWriter;
import org.gongkai.core.write.word.DocxWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing the reference document in-process, from the disclosure already read, on one thread:
 * the HTML page without and with the purchase-services catalogue annex (goal: at most 20 ms), the
 * PDF without the annex (goal: at most 500 ms), the Word document and the Excel workbook.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@Threads(1)
public class WriteBenchmark {

    private Disclosure seed;

    @Setup
    public void setUp() throws IOException, UnreadableInputException {
        Path shared = Path.of(System.getProperty("gongkai.shared", "../shared"));
        seed = DisclosureReader.withBundledTemplates().read(Files.readAllBytes(shared.resolve("seed/000_5dad8652f8cb316b.txt")), "seed.txt");
    }

    /** The page without the catalogue annex: title, 目录, 概况, 13 tables, 情况说明 with charts, 8 forms, 名词解释. */
    @Benchmark
    public String htmlSeed() {
        return HtmlWriter.write(seed, HtmlOptions.SCREEN.withoutCatalogue());
    }

    /** Print-ready A4 PDF without the catalogue annex (goal: at most 500 ms). */
    @Benchmark
    public byte[] pdfSeed() {
        return PdfWriter.write(seed, false);
    }

    /** The editable Word document, catalogue annex included. */
    @Benchmark
    public byte[] docxSeed() {
        return DocxWriter.withBundledTemplates().toBytes(seed);
    }

    /** The Excel workbook, one sheet per table. */
    @Benchmark
    public byte[] xlsxSeed() {
        return XlsxWriter.withBundledTemplates().toBytes(seed);
    }

    /** The same with the 1,835-item catalogue annex. */
    @Benchmark
    public String htmlSeedWithCatalogue() {
        return HtmlWriter.write(seed, HtmlOptions.SCREEN);
    }
}
