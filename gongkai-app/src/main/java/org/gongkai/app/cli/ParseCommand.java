package org.gongkai.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.ReadNote;
import org.gongkai.core.write.DisclosureJsonWriter;
import org.gongkai.core.write.opendata.FactCsvWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gongkai parse FILE|DIR... [--format text|json|csv] [-o OUT]}: reads a published disclosure
 * (text or PDF) and prints a summary, the whole disclosure as open-data JSON, or its facts as CSV. Given a folder or
 * several files, as a researcher reads a collection, it reads each in turn ({@link ParseBatch}).
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"读取一份已公开的预算公开文件（文本或 PDF）、填报工作簿或一体化平台导出，输出摘要、完整的 JSON（开放数据格式，见 docs/open-data-format.md）或事实表 CSV（每个数一行）。"},
        footer = {"", "示例：", "  gongkai parse 单位预算公开.txt", "  gongkai parse 部门预算.pdf --format json -o 部门预算.json",
                "  gongkai parse 公开文件/ --format json -o 开放数据/   （逐个读取，每个文件一份 JSON）",
                "  gongkai parse 公开文件/ --format csv -o 事实.csv    （所有文件的数合为一张表，末列为所在文件）",
                "  gongkai parse 部门预算公开文件.pdf 部门预算公开表.pdf --together --format json   （文字和报表分两个文件公开时，合为一份）",
                "", "读取目录时，同一目录中只有文字的文件和只有报表的文件，年度和单位相同的，自动合为一份读取（结果一行，写作“文字文件 + 报表文件”）；"
                        + "加 --separately 则分开读取。",
                "", "退出码：0 成功；2 文件无法读取或不完整（仍输出读到的内容并说明缺少什么；读取多个文件时其余照常读取）；64 用法错误。"})
final class ParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "预算公开文件（.txt：UTF-8 或 GB18030，单元格以制表符分隔；或 .pdf），"
            + "gongkai template 生成并填好的填报工作簿（.xlsx），或预算管理一体化平台导出的 .xlsx；"
            + "给出目录或多个文件时逐个读取（目录含其子目录中所有 .txt、.pdf、.xlsx）")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "输出格式：text（摘要，默认）、json（完整数据）或 csv（事实表，每个数一行）")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "写入此文件，而不是标准输出；读取多个文件时，text 和 json 为目录（每个文件各写一份），csv 为一个文件（所有文件的数合为一张表）")
    Path output;

    @Option(names = "--threads", paramLabel = "T", description = "给出目录或多个文件时同时读取的文件数（默认：处理器个数）")
    Integer threads;

    @Option(names = "--together", description = "两个文件是同一份公开文件：一个只有文字（概况、情况说明），一个只有报表；合为一份读取")
    boolean together;

    @Option(names = "--separately", description = "读取目录时，同一目录中同一年度、同一单位的文字文件和报表文件也分开读取（默认合为一份）")
    boolean separately;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (together && separately) {
            err.println("gongkai：--together（两个文件合为一份）和 --separately（分开读取）不能同时使用：请去掉其中一个。");
            return ExitCode.USAGE;
        }
        if (!together && !InputFiles.isOneFile(inputs)) {
            return new ParseBatch(spec.commandLine().getOut(), err, format, output, FileWork.threads(threads), !separately).run(inputs);
        }
        OneDisclosure.Read read = OneDisclosure.read(inputs, together, output, err);
        if (read.disclosure() == null) {
            return read.exitCode();
        }
        Disclosure d = read.disclosure();
        String out = switch (format) {
            case json -> DisclosureJsonWriter.write(d);
            case csv -> FactCsvWriter.write(d);
            case text -> DisclosureSummary.of(d);
        };
        if (output != null) {
            try {
                Files.writeString(output, out);
            } catch (IOException e) {
                err.println("gongkai：无法写入 " + output + "（" + RenderCommand.why(e) + "）。请确认目录存在且可写后再试。");
                return ExitCode.USAGE;
            }
        } else {
            PrintWriter w = spec.commandLine().getOut();
            w.print(out);
            w.flush();
        }
        ReadNote truncated = d.truncation().orElse(null);
        if (truncated != null) {
            err.println("gongkai：文件不完整：" + truncated.message() + "。以上是读到的内容；请取得完整的文件后再试。");
            return ExitCode.UNREADABLE;
        }
        return ExitCode.OK;
    }
}
