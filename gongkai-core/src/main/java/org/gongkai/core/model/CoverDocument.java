package org.gongkai.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A cover letter (文件) that passes the catalogue on: who issued it, its number, its title and
 * the date it was printed. Example: 柳林县财政局, 柳财综〔2023〕482号, printed 2023-09-15.
 *
 * @param issuer      the issuing office, e.g. 柳林县财政局 (from "柳林县财政局文件")
 * @param number      文号, e.g. 柳财综〔2023〕482号
 * @param title       the document's title
 * @param addressees  主送, e.g. 各有关单位
 * @param body        the paragraphs of the letter
 * @param printedBy   the office that printed it, e.g. 柳林县财政局办公室
 * @param dateText    the printing date as printed, e.g. "2023年9月15日印发"
 * @param date        that date, when valid
 * @param position    where the letter starts
 */
public record CoverDocument(String issuer, String number, String title, String addressees, List<String> body,
                            String printedBy, String dateText, LocalDate date, SourcePosition position) {

    public CoverDocument {
        body = List.copyOf(body);
    }
}
