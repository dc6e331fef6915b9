package org.gongkai.core.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.Sentence;
import org.gongkai.core.model.SourcePosition;

/**
 * Builds paragraphs from lines of running text and splits them into sentences. A line cut by a
 * page break ("…完善劳动关系协调机" / blank / "制，监督落实…") is joined to the line that finishes
 * it, over the page's number printed at its foot in a PDF ("…结合发" / "2" / "现的新情况…"); a
 * sentence ends at 。！？；; (outside brackets), closing quotes and brackets staying with it.
 */
final class Paragraphs {

    /**
     * A paragraph's text and the lines it came from.
     *
     * @param starts    for a paragraph of several lines, where each line's text begins in
     *                  {@code text}; null for a paragraph of one line
     * @param positions for a paragraph of several lines, each line's position; null for one line
     */
    record Lines(String text, int first, int last, SourcePosition position, int[] starts, SourcePosition[] positions) {

        Lines(String text, int first, int last, SourcePosition position) {
            this(text, first, last, position, null, null);
        }

        /** The position of the line that holds offset {@code at} of the text. */
        SourcePosition positionAt(int at) {
            if (starts == null) {
                return position;
            }
            int k = Arrays.binarySearch(starts, at);
            return positions[k >= 0 ? k : -k - 2];
        }
    }

    private static final String ENDINGS = "。！？；;!?：:”’）)」』》>";

    private Paragraphs() {
    }

    /**
     * The paragraphs of lines {@code from} (inclusive) to {@code to} (exclusive), tabular lines
     * skipped. Every non-blank line starts a paragraph unless it finishes the line before.
     */
    static List<Lines> of(Layout layout, int from, int to) {
        List<Lines> out = new ArrayList<>();
        // the paragraph being built: its first line's text, and a builder only once a line joins it
        String text = null;
        StringBuilder joined = null;
        int first = -1;
        int last = -1;
        // where each line of a paragraph of several lines begins in its text, and which line it is
        int[] starts = new int[8];
        int[] joinedLines = new int[8];
        int count = 0;
        float rightEdge = layout.pdf() ? rightEdge(layout, from, to) : 0f;
        for (int i = from; i < to; i++) {
            if (layout.isBlank(i) || (!layout.pdf() && layout.isTabular(i))) {
                continue; // told by the layout's kinds, the line untouched
            }
            LayoutLine l = layout.get(i);
            String t = l.text().strip();
            if (t.isEmpty() || layout.pdf() && DocumentReader.isFolio(l) && endsItsPage(layout, i, to)) {
                continue; // a page's number at its foot: a paragraph the page break cut goes on after it
            }
            if (text != null && continues(layout, first, last, joined != null ? joined : text, i, t, rightEdge)) {
                if (joined == null) {
                    joined = new StringBuilder(text.length() + t.length() + 16).append(text);
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, 2 * count);
                    joinedLines = Arrays.copyOf(joinedLines, 2 * count);
                }
                starts[count] = joined.length();
                joinedLines[count++] = i;
                joined.append(t);
                last = i;
            } else {
                if (text != null) {
                    out.add(lines(layout, text, joined, first, last, starts, joinedLines, count));
                }
                text = t;
                joined = null;
                first = i;
                last = i;
                starts[0] = 0;
                joinedLines[0] = i;
                count = 1;
            }
        }
        if (text != null) {
            out.add(lines(layout, text, joined, first, last, starts, joinedLines, count));
        }
        return out;
    }

    /** True when no text follows line {@code i} on its page (before line {@code to}). */
    private static boolean endsItsPage(Layout layout, int i, int to) {
        int page = layout.get(i).page();
        for (int j = i + 1; j < to; j++) {
            if (layout.get(j).page() != page) {
                return true;
            }
            if (!layout.isBlank(j)) {
                return false;
            }
        }
        return true;
    }

    private static Lines lines(Layout layout, String text, StringBuilder joined, int first, int last, int[] starts, int[] lines,
                               int count) {
        if (joined == null) {
            return new Lines(text, first, last, layout.get(first).position());
        }
        SourcePosition[] positions = new SourcePosition[count];
        for (int k = 0; k < count; k++) {
            positions[k] = layout.get(lines[k]).position();
        }
        return new Lines(joined.toString(), first, last, positions[0], Arrays.copyOf(starts, count), positions);
    }

    /**
     * True when {@code next} (line {@code nextLine}) finishes the paragraph {@code cur}: its last
     * line was a full line, {@code next} does not start a heading, and the paragraph does not end
     * as a sentence ends, or does but {@code next} is printed as a paragraph's following line
     * ({@link #runsOn}).
     */
    private static boolean continues(Layout layout, int firstLine, int lastLine, CharSequence cur, int nextLine, String next,
                                     float rightEdge) {
        char end = cur.charAt(cur.length() - 1);
        boolean runsOn = layout.pdf() && runsOn(layout, firstLine, nextLine);
        boolean full = fullLine(layout, lastLine, rightEdge)
                || runsOn && (wrappedBeforeAWord(layout, lastLine, next, rightEdge) || stopsMidSentence(cur, end, next));
        if (!full || ENDINGS.indexOf(end) >= 0 && !runsOn) {
            return false;
        }
        if (!layout.pdf() && firstLine == lastLine && isHeading(cur)) {
            return false; // in text, whose lines are not wrapped, a heading of its own: "九、一般公共预算“三公”经费、会议费、培训费支出预算情况说明"
        }
        // only now the costlier look at the next line: a numbered heading or a part's
        return Numbering.parse(next) == null && !(next.startsWith("第") && next.contains("部分"));
    }

    /** A line numbered "一、" with no sentence in it, short as headings are. */
    private static boolean isHeading(CharSequence line) {
        if (line.length() > 48) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '。' || c == '，' || c == '；' || c == '：') {
                return false;
            }
        }
        Numbering.Prefix n = Numbering.parse(line.toString());
        return n != null && n.level() == 1;
    }

    /**
     * True when, in a PDF, line {@code next} starts left of the paragraph's indented first line by
     * a character or more: printed as the paragraph's following line, not as a new paragraph, though
     * the full line before it ends with a sentence ("…主要用于行政单位离退休。" / "2022年当年预算执行数…")
     * or a closing quote ("…占“三公”" / "经费的13.77%"). Where paragraphs are not indented this never holds.
     */
    private static boolean runsOn(Layout layout, int firstLine, int next) {
        LayoutLine first = layout.get(firstLine);
        LayoutLine line = layout.get(next);
        if (first.size() == 0 || line.size() == 0 || first.page() != line.page()) {
            return false;
        }
        float indent = first.cells().get(0).x0() - line.cells().get(0).x0();
        return indent >= INDENT && indent <= MAX_INDENT; // further in is a centred title's, not an indent
    }

    /** More than a paragraph's indent (two or three characters of the largest type) and less than a centred title's. */
    private static final float MAX_INDENT = 48f;

    /**
     * True when a paragraph's text stops short in the middle of a sentence ("…项目中的运行维护费均计" /
     * "入机关运行费支出中…"): it has a sentence's punctuation already (a comma or a full stop; a
     * heading's "十、" is none), so it is no heading ("十、预算绩效管理情况"), it does not end at a
     * mark, and {@code next} is text, not a page's number ("─ 14 ─").
     */
    private static boolean stopsMidSentence(CharSequence cur, char end, String next) {
        if (ENDINGS.indexOf(end) >= 0 || end == '，' || end == '、' || end == ',' || !hasChinese(next)) {
            return false;
        }
        for (int i = 0; i < cur.length(); i++) {
            char c = cur.charAt(i);
            if (c == '，' || c == '。' || c == '；') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasChinese(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '\u4e00' && s.charAt(i) <= '\u9fff') {
                return true;
            }
        }
        return false;
    }

    /** Less than a paragraph's indent (two characters, 24 points at 12-point type) and more than a letter's width. */
    private static final float INDENT = 8f;

    /**
     * True when the last line stopped short of the right edge by no more than the word that starts
     * {@code next} takes, a figure or a Latin word, which a line is not broken inside: "…机关运行经费预算支出"
     * (ending 23 points short) / "6032.55万元，比2016年增加…". A half-width character is taken as 8 points.
     */
    private static boolean wrappedBeforeAWord(Layout layout, int lastLine, String next, float rightEdge) {
        int word = 0;
        while (word < next.length() && next.charAt(word) < '\u0080' && next.charAt(word) > ' ') {
            word++;
        }
        return word > 0 && rightEdge > 0 && layout.get(lastLine).right() >= rightEdge - 24f - 8f * word;
    }

    /** The paragraph's last line ran to the right edge (PDF) or is long (text). */
    private static boolean fullLine(Layout layout, int lastLine, float rightEdge) {
        LayoutLine prev = layout.get(lastLine);
        if (layout.pdf()) {
            return rightEdge > 0 && prev.right() >= rightEdge - 24f;
        }
        return prev.text().length() >= 24;
    }

    private static float rightEdge(Layout layout, int from, int to) {
        float max = 0f;
        for (int i = from; i < to; i++) {
            LayoutLine l = layout.get(i);
            max = Math.max(max, l.right());
        }
        return max;
    }

    static Paragraph paragraph(Lines l) {
        return new Paragraph(l.text(), sentences(l), l.position());
    }

    static List<Paragraph> paragraphs(List<Lines> lines) {
        List<Paragraph> out = new ArrayList<>(lines.size());
        for (Lines l : lines) {
            out.add(paragraph(l));
        }
        return out;
    }

    /**
     * The sentences of a paragraph, each at the line it starts on; punctuation that stands alone
     * ("。；") joins the sentence before it.
     */
    static List<Sentence> sentences(Lines lines) {
        String text = lines.text();
        List<Sentence> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF') {
                continue; // most of the text: a Chinese character, neither a bracket nor a sentence's end
            }
            if (c == '（' || c == '(' || c == '《' || c == '“' || c == '「') {
                depth++;
            } else if ((c == '）' || c == ')' || c == '》' || c == '”' || c == '」') && depth > 0) {
                depth--;
            } else if (depth == 0 && isTerminal(c)) {
                int end = i + 1;
                while (end < n && (isTerminal(text.charAt(end)) || isCloser(text.charAt(end)))) {
                    end++;
                }
                add(out, text.substring(start, end), lines.positionAt(firstNonSpace(text, start, end)));
                start = end;
                i = end - 1;
            }
        }
        if (start < n) {
            add(out, text.substring(start), lines.positionAt(firstNonSpace(text, start, n)));
        }
        return out;
    }

    /** The first offset from {@code from} (before {@code to}) that is not white space, or {@code from}. */
    private static int firstNonSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) { // as String.strip, which trims each sentence
                return i;
            }
        }
        return from;
    }

    private static void add(List<Sentence> out, String s, SourcePosition position) {
        String t = s.strip();
        if (t.isEmpty()) {
            return;
        }
        boolean punctuationOnly = true;
        for (int i = 0; i < t.length(); i++) {
            if (!isTerminal(t.charAt(i)) && !isCloser(t.charAt(i)) && t.charAt(i) != '，' && t.charAt(i) != ',') {
                punctuationOnly = false;
                break;
            }
        }
        if (punctuationOnly && !out.isEmpty()) {
            Sentence prev = out.remove(out.size() - 1);
            out.add(new Sentence(prev.text() + t, prev.position()));
        } else {
            out.add(new Sentence(t, position));
        }
    }

    private static boolean isTerminal(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == ';' || c == '!' || c == '?';
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '）' || c == ')' || c == '」' || c == '』';
    }
}
