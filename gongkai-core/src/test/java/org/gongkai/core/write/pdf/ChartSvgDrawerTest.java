package org.gongkai.core.write.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;

import org.apache.batik.gvt.font.GVTFont;
import org.apache.batik.gvt.font.GVTFontFamily;
import org.junit.jupiter.api.Test;

/** The charts' text is drawn as shapes, so no PDF font shows it: the font Batik is given must have its glyphs. */
class ChartSvgDrawerTest {

    @Test
    void batikDrawsChartLabelsInNotoSansSc() {
        GVTFontFamily family = ChartSvgDrawer.fonts().resolve(PdfWriter.FONT_FAMILY);
        assertThat(family).isNotNull();
        GVTFont font = family.deriveFont(14f, new HashMap<>());
        assertThat(font.canDisplayUpTo("收入预算图 一般公共预算 1,251.07万元 64.67% 因公出国（境）费 公务用车购置及运行费 本图无数据")).isEqualTo(-1);
    }

    @Test
    void theDrawerKeepsTheSharedFontsWhateverThePageDeclares() {
        ChartSvgDrawer d = new ChartSvgDrawer();
        d.importFontFaceRules(java.util.List.of(), null);
        assertThat(d.fontResolver).isSameAs(ChartSvgDrawer.fonts());
    }
}
