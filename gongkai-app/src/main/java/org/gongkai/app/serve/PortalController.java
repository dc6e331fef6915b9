package org.gongkai.app.serve;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.app.store.DisclosureStore;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The portal's pages, server-side HTML: the home page listing every disclosure by region,
 * department, unit and year; each disclosure's page ({@link DocumentPage}: the document as
 * published within the site, with its panel, downloads, interactive charts and findings), served
 * from memory; and its files to download ({@link DownloadFiles}).
 * Example: {@code GET /disclosures/1} is the reference document's page, {@code GET /disclosures/1/download/pdf} its PDF.
 */
@Controller
class PortalController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    /** Ask again each time (the panel may list a newer version; the language may change): a 304 costs nothing. */
    private static final CacheControl PAGE_CACHE = CacheControl.noCache().cachePublic();

    private final DisclosureStore store;
    private final DocumentPages pages;
    private final DownloadFiles downloads;

    PortalController(DisclosureStore store, DocumentPages pages, DownloadFiles downloads) {
        this.store = store;
        this.pages = pages;
        this.downloads = downloads;
    }

    @GetMapping("/")
    ResponseEntity<String> home(HttpServletRequest request) {
        return ResponseEntity.ok().contentType(HTML).body(HomePage.write(store.list(), Lang.of(request)));
    }

    /** The page; 304 when the reader has it already (If-None-Match), 404 with a page when there is no such version. */
    @GetMapping("/disclosures/{id}")
    ResponseEntity<byte[]> disclosure(@PathVariable("id") long id,
                                      @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
                                      HttpServletRequest request) {
        Lang lang = Lang.of(request);
        Optional<DocumentPages.Page> page = pages.page(id, lang);
        if (page.isEmpty()) {
            return ResponseEntity.status(404).contentType(HTML)
                    .body(HomePage.notFound(lang.t("没有编号为 " + id + " 的公开文件。", "There is no disclosure numbered " + id + "."), lang)
                            .getBytes(StandardCharsets.UTF_8));
        }
        DocumentPages.Page p = page.get();
        if (p.etag().equals(ifNoneMatch)) {
            return ResponseEntity.status(304).eTag(p.etag()).cacheControl(PAGE_CACHE).varyBy(HttpHeaders.COOKIE).build();
        }
        return ResponseEntity.ok().contentType(HTML).eTag(p.etag()).cacheControl(PAGE_CACHE).varyBy(HttpHeaders.COOKIE)
                .body(p.bytes());
    }

    /** A file of the version: rendered on demand (then kept), or the original; 404 for an unknown version or format. */
    @GetMapping("/disclosures/{id}/download/{format}")
    ResponseEntity<byte[]> download(@PathVariable("id") long id, @PathVariable("format") String format, HttpServletRequest request) {
        Lang lang = Lang.of(request);
        Optional<DownloadFormat> f = DownloadFormat.of(format);
        if (f.isEmpty()) {
            return ResponseEntity.status(404).contentType(HTML).body(HomePage.notFound(
                    lang.t("没有这种下载格式：" + format + "。", "No such download format: " + format + "."), lang)
                    .getBytes(StandardCharsets.UTF_8));
        }
        Optional<DownloadFiles.File> file = downloads.file(id, f.get());
        if (file.isEmpty()) {
            String why = f.get() == DownloadFormat.COMPANION && store.find(id).isPresent()
                    ? lang.t("编号为 " + id + " 的公开文件只有一个原始文件，报表没有单独成文件。",
                            "Disclosure " + id + " came as one file: its tables have no file of their own.")
                    : lang.t("没有编号为 " + id + " 的公开文件。", "There is no disclosure numbered " + id + ".");
            return ResponseEntity.status(404).contentType(HTML).body(HomePage.notFound(why, lang).getBytes(StandardCharsets.UTF_8));
        }
        DownloadFiles.File x = file.get();
        String fallback = "disclosure-" + id + (f.get() == DownloadFormat.COMPANION ? "-tables" : "");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(x.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, x.disposition(fallback + "." + f.get().extension(x.name())))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(x.bytes());
    }
}
