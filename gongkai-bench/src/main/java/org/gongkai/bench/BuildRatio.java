package org.gongkai.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Two builds of gongkai side by side in one JVM: each benchmark jar is loaded by a class loader
 * of its own, and batches of the same work alternate between them, so that a slow spell of this
 * shared machine falls on both. Measures the thread's CPU time (time spent waiting for the CPU
 * does not count), after a warm-up that lasts until the JIT has done compiling both builds
 * ({@link JitWarmUp}), and prints each build's median and the median ratio, new to old. Run with
 * {@code ./dev bench-against REV}, which builds REV's jar first and runs the JVM on one processor:
 * there a check stays on one thread, where on two its text rules' time would not be the caller's.
 *
 * <p>Work: {@code read} (the seed from its bytes), {@code check} (the seed already read) or
 * {@code read-check} (read and check, the figure issue 3's goal is for).
 */
public final class BuildRatio {

    private BuildRatio() {
    }

    /** One build: its reader and checker, reached through reflection in their own class loader. */
    private static final class Build {
        private final Object reader;
        private final Object checker;
        private final Method read;
        private final Method check;
        private Object disclosure;

        Build(Path jar) throws ReflectiveOperationException, java.net.MalformedURLException {
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> readerClass = loader.loadClass("org.gongkai.core.read.DisclosureReader");
            reader = readerClass.getMethod("withBundledTemplates").invoke(null);
            read = readerClass.getMethod("read", byte[].class, String.class);
            Class<?> checkerClass = loader.loadClass("org.gongkai.core.check.Checker");
            checker = checkerClass.getMethod("standard").invoke(null);
            check = checkerClass.getMethod("check", loader.loadClass("org.gongkai.core.model.Disclosure"));
        }

        Object run(String work, byte[] seed) throws ReflectiveOperationException {
            return switch (work) {
                case "read" -> read.invoke(reader, seed, "seed.txt");
                case "check" -> check.invoke(checker, disclosure == null ? disclosure = read.invoke(reader, seed, "seed.txt") : disclosure);
                case "read-check" -> check.invoke(checker, read.invoke(reader, seed, "seed.txt"));
                default -> throw new IllegalArgumentException("work: read, check or read-check, not " + work);
            };
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: BuildRatio OLD.jar NEW.jar read|check|read-check [rounds]");
            System.exit(64);
        }
        Path shared = Path.of(System.getProperty("gongkai.shared", "../shared"));
        byte[] seed = Files.readAllBytes(shared.resolve("seed/000_5dad8652f8cb316b.txt"));
        Build old = new Build(Path.of(args[0]));
        Build now = new Build(Path.of(args[1]));
        String work = args[2];
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        int batch = 30;
        com.sun.management.ThreadMXBean cpu = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sink = 0;
        long warm = JitWarmUp.untilSettled(() -> System.identityHashCode(old.run(work, seed)) + System.identityHashCode(now.run(work, seed)), 300);
        double[] oldMs = new double[rounds];
        double[] newMs = new double[rounds];
        double[] ratio = new double[rounds];
        for (int k = 0; k < rounds; k++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < batch; i++) {
                sink += System.identityHashCode(old.run(work, seed));
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < batch; i++) {
                sink += System.identityHashCode(now.run(work, seed));
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            oldMs[k] = (t1 - t0) / 1e6 / batch;
            newMs[k] = (t2 - t1) / 1e6 / batch;
            ratio[k] = newMs[k] / oldMs[k];
        }
        Arrays.sort(oldMs);
        Arrays.sort(newMs);
        Arrays.sort(ratio);
        System.out.printf("%s: old %.2f ms, new %.2f ms (thread CPU, medians of %d rounds of %d, after %d s of warm-up); new/old median %.3f (quartiles %.3f-%.3f) [%d]%n",
                work, oldMs[rounds / 2], newMs[rounds / 2], rounds, batch, warm, ratio[rounds / 2], ratio[rounds / 4], ratio[3 * rounds / 4], sink & 1);
    }
}
