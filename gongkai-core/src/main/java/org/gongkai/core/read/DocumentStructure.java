package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline of a disclosure found in its lines: the 目录 (what the document says it holds),
 * the parts (第一部分 概况 … 第四部分 名词解释) and where each starts; in a document without parts,
 * the sections its 目录 lists and its text prints as headings (部门主要职能 … 部门预算编制说明).
 */
final class DocumentStructure {

    /** The four parts of a disclosure. */
    enum PartRole { PROFILE, TABLES, NARRATIVE, GLOSSARY, OTHER }

    /** A part heading: 第三部分 2024年度单位预算情况说明 at line index 414. */
    record Part(int number, String title, PartRole role, int line) {
    }

    /** One entry of the 目录 with the page it names, if any. */
    record TocEntry(String text, int page, int line) {
    }

    private static final Pattern PART = Pattern.compile("^第([一二三四五六七八九十]{1,2})部分[\\s：:、]*(.*)$");

    final int tocStart;
    final int tocEnd;
    final List<TocEntry> toc;
    final List<Part> parts;
    /** True when the parts are the 目录's sections, printed as headings without their numbers ({@link #sectionsAsParts}). */
    final boolean sectionsAsParts;

    private DocumentStructure(int tocStart, int tocEnd, List<TocEntry> toc, List<Part> parts, boolean sectionsAsParts) {
        this.tocStart = tocStart;
        this.tocEnd = tocEnd;
        this.toc = toc;
        this.parts = parts;
        this.sectionsAsParts = sectionsAsParts;
    }

    static DocumentStructure of(Layout layout) {
        int tocStart = -1;
        int tocEnd = -1;
        List<TocEntry> toc = new ArrayList<>();
        int limit = Math.min(layout.size(), 400);
        for (int i = 0; i < limit; i++) {
            if (layout.isBlank(i)) {
                continue; // no text: not the 目录's title
            }
            LayoutLine l = layout.get(i);
            if (l.text().indexOf('录') >= 0 && l.compact().equals("目录")) {
                tocStart = i;
                break;
            }
        }
        if (tocStart >= 0) {
            // the 目录 runs until its first entry comes round again as a heading of the text
            String first = null;
            String firstBare = null; // "部门主要职能" for "一、部门主要职能": a heading may leave out the 目录's numbering
            int repeat = -1;
            for (int i = tocStart + 1; i < layout.size() && i < tocStart + 300; i++) {
                LayoutLine l = layout.get(i);
                if (l.isBlank() || DocumentReader.isFolio(l)) {
                    continue;
                }
                String key = tocKey(l);
                if (first == null) {
                    first = key;
                    Numbering.Prefix n = Numbering.parse(key);
                    firstBare = n != null && n.level() == 1 && n.rest().length() >= 2 ? n.rest() : null;
                } else if (key.equals(first) || key.equals(firstBare)) {
                    repeat = i;
                    break;
                }
            }
            if (repeat > 0) {
                for (int i = tocStart + 1; i < repeat; i++) {
                    LayoutLine l = layout.get(i);
                    if (l.isBlank() || DocumentReader.isFolio(l)) {
                        continue;
                    }
                    TocEntry e = tocEntry(l, i);
                    String text = l.text().strip();
                    TocEntry previous = toc.isEmpty() ? null : toc.get(toc.size() - 1);
                    if (e == null && previous != null && previous.line() == i - 1 && endsWrappedEntry(previous, text)) {
                        // "九、2018 年度江苏省高级人民法院“三公”经费、会议费、培训费支" / "出预算表"
                        toc.set(toc.size() - 1, new TocEntry(previous.text() + text, previous.page(), previous.line()));
                        continue;
                    }
                    toc.add(e != null ? e : new TocEntry(text, 0, i));
                }
                tocEnd = repeat;
            } else {
                int i = tocStart + 1;
                int lastEntry = tocStart;
                int misses = 0;
                for (; i < layout.size() && misses < 3; i++) {
                    if (layout.isBlank(i)) {
                        continue;
                    }
                    LayoutLine l = layout.get(i);
                    TocEntry e = tocEntry(l, i);
                    if (e == null) {
                        misses++;
                        if (isPartHeading(l) != null) {
                            break;
                        }
                        continue;
                    }
                    misses = 0;
                    toc.add(e);
                    lastEntry = i;
                }
                tocEnd = lastEntry + 1;
            }
        }
        List<Part> parts = new ArrayList<>();
        int lines = layout.size(); // both asked once: the loop passes over every line
        boolean pdf = layout.pdf();
        for (int i = 0; i < lines; i++) {
            if (i >= tocStart && i < tocEnd) {
                continue;
            }
            if (layout.isBlank(i) || (layout.isTabular(i) && !pdf)) {
                continue;
            }
            Part p = isPartHeading(layout.get(i));
            if (p != null) {
                parts.add(new Part(p.number(), p.title(), p.role(), i));
            }
        }
        boolean sections = parts.isEmpty() && !toc.isEmpty();
        if (sections) {
            parts = sectionsAsParts(layout, toc, Math.max(tocEnd, 0));
        }
        return new DocumentStructure(tocStart, tocEnd, toc, parts, sections && !parts.isEmpty());
    }

    /**
     * A document with no 第X部分 headings whose 目录 lists its sections "一、部门主要职能" … "八、绩效目标",
     * each printed as a heading of its own without the number ("部门主要职能", as the Shanghai
     * district budgets are): those headings are its parts, found in order after the 目录, their
     * roles told by their titles ({@link #sectionRole}). A section the text does not print as a
     * heading is passed over; sections in a row about the unit (职能, 机构设置) are one 概况.
     */
    private static List<Part> sectionsAsParts(Layout layout, List<TocEntry> toc, int from) {
        List<Part> parts = new ArrayList<>();
        int at = from;
        for (TocEntry e : toc) {
            Numbering.Prefix n = Numbering.parse(Labels.compact(e.text()));
            if (n == null || n.level() != 1 || n.rest().length() < 2) {
                continue;
            }
            String title = n.rest();
            for (int i = at; i < layout.size(); i++) {
                if (layout.isBlank(i) || (layout.isTabular(i) && !layout.pdf())) {
                    continue;
                }
                LayoutLine l = layout.get(i);
                if (l.text().length() <= title.length() + 8 && l.compact().equals(title)) {
                    PartRole role = sectionRole(title);
                    boolean sameAsBefore = !parts.isEmpty() && parts.get(parts.size() - 1).role() == role;
                    if (!(sameAsBefore && role == PartRole.PROFILE)) {
                        parts.add(new Part(n.number(), title, role, i));
                    }
                    at = i + 1;
                    break;
                }
            }
        }
        return parts;
    }

    /** The role of a section named in a 目录 without parts: 职能, 机构 and 概况 describe the unit. */
    static PartRole sectionRole(String title) {
        if (title.contains("职能") || title.contains("职责") || title.contains("机构") || title.contains("概况")) {
            return PartRole.PROFILE;
        }
        if (title.contains("名词解释")) {
            return PartRole.GLOSSARY;
        }
        if (title.contains("说明")) {
            return PartRole.NARRATIVE;
        }
        return title.contains("表") ? PartRole.TABLES : PartRole.OTHER;
    }

    /**
     * True when {@code text}, a 目录 line without a page number, is the end of the entry before it,
     * wrapped: a few characters with no numbering of their own after a long numbered entry that
     * has no page number either.
     */
    private static boolean endsWrappedEntry(TocEntry previous, String text) {
        return previous.page() == 0 && previous.text().length() >= 16 && text.length() <= 10
                && Numbering.parse(previous.text()) != null && Numbering.parse(text) == null
                && !PART.matcher(text).matches() && !PART.matcher(previous.text()).matches();
    }

    /** A 目录 line's text without its leaders, page number and spaces, to find it again in the text. */
    private static String tocKey(LayoutLine l) {
        String t = l.isTabular() ? l.cell(0) : l.text();
        Leaders leaders = Leaders.in(t);
        if (leaders != null) {
            t = t.substring(0, leaders.start());
        }
        String c = Labels.compact(t);
        int end = c.length();
        while (end > 0 && Character.isDigit(c.charAt(end - 1))) {
            end--;
        }
        return c.substring(0, end);
    }

    private static TocEntry tocEntry(LayoutLine l, int index) {
        if (l.isTabular()) {
            String last = l.cell(l.size() - 1);
            if (last.chars().allMatch(Character::isDigit) && !last.isEmpty()) {
                String head = l.cell(0);
                Leaders leaders = Leaders.in(head);
                return new TocEntry((leaders == null ? head : head.substring(0, leaders.start())).strip(), Integer.parseInt(last), index);
            }
        }
        String text = l.text();
        Leaders leaders = Leaders.in(text);
        if (leaders == null) {
            return null;
        }
        return new TocEntry(text.substring(0, leaders.start()).strip(), leaders.page().isEmpty() ? 0 : Integer.parseInt(leaders.page()), index);
    }

    /**
     * The leaders a 目录 line ends with, and the page number after them: a run of at least three
     * dots, middle dots or hyphens, or two ellipses, then (spaces around it) the digits of the
     * page, at the very end. Example: "一、部门职责……………… 3": start 6, page "3".
     * Found by reading the line backwards from its end, not by a pattern tried at each character.
     *
     * @param start where the run of leaders begins
     * @param page  the page number's digits, "" when none is printed
     */
    record Leaders(int start, String page) {

        static Leaders in(String t) {
            int end = t.length();
            while (end > 0 && isPatternSpace(t.charAt(end - 1))) {
                end--;
            }
            int digitsEnd = end;
            while (end > 0 && t.charAt(end - 1) >= '0' && t.charAt(end - 1) <= '9') {
                end--;
            }
            int digitsStart = end;
            while (end > 0 && isPatternSpace(t.charAt(end - 1))) {
                end--;
            }
            if (end == 0) {
                return null;
            }
            char leader = t.charAt(end - 1);
            if (leader != '.' && leader != '…' && leader != '·' && leader != '-') {
                return null;
            }
            int start = end;
            while (start > 0 && t.charAt(start - 1) == leader) {
                start--;
            }
            return end - start >= (leader == '…' ? 2 : 3) ? new Leaders(start, t.substring(digitsStart, digitsEnd)) : null;
        }

        /** The spaces the pattern {@code \\s} stands for. */
        private static boolean isPatternSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }
    }

    private static Part isPartHeading(LayoutLine l) {
        if (!l.text().startsWith("第")) {
            return null;
        }
        String t = l.text().strip();
        if (t.length() > 40) {
            return null;
        }
        Matcher m = PART.matcher(t);
        if (!m.matches()) {
            return null;
        }
        int n = Numbering.chinese(m.group(1));
        String title = m.group(2).strip();
        return new Part(n, title, role(title, n), -1);
    }

    static PartRole role(String title, int number) {
        if (title.contains("概况")) {
            return PartRole.PROFILE;
        }
        if (title.contains("名词解释")) {
            return PartRole.GLOSSARY;
        }
        if (title.contains("说明")) {
            return PartRole.NARRATIVE;
        }
        if (title.contains("表")) {
            return PartRole.TABLES;
        }
        return switch (number) {
            case 1 -> PartRole.PROFILE;
            case 2 -> PartRole.TABLES;
            case 3 -> PartRole.NARRATIVE;
            case 4 -> PartRole.GLOSSARY;
            default -> PartRole.OTHER;
        };
    }

    boolean inToc(int line) {
        return line >= tocStart && line < tocEnd;
    }

    /** Every part with {@code role}, in order. */
    List<Part> parts(PartRole role) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            if (p.role() == role) {
                out.add(p);
            }
        }
        return out;
    }

    Part part(PartRole role) {
        for (Part p : parts) {
            if (p.role() == role) {
                return p;
            }
        }
        return null;
    }

    /** The line after which the part ends: the next part's heading, or the end. */
    int end(Part p, int size) {
        for (Part q : parts) {
            if (q.line() > p.line()) {
                return q.line();
            }
        }
        return size;
    }
}
