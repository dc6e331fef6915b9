package org.gongkai.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.gongkai.core.read.UnreadableInputException;

/**
 * The files a command is given: each file as it is, and every .txt, .pdf and .xlsx under each
 * folder, in name order. Used by {@code import}, and by {@code parse} and {@code check} when they
 * are given a folder or several files.
 * Example: {@code expand([公开文件/])} gives 公开文件/a.pdf, 公开文件/乡镇/b.txt.
 */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * The files, or one message saying which input is missing or which folder cannot be listed,
     * or that there is nothing to read.
     */
    private static List<Path> expand(List<Path> inputs) throws UnreadableInputException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new UnreadableInputException("找不到 " + input + "：请确认路径正确。");
            }
            try {
                files.addAll(files(input));
            } catch (IOException e) {
                throw new UnreadableInputException("无法读取目录 " + input + "（" + RenderCommand.why(e) + "）。");
            }
        }
        if (files.isEmpty()) {
            throw new UnreadableInputException(String.join("、", inputs.stream().map(Path::toString).toList())
                    + " 中没有 .txt、.pdf 或 .xlsx 文件。");
        }
        return files;
    }

    /** True when the inputs are one file, not a folder: the commands then keep their one-file output. */
    static boolean isOneFile(List<Path> inputs) {
        return inputs.size() == 1 && !Files.isDirectory(inputs.get(0));
    }

    /** The file itself, or every .txt, .pdf and .xlsx under the folder, in name order (Excel's "~$" lock files left out). */
    private static List<Path> files(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(input)) {
            walk.filter(Files::isRegularFile).filter(InputFiles::readable).sorted().forEach(files::add);
        }
        return files;
    }

    private static boolean readable(Path p) {
        String n = p.getFileName().toString();
        String lower = n.toLowerCase(Locale.ROOT);
        return !n.startsWith("~$") && !n.startsWith(".")
                && (lower.endsWith(".txt") || lower.endsWith(".pdf") || lower.endsWith(".xlsx"));
    }

    /** {@link #expand}, or null after saying on {@code err} why there are no files to read. */
    static List<Path> expandOrSay(List<Path> inputs, PrintWriter err) {
        try {
            return expand(inputs);
        } catch (UnreadableInputException e) {
            err.println("gongkai：" + e.getMessage());
            return null;
        }
    }

    /**
     * True when {@code folder} (null: none asked for) can take the files written for several
     * inputs, made when missing; else false after saying on {@code err} why not.
     */
    static boolean folderOrSay(Path folder, PrintWriter err) {
        if (folder == null) {
            return true;
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            err.println("gongkai：给出目录或多个文件时 -o 应为目录，而“" + folder + "”是一个文件：请换一个目录名。");
            return false;
        }
        try {
            Files.createDirectories(folder);
            return true;
        } catch (IOException e) {
            err.println("gongkai：无法创建目录 " + folder + "（" + RenderCommand.why(e) + "）：请换一个可写的位置。");
            return false;
        }
    }

    /**
     * Names for the files written for each input, in an output folder: the input's name with
     * {@code suffix} for its extension ("a.pdf" → "a.检查报告.html"), "-2", "-3" added when two
     * inputs in different folders have the same name.
     */
    static final class OutputNames {
        private final Set<String> used = new HashSet<>();

        String next(Path input, String suffix) {
            String name = input.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            String candidate = stem + suffix;
            for (int k = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); k++) {
                candidate = stem + "-" + k + suffix;
            }
            return candidate;
        }
    }
}
