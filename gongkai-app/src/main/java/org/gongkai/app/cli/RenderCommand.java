package org.gongkai.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Severity;
import org.gongkai.core.compose.InputReader;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.ReadNote;
import org.gongkai.core.read.UnreadableInputException;
import org.gongkai.core.write.DisclosureRenderer;
import org.gongkai.core.write.RenderFormat;
import org.gongkai.core.write.RenderedFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai render FILE --to html|pdf|docx|xlsx|json|csv|txt|all [-o DIR]}: reads a
 * disclosure and writes it in the formats asked for, into DIR (the current directory by default),
 * each file named after the input ("单位预算.txt" gives "单位预算.pdf"). Says how each went, one
 * line per file; warns when the document has errors a check would report.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"把一份预算公开文件、填报工作簿或一体化平台导出生成为网页、PDF、Word、Excel 和开放数据（由工作簿生成时，13张表和情况说明自动生成）。",
                "每种格式写成一个文件，文件名取自输入文件，"
                        + "CSV 另附 Fiscal Data Package 描述文件（.datapackage.json）。"},
        footer = {"", "示例：", "  gongkai render 单位预算公开.txt --to pdf", "  gongkai render 单位预算公开.txt --to all -o 发布",
                "  gongkai render 部门预算.pdf --to xlsx,csv -o 数据", "  gongkai render 单位预算公开.txt --to pdf --no-catalogue",
                "", "格式：html 网页；pdf 印刷版（A4，内嵌中文字体）；docx 可编辑的 Word 文档；xlsx 每表一页的 Excel；"
                + "json 开放数据（见 docs/open-data-format.md）；csv 事实数据及其描述文件；txt 纯文本；all 以上全部。",
                "", "退出码：0 成功（文件有错误时也生成，但会提示）；2 文件无法读取或不完整；64 用法错误或无法写入。"})
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "预算公开文件（.txt：UTF-8 或 GB18030，单元格以制表符分隔；或 .pdf），"
            + "gongkai template 生成并填好的填报工作簿（.xlsx），或预算管理一体化平台导出的 .xlsx")
    Path file;

    @Option(names = "--to", paramLabel = "FORMAT", required = true, split = ",",
            description = "生成的格式，可用逗号分隔多个：html、pdf、docx、xlsx、json、csv、txt 或 all")
    List<String> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "写入此目录（不存在时创建），默认为当前目录")
    Path directory;

    @Option(names = "--no-catalogue", description = "网页、PDF、Word 和 Excel 不附政府购买服务指导性目录（目录另行公开时）")
    boolean noCatalogue;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<RenderFormat> wanted = new ArrayList<>();
        for (String name : formats) {
            if (name.strip().equalsIgnoreCase("all")) {
                wanted.clear();
                wanted.addAll(List.of(RenderFormat.values()));
                break;
            }
            RenderFormat f = RenderFormat.of(name.strip()).orElse(null);
            if (f == null) {
                err.println("gongkai：不认识的格式“" + name + "”：可用 html、pdf、docx、xlsx、json、csv、txt 或 all。");
                return ExitCode.USAGE;
            }
            if (!wanted.contains(f)) {
                wanted.add(f);
            }
        }
        Disclosure d;
        try {
            d = InputReader.withBundledTemplates().read(file);
        } catch (UnreadableInputException e) {
            err.println("gongkai：" + e.getMessage());
            return ExitCode.UNREADABLE;
        }
        Path dir = directory == null ? Path.of("") : directory;
        try {
            Files.createDirectories(dir.toAbsolutePath());
        } catch (IOException e) {
            err.println("gongkai：无法创建目录 " + dir + "（" + why(e) + "）。请换一个可写的目录。");
            return ExitCode.USAGE;
        }
        String base = safeBaseName(file, dir, wanted);
        boolean progress = wanted.size() > 1 && System.console() != null; // a terminal, not a log
        Map<RenderFormat, Future<List<RenderedFile>>> rendering = DisclosureRenderer.renderConcurrently(d, wanted, base, !noCatalogue);
        Future<CheckReport> checking = CompletableFuture.supplyAsync(() -> Checker.standard().check(d));
        int done = 0;
        for (RenderFormat f : wanted) {
            done++;
            if (progress) {
                err.print("\r[" + done + "/" + wanted.size() + "] 正在生成" + f.label() + "…");
                err.flush();
            }
            List<RenderedFile> files = result(rendering.get(f));
            if (progress) {
                err.print("\r\033[K");
                err.flush();
            }
            for (RenderedFile r : files) {
                Path target = dir.resolve(r.name());
                try {
                    Files.write(target, r.bytes());
                } catch (IOException e) {
                    err.println("gongkai：无法写入 " + target + "（" + why(e) + "）。请确认目录可写后再试。");
                    return ExitCode.USAGE;
                }
                String what = r.name().endsWith(".datapackage.json") ? "数据包描述（Fiscal Data Package）" : f.label();
                out.println("已生成" + what + "：" + target + "（" + size(r.bytes().length) + "）");
            }
        }
        out.flush();
        CheckReport report = result(checking);
        if (report.hasErrors()) {
            err.println("注意：此文件有 " + report.count(Severity.ERROR) + " 项错误（发布前应更正），用 gongkai check "
                    + file.getFileName() + " 查看。");
        }
        ReadNote truncated = d.truncation().orElse(null);
        if (truncated != null) {
            err.println("gongkai：文件不完整：" + truncated.message() + "。以上只是读到部分的生成结果；请取得完整的文件后再试。");
            return ExitCode.UNREADABLE;
        }
        return ExitCode.OK;
    }

    /** The value of {@code f}; a failure inside it is thrown again as itself, for the command's fault handler. */
    private static <T> T result(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("被中断", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * The input's base name, or with "-公开" added when a file written under it would replace the
     * input itself (rendering 填报.xlsx to Excel in its own folder): nothing the user gave is lost.
     */
    static String safeBaseName(Path input, Path dir, List<RenderFormat> formats) {
        String base = baseName(input);
        Path in = input.toAbsolutePath().normalize();
        for (RenderFormat f : formats) {
            if (dir.resolve(base + "." + f.extension()).toAbsolutePath().normalize().equals(in)) {
                return base + "-公开";
            }
        }
        return base;
    }

    /** "单位预算公开.txt" gives "单位预算公开". */
    static String baseName(Path file) {
        String n = file.getFileName() == null ? "disclosure" : file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " 字节" : bytes < 1024 * 1024 ? (bytes + 512) / 1024 + " KB" : String.format("%.1f MB", bytes / 1048576.0);
    }

    /** Why a file could not be written, in words for the user: "目录不存在", "没有写入权限". */
    static String why(IOException e) {
        return e instanceof NoSuchFileException ? "目录不存在" : e instanceof AccessDeniedException ? "没有写入权限"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
