package org.gongkai.app.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.gongkai.app.store.DatabaseSettings;

import picocli.CommandLine.Option;

/**
 * The options that say which database a command uses ({@code import}, {@code serve}): the
 * embedded one in {@code --home} (or {@code GONGKAI_HOME}, or {@code ~/.gongkai}), or an external
 * server at {@code --db-url} (or {@code GONGKAI_DB_URL}).
 * Example: {@code gongkai import 公开文件/ --db-url jdbc:postgresql://db:5432/gongkai}.
 */
final class DatabaseOptions {

    @Option(names = "--db-url", paramLabel = "URL",
            description = "外部 PostgreSQL 的 JDBC 地址，如 jdbc:postgresql://localhost:5432/gongkai（用户名、密码取自 GONGKAI_DB_USER、GONGKAI_DB_PASSWORD）；默认用环境变量 GONGKAI_DB_URL，都没有时用内置数据库")
    String url;

    @Option(names = "--home", paramLabel = "DIR",
            description = "gongkai 的数据目录，内置数据库存放在其中的 db 子目录；默认用环境变量 GONGKAI_HOME，没有时为 ~/.gongkai")
    Path home;

    DatabaseSettings settings() {
        Map<String, String> env = new HashMap<>(System.getenv());
        if (home != null) {
            env.put("GONGKAI_HOME", home.toString());
        }
        return DatabaseSettings.from(env, url);
    }
}
