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
 * "…结合发" / "2" / "现的新情况新问题…" is one paragraph, "…结合发现的新情况新问题…", not "…结合发2";
 * and over a full line that ends a sentence when the next line is printed as a following line.
 */
class ParagraphsTest {

    /** A line of a PDF page with one cell from x = 90 to {@code right}. */
    private static LayoutLine line(int page, int number, String text, float right) {
        return new LayoutLine(page, number, List.of(new LayoutCell(text, 90f, right)), 60f + 20f * number);
    }

    /** A line of a PDF page with one cell from {@code left} to {@code right}. */
    private static LayoutLine line(int page, int number, String text, float left, float right) {
        return new LayoutLine(page, number, List.of(new LayoutCell(text, left, right)), 60f + 20f * number);
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

    @Test
    void aFullLineEndingASentenceRunsOnWhenTheNextLineIsNotIndented() {
        // paragraphs start two characters in (x = 82); their following lines start at the margin (x = 58)
        Layout layout = new Layout(List.of(
                line(7, 14, "13. “社会保障和就业支出（类）行政事业单位离退休（项）”17.72万元，主要用于行政单位离退休。", 82f, 760f),
                line(7, 15, "2022年当年预算执行数为8.61万元，2023年预算安排17.72万元，比2022年预算执行数增加105.81%。主要原因是：行政单位离退休经费增", 58f, 778f),
                line(7, 16, "加。", 58f, 82f),
                line(7, 17, "14. “社会保障和就业支出（类）行政事业单位离退休（款）事业单位离退休（项）”1.51万元，主要用于事业单位离退休。", 82f, 778f),
                line(7, 18, "下一段，缩进两字开头。", 82f, 300f)), 9, true);
        assertThat(texts(layout)).containsExactly(
                "13. “社会保障和就业支出（类）行政事业单位离退休（项）”17.72万元，主要用于行政单位离退休。"
                        + "2022年当年预算执行数为8.61万元，2023年预算安排17.72万元，比2022年预算执行数增加105.81%。主要原因是：行政单位离退休经费增加。",
                "14. “社会保障和就业支出（类）行政事业单位离退休（款）事业单位离退休（项）”1.51万元，主要用于事业单位离退休。",
                "下一段，缩进两字开头。");
    }

    @Test
    void eachSentenceOfAParagraphOfSeveralLinesIsAtTheLineItStartsOn() {
        Layout layout = new Layout(List.of(
                line(6, 13, "3. “一般公共服务支出（类）群众团体事务（款）一般行政管理事务（项）”45.41万元，主要用于群众团体事务一般行政管理事务", 82f, 778f),
                line(6, 14, "。2022年当年预算执行数为11.67万元，2023年预算安排45.41万元，比2022年预算执行数增加314.82%。主要原因是：群众团体事务一般", 58f, 772f),
                line(6, 15, "行政管理事务经费增加。", 58f, 190f)), 9, true);
        List<Paragraphs.Lines> lines = Paragraphs.of(layout, 0, layout.size());
        assertThat(lines).hasSize(1);
        assertThat(Paragraphs.paragraph(lines.get(0)).sentences()).extracting(x -> x.position().line())
                .containsExactly(13, 14, 14);
        assertThat(Paragraphs.paragraph(lines.get(0)).sentences()).extracting(x -> x.position().page()).containsOnly(6);
    }

    @Test
    void aLineBrokenBeforeAFigureThatDidNotFitRunsOn() {
        // the figure "6032.55" did not fit at the end of the first line, which stops 28 points short
        Layout layout = new Layout(List.of(
                line(22, 1, "上一段的末行，比这里的行都宽一些，到了右边距为止，此处结束。", 90f, 510f),
                line(22, 6, "2017年本部门一般公共预算机关运行经费预算支出", 122f, 481.9f),
                line(22, 7, "6032.55万元，比2016年增加3401.59万元，增长", 90f, 494.9f),
                line(22, 8, "129.97 %。主要原因是两个年度报表设计的统计口径形成的差异。", 90f, 300f),
                line(22, 9, "2017年本部门另起一段，缩进两字，行末也离右边距较远", 122f, 481.9f),
                line(22, 10, "2018年度的数字另起一段，也缩进两字。", 122f, 400f)), 30, true);
        assertThat(texts(layout)).containsExactly("上一段的末行，比这里的行都宽一些，到了右边距为止，此处结束。",
                "2017年本部门一般公共预算机关运行经费预算支出6032.55万元，比2016年增加3401.59万元，增长129.97 %。主要原因是两个年度报表设计的统计口径形成的差异。",
                "2017年本部门另起一段，缩进两字，行末也离右边距较远", "2018年度的数字另起一段，也缩进两字。");
    }

    @Test
    void aLineStoppingShortInTheMiddleOfASentenceRunsOn() {
        // 省检察院2017, page 22: "…均计" stops 42 points short; a heading and a page's number do not run on
        Layout layout = new Layout(List.of(
                line(22, 9, "差异。2017年将涉及机关运行的项目经费支出纳入了本表，", 122f, 504.7f),
                line(22, 10, "如物业管理费、检察办案费、项目中的运行维护费均计", 90f, 462f),
                line(22, 11, "入机关运行费支出中，上年项目中的上述费用未纳入统计。", 90f, 493f),
                line(22, 12, "十、预算绩效管理情况", 122f, 300f),
                line(22, 13, "本部门制定了预算绩效管理实施办法。", 90f, 400f),
                line(22, 14, "十一、一般公共预算机关运行经费支出预算情况说明", 122f, 440f),
                line(22, 15, "─ 14 ─", 90f, 130f)), 30, true);
        assertThat(texts(layout)).containsExactly(
                "差异。2017年将涉及机关运行的项目经费支出纳入了本表，如物业管理费、检察办案费、项目中的运行维护费均计入机关运行费支出中，上年项目中的上述费用未纳入统计。",
                "十、预算绩效管理情况", "本部门制定了预算绩效管理实施办法。", "十一、一般公共预算机关运行经费支出预算情况说明");
        // "─ 14 ─" at the page's foot is its number, left out as "- 14 -" is
    }

    @Test
    void aPageNumberDrawnWithBoxLinesIsLeftOutOfTheSentenceItCuts() {
        // 江苏省人大常委会2019, pages 8-9: "…江苏省第十三届人" / "─ 8 ─" / "代会二次会议…" became "人─ 8 ─代会"
        Layout layout = new Layout(List.of(
                line(8, 30, "主要原因是运转类项目经费统一压减10%，综合管理费专项增加209万用于办公用房租赁，江苏省第十三届人", 90f, 505f),
                line(8, 31, "─ 8 ─", 280f, 320f),
                line(9, 1, "代会二次会议经费增加1035万元。", 90f, 300f)), 30, true);
        assertThat(texts(layout)).containsExactly(
                "主要原因是运转类项目经费统一压减10%，综合管理费专项增加209万用于办公用房租赁，江苏省第十三届人代会二次会议经费增加1035万元。");
    }

    @Test
    void whereParagraphsAreNotIndentedAFullLineEndingASentenceEndsItsParagraph() {
        Layout layout = new Layout(List.of(
                line(3, 1, "本单位2024年收入预算合计500.00万元，支出预算合计500.00万元，与上年相同。", 58f, 778f),
                line(3, 2, "主要原因是人员和工作任务均无变化，保持上年水平，没有新增的项目。", 58f, 600f)), 9, true);
        assertThat(texts(layout)).containsExactly("本单位2024年收入预算合计500.00万元，支出预算合计500.00万元，与上年相同。",
                "主要原因是人员和工作任务均无变化，保持上年水平，没有新增的项目。");
    }

    @Test
    void realParagraphsCutAtAFullLineEndingASentenceOrAQuoteAreWhole() throws Exception {
        List<String> wanli = narrative("shanghai/上海市普陀区万里街道办事处2023年部门预算.pdf");
        assertThat(wanli).anyMatch(t -> t.startsWith("13. “社会保障和就业支出（类）")
                && t.contains("主要用于行政单位离退休。2022年当年预算执行数为8.61万元"));
        assertThat(wanli).noneMatch(t -> t.startsWith("2022年当年预算执行数"));

        List<String> cppcc = narrative("jiangsu/江苏省政协办公厅/江苏省政协办公厅2017年度部门预算.pdf");
        assertThat(cppcc).anyMatch(t -> t.contains("因公出国（境）费支出76万元，占“三公”经费的11.24%；"));
        assertThat(cppcc).anyMatch(t -> t.startsWith("江苏省政协办公厅2017年度收入、支出预算总计9,146.79万元")
                && t.endsWith("主要原因是政策性增资、住房公积金和提租补贴基数及比例调整等。"));
    }

    private static List<String> narrative(String fixture) throws Exception {
        Disclosure d = DisclosureReader.withBundledTemplates().read(SharedFixtures.realFixtures().resolve(fixture));
        List<String> all = new ArrayList<>();
        for (NarrativeSection s : d.narrative().sections()) {
            collect(s, all);
        }
        return all;
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
