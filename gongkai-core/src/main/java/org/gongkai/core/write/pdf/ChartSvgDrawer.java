package org.gongkai.core.write.pdf;

import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;

/**
 * openhtmltopdf's Batik drawer for the charts, with one font resolver for the whole process: Batik
 * builds its fonts from files, and building Noto Sans SC twice for every PDF would cost more than
 * drawing the charts. The page has no {@code @font-face} rule, so nothing is lost by not reading
 * them. Example: the three charts of the reference document, their Chinese labels in Noto Sans SC.
 */
final class ChartSvgDrawer extends BatikSVGDrawer {

    private static final class Shared {
        static final OpenHtmlFontResolver FONTS = fonts();

        private static OpenHtmlFontResolver fonts() {
            OpenHtmlFontResolver r = new OpenHtmlFontResolver();
            try {
                r.addFontFile(PdfFonts.file(false).toFile(), PdfWriter.FONT_FAMILY, 400, FontStyle.NORMAL);
                r.addFontFile(PdfFonts.file(true).toFile(), PdfWriter.FONT_FAMILY, 700, FontStyle.NORMAL);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("Noto Sans SC could not be read", e);
            }
            return r;
        }
    }

    ChartSvgDrawer() {
        super(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE);
        this.fontResolver = Shared.FONTS;
    }

    /** The resolver every chart of the process draws its text with. */
    static OpenHtmlFontResolver fonts() {
        return Shared.FONTS;
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> rules, SharedContext ctx) {
        this.fontResolver = Shared.FONTS;
    }

    @Override
    public void addFontFile(File file, String family, Integer weight, FontStyle style) {
        // the shared resolver has the fonts already
    }
}
