package org.gongkai.core.write;

import java.util.Locale;
import java.util.Optional;

/**
 * A format gongkai writes a disclosure in, with its file extension and its name for users.
 * Example: {@code PDF} writes "单位预算.pdf", 印刷版 PDF.
 */
public enum RenderFormat {
    /** The page to publish on a website: one self-contained HTML file. */
    HTML("html", "网页"),
    /** Print-ready A4 PDF with an embedded Chinese font. */
    PDF("pdf", "PDF"),
    /** An editable Word document. */
    DOCX("docx", "Word 文档"),
    /** The tables as an Excel workbook, one sheet per table. */
    XLSX("xlsx", "Excel 表格"),
    /** The whole model as open-data JSON (docs/open-data-format.md). */
    JSON("json", "开放数据 JSON"),
    /** The facts as CSV, with their Fiscal Data Package descriptor. */
    CSV("csv", "开放数据 CSV"),
    /** Plain text in the form published text files have (tab-separated tables). */
    TXT("txt", "纯文本");

    private final String extension;
    private final String label;

    RenderFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    /** The format's name in Chinese, e.g. "Word 文档". */
    public String label() {
        return label;
    }

    /** The format named by {@code name} ("pdf", "PDF", "docx"), if there is one. */
    public static Optional<RenderFormat> of(String name) {
        for (RenderFormat f : values()) {
            if (f.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
