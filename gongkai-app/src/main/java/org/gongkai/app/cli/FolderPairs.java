package org.gongkai.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.gongkai.core.model.Disclosure;
import org.gongkai.core.read.Companions;

/**
 * The results of a folder's files, taken in order and held until the folder is done, so that a
 * file with only the text of a disclosure and one with only its tables, of the same year and unit
 * ({@link Companions#pairs}), are finished as one. Each result is handed on in the files' order, a
 * pair's at its text's place; the pairs and the halves left alone are finished on the worker
 * threads. Used by {@code check} and {@code parse} given a folder (files must come folder by
 * folder: {@link #byFolder}).
 *
 * @param <R> what is made of a file: a half ({@code half} gives its reading) is finished later
 */
final class FolderPairs<R> {

    /** Finishes a half: alone ({@code tables} null), or a text with its tables. */
    @FunctionalInterface
    interface Finish<R> {
        R finish(Path text, R half, Path tables, R tablesHalf) throws IOException;
    }

    private final Function<R, Disclosure> half;
    private final Finish<R> finish;
    private final FileWork.Sink<R> sink;
    private final int threads;
    private final IntFunction<Progress> progress;
    private final String doing;
    private Path folder;
    private final List<Path> files = new ArrayList<>();
    private final List<R> results = new ArrayList<>();
    private int pairs;

    /**
     * @param half     the reading of a result held to be paired, null for a result that is final
     * @param finish   makes the final result of a half, alone or with its tables
     * @param sink     takes each final result, in the files' order
     * @param progress a progress bar for the pairs' work, given the number of files
     * @param doing    what the bar says is done: "正在检查 "
     */
    FolderPairs(Function<R, Disclosure> half, Finish<R> finish, FileWork.Sink<R> sink, int threads,
                IntFunction<Progress> progress, String doing) {
        this.half = half;
        this.finish = finish;
        this.sink = sink;
        this.threads = threads;
        this.progress = progress;
        this.doing = doing;
    }

    /** The files with each folder's files together, in the order the folders first come. */
    static List<Path> byFolder(List<Path> files) {
        List<Path> out = new ArrayList<>(files.size());
        folders(files).forEach(out::addAll);
        return out;
    }

    /** The files grouped by folder, each folder's in the order given, the folders in the order they first come. */
    static List<List<Path>> folders(List<Path> files) {
        Map<Path, List<Path>> folders = new LinkedHashMap<>();
        for (Path f : files) {
            folders.computeIfAbsent(f.toAbsolutePath().getParent(), k -> new ArrayList<>()).add(f);
        }
        return new ArrayList<>(folders.values());
    }

    /** Takes the next file's result; a file of another folder first finishes the folder before. */
    void take(Path file, R result) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (!parent.equals(folder)) {
            finish();
            folder = parent;
        }
        files.add(file);
        results.add(result);
    }

    /** Finishes the folder taken so far: pairs its halves, finishes them, hands every result on. */
    void finish() throws IOException {
        List<Integer> halves = new ArrayList<>();
        List<Disclosure> docs = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Disclosure d = half.apply(results.get(i));
            if (d != null) {
                halves.add(i);
                docs.add(d);
            }
        }
        Map<Integer, Integer> tablesOf = new HashMap<>();
        Set<Integer> paired = new HashSet<>();
        for (int[] p : Companions.pairs(docs)) {
            tablesOf.put(halves.get(p[0]), halves.get(p[1]));
            paired.add(halves.get(p[1]));
        }
        pairs += tablesOf.size();
        List<Path> order = new ArrayList<>();
        List<FileWork.Task<R>> work = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            R r = results.get(i);
            if (half.apply(r) == null) {
                work.add((k, f) -> r);
            } else if (tablesOf.containsKey(i)) {
                int t = tablesOf.get(i);
                work.add((k, f) -> finish.finish(f, r, files.get(t), results.get(t)));
            } else if (!paired.contains(i)) {
                work.add((k, f) -> finish.finish(f, r, null, null));
            } else {
                continue; // the tables of a pair: finished with their text
            }
            order.add(files.get(i));
        }
        if (halves.isEmpty()) {
            for (int k = 0; k < order.size(); k++) {
                sink.take(order.get(k), work.get(k).on(k, order.get(k)));
            }
        } else {
            FileWork.inOrder(order, threads, progress.apply(order.size()), doing, (k, f) -> work.get(k).on(k, f), sink);
        }
        files.clear();
        results.clear();
    }

    /** How many pairs were found so far. */
    int pairs() {
        return pairs;
    }
}
