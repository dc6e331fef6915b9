package org.gongkai.app.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer for exact substrings: Chinese as overlapping pairs of characters, other words and
 * numbers whole, lower case, full-width forms folded. A query's pairs searched as a phrase find the
 * text wherever it occurs, whatever a word segmenter would make of it.
 * Example: "就业补助" is indexed as 就业, 业补, 补助; "2080101 行政运行" as 2080101, 行政, 政运, 运行.
 */
public final class ExactTextAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        source.setMaxTokenLength(255);
        TokenStream ts = new CJKWidthFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new CJKBigramFilter(ts);
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }
}
