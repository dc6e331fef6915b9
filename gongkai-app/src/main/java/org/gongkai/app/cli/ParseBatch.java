package org.gongkai.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.core.compose.InputReader;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.read.UnreadableInputException;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalog;
import org.gongkai.core.write.DisclosureJsonWriter;

/**
 * {@code gongkai parse} given a folder or several files: each file read in turn, one line per file
 * on standard output and a count at the end; with {@code -o DIR} each file's summary, or its whole
 * disclosure as open-data JSON, is written to DIR. JSON needs {@code -o}: one document per file.
 * A file that cannot be read is reported and the others are still read.
 * Example line: "已读取：公开文件/a.txt → 柳林县人力资源和社会保障局 2024年 单位预算（模板 shanxi-unit-budget-2024，报表 13/13，读取说明 0 条）".
 */
final class ParseBatch {

    private final PrintWriter out;
    private final PrintWriter err;
    private final OutputFormat format;
    private final Path folder;

    /** @param folder where each file's summary or JSON is written, or null for the lines alone */
    ParseBatch(PrintWriter out, PrintWriter err, OutputFormat format, Path folder) {
        this.out = out;
        this.err = err;
        this.format = format;
        this.folder = folder;
    }

    int run(List<Path> inputs) {
        List<Path> files = InputFiles.expandOrSay(inputs, err);
        if (files == null) {
            return ExitCode.UNREADABLE;
        }
        if (folder == null && format == OutputFormat.json) {
            err.println("gongkai：读取多个文件时 JSON 每个文件一份：请用 -o 指定存放的目录，如 -o 开放数据/。");
            return ExitCode.USAGE;
        }
        if (!InputFiles.folderOrSay(folder, err)) {
            return ExitCode.USAGE;
        }
        InputFiles.OutputNames names = new InputFiles.OutputNames();
        InputReader reader = InputReader.withBundledTemplates();
        Progress progress = Progress.onTerminal(err, files.size());
        int read = 0;
        int incomplete = 0;
        int unreadable = 0;
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            progress.at(i, "正在读取 " + f.getFileName() + "…");
            String line;
            try {
                Disclosure d = reader.read(f);
                boolean cut = d.notes().stream().anyMatch(n -> n.code().equals("TRUNCATED"));
                if (cut) {
                    incomplete++;
                } else {
                    read++;
                }
                if (folder != null) {
                    boolean json = format == OutputFormat.json;
                    Files.writeString(folder.resolve(names.next(f, json ? ".json" : ".摘要.txt")),
                            json ? DisclosureJsonWriter.write(d) : DisclosureSummary.of(d));
                }
                line = line(f, d, cut);
            } catch (UnreadableInputException e) {
                unreadable++;
                line = "无法读取：" + f + "：" + e.getMessage();
            } catch (IOException e) {
                progress.clear();
                err.println("gongkai：无法写入 " + folder + "（" + RenderCommand.why(e) + "）。请确认目录可写后再试。");
                return ExitCode.USAGE;
            }
            progress.clear();
            out.println(line);
            out.flush();
        }
        out.println("共 " + files.size() + " 个文件：已读取 " + read + "，不完整 " + incomplete + "，无法读取 " + unreadable + "。"
                + (folder == null ? "" : (format == OutputFormat.json ? "各文件的 JSON 在 " : "各文件的摘要在 ") + folder + "。"));
        out.flush();
        return unreadable > 0 || incomplete > 0 ? ExitCode.UNREADABLE : ExitCode.OK;
    }

    /** "已读取：a.txt → 柳林县人力资源和社会保障局 2024年 单位预算（模板 shanxi-unit-budget-2024，报表 13/13，读取说明 0 条）". */
    static String line(Path file, Disclosure d, boolean cut) {
        Template template = d.templateId() == null ? null : TemplateCatalog.bundled().find(d.templateId()).orElse(null);
        String tables = template == null ? "未识别表样，报表未读" : "模板 " + d.templateId() + "，报表 " + d.tables().size() + "/"
                + template.tables().size();
        return (cut ? "不完整" : "已读取") + "：" + file + " → " + DisclosureSummary.describe(d) + "（" + tables + "，读取说明 "
                + d.notes().size() + " 条）" + (cut ? "：文件被截断，只有读到的部分" : "");
    }
}
