package org.gongkai.app.serve;

import java.util.Locale;
import java.util.Optional;

import org.gongkai.core.write.RenderFormat;

/**
 * A file the document page offers at {@code /disclosures/{id}/download/{name}}: each format the
 * core renderer writes, the facts' Fiscal Data Package (CSV and descriptor in one zip), and the
 * original file exactly as received.
 * Example: {@code PDF} is {@code /disclosures/1/download/pdf}, application/pdf,
 * 柳林县人力资源和社会保障局2024年度单位预算.pdf.
 */
enum DownloadFormat {
    PDF("pdf", RenderFormat.PDF, "application/pdf", "PDF（印刷版）", "PDF (print)"),
    DOCX("docx", RenderFormat.DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "Word 文档", "Word document"),
    XLSX("xlsx", RenderFormat.XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "Excel 表格", "Excel workbook"),
    HTML("html", RenderFormat.HTML, "text/html;charset=UTF-8", "网页（单个文件）", "Web page (one file)"),
    TXT("txt", RenderFormat.TXT, "text/plain;charset=UTF-8", "纯文本", "Plain text"),
    JSON("json", RenderFormat.JSON, "application/json", "开放数据 JSON", "Open data JSON"),
    CSV("csv", RenderFormat.CSV, "text/csv;charset=UTF-8", "数据 CSV", "Facts CSV"),
    DATAPACKAGE("datapackage", RenderFormat.CSV, "application/zip", "数据包（CSV 与 datapackage.json）",
            "Data package (CSV and datapackage.json)"),
    ORIGINAL("original", null, null, "原始文件（按收到时保存）", "Original file (as received)"),
    /** The file of tables of a disclosure whose text and tables were published as two files. */
    COMPANION("original-tables", null, null, "原始报表文件（按收到时保存）", "Original tables file (as received)");

    private final String name;
    private final RenderFormat render;
    private final String contentType;
    private final String zh;
    private final String en;

    DownloadFormat(String name, RenderFormat render, String contentType, String zh, String en) {
        this.name = name;
        this.render = render;
        this.contentType = contentType;
        this.zh = zh;
        this.en = en;
    }

    /** As in the path: "pdf", "datapackage", "original". */
    String pathName() {
        return name;
    }

    /** The core's format that makes it; null for the original. */
    RenderFormat render() {
        return render;
    }

    /** Its label in {@code lang}: "Word 文档", "Word document". */
    String label(Lang lang) {
        return lang.t(zh, en);
    }

    /** A file as received ({@link #ORIGINAL}, {@link #COMPANION}), not made by gongkai. */
    boolean received() {
        return render == null;
    }

    /** The file's extension: "pdf"; for a file as received, that of the name it was received under. */
    String extension(String originalName) {
        if (received()) {
            int dot = originalName.lastIndexOf('.');
            return dot < 0 ? "" : originalName.substring(dot + 1).toLowerCase(Locale.ROOT);
        }
        return this == DATAPACKAGE ? "zip" : name;
    }

    /** Its Content-Type; for a file as received, by the extension it was received with. */
    String contentType(String originalName) {
        if (!received()) {
            return contentType;
        }
        return switch (extension(originalName)) {
            case "pdf" -> PDF.contentType;
            case "xlsx" -> XLSX.contentType;
            case "txt" -> "text/plain";
            default -> "application/octet-stream";
        };
    }

    /** The format named so in a path ("pdf", "PDF"), if there is one. */
    static Optional<DownloadFormat> of(String name) {
        for (DownloadFormat f : values()) {
            if (f.name.equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
