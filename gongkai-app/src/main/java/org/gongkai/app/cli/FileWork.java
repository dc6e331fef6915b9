package org.gongkai.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work on each of many files on a few threads (one a processor by default), each file's result
 * taken in the files' order on the calling thread: lines print in order and the counts add up
 * there, while the next files are already being read. Reading and checking one file is done on
 * one thread; only different files run at once.
 * Example: {@code gongkai check 公开文件/} on two processors reads two files at a time.
 */
final class FileWork {

    /** What is done for file {@code index} of the list, on a worker thread. */
    @FunctionalInterface
    interface Task<R> {
        R on(int index, Path file) throws IOException;
    }

    /** What is done with one file's result, on the calling thread, in the files' order. */
    @FunctionalInterface
    interface Sink<R> {
        void take(Path file, R result) throws IOException;
    }

    private FileWork() {
    }

    /** The threads to use: those asked for, or one a processor. */
    static int threads(Integer asked) {
        return asked != null && asked > 0 ? asked : Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs {@code task} on every file, {@code threads} at a time, and hands each result to
     * {@code sink} in order, showing on {@code progress} the file waited for ({@code doing} and
     * its name: "正在检查 a.pdf…"). An IOException of a task or of the sink stops the work and is
     * thrown; so is a task's unchecked exception.
     */
    static <R> void inOrder(List<Path> files, int threads, Progress progress, String doing, Task<R> task, Sink<R> sink)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())), r -> {
            Thread t = new Thread(r, "gongkai-file-work");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> results = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                int index = i;
                Path f = files.get(i);
                results.add(pool.submit(() -> {
                    try {
                        return task.on(index, f);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                progress.at(i, doing + f.getFileName() + "…");
                R r = result(results.get(i));
                progress.clear();
                sink.take(f, r);
            }
        } finally {
            pool.shutdownNow();
            progress.clear();
        }
    }

    private static <R> R result(Future<R> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
