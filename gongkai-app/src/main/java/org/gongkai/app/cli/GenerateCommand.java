package org.gongkai.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.core.model.Disclosure;
import org.gongkai.core.synthetic.SyntheticUnits;
import org.gongkai.core.write.text.DisclosureTextWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai generate --units N [--years K] [--seed S] -o DIR}: writes synthetic budget
 * disclosures of N made-up units, K consecutive years each, as text files gongkai reads back to
 * the same facts: for load tests of the portal and for trying gongkai out without real documents.
 * The same seed gives the same files. Never overwrites a file without {@code --force}.
 * Example: {@code gongkai generate --units 3 --years 2 -o 样例} writes 6 files such as
 * "样例/000000_平遥县人力资源和社会保障局_2024.txt" and prints "已生成 6 份公开文件（3 个单位 × 2 个年度，种子 1）：样例".
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"生成模拟的单位预算公开文件（纯文本），用于门户网站的压力测试或试用：",
                "每个单位有地区、主管部门、功能分类科目、经济分类、资金来源、项目、“三公”经费和机关运行经费，"
                        + "报表各项勾稽关系成立，情况说明按报表数字和上年数写成，每个项目附项目支出绩效目标表；"
                        + "检查时没有错误和警告。同一种子生成的文件完全相同。"},
        footer = {"", "示例：", "  gongkai generate --units 100 -o 模拟文件", "  gongkai generate --units 10000 --years 3 --seed 7 -o 模拟文件",
                "  gongkai import 模拟文件/", "", "退出码：0 已生成；2 参数不对（单位数须大于 0）、目录无法写入或文件已存在（加 --force 覆盖）；64 用法错误。"})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--units", paramLabel = "N", required = true, description = "单位个数，如 10000")
    int units;

    @Option(names = "--years", paramLabel = "K", defaultValue = "1", description = "每个单位连续生成的年度数（默认 ${DEFAULT-VALUE}），便于跨年度比较")
    int years;

    @Option(names = "--first-year", paramLabel = "YYYY", defaultValue = "" + SyntheticUnits.DEFAULT_FIRST_YEAR,
            description = "第一个预算年度（默认 ${DEFAULT-VALUE}）")
    int firstYear;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "随机种子（默认 ${DEFAULT-VALUE}）：同一种子生成的文件完全相同")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "写入此目录（不存在时创建）")
    Path output;

    @Option(names = "--force", description = "文件已存在时覆盖它（默认不覆盖）")
    boolean force;

    @Option(names = "--threads", paramLabel = "T", description = "同时生成的线程数（默认：处理器个数）")
    Integer threads;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (units <= 0) {
            err.println("gongkai：单位个数应大于 0（--units " + units + "）。");
            return ExitCode.UNREADABLE;
        }
        if (years <= 0 || years > 50) {
            err.println("gongkai：年度数应在 1 到 50 之间（--years " + years + "）。");
            return ExitCode.UNREADABLE;
        }
        if (firstYear < 2000 || firstYear + years - 1 > 2100) {
            err.println("gongkai：预算年度“" + firstYear + "”不对：应为四位年份，如 2024。");
            return ExitCode.UNREADABLE;
        }
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            err.println("gongkai：无法创建目录 " + output + "（" + RenderCommand.why(e) + "）：请换一个可写的目录。");
            return ExitCode.UNREADABLE;
        }
        if (!Files.isDirectory(output) || !Files.isWritable(output)) {
            err.println("gongkai：目录 " + output + " 无法写入：请换一个可写的目录。");
            return ExitCode.UNREADABLE;
        }
        SyntheticUnits generator = new SyntheticUnits(seed);
        if (!force) {
            for (int i = 0; i < units; i++) {
                SyntheticUnits.SyntheticUnit u = generator.unit(i);
                for (int y = firstYear; y < firstYear + years; y++) {
                    Path f = output.resolve(u.fileName(y));
                    if (Files.exists(f)) {
                        err.println("gongkai：“" + f + "”已存在：请换一个目录，或加 --force 覆盖。");
                        return ExitCode.UNREADABLE;
                    }
                }
            }
        }
        boolean progress = System.console() != null; // a terminal, not a log
        long start = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        int n = threads != null && threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<String>> work = new ArrayList<>();
            for (int i = 0; i < units; i++) {
                int index = i;
                work.add(pool.submit(() -> {
                    SyntheticUnits.SyntheticUnit u = generator.unit(index);
                    List<Disclosure> ds = generator.disclosures(index, firstYear, years);
                    for (Disclosure d : ds) {
                        Files.writeString(output.resolve(u.fileName(d.metadata().year())), DisclosureTextWriter.write(d),
                                StandardCharsets.UTF_8);
                    }
                    done.incrementAndGet();
                    return u.name();
                }));
            }
            for (int i = 0; i < work.size(); i++) {
                try {
                    work.get(i).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (progress) {
                        err.print("\r\033[K");
                    }
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        err.println("gongkai：无法写入目录 " + output + "（" + RenderCommand.why(io) + "）：请换一个可写的目录。");
                        return ExitCode.UNREADABLE;
                    }
                    throw new IllegalStateException(cause.getMessage(), cause);
                }
                if (progress && (i % 20 == 0 || i == work.size() - 1)) {
                    err.print("\r\033[K[" + done.get() + "/" + units + "] 正在生成模拟文件…");
                    err.flush();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (progress) {
            err.print("\r\033[K");
            err.flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.println("已生成 " + (long) units * years + " 份公开文件（" + units + " 个单位 × " + years + " 个年度，种子 " + seed + "）："
                + output + String.format("，用时 %.1f 秒", seconds));
        return ExitCode.OK;
    }
}
