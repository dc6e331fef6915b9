package org.gongkai.app.search;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * The analyzer for exact substrings: Chinese as overlapping pairs of characters, other words and
 * numbers whole, lower case, full-width forms folded. A query's pairs searched as a phrase find the
 * text wherever it occurs, whatever a word segmenter would make of it.
 * Between two runs of text (pairs that do not overlap: a number, a Latin word, a punctuation
 * mark between Chinese characters) the position jumps by {@link #RUN_GAP}, more than any query
 * spans, so that a phrase of every other pair (就业@0, 补助@2, 资金@4 for 就业补助资金) can only match
 * inside one run, where it means the whole substring: half the terms to look up.
 * <p>Quotation marks are left out before the text is cut (offsets still point into the text as
 * written): 三公经费 is found in “三公”经费, as documents print it, and a query may quote or not.
 *
 * <p>A lone Chinese character is searched as the start of a pair; the last character of a run
 * starts none, so text is indexed ({@link #forIndex}) with that character also alone, at the
 * position of the run's last pair. A query's words are cut without it ({@link #ExactTextAnalyzer()}):
 * a phrase asks for pairs only.
 * Example: "就业补助" is indexed as 就业, 业补, 补助 and 助 at 0, 1, 2, 2; "2080101 行政运行" as 2080101 at 0,
 * then 行政, 政运, 运行 and 行 at 101, 102, 103, 103. The query "就业补助" is 就业, 业补, 补助.
 */
public final class ExactTextAnalyzer extends Analyzer {

    /** The quotation marks left out: Chinese and straight, double and single, and corner brackets. */
    static final String QUOTES = "“”‘’\"'「」『』";

    private static final NormalizeCharMap NO_QUOTES;

    static {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        for (char q : QUOTES.toCharArray()) {
            b.add(String.valueOf(q), "");
        }
        NO_QUOTES = b.build();
    }

    private final boolean runEnds;

    /** The analyzer for a query's words: pairs of characters only. */
    public ExactTextAnalyzer() {
        this(false);
    }

    private ExactTextAnalyzer(boolean runEnds) {
        this.runEnds = runEnds;
    }

    /** The analyzer for indexed text: also each run's last character alone, so that a lone character is found at a run's end. */
    public static ExactTextAnalyzer forIndex() {
        return new ExactTextAnalyzer(true);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        source.setMaxTokenLength(255);
        TokenStream ts = new CJKWidthFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new CJKBigramFilter(ts);
        if (runEnds) {
            ts = new RunEndFilter(ts);
        }
        ts = new RunGapFilter(ts);
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(NO_QUOTES, reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return RUN_GAP;
    }

    /** The positions between two runs of text, and between two values: more than the longest query (100 characters). */
    static final int RUN_GAP = 100;

    /** Adds {@link #RUN_GAP} to the position of a token that does not overlap the one before. */
    private static final class RunGapFilter extends TokenFilter {

        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int lastEnd = -1;

        RunGapFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (lastEnd >= 0 && offset.startOffset() >= lastEnd) {
                increment.setPositionIncrement(increment.getPositionIncrement() + RUN_GAP);
            }
            lastEnd = offset.endOffset();
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            lastEnd = -1;
        }
    }

    /**
     * After a pair that the next token does not overlap (the last pair of a run), adds the pair's
     * last character alone at the pair's position. Reads one token ahead to know.
     */
    private static final class RunEndFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        /** The run's last character, to give next. */
        private AttributeSource.State single;
        /** The token read ahead, to give after {@link #single}. */
        private AttributeSource.State ahead;
        private boolean exhausted;

        RunEndFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (single != null) {
                restoreState(single);
                single = null;
                return true;
            }
            if (ahead != null) {
                restoreState(ahead);
                ahead = null;
            } else if (exhausted || !input.incrementToken()) {
                exhausted = true;
                return false;
            }
            if (!CJKBigramFilter.DOUBLE_TYPE.equals(type.type())) {
                return true;
            }
            AttributeSource.State pair = captureState();
            int end = offset.endOffset();
            boolean runGoesOn = false;
            if (input.incrementToken()) {
                runGoesOn = CJKBigramFilter.DOUBLE_TYPE.equals(type.type()) && offset.startOffset() < end;
                ahead = captureState();
            } else {
                exhausted = true;
            }
            restoreState(pair);
            if (!runGoesOn) {
                String t = term.toString();
                int last = t.codePointBefore(t.length());
                int start = offset.startOffset();
                term.setEmpty().append(t, t.length() - Character.charCount(last), t.length());
                offset.setOffset(Math.max(start, end - Character.charCount(last)), end);
                increment.setPositionIncrement(0);
                type.setType(CJKBigramFilter.SINGLE_TYPE);
                single = captureState();
                restoreState(pair);
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            single = null;
            ahead = null;
            exhausted = false;
        }
    }
}
