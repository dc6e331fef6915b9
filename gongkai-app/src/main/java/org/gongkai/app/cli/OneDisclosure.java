package org.gongkai.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.core.compose.InputReader;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.read.Companions;
import org.gongkai.core.read.DisclosureReader;
import org.gongkai.core.read.UnreadableInputException;

/**
 * The one disclosure {@code check} and {@code parse} read: from the one file given, or, with
 * {@code --together}, from the two files of one disclosure, its text and its tables (as the
 * Jiangsu departments publish theirs), read and joined ({@link Companions#join}) in either order.
 * Example: {@code gongkai check 部门预算公开文件.pdf 部门预算公开表.pdf --together}.
 */
final class OneDisclosure {

    /** The disclosure read, or null and the exit code after a message on the error stream. */
    record Read(Disclosure disclosure, int exitCode) {
    }

    private OneDisclosure() {
    }

    /**
     * The disclosure of the one file in {@code inputs}, or of the two when {@code together}; none
     * when {@code output} (null: standard output) names a folder, where one file is written.
     */
    static Read read(List<Path> inputs, boolean together, Path output, PrintWriter err) {
        if (!fileOrSay(output, err)) {
            return new Read(null, ExitCode.USAGE);
        }
        if (!together) {
            try {
                return new Read(InputReader.withBundledTemplates().read(inputs.get(0)), ExitCode.OK);
            } catch (UnreadableInputException e) {
                err.println("gongkai：" + e.getMessage());
                return new Read(null, ExitCode.UNREADABLE);
            }
        }
        return together(inputs, err);
    }

    /**
     * True when {@code output} (null: standard output) can name the one file written, else false
     * after saying so: a folder will not do.
     */
    private static boolean fileOrSay(Path output, PrintWriter err) {
        if (output != null && Files.isDirectory(output)) {
            err.println("gongkai：“" + output + "”是一个目录：读取一个文件时 -o 应为要写入的文件名，如 -o " + output.resolve("结果")
                    + "（扩展名随 --format：.txt、.html、.json 等；给出目录的是读取多个文件时）。");
            return false;
        }
        return true;
    }

    private static Read together(List<Path> inputs, PrintWriter err) {
        if (inputs.size() != 2 || inputs.stream().anyMatch(Files::isDirectory)) {
            err.println("gongkai：--together 须给出两个文件（同一份公开文件的文字部分和报表部分），而不是"
                    + (inputs.stream().anyMatch(Files::isDirectory) ? "目录" : " " + inputs.size() + " 个") + "。"
                    + "（gongkai check 检查目录时会自动合并同一目录中同一年度、同一单位的文字文件和报表文件。）");
            return new Read(null, ExitCode.USAGE);
        }
        InputReader reader = InputReader.withBundledTemplates();
        Disclosure a;
        Disclosure b;
        Path reading = inputs.get(0);
        try {
            a = reader.read(reading);
            reading = inputs.get(1);
            b = reader.read(reading);
        } catch (UnreadableInputException e) {
            String message = e.getMessage();
            String name = DisclosureReader.fileName(reading);
            err.println("gongkai：" + (message.contains(name) ? message : "“" + name + "”：" + message));
            return new Read(null, ExitCode.UNREADABLE);
        }
        // the tables' file first, or the text's second: the other way round, so a refusal names the file at fault
        if (Companions.tablesOnly(a) || Companions.textOnly(b)) {
            Disclosure t = a;
            a = b;
            b = t;
        }
        String why = Companions.whyNot(a, b).orElse(null);
        if (why != null) {
            err.println("gongkai：这两个文件不能合为一份：" + why + "。--together 用于同一份公开文件分成的两个文件：一个只有文字（概况、情况说明），"
                    + "一个只有报表，年度和单位相同。");
            return new Read(null, ExitCode.USAGE);
        }
        return new Read(Companions.join(a, b), ExitCode.OK);
    }
}
