package org.gongkai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.gongkai.core.model.Disclosure;
import org.gongkai.core.read.DisclosureReader;
import org.gongkai.core.read.UnreadableInputException;
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
 * Reading the reference document in-process, from its bytes already in memory to the whole
 * {@link Disclosure} (decoding, layout, tables, facts, every part), on one thread. The file is
 * found through {@code -Dgongkai.seed} or {@code ../shared/seed} beside the working directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@Threads(1)
public class ReadBenchmark {

    private byte[] seed;
    private byte[] pdf;
    private DisclosureReader reader;

    @Setup
    public void setUp() throws IOException {
        Path shared = Path.of(System.getProperty("gongkai.shared", "../shared"));
        seed = Files.readAllBytes(shared.resolve("seed/000_5dad8652f8cb316b.txt"));
        pdf = Files.readAllBytes(shared.resolve("fixtures/real/jiangsu/江苏省委办公厅/江苏省委办公厅2019年度部门预算公开表格.pdf"));
        reader = DisclosureReader.withBundledTemplates();
    }

    /** The reference document (131,766 bytes of text, 13 tables, the catalogue annex). */
    @Benchmark
    @Warmup(iterations = 12, time = 10) // until the JIT has compiled it all (JitWarmUp): 10 s leaves most of it half-compiled
    public Disclosure readSeed() throws UnreadableInputException {
        return reader.read(seed, "seed.txt");
    }

    /**
     * The floor any reader of this text pays on this machine, measured beside it: decoding the
     * bytes and splitting them into lines and cells, nothing more.
     */
    @Benchmark
    public int baselineDecodeAndSplit() {
        String text = new String(seed, java.nio.charset.StandardCharsets.UTF_8);
        int cells = 0;
        for (String line : text.split("\n")) {
            cells += line.split("\t", -1).length;
        }
        return cells;
    }

    /** A 12-page table PDF of the Jiangsu 2019 set, for scale: PDF layout dominates. */
    @Benchmark
    public Disclosure readJiangsuTablesPdf() throws UnreadableInputException {
        return reader.read(pdf, "tables.pdf");
    }
}
