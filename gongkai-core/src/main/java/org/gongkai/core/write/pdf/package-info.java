/**
 * A disclosure as an A4 PDF: {@link org.gongkai.core.write.pdf.PdfWriter} renders the PDF variant
 * of {@link org.gongkai.core.write.html.HtmlWriter}'s page through openhtmltopdf, with the Noto Sans
 * SC font (GBK subset, OFL) embedded from the classpath so that Chinese renders on a machine with
 * no CJK font, the charts drawn from their SVG, a cover page, 目录 with page numbers, table headings
 * repeated on every page a table runs over, page numbers in the footer and bookmarks for every
 * part, table and form. Example: the reference document without its annex is a PDF of about 30 pages.
 */
package org.gongkai.core.write.pdf;
