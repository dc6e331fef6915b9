package org.gongkai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
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
 * Checking the reference document in-process: every rule of the catalogue on the disclosure
 * already read ({@code checkSeed}), and reading plus checking from the bytes in memory
 * ({@code readAndCheckSeed}, the figure the goal of 5 ms is for). One benchmark thread; the
 * checker runs its text rules on a second thread when the JVM has two processors
 * ({@link Checker}), and {@code readAndCheckSeedOneThread} is the same work with the checker
 * kept on the benchmark's thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@Threads(1)
public class CheckBenchmark {

    private byte[] seed;
    private DisclosureReader reader;
    private Disclosure read;
    private Checker checker;
    private Checker oneThread;

    @Setup
    public void setUp() throws IOException, UnreadableInputException {
        Path shared = Path.of(System.getProperty("gongkai.shared", "../shared"));
        seed = Files.readAllBytes(shared.resolve("seed/000_5dad8652f8cb316b.txt"));
        reader = DisclosureReader.withBundledTemplates();
        checker = Checker.standard();
        oneThread = checker.oneThread();
        read = reader.read(seed, "seed.txt");
    }

    /** Every rule on the reference document, already read. */
    @Benchmark
    @Warmup(iterations = 12, time = 10) // until the JIT has compiled it all (JitWarmUp): 10 s leaves most of it half-compiled
    public CheckReport checkSeed() {
        return checker.check(read);
    }

    /** Reading the reference document from its bytes and checking it. */
    @Benchmark
    @Warmup(iterations = 12, time = 10) // until the JIT has compiled it all (JitWarmUp): 10 s leaves most of it half-compiled
    public CheckReport readAndCheckSeed() throws UnreadableInputException {
        return checker.check(reader.read(seed, "seed.txt"));
    }

    /** The same, every rule on the benchmark's own thread. */
    @Benchmark
    @Warmup(iterations = 12, time = 10)
    public CheckReport readAndCheckSeedOneThread() throws UnreadableInputException {
        return oneThread.check(reader.read(seed, "seed.txt"));
    }
}
