package org.gongkai.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.gongkai.core.check.Checker;
import org.gongkai.core.read.DisclosureReader;

/**
 * Reading (and reading and checking) the reference document against the floor, interleaved: 40
 * rounds of 50 reads, 50 bare decode-and-splits, 50 reads with a check and 50 reads with a check
 * kept on one thread ({@link Checker#oneThread}), one after the other in the same JVM, so that a
 * slow spell of this shared machine falls on all four, after a warm-up that lasts until the JIT
 * has done compiling ({@link JitWarmUp}). Times are wall-clock: a check on two threads is done
 * when both are. Prints the medians and the median ratios. Run with {@code ./dev bench-ratio}.
 */
public final class ReadRatio {

    private ReadRatio() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(System.getProperty("gongkai.shared", "../shared"));
        byte[] seed = Files.readAllBytes(shared.resolve("seed/000_5dad8652f8cb316b.txt"));
        DisclosureReader reader = DisclosureReader.withBundledTemplates();
        int rounds = 40;
        int batch = 50;
        long[] read = new long[rounds];
        long[] checked = new long[rounds];
        long[] oneThread = new long[rounds];
        double[] threadsRatio = new double[rounds];
        long[] floor = new long[rounds];
        double[] ratio = new double[rounds];
        double[] checkedRatio = new double[rounds];
        Checker checker = Checker.standard();
        Checker onOne = checker.oneThread();
        long sink = 0;
        long warm = JitWarmUp.untilSettled(() -> checker.check(reader.read(seed, "seed.txt")).findings().size()
                + onOne.check(reader.read(seed, "seed.txt")).findings().size() + decodeAndSplit(seed), 300);
        for (int k = 0; k < rounds; k++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                sink += reader.read(seed, "seed.txt").tables().size();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                sink += decodeAndSplit(seed);
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                sink += checker.check(reader.read(seed, "seed.txt")).findings().size();
            }
            long t3 = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                sink += onOne.check(reader.read(seed, "seed.txt")).findings().size();
            }
            long t4 = System.nanoTime();
            read[k] = (t1 - t0) / batch;
            floor[k] = (t2 - t1) / batch;
            checked[k] = (t3 - t2) / batch;
            oneThread[k] = (t4 - t3) / batch;
            threadsRatio[k] = (double) checked[k] / oneThread[k];
            ratio[k] = (double) read[k] / floor[k];
            checkedRatio[k] = (double) checked[k] / floor[k];
        }
        Arrays.sort(read);
        Arrays.sort(floor);
        Arrays.sort(ratio);
        Arrays.sort(checked);
        Arrays.sort(checkedRatio);
        Arrays.sort(oneThread);
        Arrays.sort(threadsRatio);
        System.out.printf("after %d s of warm-up%n", warm);
        System.out.printf("read the seed: median %.2f ms; decode and split: median %.2f ms; ratio: median %.2f%n",
                read[rounds / 2] / 1e6, floor[rounds / 2] / 1e6, ratio[rounds / 2]);
        System.out.printf("read and check the seed (%s): median %.2f ms; ratio to decode and split: median %.2f%n",
                checker.twoThreads() ? "check on two threads" : "one processor: check on one thread",
                checked[rounds / 2] / 1e6, checkedRatio[rounds / 2]);
        System.out.printf("read and check, the check on one thread: median %.2f ms; the line above to this one: median %.2f"
                + " (quartiles %.2f-%.2f) (%d)%n", oneThread[rounds / 2] / 1e6, threadsRatio[rounds / 2],
                threadsRatio[rounds / 4], threadsRatio[3 * rounds / 4], sink % 2);
    }

    static int decodeAndSplit(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int cells = 0;
        for (String line : text.split("\n")) {
            cells += line.split("\t", -1).length;
        }
        return cells;
    }
}
