package org.gongkai.app.search;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analyzer for exact substrings: Chinese as overlapping pairs of characters, other words and
 * numbers whole, lower case, full-width forms folded. A query's pairs searched as a phrase find the
 * text wherever it occurs, whatever a word segmenter would make of it.
 * Between two runs of text (pairs that do not overlap: a number, a Latin word, a punctuation
 * mark between Chinese characters) the position jumps by {@link #RUN_GAP}, more than any query
 * spans, so that a phrase of every other pair (就业@0, 补助@2, 资金@4 for 就业补助资金) can only match
 * inside one run, where it means the whole substring: half the terms to look up.
 * Example: "就业补助" is indexed as 就业, 业补, 补助 at 0, 1, 2; "2080101 行政运行" as 2080101 at 0, then
 * 行政, 政运, 运行 at 101, 102, 103.
 */
public final class ExactTextAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        source.setMaxTokenLength(255);
        TokenStream ts = new CJKWidthFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new CJKBigramFilter(ts);
        ts = new RunGapFilter(ts);
        return new TokenStreamComponents(source, ts);
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
}
