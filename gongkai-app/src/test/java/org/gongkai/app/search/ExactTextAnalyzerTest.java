package org.gongkai.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * Indexed text holds each run's last character alone, at its last pair's position; a query's words
 * are pairs only. Each token is shown as term@position[start,end).
 */
class ExactTextAnalyzerTest {

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("unit_x", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                out.add(term + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + ")");
            }
            ts.end();
        }
        return out;
    }

    @Test
    void indexedTextAlsoHoldsEachRunsLastCharacterAlone() throws IOException {
        assertThat(tokens(ExactTextAnalyzer.forIndex(), "就业补助"))
                .containsExactly("就业@0[0,2)", "业补@1[1,3)", "补助@2[2,4)", "助@2[3,4)");
        // two runs, a number between: each run ends with its character; the gap keeps runs apart
        assertThat(tokens(ExactTextAnalyzer.forIndex(), "行政运行2080101社会保障局"))
                .containsExactly("行政@0[0,2)", "政运@1[1,3)", "运行@2[2,4)", "行@2[3,4)", "2080101@103[4,11)",
                        "社会@204[11,13)", "会保@205[12,14)", "保障@206[13,15)", "障局@207[14,16)", "局@207[15,16)");
        // a lone character is already alone; a character outside the basic plane counts as one
        assertThat(tokens(ExactTextAnalyzer.forIndex(), "局")).containsExactly("局@0[0,1)");
        assertThat(tokens(ExactTextAnalyzer.forIndex(), "测𠀀")).containsExactly("测𠀀@0[0,3)", "𠀀@0[1,3)");
    }

    @Test
    void aQuerysWordsArePairsOnly() throws IOException {
        assertThat(tokens(new ExactTextAnalyzer(), "就业补助"))
                .containsExactly("就业@0[0,2)", "业补@1[1,3)", "补助@2[2,4)");
        assertThat(tokens(new ExactTextAnalyzer(), "社会保障局2080101"))
                .containsExactly("社会@0[0,2)", "会保@1[1,3)", "保障@2[2,4)", "障局@3[3,5)", "2080101@104[5,12)");
    }
}
