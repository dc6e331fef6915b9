package org.gongkai.app.serve;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The one administrator account that may write to the portal (upload): user {@code admin}, its
 * password set at the first start and kept only as a salted PBKDF2 hash in
 * {@code $GONGKAI_HOME/admin.properties}. Roles and review come later.
 * Example: a first {@code gongkai serve} prints "管理员账号 admin，初始密码 k3…（只显示这一次）";
 * {@code GONGKAI_ADMIN_PASSWORD} sets the password instead.
 */
public final class AdminAccount {

    /** The administrator's user name. */
    public static final String USER = "admin";

    private static final int ITERATIONS = 120_000;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final byte[] salt;
    private final byte[] hash;
    private final String shownPassword;

    private AdminAccount(byte[] salt, byte[] hash, String shownPassword) {
        this.salt = salt;
        this.hash = hash;
        this.shownPassword = shownPassword;
    }

    /**
     * The account kept under {@code home}; on the first start one is made, with {@code password}
     * when given (GONGKAI_ADMIN_PASSWORD), else a random one that {@link #newPassword()} shows once.
     */
    public static AdminAccount openOrCreate(Path home, String password) {
        Path file = home.resolve("admin.properties");
        try {
            if (password == null && Files.exists(file)) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                return new AdminAccount(HexFormat.of().parseHex(p.getProperty("salt")), HexFormat.of().parseHex(p.getProperty("hash")), null);
            }
            boolean generated = password == null;
            String pw = generated ? random(16) : password;
            AdminAccount a = withPassword(pw);
            Files.createDirectories(home);
            Properties p = new Properties();
            p.setProperty("user", USER);
            p.setProperty("salt", HexFormat.of().formatHex(a.salt));
            p.setProperty("hash", HexFormat.of().formatHex(a.hash));
            p.setProperty("algorithm", "PBKDF2WithHmacSHA256/" + ITERATIONS);
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "gongkai 管理员账号：只存密码的散列。忘记密码时删除本文件并重启 gongkai serve，会生成新密码。");
            }
            return generated ? new AdminAccount(a.salt, a.hash, pw) : a;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An account with {@code password}, kept in memory only (tests, or a password from the environment). */
    public static AdminAccount withPassword(String password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new AdminAccount(salt, derive(password, salt), null);
    }

    /** The password made at this start, to show once; null when it was set before or given. */
    public String newPassword() {
        return shownPassword;
    }

    /** True when {@code user} and {@code password} are the administrator's. */
    public boolean accepts(String user, String password) {
        return USER.equals(user) && password != null && MessageDigest.isEqual(hash, derive(password, salt));
    }

    /** True when an HTTP {@code Authorization} header carries the administrator's name and password (Basic). */
    public boolean acceptsHeader(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        return colon > 0 && accepts(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private static byte[] derive(String password, byte[] salt) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int length) {
        SecureRandom r = new SecureRandom();
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
