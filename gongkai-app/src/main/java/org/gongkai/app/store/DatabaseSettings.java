package org.gongkai.app.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the database is: an external PostgreSQL server ({@code url} set) or the embedded one whose
 * data lives in {@code home/db}.
 * Example: {@code DatabaseSettings.from(System.getenv(), null)} with no {@code GONGKAI_*} variable
 * set is the embedded database in {@code ~/.gongkai/db}.
 *
 * @param home     gongkai's home folder, e.g. {@code /home/li/.gongkai}
 * @param url      JDBC URL of an external server, e.g. {@code jdbc:postgresql://db:5432/gongkai}; null for embedded
 * @param user     the external server's user, null for the driver's default
 * @param password the external server's password, null for none
 */
public record DatabaseSettings(Path home, String url, String user, String password) {

    /** The embedded database with its data in {@code home/db}. */
    public static DatabaseSettings embedded(Path home) {
        return new DatabaseSettings(home, null, null, null);
    }

    /**
     * From the environment: {@code GONGKAI_HOME} (default {@code ~/.gongkai}), {@code GONGKAI_DB_URL},
     * {@code GONGKAI_DB_USER}, {@code GONGKAI_DB_PASSWORD}; {@code urlOption} (a command's
     * {@code --db-url}) wins over {@code GONGKAI_DB_URL} when given.
     */
    public static DatabaseSettings from(Map<String, String> env, String urlOption) {
        String h = blankToNull(env.get("GONGKAI_HOME"));
        Path home = h != null ? Path.of(h) : Path.of(System.getProperty("user.home"), ".gongkai");
        String url = blankToNull(urlOption) != null ? urlOption.strip() : blankToNull(env.get("GONGKAI_DB_URL"));
        return new DatabaseSettings(home, url, blankToNull(env.get("GONGKAI_DB_USER")), env.get("GONGKAI_DB_PASSWORD"));
    }

    public boolean isEmbedded() {
        return url == null;
    }

    /** The embedded server's data directory. */
    public Path dataDirectory() {
        return home.resolve("db");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
