package org.gongkai.app.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A running PostgreSQL database with gongkai's schema: the embedded server (started here, its data
 * kept in {@code GONGKAI_HOME/db} across restarts) or an external one. Opening it migrates the
 * schema with Flyway ({@code db/migration}); closing it stops the embedded server.
 * Example: {@code try (Database db = Database.open(DatabaseSettings.embedded(Path.of("/tmp/gk")))) {
 * new DisclosureStore(db.dataSource()) ... }}.
 *
 * <p>When another gongkai process already runs the embedded server on the same data directory
 * ({@code gongkai serve} while {@code gongkai import} runs), this one connects to that server.
 */
public final class Database implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final HikariDataSource dataSource;
    private final String description;
    private final Path home;

    private Database(EmbeddedPostgres embedded, HikariDataSource dataSource, String description, Path home) {
        this.embedded = embedded;
        this.home = home;
        this.dataSource = dataSource;
        this.description = description;
    }

    /** Starts or connects to the database {@code settings} name, and brings its schema up to date. */
    public static Database open(DatabaseSettings settings) throws DatabaseUnavailableException {
        EmbeddedPostgres embedded = null;
        String url;
        String user;
        String password;
        String description;
        if (settings.isEmbedded()) {
            Path dir = settings.dataDirectory();
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new DatabaseUnavailableException("无法创建数据库目录 " + dir + "（" + e.getMessage()
                        + "）：请用 GONGKAI_HOME 指定一个可写的目录。", e);
            }
            try {
                embedded = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                        .setRegisterShutdownHook(true).start();
                url = embedded.getJdbcUrl("postgres", "postgres");
            } catch (IOException | RuntimeException e) {
                int port = runningPort(dir);
                if (port <= 0) {
                    throw new DatabaseUnavailableException("无法启动内置数据库（数据目录 " + dir + "）：" + e.getMessage()
                            + "。请确认目录可写、磁盘有空间，或用 GONGKAI_DB_URL 连接外部 PostgreSQL。", e);
                }
                url = "jdbc:postgresql://localhost:" + port + "/postgres";
            }
            user = "postgres";
            password = null;
            description = "内置 PostgreSQL（" + dir + "）";
        } else {
            url = settings.url();
            user = settings.user();
            password = settings.password();
            description = "PostgreSQL（" + url + "）";
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setPoolName("gongkai");
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        // a server that does not answer is said at once, not after the pool's usual wait
        config.setInitializationFailTimeout(3_000);
        config.setConnectionTimeout(15_000);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(config);
        } catch (RuntimeException e) {
            closeQuietly(embedded);
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new DatabaseUnavailableException("无法连接数据库 " + url + "（" + cause.getMessage()
                    + "）：请确认数据库服务器已启动、地址、用户名（GONGKAI_DB_USER）和密码（GONGKAI_DB_PASSWORD）正确。", e);
        }
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            closeQuietly(embedded);
            throw new DatabaseUnavailableException("无法建立或升级数据库结构（" + e.getMessage() + "）。", e);
        }
        return new Database(embedded, ds, description, settings.home());
    }

    /** The connection pool. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** gongkai's home folder ({@code GONGKAI_HOME}), where the server keeps what is not in the database (the search index). */
    public Path home() {
        return home;
    }

    /** In Chinese, for messages: "内置 PostgreSQL（/root/.gongkai/db）". */
    public String description() {
        return description;
    }

    /**
     * The port of a server another process runs on data directory {@code dir}, from its
     * {@code postmaster.pid} (fourth line), or 0 when there is none alive.
     */
    static int runningPort(Path dir) {
        Path pid = dir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pid, StandardCharsets.UTF_8);
            if (lines.size() < 4) {
                return 0;
            }
            long process = Long.parseLong(lines.get(0).strip());
            boolean alive = ProcessHandle.of(process).map(ProcessHandle::isAlive).orElse(false);
            return alive ? Integer.parseInt(lines.get(3).strip()) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        if (pg != null) {
            try {
                pg.close();
            } catch (IOException ignored) {
                // already failing: the first error is the one to report
            }
        }
    }

    @Override
    public void close() {
        dataSource.close();
        closeQuietly(embedded);
    }
}
