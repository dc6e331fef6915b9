package org.gongkai.core.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.CoverDocument;
import org.gongkai.core.model.PurchaseServiceCatalogue;
import org.gongkai.core.model.SourcePosition;

/**
 * Reads the 政府购买服务指导性目录 annex: the cover letters that pass it down (county, city,
 * province: "柳林县财政局文件", 文号, title, 主送, body, 印发 office and date) and the catalogue
 * itself, department by department, each line with its code and the column its name is printed in.
 */
final class CatalogueReader {

    private static final Pattern DOC_NUMBER = Pattern.compile("^[\\u4e00-\\u9fa5]{1,8}[〔【\\[（(]\\d{4}[〕】\\]）)]\\d{1,5}号$");
    private static final Pattern FOLIO = Pattern.compile("^[-—－]\\d+[-—－]$");
    private static final Pattern PRINTED_ON = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日印发$");

    private static final class Letter {
        String issuer;
        String number;
        String title;
        String addressees;
        final List<String> body = new ArrayList<>();
        String printedBy;
        String dateText;
        LocalDate date;
        SourcePosition position;

        CoverDocument build() {
            return new CoverDocument(issuer, number, title, addressees, body, printedBy, dateText, date, position);
        }
    }

    private CatalogueReader() {
    }

    /** True when line {@code i} is "…文件" followed closely by a document number. */
    static boolean startsCoverLetter(Layout layout, int i, int end) {
        LayoutLine l = layout.get(i);
        // asked of every line of running text: its end is read before the line is compacted whole
        if (l.isTabular() || !Labels.compactEndsWith(l.text(), "文件") || l.compact().length() > 24) {
            return false;
        }
        for (int j = i + 1, seen = 0; j < end && seen < 4; j++) {
            if (layout.isBlank(j)) {
                continue;
            }
            seen++;
            if (DOC_NUMBER.matcher(layout.get(j).compact()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the reading is: before the first letter, in a letter (its number, title, body), at the
     * catalogue's title, in its rows, after them.
     */
    private enum Stage {
        START, NUMBER, TITLE, BODY, TITLE_SEEN, CATALOGUE, AFTER
    }

    static PurchaseServiceCatalogue read(Layout layout, int from, int to, String reference) {
        List<Letter> letters = new ArrayList<>();
        List<CatalogueDepartment> departments = new ArrayList<>();
        String title = null;
        Letter letter = null;
        Stage stage = Stage.START;
        String deptName = null;
        SourcePosition deptPos = null;
        List<CatalogueItem> items = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (layout.isBlank(i)) {
                continue; // told by the layout's kinds, the line untouched
            }
            LayoutLine l = layout.get(i);
            if (l.isTabular()) {
                if (l.cell(0).equals("代码")) {
                    stage = Stage.CATALOGUE;
                    continue;
                }
                if (stage != Stage.CATALOGUE) {
                    continue;
                }
                String code = l.cell(0);
                int level = 0;
                String name = "";
                for (int c = 1; c < l.size() && c <= 4; c++) {
                    if (!l.cell(c).isEmpty()) {
                        level = c;
                        name = l.cell(c);
                        break;
                    }
                }
                if (!code.isEmpty() && isCode(code)) {
                    items.add(CatalogueItem.at(code, level, name, l.page(), l.number(), 1));
                } else if (!code.isEmpty() && level == 0) {
                    if (deptName != null) {
                        departments.add(new CatalogueDepartment(deptName, items, deptPos));
                    }
                    deptName = code;
                    deptPos = l.position();
                    items.clear(); // the department copied them: one list serves them all, grown once
                } else if (code.isEmpty() && !name.isEmpty() && !items.isEmpty()) {
                    CatalogueItem last = items.remove(items.size() - 1);
                    items.add(last.withNameContinued(name));
                }
                continue;
            }
            String text = l.text().strip();
            String compact = l.compact();
            if (startsCoverLetter(layout, i, to)) {
                letter = new Letter();
                letter.issuer = compact.substring(0, compact.length() - 2);
                letter.position = l.position();
                letters.add(letter);
                stage = Stage.NUMBER;
                continue;
            }
            Matcher printedOn = compact.endsWith("印发") ? PRINTED_ON.matcher(compact) : null;
            if (printedOn != null && printedOn.matches()) {
                Letter target = pending(letters, true);
                if (target != null) {
                    target.dateText = text;
                    target.date = NarrativeReader.date(printedOn.group(1), printedOn.group(2), printedOn.group(3));
                }
                continue;
            }
            if (compact.endsWith("办公室") && compact.length() <= 20) {
                Letter target = pending(letters, false);
                if (target != null) {
                    target.printedBy = compact;
                }
                continue;
            }
            if (stage == Stage.CATALOGUE || stage == Stage.AFTER) {
                stage = Stage.AFTER;
                continue;
            }
            if (compact.endsWith("目录") && compact.length() <= 30 && !compact.contains("关于")) {
                title = text;
                stage = Stage.TITLE_SEEN;
                continue;
            }
            if (letter == null) {
                continue;
            }
            switch (stage) {
                case NUMBER -> {
                    if (DOC_NUMBER.matcher(compact).matches()) {
                        letter.number = text.replace(" ", "").replace("\u3000", "");
                        stage = Stage.TITLE;
                    }
                }
                case TITLE -> {
                    if (compact.endsWith("：") || compact.endsWith(":")) {
                        letter.addressees = text.substring(0, text.length() - 1).strip();
                        stage = Stage.BODY;
                    } else {
                        letter.title = letter.title == null ? text : letter.title + text;
                    }
                }
                case BODY -> {
                    if (!isNoise(compact)) {
                        if (!letter.body.isEmpty() && continues(letter.body.get(letter.body.size() - 1))) {
                            letter.body.set(letter.body.size() - 1, letter.body.get(letter.body.size() - 1) + text);
                        } else {
                            letter.body.add(text);
                        }
                    }
                }
                default -> {
                }
            }
        }
        if (deptName != null) {
            departments.add(new CatalogueDepartment(deptName, items, deptPos));
        }
        List<CoverDocument> docs = new ArrayList<>();
        for (Letter x : letters) {
            docs.add(x.build());
        }
        return new PurchaseServiceCatalogue(reference, title, docs, departments);
    }

    /** A catalogue code as printed: a capital letter and digits ("A030101"), or digits only (a code that lost its letter). */
    private static boolean isCode(String s) {
        int start = s.charAt(0) >= 'A' && s.charAt(0) <= 'Z' ? 1 : 0;
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The earliest letter still lacking its date (or its printing office). */
    private static Letter pending(List<Letter> letters, boolean date) {
        for (Letter x : letters) {
            if (date ? x.dateText == null : x.printedBy == null) {
                return x;
            }
        }
        return null;
    }

    /** Lines that are print furniture, not the letter's words: page numbers, 抄送, 公开 options. */
    private static boolean isNoise(String compact) {
        return isFolio(compact) || compact.startsWith("抄送") || compact.startsWith("（此件")
                || compact.startsWith("信息公开选项");
    }

    /** A page's number between dashes: "-2-". */
    private static boolean isFolio(String compact) {
        return !compact.isEmpty() && "-—－".indexOf(compact.charAt(0)) >= 0 && FOLIO.matcher(compact).matches();
    }

    /** A body line cut at a page break: long and not ending a sentence. */
    private static boolean continues(String previous) {
        char end = previous.charAt(previous.length() - 1);
        return previous.length() >= 24 && "。：:；;”）)".indexOf(end) < 0;
    }
}
