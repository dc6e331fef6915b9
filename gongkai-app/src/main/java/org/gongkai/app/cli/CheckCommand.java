package org.gongkai.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.ReadNote;
import org.gongkai.core.read.Companions;
import org.gongkai.core.report.CheckReportHtmlWriter;
import org.gongkai.core.report.CheckReportJsonWriter;
import org.gongkai.core.report.CheckReportTextWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai check FILE|DIR... [--format text|json|html] [-o OUT]}: reads a published
 * disclosure, runs every rule on it and prints the findings and the rules' ledger. Exits 1 when it
 * finds an error (a finding that blocks publication), 0 when it finds none.
 *
 * <p>Given a folder or several files, as a finance bureau checks all its units' disclosures, it
 * checks each in turn and prints a line per file ({@link CheckBatch}); with {@code -o DIR} each
 * file's report is written there too. A disclosure published as two files, its text and its
 * tables, is checked as one: with {@code --together} for the two files named, and in a folder
 * whenever a text and a tables file of one year and unit are found side by side.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"检查一份预算公开文件（文本或 PDF）、填报工作簿或一体化平台导出，列出错误、警告和提示。",
                "逐条运行全部检查规则；每项注明规则编号和所在位置（表格的行和列，或情况说明的句子，以及行号），"
                        + "最后说明每条规则已检查、不适用还是无法检查（及原因）。"},
        footer = {"", "示例：", "  gongkai check 单位预算公开.txt", "  gongkai check 部门预算.pdf --format html -o 检查报告.html",
                "  gongkai check 单位预算公开.txt --format json -o 检查结果.json",
                "  gongkai check 填报.xlsx       （问题注明工作表和单元格，如 收支预算!D12）",
                "  gongkai check 各单位公开文件/               （逐个检查，每个文件一行结果）",
                "  gongkai check 各单位公开文件/ --format html -o 检查报告/   （每个文件一份网页报告）",
                "  gongkai check 部门预算公开文件.pdf 部门预算公开表.pdf --together   （文字和报表分两个文件公开时，合为一份检查）",
                "", "检查目录时，同一目录中只有文字的文件和只有报表的文件，年度和单位相同的，自动合为一份检查（结果一行，写作“文字文件 + 报表文件”）；"
                + "加 --separately 则分开检查。",
                "", "输出格式：text 供终端阅读；json 供程序处理（字段见 docs/check-report-format.md）；"
                + "html 为单个网页，可直接打开或打印，每项问题旁列出所指的表格行或原文句子。",
                "", "退出码：0 未发现错误（可能仍有警告或提示）；1 发现错误；2 文件无法读取或不完整（检查多个文件时：有文件无法读取"
                + "或不完整，其余照常检查）；64 用法错误。"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "预算公开文件（.txt：UTF-8 或 GB18030，单元格以制表符分隔；或 .pdf），"
            + "gongkai template 生成并填好的填报工作簿（.xlsx），或预算管理一体化平台导出的 .xlsx；"
            + "给出目录或多个文件时逐个检查（目录含其子目录中所有 .txt、.pdf、.xlsx）")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "输出格式：text（默认）、json 或 html")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "写入此文件，而不是标准输出；检查多个文件时为目录，每个文件的报告各写一份")
    Path output;

    @Option(names = "--threads", paramLabel = "T", description = "给出目录或多个文件时同时检查的文件数（默认：处理器个数）")
    Integer threads;

    @Option(names = "--together", description = "两个文件是同一份公开文件：一个只有文字（概况、情况说明），一个只有报表；合为一份检查，"
            + "文字中的数与报表核对")
    boolean together;

    @Option(names = "--separately", description = "检查目录时，同一目录中同一年度、同一单位的文字文件和报表文件也分开检查（默认合为一份）")
    boolean separately;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (together && separately) {
            err.println("gongkai：--together（两个文件合为一份）和 --separately（分开检查）不能同时使用：请去掉其中一个。");
            return ExitCode.USAGE;
        }
        if (!together && !InputFiles.isOneFile(inputs)) {
            return new CheckBatch(spec.commandLine().getOut(), err, format, output, FileWork.threads(threads), !separately).run(inputs);
        }
        OneDisclosure.Read read = OneDisclosure.read(inputs, together, output, err);
        if (read.disclosure() == null) {
            return read.exitCode();
        }
        Disclosure d = read.disclosure();
        CheckReport report = Checker.standard().check(d);
        String out = switch (format) {
            case json -> CheckReportJsonWriter.write(d, report);
            case html -> CheckReportHtmlWriter.write(d, report);
            case text -> CheckReportTextWriter.write(d, report);
        };
        if (output != null) {
            try {
                Files.writeString(output, out);
            } catch (IOException e) {
                String why = RenderCommand.why(e);
                err.println("gongkai：无法写入 " + output + "（" + why + "）。请确认目录存在且可写后再试。");
                return ExitCode.USAGE;
            }
            StringBuilder counts = new StringBuilder();
            for (Severity s : Severity.values()) {
                counts.append(counts.length() == 0 ? "" : "、").append(s.label()).append(' ').append(report.count(s)).append(" 项");
            }
            PrintWriter w = spec.commandLine().getOut();
            w.println("检查完毕：" + counts + "；报告已写入 " + output);
            w.flush();
        } else {
            PrintWriter w = spec.commandLine().getOut();
            w.print(out);
            w.flush();
        }
        if (!together && d.truncation().isEmpty() && (Companions.textOnly(d) || Companions.tablesOnly(d))) {
            err.println("gongkai：本文件只有" + (Companions.textOnly(d) ? "文字、没有报表" : "报表、没有情况说明")
                    + "。若另一部分在另一个文件中，可合为一份检查：gongkai check 文字文件 报表文件 --together");
        }
        ReadNote truncated = d.truncation().orElse(null);
        if (truncated != null) {
            err.println("gongkai：文件不完整：" + truncated.message() + "。以上只是对读到部分的检查；请取得完整的文件后再检查。");
            return ExitCode.UNREADABLE;
        }
        return report.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
