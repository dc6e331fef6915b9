package org.gongkai.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
                        + "同一单位、同一年度、同一类别的内容有变化时存为新版本。",
                "同一目录中只含文字（概况、情况说明）的文件和只含报表的文件，属同一单位、同一年度且一一对应的，合为一份入库（如江苏省各部门分开发布的“部门预算公开文件”和“部门预算公开表”）。"},
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
            int[] count = new int[4]; // files begun, stored, unchanged, unreadable
            int pairs = 0;
            // a folder's files go together: a text and its tables published apart are one version
            for (List<Path> folder : FolderPairs.folders(files)) {
                List<DisclosureStore.Upload> uploads = folder.stream().map(DisclosureStore.Upload::of).toList();
                Map<String, Path> paths = new HashMap<>();
                folder.forEach(f -> paths.putIfAbsent(f.getFileName().toString(), f));
                List<ImportResult> results = store.importAll(uploads, name -> bar.at(count[0]++, "正在导入 " + name + "…"), r -> { });
                bar.clear();
                for (ImportResult r : results) { // in the order of the folder's files, a pair at its first file's place
                    switch (r.outcome()) {
                        case STORED -> count[1]++;
                        case UNCHANGED -> count[2]++;
                        case UNREADABLE, REFUSED -> count[3]++;
                    }
                    out.println(line(paths.getOrDefault(r.fileName(), Path.of(r.fileName())), r));
                }
                out.flush();
                pairs += (int) results.stream().filter(r -> r.companionFileName() != null).count();
            }
            out.println("共 " + files.size() + " 个文件" + (pairs > 0 ? "（其中 " + pairs + " 对文字和报表各合为一份）" : "")
                    + "：入库 " + count[1] + " 份，与已有版本相同 " + count[2] + " 份，无法读取 " + count[3] + " 个。数据库：" + db.description());
            return count[3] > 0 ? ExitCode.UNREADABLE : ExitCode.OK;
        } catch (DatabaseUnavailableException e) {
            if (progress) {
                err.print("\r\033[K");
            }
            err.println("gongkai：" + e.getMessage());
            return ExitCode.DATABASE;
        }
    }

    /**
     * "已入库：a.txt → 柳林县人力资源和社会保障局 2024年度预算 第1版（错误 22，警告 54，提示 32）"; a pair:
     * "已入库：…/江苏省委办公厅2018年度部门预算公开文件.pdf + 江苏省委办公厅2018年度部门预算公开表.pdf → …".
     */
    static String line(Path file, ImportResult r) {
        StoredDisclosure d = r.disclosure();
        String files = r.companionFileName() == null ? String.valueOf(file) : file + " + " + r.companionFileName();
        return switch (r.outcome()) {
            case STORED -> "已入库：" + files + " → " + describe(d) + "（错误 " + d.errors() + "，警告 " + d.warnings()
                    + "，提示 " + d.notes() + "）";
            case UNCHANGED -> "与已有版本相同：" + files + " → " + describe(d) + "，未重复入库";
            case UNREADABLE -> "无法读取：" + file + "：" + r.message();
            case REFUSED -> "未受理：" + file + "：" + r.message();
        };
    }

    private static String describe(StoredDisclosure d) {
        return d.unit() + " " + d.year() + "年度" + d.kind().label() + " 第" + d.version() + "版（编号 " + d.id() + "）";
    }
}
