package org.gongkai.core.write.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Noto Sans SC fonts (regular and bold, GBK subset, OFL) read from the classpath once and
 * parsed once per thread, so a PDF costs only the embedding of the glyphs it uses. Their GSUB
 * table is set aside when read: PDFBox would otherwise run its Latin substitution over every
 * line of Chinese text, which costs a quarter of the rendering and changes no glyph a disclosure
 * prints. Batik, which draws the charts' text, loads fonts from files only: it gets copies in the
 * temporary folder, written once. Example: {@code PdfFonts.load(doc, true)} is NotoSansSC-Bold,
 * to be embedded as a subset.
 */
final class PdfFonts {

    static final String REGULAR = "/org/gongkai/core/write/fonts/NotoSansSC-Regular-GBK.ttf";
    static final String BOLD = "/org/gongkai/core/write/fonts/NotoSansSC-Bold-GBK.ttf";

    private static final class Bytes {
        static final byte[] REGULAR = withoutGsub(read(PdfFonts.REGULAR));
        static final byte[] BOLD = withoutGsub(read(PdfFonts.BOLD));
    }

    private static final class Files_ {
        static final Path REGULAR = copy(PdfFonts.REGULAR);
        static final Path BOLD = copy(PdfFonts.BOLD);
    }

    /** The parsed fonts of this thread: regular, bold. A parsed font is read by one thread at a time. */
    private static final ThreadLocal<TrueTypeFont[]> PARSED = ThreadLocal.withInitial(() -> new TrueTypeFont[2]);

    private PdfFonts() {
    }

    /** The font made ready for embedding as a subset in {@code doc}. */
    static PDFont load(PDDocument doc, boolean bold) {
        TrueTypeFont[] parsed = PARSED.get();
        int i = bold ? 1 : 0;
        try {
            if (parsed[i] == null) {
                parsed[i] = new TTFParser().parse(new RandomAccessReadBuffer(bold ? Bytes.BOLD : Bytes.REGULAR));
            }
            return PDType0Font.load(doc, parsed[i], true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parsed font, to ask which characters it has. */
    static TrueTypeFont parsed(boolean bold) {
        TrueTypeFont[] parsed = PARSED.get();
        int i = bold ? 1 : 0;
        try {
            if (parsed[i] == null) {
                parsed[i] = new TTFParser().parse(new RandomAccessReadBuffer(bold ? Bytes.BOLD : Bytes.REGULAR));
            }
            return parsed[i];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file holding the font, for Batik. */
    static Path file(boolean bold) {
        return bold ? Files_.BOLD : Files_.REGULAR;
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font with its GSUB table renamed "gsub" in the table directory, so that readers skip it.
     * The directory is 12 bytes of header, then 16 bytes a table, its tag first.
     */
    static byte[] withoutGsub(byte[] font) {
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        byte[] gsub = "GSUB".getBytes(StandardCharsets.US_ASCII);
        for (int t = 0; t < tables; t++) {
            int at = 12 + 16 * t;
            if (font[at] == gsub[0] && font[at + 1] == gsub[1] && font[at + 2] == gsub[2] && font[at + 3] == gsub[3]) {
                font[at] = 'g';
                font[at + 1] = 's';
                font[at + 2] = 'u';
                font[at + 3] = 'b';
            }
        }
        return font;
    }

    private static Path copy(String resource) {
        try {
            Path p = Files.createTempFile("gongkai-font-", ".ttf");
            p.toFile().deleteOnExit();
            Files.write(p, read(resource));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
