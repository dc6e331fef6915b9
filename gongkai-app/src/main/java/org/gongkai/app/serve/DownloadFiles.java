package org.gongkai.app.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.gongkai.app.store.DisclosureStore;
import org.gongkai.app.store.StoredDisclosure;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.write.DisclosureRenderer;
import org.gongkai.core.write.RenderedFile;
import org.springframework.stereotype.Component;

/**
 * The files the document page offers: rendered on the first request by the core's
 * {@link DisclosureRenderer} (the 政府购买服务指导性目录 annex included, as published), the last
 * {@value #KEPT} kept in memory, since a stored version never changes; the original from the store.
 * Each is named after the unit, year and kind, in Chinese.
 * Example: {@code file(1, DownloadFormat.PDF)} is 柳林县人力资源和社会保障局2024年度单位预算.pdf, starting "%PDF".
 */
@Component
class DownloadFiles {

    /** How many rendered files are kept. */
    static final int KEPT = 24;

    /** One file to send. Example: "柳林县人力资源和社会保障局2024年度单位预算.pdf", application/pdf, 1.2 MB. */
    record File(String name, String contentType, byte[] bytes) {

        /** The Content-Disposition: an ASCII fallback name, then the UTF-8 one (RFC 6266, RFC 5987). */
        String disposition(String fallback) {
            return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''"
                    + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    private record Key(long id, DownloadFormat format) {
    }

    private final DisclosureStore store;
    private final BoundedCache<Key, File> files = new BoundedCache<>(KEPT);

    DownloadFiles(DisclosureStore store) {
        this.store = store;
    }

    /** The file of version {@code id} in {@code format}; empty when there is no such version. */
    Optional<File> file(long id, DownloadFormat format) {
        Optional<StoredDisclosure> s = store.find(id);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        StoredDisclosure d = s.get();
        String name = baseName(d) + "." + format.extension(d.fileName());
        String type = format.contentType(d.fileName());
        if (format == DownloadFormat.ORIGINAL) {
            return store.original(id).map(bytes -> new File(safe(d.fileName()), type, bytes));
        }
        if (format == DownloadFormat.COMPANION) {
            String tables = d.companionFileName();
            return tables == null ? Optional.empty() : store.companionOriginal(id)
                    .map(bytes -> new File(safe(tables), format.contentType(tables), bytes));
        }
        return Optional.of(files.get(new Key(id, format), k -> new File(name, type, render(id, format, baseName(d)))));
    }

    private byte[] render(long id, DownloadFormat format, String base) {
        Disclosure d = store.disclosure(id).orElseThrow();
        List<RenderedFile> out = DisclosureRenderer.render(d, format.render(), base);
        if (format != DownloadFormat.DATAPACKAGE) {
            return out.get(0).bytes();
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
            for (RenderedFile f : out) {
                z.putNextEntry(new ZipEntry(f.name()));
                z.write(f.bytes());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip.toByteArray();
    }

    /**
     * The files' common name: unit, year, kind, and the version when not the first.
     * Example: 柳林县人力资源和社会保障局2024年度单位预算; 江苏省政协办公厅2019年度部门预算（第2版）.
     */
    static String baseName(StoredDisclosure d) {
        String level = "UNIT".equals(d.level()) ? "单位" : "DEPARTMENT".equals(d.level()) ? "部门" : "";
        String name = d.unit() + (d.year() > 0 ? d.year() + "年度" : "") + level + d.kind().label()
                + (d.version() > 1 ? "（第" + d.version() + "版）" : "");
        return safe(name);
    }

    /** A file name without the characters file systems refuse: / \ : * ? " < > | and control characters. */
    static String safe(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append(c < 0x20 || "/\\:*?\"<>|".indexOf(c) >= 0 ? '_' : c);
        }
        return b.toString().strip();
    }
}
