package org.gongkai.core.read;

import java.io.IOException;

/** Placeholder until the PDF layout reader lands. */
final class PdfLayoutReader {
    private PdfLayoutReader() {
    }

    static Layout read(byte[] pdf) throws IOException {
        throw new IOException("PDF reading not available yet");
    }
}
