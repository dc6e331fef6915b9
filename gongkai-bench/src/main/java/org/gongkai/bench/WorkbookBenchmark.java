package org.gongkai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.gongkai.core.compose.InputReader;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.read.UnreadableInputException;
import org.gongkai.core.write.DisclosureRenderer;
import org.gongkai.core.write.RenderFormat;
import org.gongkai.core.write.RenderedFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reference unit's authoring workbook made into its whole disclosure, as {@code gongkai
 * render 填报.xlsx --to all} does it: read and compose the workbook (tables projected, 情况说明
 * written), check it, and write every format (HTML, PDF, Word, Excel, JSON, CSV and its
 * descriptor, text), the formats on the machine's processors. Goal: the whole at most 2 s.
 * {@code catalogue} says whether the page, the PDF, the Word document and the workbook carry the
 * 1,835-item 政府购买服务指导性目录 annex. The parts are measured alone too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 15)
@Fork(1)
@Threads(1)
public class WorkbookBenchmark {

    @Param({"true", "false"})
    public boolean catalogue;

    private byte[] workbook;
    private Disclosure composed;
    private final InputReader reader = InputReader.withBundledTemplates();

    @Setup
    public void setUp() throws IOException, UnreadableInputException {
        Path file = Path.of(System.getProperty("gongkai.workbook", "gongkai-core/src/test/resources/workbook/liulin-2024-input.xlsx"));
        workbook = Files.readAllBytes(file);
        composed = reader.read(workbook, "liulin-2024-input.xlsx");
    }

    /** Read, check and write every format: the whole of {@code render --to all} after the JVM has started. */
    @Benchmark
    public int wholeProcess() throws UnreadableInputException, InterruptedException, ExecutionException {
        Disclosure d = reader.read(workbook, "liulin-2024-input.xlsx");
        Map<RenderFormat, Future<List<RenderedFile>>> files = DisclosureRenderer.renderConcurrently(d,
                List.of(RenderFormat.values()), "liulin-2024-input", catalogue);
        CheckReport report = Checker.standard().check(d);
        int bytes = report.findings().size();
        for (Future<List<RenderedFile>> f : files.values()) {
            for (RenderedFile r : f.get()) {
                bytes += r.bytes().length;
            }
        }
        return bytes;
    }

    /** The workbook read and composed: facts, 13 tables projected, 情况说明 written. */
    @Benchmark
    public Disclosure readAndCompose() throws UnreadableInputException {
        return reader.read(workbook, "liulin-2024-input.xlsx");
    }

    /** Every format written one after another on one thread, from the composed disclosure. */
    @Benchmark
    public int everyFormatOneThread() {
        List<RenderedFile> out = new ArrayList<>();
        for (RenderFormat f : RenderFormat.values()) {
            out.addAll(DisclosureRenderer.render(composed, f, "liulin-2024-input", catalogue));
        }
        return out.size();
    }
}
