package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * Paragraphs of a PDF run on over a page break, past the page's number printed at its foot:
 * "…结合发" / "2" / "现的新情况新问题…" is one paragraph, "…结合发现的新情况新问题…", not "…结合发2".
 */
class ParagraphsTest {

    /** A line of a PDF page with one cell from x = 90 to {@code right}. */
    private static LayoutLine line(int page, int number, String text, float right) {
        return new LayoutLine(page, number, List.of(new LayoutCell(text, 90f, right)), 60f + 20f * number);
    }

    private static List<String> texts(Layout layout) {
        return Paragraphs.of(layout, 0, layout.size()).stream().map(Paragraphs.Lines::text).toList();
    }

    @Test
    void aParagraphGoesOnPastThePageNumberAtTheFootOfItsPage() {
        Layout layout = new Layout(List.of(
                line(4, 21, "围绕重点任务落实情况开展督查活动，有力推动中央和省委重", 505f),
                line(4, 22, "要决策部署的落地生根。聚焦问题组织开展督查活动，结合发", 505f),
                line(4, 23, "2", 300f),
                line(5, 1, "现的新情况新问题，推动有关部门单位修订完善相关制度。", 480f)), 5, true);
        assertThat(texts(layout)).containsExactly(
                "围绕重点任务落实情况开展督查活动，有力推动中央和省委重要决策部署的落地生根。聚焦问题组织开展督查活动，结合发现的新情况新问题，推动有关部门单位修订完善相关制度。");
    }

    @Test
    void aFigureAloneOnALineThatTextFollowsOnItsPageIsKept() {
        // "2" with more text under it on the same page is no page number: the paragraph it ends is
        // cut there, as any short line cuts one
        Layout layout = new Layout(List.of(
                line(4, 21, "本部门2018年度机关运行经费预算支出合计为人民币万元，共计", 505f),
                line(4, 22, "2", 120f),
                line(4, 23, "项，较上年有所增加。", 300f),
                line(5, 1, "二、下一段的开头。", 300f)), 5, true);
        assertThat(texts(layout)).containsExactly("本部门2018年度机关运行经费预算支出合计为人民币万元，共计2", "项，较上年有所增加。",
                "二、下一段的开头。");
    }

    @Test
    void thePageNumbersOfARealDocumentAreNotReadIntoItsSentences() throws Exception {
        Disclosure d = DisclosureReader.withBundledTemplates().read(SharedFixtures.realFixtures()
                .resolve("jiangsu/江苏省委办公厅/江苏省委办公厅2018年度部门预算公开文件.pdf"));
        List<String> all = new ArrayList<>();
        d.profile().text().forEach(p -> all.add(p.text()));
        for (NarrativeSection s : d.narrative().sections()) {
            collect(s, all);
        }
        assertThat(all).anyMatch(t -> t.contains("聚焦问题组织开展督查活动，结合发现的新情况新问题，推动有关部门单位修订完善相关制度"));
        assertThat(all).noneMatch(t -> t.contains("结合发2"));

        Disclosure npc = DisclosureReader.withBundledTemplates().read(SharedFixtures.realFixtures()
                .resolve("jiangsu/江苏省人大办公厅/省人大办公厅2018预算公开.pdf"));
        List<String> npcText = new ArrayList<>();
        for (NarrativeSection s : npc.narrative().sections()) {
            collect(s, npcText);
        }
        // page 28 ends "…增长（减", its number "28" under it; page 29 begins "少）0 %。…"
        assertThat(npcText).anyMatch(t -> t.contains("与上年相比增加（减少）0万元，增长（减少）0 %。主要原因是本部门无此项支出。"));
        assertThat(npcText).noneMatch(t -> t.contains("增长（减28"));
    }

    private static void collect(NarrativeSection s, List<String> into) {
        for (Paragraph p : s.paragraphs()) {
            into.add(p.text());
        }
        for (NarrativeSection sub : s.sections()) {
            collect(sub, into);
        }
    }
}
