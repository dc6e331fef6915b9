package org.gongkai.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Runs a piece of work until the JIT has done compiling it, for benchmarks that quote times
 * "after warm-up". Reading and checking a document calls some hundreds of methods once each per
 * document; on one processor the JIT takes more than a minute to bring them all to its optimising
 * tier (after 12 s, nine in ten of those compiled are still at a profiling tier), so a short fixed
 * warm-up measures the JIT's progress, not the code. Settled means: the JIT spent
 * less than 1% of a 10-second window compiling, two windows in a row.
 */
final class JitWarmUp {

    private static final long WINDOW_NANOS = 10_000_000_000L;

    /** What the work returned, kept where the JIT cannot see it unused. */
    static volatile long sink;

    private JitWarmUp() {
    }

    /** Work that returns something, so that the JIT cannot drop it. */
    @FunctionalInterface
    interface Work {
        Object run() throws Exception;
    }

    /**
     * Runs {@code work} until the JIT has settled, or for {@code maxSeconds}; prints each window's
     * compiling time to standard error, and returns the seconds it ran.
     */
    static long untilSettled(Work work, int maxSeconds) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        long end = start + maxSeconds * 1_000_000_000L;
        long compiled = jit.getTotalCompilationTime();
        int quiet = 0;
        long kept = 0;
        while (quiet < 2 && System.nanoTime() < end) {
            long windowEnd = System.nanoTime() + WINDOW_NANOS;
            int runs = 0;
            while (System.nanoTime() < windowEnd) {
                kept += System.identityHashCode(work.run());
                runs++;
            }
            long now = jit.getTotalCompilationTime();
            long compiling = now - compiled;
            compiled = now;
            quiet = compiling * 100 < WINDOW_NANOS / 1_000_000 ? quiet + 1 : 0;
            System.err.printf("warm-up %3d s: %,d runs, the JIT compiled for %,d ms%n",
                    (System.nanoTime() - start) / 1_000_000_000L, runs, compiling);
        }
        System.err.println(quiet >= 2 ? "warm-up: the JIT has settled" : "warm-up: stopped at " + maxSeconds + " s, the JIT still compiling");
        sink = kept;
        return (System.nanoTime() - start) / 1_000_000_000L;
    }
}
