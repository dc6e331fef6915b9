package org.gongkai.app.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A kind of file the portal accepts, told by its name and by its first bytes, both: a text file
 * (.txt, no NUL byte and no binary signature in its first 8 KB), a PDF (.pdf, "%PDF-" in its first
 * KB) or a workbook (.xlsx, a zip: "PK\3\4"). Anything else is refused before it is kept.
 * Example: {@code of("单位预算.pdf", bytes)} is {@code PDF} when the bytes start with "%PDF-1.7", and
 * empty for "setup.exe" or for a "预算.pdf" that is really a Windows program.
 */
enum UploadType {
    TEXT("txt"), PDF("pdf"), XLSX("xlsx");

    /** What the portal accepts, for messages. */
    static final String ACCEPTED = ".txt、.pdf、.xlsx";

    private final String extension;

    UploadType(String extension) {
        this.extension = extension;
    }

    /** The type of a file called {@code name} with {@code bytes}, when its name and its content agree on one. */
    static Optional<UploadType> of(String name, byte[] bytes) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (UploadType t : values()) {
            if (n.endsWith("." + t.extension)) {
                return t.looksLike(bytes) ? Optional.of(t) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private boolean looksLike(byte[] b) {
        return switch (this) {
            case PDF -> indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0;
            case XLSX -> startsWith(b, 'P', 'K', 3, 4);
            case TEXT -> !startsWith(b, 'P', 'K') && !startsWith(b, '%', 'P', 'D', 'F') && !startsWith(b, 'M', 'Z')
                    && !startsWith(b, 0x7F, 'E', 'L', 'F') && indexOf(b, new byte[] {0}, 8192) < 0;
        };
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] what, int within) {
        int end = Math.min(b.length, within) - what.length;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < what.length; j++) {
                if (b[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
