package org.gongkai.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.compose.InputReader;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.read.Companions;
import org.gongkai.core.read.UnreadableInputException;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalog;
import org.gongkai.core.write.DisclosureJsonWriter;
import org.gongkai.core.write.opendata.FactCsvWriter;

/**
 * {@code gongkai parse} given a folder or several files: each file read in turn, one line per file
 * on standard output and a count at the end. With {@code -o}: for text and JSON a folder, where
 * each file's summary or whole disclosure (open-data JSON) is written; for CSV one file, the facts
 * of every disclosure in one table with the file each row came from, as a researcher wants a
 * collection's figures. JSON and CSV need {@code -o}. A file that cannot be read is reported and
 * the others are still read. A folder's text-only and tables-only files of one disclosure
 * ({@link Companions#pairs}) are read as one, on one line, unless told to keep them apart.
 * Example line: "已读取：公开文件/a.txt → 柳林县人力资源和社会保障局 2024年 单位预算（模板 shanxi-unit-budget-2024，报表 13/13，读取说明 0 条）".
 */
final class ParseBatch {

    private final PrintWriter out;
    private final PrintWriter err;
    private final OutputFormat format;
    private final Path output;
    private final int threads;
    private final boolean joining;

    private int read;
    private int incomplete;
    private int unreadable;
    private long facts;

    /**
     * @param output  the folder (text, JSON) or the file (CSV) written to, or null for the lines alone
     * @param threads how many files are read at once
     * @param joining whether a folder's text and tables files of one disclosure are read as one
     */
    ParseBatch(PrintWriter out, PrintWriter err, OutputFormat format, Path output, int threads, boolean joining) {
        this.out = out;
        this.err = err;
        this.format = format;
        this.output = output;
        this.threads = threads;
        this.joining = joining;
    }

    int run(List<Path> inputs) {
        List<Path> listed = InputFiles.expandOrSay(inputs, err);
        if (listed == null) {
            return ExitCode.UNREADABLE;
        }
        List<Path> files = FolderPairs.byFolder(listed);
        if (output == null && format != OutputFormat.text) {
            err.println(format == OutputFormat.json
                    ? "gongkai：读取多个文件时 JSON 每个文件一份：请用 -o 指定存放的目录，如 -o 开放数据/。"
                    : "gongkai：读取多个文件的事实表请用 -o 指定 CSV 文件，如 -o 事实.csv。");
            return ExitCode.USAGE;
        }
        if (format == OutputFormat.csv) {
            if (Files.isDirectory(output)) {
                err.println("gongkai：事实表写入一个文件，而“" + output + "”是目录：请给出文件名，如 -o 事实.csv。");
                return ExitCode.USAGE;
            }
            try (BufferedWriter table = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                table.write(FactCsvWriter.header());
                return read(files, table);
            } catch (IOException e) {
                err.println("gongkai：无法写入 " + output + "（" + RenderCommand.why(e) + "）。请确认目录存在且可写后再试。");
                return ExitCode.USAGE;
            }
        }
        if (!InputFiles.folderOrSay(output, err)) {
            return ExitCode.USAGE;
        }
        try {
            return read(files, null);
        } catch (IOException e) {
            err.println("gongkai：无法写入 " + output + "（" + RenderCommand.why(e) + "）。请确认目录可写后再试。");
            return ExitCode.USAGE;
        }
    }

    /**
     * One file read, on a worker thread: its line, its rows for the CSV table, and whether it was
     * read (cut short, not at all). A file with only the text or only the tables of a disclosure,
     * when joining, is {@code half}, kept with the name of what is written for it until its folder
     * is done.
     */
    private record Read(String line, String rows, int facts, boolean cut, boolean unreadable, Disclosure half, String written) {
    }

    /** Reads each file, writes what is asked for it (its rows to {@code table}, for CSV), prints its line. */
    private int read(List<Path> files, BufferedWriter table) throws IOException {
        InputFiles.OutputNames names = new InputFiles.OutputNames();
        List<String> written = new ArrayList<>();
        for (Path f : files) {
            written.add(output == null || table != null ? null
                    : names.next(f, format == OutputFormat.json ? ".json" : ".摘要.txt"));
        }
        InputReader reader = InputReader.withBundledTemplates();
        boolean rows = table != null;
        FileWork.Sink<Read> take = (f, r) -> {
                    if (r.unreadable()) {
                        unreadable++;
                    } else if (r.cut()) {
                        incomplete++;
                    } else {
                        read++;
                    }
                    if (r.rows() != null) {
                        table.write(r.rows());
                        facts += r.facts();
                    }
                    out.println(r.line());
                    out.flush();
                };
        // a folder's text and tables files are read as one when its files are all read
        FolderPairs<Read> pending = new FolderPairs<>(Read::half,
                (f, r, tables, t) -> read(f, tables, t == null ? r.half() : Companions.join(r.half(), t.half()), r.written(), rows),
                take, threads, n -> Progress.onTerminal(err, n), "正在读取 ");
        FileWork.inOrder(files, threads, Progress.onTerminal(err, files.size()), "正在读取 ",
                (i, f) -> read(reader, f, written.get(i), rows), pending::take);
        pending.finish();
        int pairs = pending.pairs();
        String where = output == null ? ""
                : switch (format) {
                    case csv -> "全部 " + facts + " 个数在 " + output + "（每个数一行，末列为所在文件）。";
                    case json -> "各文件的 JSON 在 " + output + "。";
                    case text -> "各文件的摘要在 " + output + "。";
                };
        out.println("共 " + files.size() + " 个文件" + (pairs == 0 ? "" : "（其中 " + pairs + " 对文字和报表各合为一份）") + "：已读取 "
                + read + "，不完整 " + incomplete + "，无法读取 " + unreadable + "。" + where);
        out.flush();
        return incomplete > 0 || unreadable > 0 ? ExitCode.UNREADABLE : ExitCode.OK;
    }

    /**
     * Reads {@code f}: writes its summary or JSON as {@code written} in the folder (when not null),
     * or makes its CSV rows; a file with only the text or only the tables of a disclosure, when
     * joining, is only read.
     */
    private Read read(InputReader reader, Path f, String written, boolean rows) throws IOException {
        Disclosure d;
        try {
            d = reader.read(f);
        } catch (UnreadableInputException e) {
            return new Read("无法读取：" + f + "：" + e.getMessage(), null, 0, false, true, null, null);
        }
        if (joining && (Companions.textOnly(d) || Companions.tablesOnly(d))) {
            return new Read(null, null, 0, false, false, d, written);
        }
        return read(f, null, d, written, rows);
    }

    /** What is made of {@code d}, read from {@code f} (and {@code companion}, its tables, when not null). */
    private Read read(Path f, Path companion, Disclosure d, String written, boolean rows) throws IOException {
        boolean cut = d.truncation().isPresent();
        if (written != null) {
            Files.writeString(output.resolve(written), format == OutputFormat.json ? DisclosureJsonWriter.write(d) : DisclosureSummary.of(d));
        }
        String files = companion == null ? f.toString() : f + " + " + companion.getFileName(); // the companion is in the same folder
        return new Read(line(files, d, cut), rows ? FactCsvWriter.rowsOf(d, files) : null, d.facts().size(), cut, false, null, written);
    }

    /** "已读取：a.txt → 柳林县人力资源和社会保障局 2024年 单位预算（模板 shanxi-unit-budget-2024，报表 13/13，读取说明 0 条）". */
    static String line(String file, Disclosure d, boolean cut) {
        Template template = d.templateId() == null ? null : TemplateCatalog.bundled().find(d.templateId()).orElse(null);
        String tables = template == null ? "未识别表样，报表未读" : "模板 " + d.templateId() + "，报表 " + d.tables().size() + "/"
                + template.tables().size();
        return (cut ? "不完整" : "已读取") + "：" + file + " → " + DisclosureSummary.describe(d) + "（" + tables + "，读取说明 "
                + d.notes().size() + " 条）" + (cut ? "：文件被截断，只有读到的部分" : "");
    }
}
