package org.gongkai.core.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The file a disclosure was read from. Example: "000_5dad8652f8cb316b.txt", text, UTF-8,
 * 131,766 bytes, 2,868 lines.
 *
 * <p>The file's SHA-256 is worked out when first asked for ({@link #of}): checking a disclosure
 * does not need it, and it costs as much as a twentieth of reading one. Until then the
 * source holds the bytes, not copied, and lets go of them once the digest is known.
 */
public final class SourceInfo {

    private final String fileName;
    private final String format;
    private final String encoding;
    private final long bytes;
    private final int pages;
    private final int lines;
    private String sha256;
    private byte[] content; // the bytes to digest, until the digest is asked for

    /**
     * @param format   "text", "pdf" or "xlsx"
     * @param encoding the character encoding detected, e.g. "UTF-8", "UTF-8 (BOM)", "GB18030"; null for PDF
     * @param sha256   hex digest of the bytes read
     * @param pages    pages of a PDF, 0 for text
     * @param lines    lines of text (for a PDF: lines laid out from the text layer)
     */
    public SourceInfo(String fileName, String format, String encoding, long bytes, String sha256, int pages, int lines) {
        this.fileName = fileName;
        this.format = format;
        this.encoding = encoding;
        this.bytes = bytes;
        this.sha256 = sha256;
        this.pages = pages;
        this.lines = lines;
    }

    /**
     * The source of {@code content}, its digest worked out when {@link #sha256()} is first called.
     * The array is kept, not copied, until then: the caller must not change it.
     */
    public static SourceInfo of(String fileName, String format, String encoding, byte[] content, int pages, int lines) {
        SourceInfo s = new SourceInfo(fileName, format, encoding, content.length, null, pages, lines);
        s.content = content;
        return s;
    }

    public String fileName() {
        return fileName;
    }

    public String format() {
        return format;
    }

    public String encoding() {
        return encoding;
    }

    public long bytes() {
        return bytes;
    }

    /** Hex SHA-256 digest of the bytes read. */
    public synchronized String sha256() {
        if (sha256 == null && content != null) {
            sha256 = sha256(content);
            content = null;
        }
        return sha256;
    }

    public int pages() {
        return pages;
    }

    public int lines() {
        return lines;
    }

    /** The hex SHA-256 digest of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceInfo s && bytes == s.bytes && pages == s.pages && lines == s.lines
                && Objects.equals(fileName, s.fileName) && Objects.equals(format, s.format)
                && Objects.equals(encoding, s.encoding) && Objects.equals(sha256(), s.sha256());
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, format, encoding, bytes, sha256(), pages, lines);
    }

    @Override
    public String toString() {
        return "SourceInfo[fileName=" + fileName + ", format=" + format + ", encoding=" + encoding + ", bytes=" + bytes
                + ", sha256=" + sha256() + ", pages=" + pages + ", lines=" + lines + "]";
    }
}
