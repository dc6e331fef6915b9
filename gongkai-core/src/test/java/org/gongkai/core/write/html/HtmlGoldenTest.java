package org.gongkai.core.write.html;

import org.gongkai.core.GoldenFiles;
import org.gongkai.core.SharedFixtures;
import org.junit.jupiter.api.Test;

/**
 * The reference document's page against its golden file (without the 1,835-line annex, which
 * {@link HtmlWriterTest} counts): a change of wording, layout or CSS shows as a diff to review
 * ({@code -Dgolden.update=true} writes it anew). Normalised to one element per line where the
 * writer runs elements together, so a diff points at the changed cell.
 */
class HtmlGoldenTest {

    @Test
    void seedPage() {
        String html = HtmlWriter.write(SharedFixtures.seed(), HtmlOptions.SCREEN.withoutCatalogue());
        GoldenFiles.assertMatches("seed-page.html", normalised(html));
    }

    @Test
    void seedPdfPage() {
        String html = HtmlWriter.write(SharedFixtures.seed(), HtmlOptions.PDF.withoutCatalogue());
        GoldenFiles.assertMatches("seed-page-pdf.html", normalised(html));
    }

    /** One row, cell or SVG shape per line; line ends unified. */
    static String normalised(String html) {
        String s = html.replace("\r\n", "\n");
        StringBuilder b = new StringBuilder(s.length() + s.length() / 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<' && i > 0 && s.charAt(i - 1) == '>' && (s.startsWith("<tr", i) || s.startsWith("<path", i)
                    || s.startsWith("<text", i) || s.startsWith("<rect", i))) {
                b.append('\n');
            }
            b.append(c);
        }
        return b.toString();
    }
}
