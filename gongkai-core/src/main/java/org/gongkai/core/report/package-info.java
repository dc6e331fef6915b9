/**
 * Writing a {@link org.gongkai.core.check.CheckReport} out for people and programs: plain text
 * for a terminal ({@link org.gongkai.core.report.CheckReportTextWriter}), JSON for programs
 * ({@link org.gongkai.core.report.CheckReportJsonWriter}, format "gongkai-check-report",
 * documented in {@code docs/check-report-format.md}) and one self-contained HTML page that shows
 * each finding beside the published figure or sentence it points at
 * ({@link org.gongkai.core.report.CheckReportHtmlWriter}). Every writer takes the disclosure
 * that was checked as well as the report, for the document's metadata and, in HTML, the
 * published rows. Labels and sentences are Chinese; nothing here rounds or recomputes an amount.
 */
package org.gongkai.core.report;
