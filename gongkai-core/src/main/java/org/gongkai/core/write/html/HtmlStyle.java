package org.gongkai.core.write.html;

/**
 * The page's CSS: a base for screen, and the A4 print rules (page breaks before parts, table
 * headings repeated on every page, page numbers, 目录 with page numbers through
 * {@code target-counter}, openhtmltopdf's {@code -fs-table-paginate}). A browser applies the print
 * rules when printing; the PDF variant applies them always. No web font, no URL.
 * Example: {@code HtmlStyle.css(true)} is the CSS of the page PdfWriter renders.
 */
final class HtmlStyle {

    /** The rules for the page as a whole, which a fragment inside a site's page leaves to the site. */
    private static final String PAGE = """
            section, nav, header, footer, article, figure, figcaption { display: block; }
            html { color: #1a1a1a; background: #fff; }
            body { font-family: "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif;
                   margin: 0 auto; max-width: 62rem; padding: 1.5rem; line-height: 1.7; font-size: 15px; }
            """;

    /** The same for a fragment: its own element, not the page's body, carries the document's font and spacing. */
    private static final String FRAGMENT = """
            article.document { line-height: 1.7; font-size: 15px; color: #1a1a1a; }
            """;

    private static final String BASE = """
            h1, h2, h3, h4 { line-height: 1.4; font-weight: bold; }
            h2 { font-size: 1.45rem; margin: 2.5rem 0 1rem; padding-bottom: .3rem; border-bottom: 2px solid #8c1c13; color: #8c1c13; }
            h3 { font-size: 1.15rem; margin: 1.6rem 0 .6rem; }
            h4 { font-size: 1.02rem; margin: 1.2rem 0 .5rem; }
            p { margin: .45rem 0; text-align: justify; }
            .prose p { text-indent: 2em; }
            a { color: #1f4e79; }
            .title-block { text-align: center; padding: 2.5rem 0 2rem; border-bottom: 3px double #8c1c13; margin-bottom: 1.5rem; }
            .title-block .unit { font-size: 1.5rem; font-weight: bold; margin: 0; text-align: center; }
            .title-block h1 { font-size: 2rem; margin: .6rem 0 .4rem; color: #8c1c13; letter-spacing: .08em; }
            .title-block .meta { color: #555; margin: .3rem 0; text-align: center; }
            nav.toc h2 { border-bottom: none; text-align: center; color: #1a1a1a; letter-spacing: 1em; }
            nav.toc ol { list-style: none; margin: 0; padding: 0; }
            nav.toc ol ol { padding-left: 1.6em; }
            nav.toc li { margin: .15rem 0; }
            nav.toc li.toc-part { margin-top: .5rem; }
            nav.toc li.toc-part > a { font-weight: bold; }
            nav.toc a { text-decoration: none; color: inherit; }
            ol.duties { list-style: none; padding: 0; margin: 0; }
            ol.duties li { margin: .35rem 0; text-indent: 2em; text-align: justify; }
            .table-block { margin: 1.5rem 0 2rem; }
            .table-title { text-align: center; font-size: 1.12rem; margin: .3rem 0 .2rem; }
            .table-label { text-align: right; color: #555; font-size: .85rem; margin: 0; }
            .table-meta { display: table; width: 100%; font-size: .88rem; margin: .3rem 0 .2rem; }
            .table-meta span { display: table-cell; }
            .table-meta span.u { text-align: right; }
            table { border-collapse: collapse; width: 100%; }
            table.data, table.form, table.plain, table.catalogue { font-size: .86rem; }
            table.data th, table.data td, table.form th, table.form td, table.plain th, table.plain td,
            table.catalogue th, table.catalogue td { border: 1px solid #595959; padding: .2rem .4rem; vertical-align: middle; }
            table thead th { background: #eef1f5; font-weight: bold; text-align: center; }
            table.data tbody th { font-weight: normal; text-align: left; }
            table.data td.num, table.form td.num, table.plain td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            table.data td.code, table.data th.code, table thead th.short, table.data .short { white-space: nowrap; }
            table.data tr.total th, table.data tr.total td { font-weight: bold; background: #f7f7f2; }
            table.data tr.subtotal th, table.data tr.subtotal td { font-weight: bold; }
            table.data .l2 { padding-left: 1.4em; }
            table.data .l3 { padding-left: 2.6em; }
            caption { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
            p.note { font-size: .88rem; margin: .3rem 0; }
            figure.chart { margin: 1.2rem 0 1.6rem; text-align: center; page-break-inside: avoid; }
            figure.chart svg { max-width: 100%; height: auto; }
            figure.chart figcaption { font-weight: bold; margin-top: .3rem; text-align: center; }
            .target { margin: 1.8rem 0 2.2rem; }
            .target .form-title { text-align: center; font-weight: bold; font-size: 1.05rem; margin: .2rem 0 0; }
            .target .form-year { text-align: center; margin: 0 0 .4rem; }
            table.form { margin: 0 0 -1px; }
            table.form th { background: #f3f5f8; font-weight: bold; text-align: center; }
            table.form tbody th { width: 9.5em; }
            table.indicators td.text { width: 17%; }
            table.form td.text { text-align: left; }
            table.form td.c { text-align: center; }
            table.form.sign tbody th { width: auto; }
            dl.glossary dt { font-weight: bold; margin-top: .7rem; }
            dl.glossary dd { margin: .2rem 0 0 2em; text-align: justify; }
            .letter { margin: 1.5rem 0; padding-bottom: 1rem; border-bottom: 1px solid #ccc; }
            .letter .issuer { text-align: center; color: #c00000; font-size: 1.5rem; font-weight: bold; letter-spacing: .1em; }
            .letter .doc-number { text-align: center; }
            .letter .printed { text-align: right; }
            table.catalogue { table-layout: fixed; }
            table.catalogue th.cc { width: 12%; } table.catalogue th.lv1 { width: 12%; } table.catalogue th.lv2 { width: 17%; }
            table.catalogue th.lv3 { width: 22%; } table.catalogue th.lv4 { width: 37%; }
            table.catalogue td.code { white-space: nowrap; }
            table.catalogue tr.dept th { background: #eef1f5; text-align: left; font-weight: bold; }
            footer.generated { margin-top: 2.5rem; font-size: .8rem; color: #666; border-top: 1px solid #ccc; padding-top: .5rem; }
            """;

    private static final String PRINT = """
            @page { size: A4; margin: 20mm 17mm 18mm 17mm;
                    @bottom-center { content: "— " counter(page) " —"; font-size: 10pt; font-family: "Noto Sans SC"; } }
            @page cover { @bottom-center { content: none; } }
            body { max-width: none; padding: 0; margin: 0; font-size: 10.5pt; line-height: 1.6; }
            h2 { font-size: 16pt; margin: 0 0 10pt; }
            h3 { font-size: 12.5pt; page-break-after: avoid; }
            h4 { font-size: 11pt; page-break-after: avoid; }
            a { color: inherit; text-decoration: none; }
            section.part, nav.toc { page-break-before: always; }
            .title-block { page: cover; border: none; padding: 75mm 0 0; margin: 0; }
            .title-block .unit { font-size: 22pt; }
            .title-block h1 { font-size: 28pt; margin: 14mm 0 10mm; }
            .title-block .meta { font-size: 12pt; }
            nav.toc a::after { content: leader('.') target-counter(attr(href), page); }
            table.data, table.form, table.plain, table.catalogue { font-size: 8.6pt; line-height: 1.3; }
            table.data th, table.data td, table.plain th, table.plain td, table.catalogue th, table.catalogue td { padding: 1.3pt 3pt; }
            table.data, table.catalogue, table.form { -fs-table-paginate: paginate; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            .table-block { page-break-inside: auto; margin: 0 0 8mm; }
            .table-head { page-break-after: avoid; }
            .table-block.small, figure.chart, .target .head { page-break-inside: avoid; }
            .target { page-break-before: always; margin: 0; }
            caption { display: none; }
            dl.glossary div.term { page-break-inside: avoid; }
            table.form { font-size: 8.2pt; line-height: 1.28; }
            table.form th, table.form td { padding: 1.2pt 3pt; }
            table.form tbody th { width: auto; white-space: nowrap; }
            .target .head h4 { margin: 0 0 2pt; }
            figure.chart svg { width: 160mm; }
            footer.generated { display: none; }
            """;

    private HtmlStyle() {
    }

    /** The CSS of a page: for the PDF variant with the print rules applied always. */
    static String css(boolean pdf) {
        String print = PRINT;
        if (pdf) {
            return PAGE + BASE + print;
        }
        return PAGE + BASE + "@media print {\n" + print + "}\n";
    }

    /** The CSS of a fragment ({@link HtmlWriter#fragment}) inside a site's page, print rules under {@code @media print}. */
    static String fragmentCss() {
        return FRAGMENT + BASE + "@media print {\n" + PRINT + "}\n";
    }
}
