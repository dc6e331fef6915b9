package org.gongkai.core.write.html;

/**
 * What a disclosure page includes and what it is for.
 * Example: {@code HtmlOptions.SCREEN.withoutCatalogue()} is the page for a browser, without the
 * 政府购买服务指导性目录 annex.
 *
 * @param catalogue true to append the 政府购买服务指导性目录 (with its cover letters) as an annex
 * @param pdf       true for the variant openhtmltopdf renders: a cover page, 目录 with page numbers,
 *                  PDF bookmarks, running header and page numbers, print CSS applied unconditionally
 */
public record HtmlOptions(boolean catalogue, boolean pdf) {

    /** The page for a browser, annex included; printing it uses the print CSS. */
    public static final HtmlOptions SCREEN = new HtmlOptions(true, false);

    /** The page for {@code PdfWriter}, annex included. */
    public static final HtmlOptions PDF = new HtmlOptions(true, true);

    public HtmlOptions withoutCatalogue() {
        return new HtmlOptions(false, pdf);
    }

    public HtmlOptions withCatalogue(boolean include) {
        return new HtmlOptions(include, pdf);
    }
}
