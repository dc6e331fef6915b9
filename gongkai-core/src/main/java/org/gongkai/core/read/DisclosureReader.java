package org.gongkai.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.gongkai.core.model.Classifications;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.SourceInfo;
import org.gongkai.core.template.TemplateCatalog;

/**
 * Reads a published disclosure, text or PDF, into a {@link Disclosure}: every table as printed
 * and the facts behind it, 概况, 情况说明, the performance-target tables, assets, procurement,
 * the purchase-services catalogue and the glossary. What it cannot find it lists in
 * {@link Disclosure#notes()}; input it cannot read at all raises {@link UnreadableInputException}
 * with a message for the user.
 *
 * <p>Text may be UTF-8 (with or without BOM) or GB18030/GBK, with LF or CRLF line ends; table
 * cells are separated by tabs. Example:
 * <pre>{@code
 * Disclosure d = DisclosureReader.withBundledTemplates().read(Path.of("seed.txt"));
 * d.table("T3").flatMap(t -> t.entry("2080101")).get().amount("total") // 134.97 万元
 * }</pre>
 */
public final class DisclosureReader {

    /** Files above this size are refused: no real disclosure comes near it. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    private final TemplateCatalog templates;
    private final Classifications codes;
    private final TableTitles titles;

    public DisclosureReader(TemplateCatalog templates, Classifications codes) {
        this.templates = templates;
        this.codes = codes;
        this.titles = new TableTitles(templates);
    }

    /** A reader with the templates and classification lists shipped with gongkai. */
    public static DisclosureReader withBundledTemplates() {
        return new DisclosureReader(TemplateCatalog.bundled(), Classifications.bundled());
    }

    public Disclosure read(Path file) throws UnreadableInputException {
        return read(bytes(file), fileName(file));
    }

    /**
     * The bytes of {@code file}, or one message saying why they cannot be had: a folder, missing,
     * over {@link #MAX_BYTES}, not readable.
     */
    public static byte[] bytes(Path file) throws UnreadableInputException {
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableInputException("“" + file + "”是一个文件夹，不是文件：请指定其中的一个公开文件。");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableInputException("文件过大（" + size / (1024 * 1024) + " MB，上限 " + MAX_BYTES / (1024 * 1024)
                        + " MB）：预算公开文件不会这么大，请确认选择了正确的文件。");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes((int) Math.min(size + 1, MAX_BYTES + 1));
            }
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException("找不到文件“" + file + "”：请检查路径是否正确。");
        } catch (IOException e) {
            throw new UnreadableInputException("无法打开文件“" + file + "”：" + e.getMessage() + "。请检查文件权限。");
        }
    }

    /** The file's own name, for messages and {@link SourceInfo}. */
    public static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /**
     * Reads a disclosure from a file's bytes, PDF or text. A text's bytes are kept, not copied,
     * until its digest is asked for ({@link SourceInfo#sha256()}): do not change the array after.
     */
    public Disclosure read(byte[] bytes, String fileName) throws UnreadableInputException {
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableInputException("文件过大（上限 " + MAX_BYTES / (1024 * 1024) + " MB）：请确认选择了正确的文件。");
        }
        if (isPdf(bytes)) {
            Layout layout;
            try {
                layout = PdfLayoutReader.read(bytes);
            } catch (IOException e) {
                throw new UnreadableInputException("PDF 文件已损坏或不完整，无法打开：" + firstLine(e.getMessage())
                        + "。请重新下载或导出该 PDF 后再试。", e);
            }
            int textLines = 0;
            for (LayoutLine l : layout.lines()) {
                if (!l.isBlank()) {
                    textLines++;
                }
            }
            if (textLines == 0) {
                throw new UnreadableInputException("PDF 没有文字层（可能是扫描件，共 " + layout.pages()
                        + " 页）：gongkai 不做文字识别，请提供可复制文字的 PDF 或文本文件。");
            }
            SourceInfo source = new SourceInfo(fileName, "pdf", null, bytes.length, SourceInfo.sha256(bytes), layout.pages(),
                    layout.size());
            return new DocumentReader(layout, source, templates, titles, codes, false).read();
        }
        if (bytes.length > 0 && fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) { // empty: said below
            throw new UnreadableInputException("“" + fileName + "”不是 PDF 文件（开头没有 PDF 的标记）：文件可能已损坏，或是改了扩展名的"
                    + "其他文件。请重新下载或导出该 PDF 后再试。");
        }
        DecodedText text = TextDecoder.decode(bytes);
        Layout layout = text.layout();
        SourceInfo source = SourceInfo.of(fileName, "text", text.encoding(), bytes, 0, layout.size());
        return new DocumentReader(layout, source, templates, titles, codes, text.cutMidCharacter()).read();
    }

    /** Reads text already decoded, e.g. a fixture written in a test. */
    public Disclosure readText(String text, String fileName) {
        Layout layout = TextLayoutReader.read(text);
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SourceInfo source = SourceInfo.of(fileName, "text", "UTF-8", bytes, 0, layout.size());
        return new DocumentReader(layout, source, templates, titles, codes, false).read();
    }

    private static boolean isPdf(byte[] b) {
        int limit = Math.min(b.length, 1024);
        for (int i = 0; i + 4 < limit; i++) {
            if (b[i] == '%' && b[i + 1] == 'P' && b[i + 2] == 'D' && b[i + 3] == 'F' && b[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "未知错误";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
