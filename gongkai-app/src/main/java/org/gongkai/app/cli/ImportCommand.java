package org.gongkai.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.gongkai.app.store.Database;
import org.gongkai.app.store.DatabaseUnavailableException;
import org.gongkai.app.store.DisclosureStore;
import org.gongkai.app.store.ImportOutcome;
import org.gongkai.app.store.ImportResult;
import org.gongkai.app.store.StoredDisclosure;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai import FILE|DIR...}: stores files, and every .txt, .pdf and .xlsx under each folder given,
 * in the database: each kept, read, checked and stored; one line per file (已入库 / 与已有版本相同 /
 * 无法读取 and why), a progress bar on a terminal. Does not start the web server.
 * Example: {@code gongkai import 公开文件/} prints "已入库：a.txt → 柳林县人力资源和社会保障局 2024年度预算 第1版（错误 22，警告 54，提示 32）".
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"把预算公开文件（.txt、.pdf）、填报工作簿或一体化平台导出（.xlsx）存入数据库：保留原文件，读取、检查后入库。",
                "给出目录时导入其中（含子目录）所有 .txt、.pdf、.xlsx 文件。内容与已入库的某一版本完全相同的文件不重复入库；"
                        + "同一单位、同一年度、同一类别的内容有变化时存为新版本。"},
        footer = {"", "示例：", "  gongkai import 单位预算公开.txt", "  gongkai import 公开文件/",
                "  gongkai import 公开文件/ --db-url jdbc:postgresql://localhost:5432/gongkai",
                "", "退出码：0 全部入库（或与已有版本相同）；2 有文件无法读取（其余照常入库）；4 数据库无法启动或连接；64 用法错误。"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "文件或目录，可给多个（目录导入其中所有 .txt、.pdf、.xlsx）")
    List<Path> inputs;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = InputFiles.expandOrSay(inputs, err);
        if (files == null) {
            return ExitCode.UNREADABLE;
        }
        boolean progress = System.console() != null; // a terminal, not a log
        if (progress) {
            err.print("正在启动数据库…");
            err.flush();
        }
        try (Database db = Database.open(database.settings())) {
            if (progress) {
                err.print("\r\033[K");
                err.flush();
            }
            DisclosureStore store = new DisclosureStore(db.dataSource());
            Progress bar = Progress.onTerminal(err, files.size());
            int stored = 0;
            int same = 0;
            int unreadable = 0;
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                String name = f.getFileName().toString();
                bar.at(i, "正在导入 " + name + "…");
                ImportResult r;
                try {
                    r = store.importFile(Files.readAllBytes(f), name);
                } catch (IOException e) {
                    r = new ImportResult(ImportOutcome.UNREADABLE, name, null,
                            "无法打开文件（" + RenderCommand.why(e) + "）：请确认文件存在且可读。");
                }
                bar.clear();
                switch (r.outcome()) {
                    case STORED -> stored++;
                    case UNCHANGED -> same++;
                    case UNREADABLE, REFUSED -> unreadable++;
                }
                out.println(line(f, r));
                out.flush();
            }
            out.println("共 " + files.size() + " 个文件：入库 " + stored + "，与已有版本相同 " + same + "，无法读取 " + unreadable
                    + "。数据库：" + db.description());
            return unreadable > 0 ? ExitCode.UNREADABLE : ExitCode.OK;
        } catch (DatabaseUnavailableException e) {
            if (progress) {
                err.print("\r\033[K");
            }
            err.println("gongkai：" + e.getMessage());
            return ExitCode.DATABASE;
        }
    }

    /** "已入库：a.txt → 柳林县人力资源和社会保障局 2024年度预算 第1版（错误 22，警告 54，提示 32）". */
    static String line(Path file, ImportResult r) {
        StoredDisclosure d = r.disclosure();
        return switch (r.outcome()) {
            case STORED -> "已入库：" + file + " → " + describe(d) + "（错误 " + d.errors() + "，警告 " + d.warnings()
                    + "，提示 " + d.notes() + "）";
            case UNCHANGED -> "与已有版本相同：" + file + " → " + describe(d) + "，未重复入库";
            case UNREADABLE -> "无法读取：" + file + "：" + r.message();
            case REFUSED -> "未受理：" + file + "：" + r.message();
        };
    }

    private static String describe(StoredDisclosure d) {
        return d.unit() + " " + d.year() + "年度" + d.kind().label() + " 第" + d.version() + "版（编号 " + d.id() + "）";
    }
}
