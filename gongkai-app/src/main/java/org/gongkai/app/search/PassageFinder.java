package org.gongkai.app.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Finds a query's words in the stored text of a hit's part, the way the index matched them
 * ({@link ExactTextAnalyzer}: width-folded, lower case, whole numbers and Latin words), and picks the
 * passages to show: a passage is one value of the part (values are separated by
 * {@link IndexedDocument#SEPARATOR}); the ones holding the most different words, then the most
 * matches, then the first, are shown, in the order of the text. It reads only the stored text, so
 * the cost is a few string searches per part, whatever the index holds.
 * Example: for "就业补助资金", the 项目 text "就业补助资金-2024年中央就业补助资金（柳财社【2024】41号）" is one
 * passage with matches at 0–6 and 13–19; for "2080101", "20801011 其他" holds no match (another number).
 */
final class PassageFinder {

    /**
     * One value of a part with the matches in it, offsets in the part's text.
     * Example: start 0, end 31, matches 0–6 and 13–19, 1 word of the query.
     */
    record Passage(int start, int end, int[] matchStarts, int[] matchEnds, int words) {
    }

    /** What each word of the query marks, normalized: "(就业补助资金]" gives 就业补助资金, "Title:2080101" title and 2080101. */
    private final List<String> runs;

    private PassageFinder(List<String> runs) {
        this.runs = runs;
    }

    /** The finder of {@code text}'s words, as {@code exact} cuts them into tokens. */
    static PassageFinder of(Analyzer exact, String field, String text) {
        Set<String> runs = new LinkedHashSet<>();
        for (String word : text.strip().split("\\s+")) {
            int runStart = -1;
            int runEnd = -1;
            try (TokenStream ts = exact.tokenStream(field, word)) {
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    // pairs of characters overlap by one: one run of text; tokens apart are runs apart
                    if (runStart >= 0 && offset.startOffset() < runEnd) {
                        runEnd = Math.max(runEnd, offset.endOffset());
                    } else {
                        if (runStart >= 0) {
                            runs.add(normalize(word.substring(runStart, runEnd)));
                        }
                        runStart = offset.startOffset();
                        runEnd = offset.endOffset();
                    }
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (runStart >= 0) {
                runs.add(normalize(word.substring(runStart, runEnd)));
            }
        }
        runs.remove("");
        return new PassageFinder(List.copyOf(runs));
    }

    /** The fragment of {@code content} (escaped HTML, matches in {@code <mark>}), at most {@code most} passages; null when no word is in it. */
    String fragment(String content, int most) {
        if (content == null || content.isEmpty() || runs.isEmpty()) {
            return null;
        }
        List<Passage> found = passages(content);
        if (found.isEmpty()) {
            return null;
        }
        return FragmentFormatter.format(found.size() <= most ? found : best(found, most), content);
    }

    /** Every value of {@code content} holding a match, in the order of the text. */
    List<Passage> passages(String content) {
        // where each character of the normalized text is in the content (quotation marks are left out)
        int[] from = new int[content.length() + 1];
        String text = normalize(content, from);
        List<int[]> matches = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            String run = runs.get(r);
            boolean wordStart = wordChar(run.charAt(0));
            boolean wordEnd = wordChar(run.charAt(run.length() - 1));
            for (int at = text.indexOf(run); at >= 0; at = text.indexOf(run, at + 1)) {
                int end = at + run.length();
                // a number or Latin word is a whole token: 2080101 is not found in 20801011
                if (wordStart && at > 0 && wordChar(text.charAt(at - 1)) || wordEnd && end < text.length() && wordChar(text.charAt(end))) {
                    continue;
                }
                matches.add(new int[] {at, end, r});
            }
        }
        if (matches.isEmpty()) {
            return List.of();
        }
        matches.sort(Comparator.<int[]>comparingInt(m -> m[0]).thenComparingInt(m -> m[1]));
        List<Passage> passages = new ArrayList<>();
        int i = 0;
        while (i < matches.size()) {
            int first = matches.get(i)[0];
            int start = text.lastIndexOf(IndexedDocument.SEPARATOR, first - 1) + 1;
            int stop = text.indexOf(IndexedDocument.SEPARATOR, first);
            int end = stop < 0 ? text.length() : stop;
            int j = i;
            while (j < matches.size() && matches.get(j)[0] < end) {
                j++;
            }
            int[] starts = new int[j - i];
            int[] ends = new int[j - i];
            Set<Integer> words = new HashSet<>();
            for (int k = i; k < j; k++) {
                starts[k - i] = from[matches.get(k)[0]];
                ends[k - i] = from[Math.min(matches.get(k)[1], end) - 1] + 1; // a closing quote after the match stays outside
                words.add(matches.get(k)[2]);
            }
            // the value as written runs from just after its separator (quotes it starts with included) to the next
            passages.add(new Passage(start == 0 ? 0 : from[start - 1] + 1, from[end], starts, ends, words.size()));
            i = j;
        }
        return passages;
    }

    /** The {@code most} passages with the most different words, then the most matches, then the first; in the order of the text. */
    private static List<Passage> best(List<Passage> passages, int most) {
        List<Passage> ranked = new ArrayList<>(passages);
        ranked.sort(Comparator.<Passage>comparingInt(p -> -p.words()).thenComparingInt(p -> -p.matchStarts().length)
                .thenComparingInt(Passage::start));
        List<Passage> chosen = new ArrayList<>(ranked.subList(0, most));
        chosen.sort(Comparator.comparingInt(Passage::start));
        return chosen;
    }

    /** Folds full-width ASCII to half-width, lower-cases and leaves out quotation marks, as the index does. */
    static String normalize(String s) {
        return normalize(s, null);
    }

    /**
     * {@link #normalize(String)}, noting in {@code from} (unless null) where each character of the
     * result, and its end, are in {@code s}: {@code from} has room for {@code s.length() + 1}.
     */
    private static String normalize(String s, int[] from) {
        char[] c = new char[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ExactTextAnalyzer.QUOTES.indexOf(ch) >= 0) {
                continue;
            }
            if (ch >= '\uFF01' && ch <= '\uFF5E') {
                ch = (char) (ch - 0xFEE0);
            }
            if (from != null) {
                from[n] = i;
            }
            c[n++] = Character.toLowerCase(ch);
        }
        if (from != null) {
            from[n] = s.length();
        }
        return new String(c, 0, n);
    }

    /** A character of a number or a Latin word, which the index keeps whole (not Chinese, cut into pairs). */
    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) && !Character.isIdeographic(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
    }
}
