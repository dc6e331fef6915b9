package org.gongkai.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.gongkai.app.serve.AdminAccount;
import org.gongkai.app.serve.PortalServer;
import org.gongkai.app.serve.SampleLoader;
import org.gongkai.app.store.Database;
import org.gongkai.app.store.DatabaseUnavailableException;
import org.gongkai.app.store.DisclosureStore;
import org.gongkai.app.store.ImportResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai serve [--port N]}: starts the database (embedded by default, its data in
 * {@code GONGKAI_HOME/db}) and the portal with its API, and runs until stopped (Ctrl+C). On the
 * first start, with nothing stored, it imports the bundled samples so the portal shows something.
 * Example: {@code gongkai serve --port 9000}, then open {@code http://localhost:9000/}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"启动预算公开门户网站和 REST API（首页 /，接口 /api/disclosures，健康检查 /api/health）。",
                "默认使用内置 PostgreSQL 数据库，数据保存在 GONGKAI_HOME（默认 ~/.gongkai）的 db 子目录中，重启不丢失；"
                        + "也可用 --db-url 或 GONGKAI_DB_URL 连接外部数据库。首次启动时数据库为空，自动导入内置样例。",
                "浏览无需登录；上传等写操作需要管理员 admin，其密码在首次启动时显示一次（只保存散列），"
                        + "也可用环境变量 GONGKAI_ADMIN_PASSWORD 设定。"},
        footer = {"", "示例：", "  gongkai serve", "  gongkai serve --port 9000",
                "  GONGKAI_DB_URL=jdbc:postgresql://localhost:5432/gongkai gongkai serve",
                "", "退出码：4 数据库无法启动或连接；64 用法错误或端口已被占用。按 Ctrl+C 停止服务。"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "8080", description = "监听的端口，默认 ${DEFAULT-VALUE}")
    int port;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("gongkai：端口 " + port + " 无效：请给出 1 到 65535 之间的端口。");
            return ExitCode.USAGE;
        }
        out.println("正在启动数据库…");
        out.flush();
        Database db;
        try {
            db = Database.open(database.settings());
        } catch (DatabaseUnavailableException e) {
            err.println("gongkai：" + e.getMessage());
            return ExitCode.DATABASE;
        }
        DisclosureStore store = new DisclosureStore(db.dataSource());
        if (store.isEmpty()) {
            out.println("数据库为空，正在导入内置样例…");
            out.flush();
        }
        List<ImportResult> samples = SampleLoader.loadIfEmpty(store);
        for (ImportResult r : samples) {
            out.println("已导入样例：" + r.fileName() + "（" + r.outcome().label() + "）");
        }
        AdminAccount admin = AdminAccount.openOrCreate(database.settings().home(), System.getenv("GONGKAI_ADMIN_PASSWORD"));
        PortalServer server;
        try {
            server = PortalServer.start(db, port, admin);
        } catch (RuntimeException e) {
            db.close();
            if (portInUse(e)) {
                err.println("gongkai：端口 " + port + " 已被占用：请用 --port 换一个端口，或先停止占用它的程序。");
                return ExitCode.USAGE;
            }
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            db.close();
        }, "gongkai-stop"));
        out.println("gongkai 已启动：http://localhost:" + server.port() + "/");
        out.println("  接口：http://localhost:" + server.port() + "/api/disclosures    API 文档：/api/docs（页面 /api/docs/ui）    健康检查：/api/health");
        out.println("  数据库：" + db.description());
        if (admin.newPassword() != null) {
            out.println("  管理员账号 admin，初始密码 " + admin.newPassword() + "（只显示这一次；上传等写操作需要它，散列存于 "
                    + database.settings().home().resolve("admin.properties") + "）");
        }
        out.println("按 Ctrl+C 停止。");
        out.flush();
        new CountDownLatch(1).await();
        return ExitCode.OK;
    }

    /** True when {@code e} says the port is taken (a {@link java.net.BindException} somewhere in its causes). */
    static boolean portInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException || t.getClass().getSimpleName().equals("PortInUseException")) {
                return true;
            }
        }
        return false;
    }
}
