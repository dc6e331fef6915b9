package org.gongkai.app.serve;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The largest file the portal accepts in one upload, the one setting behind the multipart limits
 * (a request may carry four such files) and behind the message an oversized upload is answered with.
 * Example: {@code UploadLimit.DEFAULT} is 50 MB; a 60 MB PDF is answered 413 "文件超过上传上限 50 MB".
 *
 * @param bytes the largest file, in bytes
 */
public record UploadLimit(long bytes) {

    /** 50 MB: more than any published disclosure gongkai has seen (the largest, with scans, is about 20 MB). */
    public static final UploadLimit DEFAULT = new UploadLimit(50L * 1024 * 1024);

    public UploadLimit {
        if (bytes <= 0) {
            throw new IllegalArgumentException("上传上限必须为正数：" + bytes);
        }
    }

    /** The limit for people: "50 MB", "1.5 MB", "800 KB". */
    public String text() {
        if (bytes >= 1024 * 1024) {
            return trim(new BigDecimal(bytes).divide(new BigDecimal(1024 * 1024), 1, RoundingMode.HALF_UP)) + " MB";
        }
        return trim(new BigDecimal(bytes).divide(new BigDecimal(1024), 1, RoundingMode.HALF_UP)) + " KB";
    }

    /** The largest request: four files at the limit, as the upload form and the API allow several. */
    long requestBytes() {
        return bytes * 4;
    }

    private static String trim(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
