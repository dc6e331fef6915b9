package org.gongkai.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.LedgerEntry;
import org.gongkai.core.check.Severity;
import org.gongkai.core.compose.InputReader;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.read.Companions;
import org.gongkai.core.read.UnreadableInputException;
import org.gongkai.core.report.CheckReportHtmlWriter;
import org.gongkai.core.report.CheckReportJsonWriter;
import org.gongkai.core.report.CheckReportTextWriter;
import org.gongkai.core.write.Markup;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code gongkai check} given a folder or several files: each file read and checked in turn, one
 * line per file on standard output, and a count at the end. With {@code -o DIR} each file's
 * report, in the format asked for, is written to DIR; {@code --format json} without {@code -o}
 * prints one JSON document holding every file's report ({@code gongkai-check-batch}, see
 * docs/check-report-format.md). A file that cannot be read is reported and the others are still
 * checked. A folder's files are taken together; where a folder holds a file with only the text of
 * a disclosure and one with only its tables, of the same year and unit ({@link Companions#pairs}),
 * the two are checked as one, on one line.
 * Example line: "有错误：公开文件/a.txt → 柳林县人力资源和社会保障局 2024年 单位预算（错误 22，警告 54，提示 32）".
 */
final class CheckBatch {

    /** The batch document's format name and version. */
    static final String FORMAT = "gongkai-check-batch";
    static final int VERSION = 1;
    /** The name, before its extension, of the list of files written beside the reports (json, html). */
    static final String INDEX = "检查汇总.";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final PrintWriter out;
    private final PrintWriter err;
    private final ReportFormat format;
    private final Path folder;
    private final int threads;
    private final boolean joining;

    /** One file's outcome (or two files', joined: "a.pdf + b.pdf"), for the folder's index page. */
    private record Row(String file, String outcome, String document, long errors, long warnings, long infos, String report) {
    }

    /** One rule's findings over all the files: how many, and in how many files it found an error or warning. */
    private static final class RuleTally {
        final String ruleId;
        final String title;
        int files;
        long errors;
        long warnings;
        long infos;

        RuleTally(String ruleId, String title) {
            this.ruleId = ruleId;
            this.title = title;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    /** The rules' tallies, in the order of the rule catalogue (the ledger's). */
    private final Map<String, RuleTally> rules = new LinkedHashMap<>();
    private int withErrors;
    private int withoutErrors;
    private int incomplete;
    private int unreadable;
    private int joined;
    private final long[] findings = new long[Severity.values().length];

    /**
     * @param folder  where each file's report is written, or null to print only the lines (text)
     *                or the batch document (json)
     * @param threads how many files are read and checked at once
     * @param joining whether a folder's text and tables files of one disclosure are checked as one
     */
    CheckBatch(PrintWriter out, PrintWriter err, ReportFormat format, Path folder, int threads, boolean joining) {
        this.out = out;
        this.err = err;
        this.format = format;
        this.folder = folder;
        this.threads = threads;
        this.joining = joining;
    }

    int run(List<Path> inputs) {
        List<Path> listed = InputFiles.expandOrSay(inputs, err);
        if (listed == null) {
            return ExitCode.UNREADABLE;
        }
        List<Path> files = FolderPairs.byFolder(listed);
        if (folder == null && format == ReportFormat.html) {
            err.println("gongkai：检查多个文件时，网页报告每个文件一份：请用 -o 指定存放报告的目录，如 -o 检查报告/。");
            return ExitCode.USAGE;
        }
        if (!InputFiles.folderOrSay(folder, err)) {
            return ExitCode.USAGE;
        }
        boolean lines = folder != null || format == ReportFormat.text;
        ObjectNode batch = JSON.createObjectNode();
        batch.put("format", FORMAT);
        batch.put("version", VERSION);
        ArrayNode results = batch.putArray("files");
        InputFiles.OutputNames names = new InputFiles.OutputNames();
        List<String> written = new ArrayList<>();
        for (Path f : files) {
            written.add(folder == null ? null : names.next(f, ".检查报告." + format.name()));
        }
        InputReader reader = InputReader.withBundledTemplates();
        // files checked side by side keep the processors busy: each check on one thread, not two
        Checker standard = Checker.standard();
        Checker checker = threads > 1 && files.size() > 1 ? standard.oneThread() : standard;
        FileWork.Sink<Checked> take = (f, c) -> {
            ObjectNode result = results.addObject();
            result.put("file", f.toString());
            if (c.companion() != null) {
                result.putArray("companions").add(c.companion().toString());
            }
            if (c.report() == null) {
                unreadable++;
                result.put("status", "unreadable");
                result.put("message", c.row().document());
            } else {
                count(c.report(), c.cut());
                result.put("status", c.cut() ? "incomplete" : "checked");
                if (c.row().report() != null) {
                    result.put("report", c.row().report());
                } else if (c.json() != null) {
                    result.set("report", c.json());
                }
            }
            rows.add(c.row());
            if (lines) {
                out.println(c.line());
                out.flush();
            }
        };
        // a folder's text and tables files are checked as one when its files are all read
        FolderPairs<Checked> pending = new FolderPairs<>(Checked::half,
                (f, c, tables, t) -> checked(checker, f, tables, t == null ? c.half() : Companions.join(c.half(), t.half()), c.written()),
                take, threads, n -> Progress.onTerminal(err, n), "正在检查 ");
        try {
            FileWork.inOrder(files, threads, Progress.onTerminal(err, files.size()), "正在检查 ",
                    (i, f) -> check(reader, checker, f, written.get(i)), pending::take);
            pending.finish();
            joined = pending.pairs();
        } catch (IOException e) {
            err.println("gongkai：无法写入 " + folder + "（" + RenderCommand.why(e) + "）。请确认目录可写后再试。");
            return ExitCode.USAGE;
        }
        ObjectNode counts = batch.putObject("counts");
        counts.put("files", files.size());
        counts.put("joined", joined);
        counts.put("withErrors", withErrors);
        counts.put("withoutErrors", withoutErrors);
        counts.put("incomplete", incomplete);
        counts.put("unreadable", unreadable);
        counts.put("errors", findings[Severity.ERROR.ordinal()]);
        counts.put("warnings", findings[Severity.WARNING.ordinal()]);
        counts.put("infos", findings[Severity.INFO.ordinal()]);
        List<RuleTally> ranked = ranked();
        ArrayNode byRule = batch.putArray("rules");
        for (RuleTally t : ranked) {
            ObjectNode n = byRule.addObject();
            n.put("ruleId", t.ruleId);
            n.put("title", t.title);
            n.put("files", t.files);
            n.put("errors", t.errors);
            n.put("warnings", t.warnings);
            n.put("infos", t.infos);
        }
        if (lines) {
            if (!ranked.isEmpty()) {
                out.println("各规则发现的错误和警告（按涉及的文件数排列）：");
                for (RuleTally t : ranked) {
                    out.println("  " + t.ruleId + " " + t.title + "：" + t.files + " 个文件，错误 " + t.errors + " 项、警告 "
                            + t.warnings + " 项");
                }
            }
            out.println(total(files.size()));
        }
        if (folder != null && format != ReportFormat.text) {
            try {
                Files.writeString(folder.resolve(INDEX + format.name()),
                        format == ReportFormat.json ? JSON.writeValueAsString(batch) + "\n" : index(files.size()));
            } catch (IOException e) {
                err.println("gongkai：无法写入 " + folder + "（" + RenderCommand.why(e) + "）。请确认目录可写后再试。");
                return ExitCode.USAGE;
            }
        } else if (!lines) {
            out.print(JSON.writeValueAsString(batch) + "\n");
        }
        out.flush();
        if (unreadable > 0 || incomplete > 0) {
            return ExitCode.UNREADABLE;
        }
        return withErrors > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private String report(Disclosure d, CheckReport r) {
        return switch (format) {
            case json -> CheckReportJsonWriter.write(d, r);
            case html -> CheckReportHtmlWriter.write(d, r);
            case text -> CheckReportTextWriter.write(d, r);
        };
    }

    private void count(CheckReport r, boolean cut) {
        for (LedgerEntry e : r.ledger()) {
            RuleTally t = rules.computeIfAbsent(e.ruleId(), id -> new RuleTally(id, e.title()));
            t.errors += e.errors();
            t.warnings += e.warnings();
            t.infos += e.infos();
            if (e.errors() + e.warnings() > 0) {
                t.files++;
            }
        }
        if (cut) {
            incomplete++;
        } else if (r.hasErrors()) {
            withErrors++;
        } else {
            withoutErrors++;
        }
        for (Severity s : Severity.values()) {
            findings[s.ordinal()] += r.count(s);
        }
    }

    /**
     * One file read and checked, on a worker thread: its line, its row of the index, the report
     * (null when the file cannot be read, the row then holding why) and, for JSON on standard
     * output, the report as JSON. A file with only the text or only the tables of a disclosure
     * is not checked yet: it is {@code half}, kept with the name of its report ({@code written})
     * until its folder is done, to be checked with its companion ({@code companion}: the tables'
     * file joined to this text) or alone.
     */
    private record Checked(String line, Row row, CheckReport report, boolean cut, ObjectNode json, Disclosure half,
                           String written, Path companion) {
    }

    /**
     * Reads {@code f} and checks it, writing its report to {@code written} in the folder (when not
     * null); a file with only the text or only the tables of a disclosure, when joining, is only read.
     */
    private Checked check(InputReader reader, Checker checker, Path f, String written) throws IOException {
        Disclosure d;
        try {
            d = reader.read(f);
        } catch (UnreadableInputException e) {
            return new Checked("无法读取：" + f + "：" + e.getMessage(), new Row(f.toString(), "无法读取", e.getMessage(), 0, 0, 0, null),
                    null, false, null, null, null, null);
        }
        if (joining && (Companions.textOnly(d) || Companions.tablesOnly(d))) {
            return new Checked(null, null, null, false, null, d, written, null);
        }
        return checked(checker, f, null, d, written);
    }

    /** Checks {@code d}, read from {@code f} (and {@code companion}, when not null), writing its report to {@code written}. */
    private Checked checked(Checker checker, Path f, Path companion, Disclosure d, String written) throws IOException {
        CheckReport r = checker.check(d);
        boolean cut = d.truncation().isPresent();
        if (written != null) {
            Files.writeString(folder.resolve(written), report(d, r));
        }
        String outcome = outcome(r, cut);
        String files = companion == null ? f.toString() : f + " + " + companion.getFileName(); // the companion is in the same folder
        Row row = new Row(files, outcome, DisclosureSummary.describe(d), r.count(Severity.ERROR), r.count(Severity.WARNING),
                r.count(Severity.INFO), written);
        ObjectNode json = folder == null && format == ReportFormat.json ? CheckReportJsonWriter.toJson(d, r) : null;
        return new Checked(line(outcome, files, d, r), row, r, cut, json, null, written, companion);
    }

    /** 不完整 (the file was cut short), 有错误 or 无错误. */
    private static String outcome(CheckReport r, boolean cut) {
        return cut ? "不完整" : r.hasErrors() ? "有错误" : "无错误";
    }

    /** "有错误：a.txt → 柳林县人力资源和社会保障局 2024年 单位预算（错误 22，警告 54，提示 32）". */
    private static String line(String outcome, String file, Disclosure d, CheckReport r) {
        String counts = "（错误 " + r.count(Severity.ERROR) + "，警告 " + r.count(Severity.WARNING) + "，提示 "
                + r.count(Severity.INFO) + "）";
        return outcome + "：" + file + " → " + DisclosureSummary.describe(d) + counts
                + (outcome.equals("不完整") ? "：文件被截断，只检查了读到的部分" : "");
    }

    /** The count that ends the lines, and where the reports are. */
    private String total(int files) {
        return counted(files) + (folder == null ? "" : "各文件的报告在 " + folder
                + (format == ReportFormat.text ? "" : "（汇总见 " + INDEX + format.name() + "）") + "。");
    }

    /** "共 22 个文件，合为 15 份（7 对文字和报表各合为一份）：有错误 12，…；共发现错误 … 项、…。" */
    private String counted(int files) {
        return "共 " + files + " 个文件" + (joined == 0 ? "" : "，合为 " + (files - joined) + " 份（" + joined + " 对文字和报表各合为一份）")
                + "：有错误 " + withErrors + "，无错误 " + withoutErrors + "，不完整 " + incomplete
                + "，无法读取 " + unreadable + "；共发现错误 " + findings[Severity.ERROR.ordinal()] + " 项、警告 "
                + findings[Severity.WARNING.ordinal()] + " 项、提示 " + findings[Severity.INFO.ordinal()] + " 项。";
    }

    /** The rules that found an error or a warning, those in the most files first, then those with the most findings. */
    private List<RuleTally> ranked() {
        return rules.values().stream().filter(t -> t.files > 0)
                .sorted(Comparator.comparingInt((RuleTally t) -> t.files).reversed()
                        .thenComparing(Comparator.comparingLong((RuleTally t) -> t.errors + t.warnings).reversed()))
                .toList();
    }

    /**
     * Sorting the index's tables by a column, on a click of its heading: figures (the columns
     * marked data-number, "—" below 0) the largest first, text in Chinese order; a second click
     * turns the order round. The page stays one file that works without a server.
     */
    private static final String SORTING = """
            document.querySelectorAll('table').forEach(function (table) {
              table.querySelectorAll('th').forEach(function (th, column) {
                th.style.cursor = 'pointer';
                th.addEventListener('click', function () {
                  var number = th.hasAttribute('data-number');
                  var order = th.getAttribute('aria-sort') === (number ? 'descending' : 'ascending') ? -1 : 1;
                  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
                  rows.sort(function (a, b) {
                    var x = a.cells[column].textContent, y = b.cells[column].textContent;
                    if (number) {
                      x = x === '—' ? -1 : Number(x);
                      y = y === '—' ? -1 : Number(y);
                      return order * (y - x);
                    }
                    return order * x.localeCompare(y, 'zh-CN');
                  });
                  rows.forEach(function (r) { table.tBodies[0].appendChild(r); });
                  table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
                  th.setAttribute('aria-sort', (order === 1) === number ? 'descending' : 'ascending');
                });
              });
            });
            """;

    /** The folder's index page: a row per file with its counts and a link to its report. */
    private String index(int files) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>预算公开检查汇总</title>\n<style>\n")
                .append("body{font-family:\"Noto Sans SC\",\"WenQuanYi Micro Hei\",sans-serif;margin:2em;color:#222}")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.35em .6em;text-align:left}")
                .append("th,td.n,td:nth-child(3),td:last-child{white-space:nowrap}td.n{text-align:right}tr.有错误 td:nth-child(3),tr.无法读取 td:nth-child(3),tr.不完整 td:nth-child(3){color:#b00020;font-weight:bold}")
                .append("tr.无错误 td:nth-child(3){color:#1b5e20}.hint{color:#666;font-size:.9em}th[aria-sort=descending]::after{content:\" ▼\"}")
                .append("th[aria-sort=ascending]::after{content:\" ▲\"}\n</style>\n</head>\n<body>\n<h1>预算公开检查汇总</h1>\n<p>")
                .append(Markup.esc(counted(files))).append("</p>\n<p class=\"hint\">点击表头按该列排序，再点一次倒过来。</p>\n")
                .append("<table id=\"files\">\n<thead><tr><th>文件</th><th>单位和年度</th><th>结果</th>")
                .append("<th data-number>错误</th><th data-number>警告</th><th data-number>提示</th><th>报告</th></tr></thead>\n<tbody>\n");
        for (Row r : rows) {
            b.append("<tr class=\"").append(r.outcome()).append("\"><td>").append(Markup.esc(r.file())).append("</td><td>")
                    .append(Markup.esc(r.document())).append("</td><td>").append(r.outcome()).append("</td>");
            if (r.report() == null) {
                b.append("<td class=\"n\">—</td><td class=\"n\">—</td><td class=\"n\">—</td><td>—</td>");
            } else {
                b.append("<td class=\"n\">").append(r.errors()).append("</td><td class=\"n\">").append(r.warnings())
                        .append("</td><td class=\"n\">").append(r.infos()).append("</td><td><a href=\"")
                        .append(Markup.esc(URLEncoder.encode(r.report(), StandardCharsets.UTF_8).replace("+", "%20")))
                        .append("\">查看</a></td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        List<RuleTally> ranked = ranked();
        if (!ranked.isEmpty()) {
            b.append("<h2>各规则发现的错误和警告</h2>\n<table id=\"rules\">\n<thead><tr><th>规则</th><th>内容</th><th data-number>文件数</th>")
                    .append("<th data-number>错误</th><th data-number>警告</th></tr></thead>\n<tbody>\n");
            for (RuleTally t : ranked) {
                b.append("<tr><td>").append(Markup.esc(t.ruleId)).append("</td><td>").append(Markup.esc(t.title))
                        .append("</td><td class=\"n\">").append(t.files).append("</td><td class=\"n\">").append(t.errors)
                        .append("</td><td class=\"n\">").append(t.warnings).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        b.append("<footer><p>由 gongkai 生成。“错误”须改正后才能公开；“警告”请公开前核对；“提示”供参考。</p></footer>\n")
                .append("<script>\n").append(SORTING).append("</script>\n</body>\n</html>\n");
        return b.toString();
    }
}
