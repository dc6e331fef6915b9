package org.gongkai.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.gongkai.core.model.Disclosure;
import org.gongkai.core.synthetic.SyntheticUnits;
import org.gongkai.core.write.text.DisclosureTextWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code gongkai generate} does for one unit, on one thread: its disclosures of two years
 * composed and written as text ({@code twoYearsAsText}; divide by 2 for a unit-year), the next
 * unit at each call so that every kind of unit is met. Example: {@code ./dev bench GenerateBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class GenerateBenchmark {

    private final SyntheticUnits units = new SyntheticUnits(1);
    private int next;

    /** A unit's 2024 and 2025 budgets, as the text files {@code gongkai generate} writes. */
    @Benchmark
    public int twoYearsAsText() {
        List<Disclosure> years = units.disclosures(next++ % 10_000, SyntheticUnits.DEFAULT_FIRST_YEAR, 2);
        int length = 0;
        for (Disclosure d : years) {
            length += DisclosureTextWriter.write(d).length();
        }
        return length;
    }
}
