package org.gongkai.app.serve;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.core.write.Markup;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The answer to an upload larger than the {@link UploadLimit}: 413 with what the limit is and what
 * to do, as JSON for the API and as a page for the browser's form, never a stack trace.
 * Example: a 60 MB PDF posted to {@code /api/disclosures} gets
 * {@code {"error":"文件超过上传上限 50 MB：……"}}; posted from the home page, a page saying the same.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

    private final UploadLimit limit;

    UploadTooLarge(UploadLimit limit) {
        this.limit = limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<byte[]> tooLarge(HttpServletRequest request) {
        String zh = "文件超过上传上限 " + limit.text() + "：请上传单个不超过 " + limit.text()
                + " 的预算公开文件（扫描件可先压缩，或分开上传）。";
        if (request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(413).contentType(MediaType.APPLICATION_JSON)
                    .body(ApiController.error(zh).getBytes(StandardCharsets.UTF_8));
        }
        Lang lang = Lang.of(request);
        StringBuilder b = PageFrame.open("文件过大", "File too large", lang, "/");
        b.append("<h1>").append(lang.t("文件过大", "File too large")).append("</h1>\n<p class=\"unreadable\">");
        Markup.esc(b, lang.t(zh, "The file is larger than the upload limit of " + limit.text()
                + ": please upload a disclosure of at most " + limit.text() + " per file.")).append("</p>\n<p><a href=\"/\">")
                .append(lang.t("返回首页", "Back to the home page")).append("</a></p>\n");
        return ResponseEntity.status(413).contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .body(PageFrame.close(b).getBytes(StandardCharsets.UTF_8));
    }
}
