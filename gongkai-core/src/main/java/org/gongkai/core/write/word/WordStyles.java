package org.gongkai.core.write.word;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The paragraph styles of a written disclosure, as real Word styles: 标题 1-4 are Word's built-in
 * heading styles ("heading 1" …, shown as 标题 1 … in a Chinese Word) with outline levels, so the
 * 目录 field and the navigation pane find them; 目录 1-3 are Word's "toc 1" … styles. East Asian
 * text is set in 宋体 (body) and 黑体 (headings) through the {@code w:eastAsia} font attribute,
 * Latin text and figures in Times New Roman.
 * Example: {@code HEADING_2} ("Heading2") for "2024年预算支出总表".
 */
final class WordStyles {

    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    static final String HEADING_4 = "Heading4";
    static final String BODY = "BodyText";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_CAPTION = "TableCaption";
    static final String NOTE = "TableNote";
    static final String TOC_HEADING = "TOCHeading";
    static final String FOOTER = "Footer";

    /** The style id of 目录 level {@code level} (1-3): "TOC1" … */
    static String toc(int level) {
        return "TOC" + level;
    }

    /** The style id of heading level {@code level} (1-4). */
    static String heading(int level) {
        return "Heading" + Math.max(1, Math.min(4, level));
    }

    private static final String LATIN = "Times New Roman";
    private static final String SONG = "宋体";
    private static final String HEI = "黑体";

    private WordStyles() {
    }

    /** Gives {@code doc} these styles, replacing any it has. */
    static void install(XWPFDocument doc) {
        try {
            StylesDocument styles = StylesDocument.Factory.parse(xml());
            doc.createStyles().setStyles(styles.getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("the built-in Word styles do not parse", e);
        }
    }

    private static String fonts(String eastAsia) {
        return "<w:rFonts w:ascii=\"" + LATIN + "\" w:hAnsi=\"" + LATIN + "\" w:eastAsia=\"" + eastAsia
                + "\" w:cs=\"" + LATIN + "\"/>";
    }

    private static String heading(int level, String name, int halfPoints, String jc, int before, int after) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + level + "\">"
                + "<w:name w:val=\"" + name + "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"" + BODY + "\"/>"
                + "<w:uiPriority w:val=\"9\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"" + before + "\" w:after=\"" + after
                + "\" w:line=\"360\" w:lineRule=\"auto\"/><w:jc w:val=\"" + jc + "\"/><w:outlineLvl w:val=\""
                + (level - 1) + "\"/></w:pPr>"
                + "<w:rPr>" + fonts(HEI) + "<w:b/><w:bCs/><w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\""
                + halfPoints + "\"/></w:rPr></w:style>";
    }

    private static String toc(int level, int indent) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"TOC" + level + "\">"
                + "<w:name w:val=\"toc " + level + "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>"
                + "<w:uiPriority w:val=\"39\"/>"
                + "<w:pPr><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" + DocxWriter.TEXT_WIDTH + "\"/></w:tabs>"
                + "<w:spacing w:before=\"0\" w:after=\"60\"/><w:ind w:left=\"" + indent + "\"/></w:pPr>"
                + (level == 1 ? "<w:rPr>" + fonts(HEI) + "</w:rPr>" : "")
                + "</w:style>";
    }

    private static String xml() {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        return "<w:styles xmlns:w=\"" + w + "\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts(SONG)
                + "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>"
                + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
                + "</w:pPr></w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
                + "<w:pPr><w:widowControl/><w:jc w:val=\"both\"/></w:pPr></w:style>"
                + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
                + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
                + "</w:tblCellMar></w:tblPr></w:style>"
                + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/>"
                + "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                + "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders></w:tblPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"" + TITLE + "\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"10\"/><w:qFormat/><w:pPr><w:spacing w:before=\"240\" w:after=\"240\"/>"
                + "<w:jc w:val=\"center\"/></w:pPr><w:rPr>" + fonts(HEI)
                + "<w:b/><w:bCs/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/></w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"" + SUBTITLE + "\"><w:name w:val=\"Subtitle\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"11\"/><w:qFormat/>"
                + "<w:pPr><w:spacing w:before=\"120\" w:after=\"120\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr>" + fonts(HEI)
                + "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr></w:style>"
                + heading(1, "heading 1", 32, "center", 240, 240)
                + heading(2, "heading 2", 28, "left", 240, 120)
                + heading(3, "heading 3", 24, "left", 120, 60)
                + heading(4, "heading 4", 24, "center", 120, 60)
                + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" + BODY + "\"><w:name w:val=\"Body Text\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"60\" w:line=\"360\" w:lineRule=\"auto\"/>"
                + "<w:ind w:firstLineChars=\"200\" w:firstLine=\"480\"/></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" + TABLE_TEXT + "\"><w:name w:val=\"表格文字\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:before=\"20\" w:after=\"20\"/><w:jc w:val=\"left\"/></w:pPr>"
                + "<w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" + TABLE_CAPTION + "\"><w:name w:val=\"表格说明\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/><w:tabs><w:tab w:val=\"right\" w:pos=\""
                + DocxWriter.TEXT_WIDTH + "\"/></w:tabs><w:spacing w:before=\"60\" w:after=\"60\"/></w:pPr>"
                + "<w:rPr><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/></w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" + NOTE + "\"><w:name w:val=\"表注\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:before=\"60\" w:after=\"120\"/></w:pPr>"
                + "<w:rPr><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/></w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"" + TOC_HEADING + "\"><w:name w:val=\"TOC Heading\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/><w:qFormat/>"
                + "<w:pPr><w:spacing w:before=\"240\" w:after=\"240\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr>" + fonts(HEI)
                + "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr></w:style>"
                + toc(1, 0) + toc(2, 420) + toc(3, 840)
                + "<w:style w:type=\"paragraph\" w:styleId=\"" + FOOTER + "\"><w:name w:val=\"footer\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"99\"/><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
                + "<w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>"
                + "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>"
                + "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/><w:rPr><w:color w:val=\"0563C1\"/>"
                + "<w:u w:val=\"single\"/></w:rPr></w:style>"
                + "</w:styles>";
    }
}
