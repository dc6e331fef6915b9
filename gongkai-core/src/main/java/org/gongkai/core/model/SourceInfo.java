package org.gongkai.core.model;

/**
 * The file a disclosure was read from. Example: "000_5dad8652f8cb316b.txt", text, UTF-8,
 * 131,766 bytes, 2,868 lines.
 *
 * @param format   "text" or "pdf"
 * @param encoding the character encoding detected, e.g. "UTF-8", "UTF-8 (BOM)", "GB18030"; null for PDF
 * @param sha256   hex digest of the bytes read
 * @param pages    pages of a PDF, 0 for text
 * @param lines    lines of text (for a PDF: lines laid out from the text layer)
 */
public record SourceInfo(String fileName, String format, String encoding, long bytes, String sha256, int pages, int lines) {
}
