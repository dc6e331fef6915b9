package org.gongkai.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.gongkai.core.compose.InputReader;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.narrative.UnitStatementsReader;
import org.gongkai.core.read.UnreadableInputException;
import org.gongkai.core.workbook.InputWorkbookWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai template --unit NAME --year YYYY [-o FILE] [--from PUBLISHED]}: writes the
 * workbook a budget unit fills in, empty or filled from a published disclosure; {@code check}
 * and {@code render} then read the filled workbook as they read a published document.
 */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"生成预算单位的填报工作簿（.xlsx）：每类数据一个工作表（单位概况与人员、按功能科目和资金来源的收支、"
                + "基本支出经济分类、“三公”经费与机关运行经费、项目、绩效目标与指标、政府采购、国有资产、上年数、变动原因等），"
                + "附填写说明、下拉选项、数字校验和批注。",
                "填好后用 gongkai check 检查、gongkai render 生成全部公开文件（表格和情况说明自动生成）。"},
        footer = {"", "示例：", "  gongkai template --unit 柳林县人力资源和社会保障局 --year 2025",
                "  gongkai template --from 2024年单位预算公开.pdf -o 填报.xlsx   （按已公开文件预先填好）",
                "  gongkai template --from 一体化平台导出.xlsx -o 填报.xlsx     （按平台导出预先填好，再补上年数和变动原因）",
                "  gongkai check 填报.xlsx", "  gongkai render 填报.xlsx --to all -o 输出",
                "", "退出码：0 成功；2 --from 的文件无法读取；64 用法错误或文件已存在（加 --force 覆盖）。"})
final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--unit", paramLabel = "NAME", description = "单位名称，如“柳林县人力资源和社会保障局”")
    String unit;

    @Option(names = "--year", paramLabel = "YYYY", description = "预算年度，如 2025")
    Integer year;

    @Option(names = "--from", paramLabel = "PUBLISHED", description = "已公开的预算公开文件（文本或 PDF）或预算管理一体化平台导出的 .xlsx：按其内容预先填好工作簿")
    Path from;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "写入此文件（默认：“单位名称+年度+年预算填报.xlsx”）")
    Path output;

    @Option(names = "--force", description = "文件已存在时覆盖它（默认不覆盖，以免丢失已填写的内容）")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        byte[] xlsx;
        String name;
        if (from != null) {
            Disclosure d;
            try {
                d = InputReader.withBundledTemplates().read(from);
            } catch (UnreadableInputException e) {
                err.println("gongkai：" + e.getMessage());
                return ExitCode.UNREADABLE;
            }
            xlsx = new InputWorkbookWriter().filled(d, UnitStatementsReader.read(d));
            name = (d.metadata().unitName() == null ? "单位" : d.metadata().unitName()) + d.metadata().year() + "年预算填报.xlsx";
        } else {
            if (unit == null || unit.isBlank() || year == null) {
                err.println("gongkai：请用 --unit 给出单位名称、--year 给出预算年度（或用 --from 指定已公开的文件）。用法见：gongkai template --help");
                return ExitCode.USAGE;
            }
            if (year < 2000 || year > 2100) {
                err.println("gongkai：预算年度“" + year + "”不对：应为四位年份，如 2025。");
                return ExitCode.USAGE;
            }
            xlsx = new InputWorkbookWriter().blank(unit.strip(), year);
            name = unit.strip() + year + "年预算填报.xlsx";
        }
        Path target = output != null ? output : Path.of(name);
        if (Files.exists(target) && !force) {
            err.println("gongkai：“" + target + "”已存在：为免覆盖已填写的内容，请用 -o 换一个文件名，或加 --force 覆盖。");
            return ExitCode.USAGE;
        }
        try {
            Files.write(target, xlsx);
        } catch (IOException e) {
            err.println("gongkai：无法写入 " + target + "（" + RenderCommand.why(e) + "）。请确认目录可写后再试。");
            return ExitCode.USAGE;
        }
        spec.commandLine().getOut().println("已生成填报工作簿：" + target + "。填好后运行 gongkai check " + target.getFileName()
                + " 检查，gongkai render " + target.getFileName() + " --to all 生成公开文件。");
        return ExitCode.OK;
    }
}
