package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.model.TableCell;
import org.junit.jupiter.api.Test;

/**
 * {@link ColumnSlotter} on table lines written out by hand, with the positions the PDF reader
 * gives (PDF points).
 */
class ColumnSlotterTest {

    private static final float[] NO_RULES = new float[0];

    /** A line of cells given as text, x0, x1, text, x0, x1, … */
    private static LayoutLine line(int number, float y, float[] rules, Object... cells) {
        List<LayoutCell> out = new ArrayList<>();
        for (int i = 0; i < cells.length; i += 3) {
            out.add(new LayoutCell((String) cells[i], ((Number) cells[i + 1]).floatValue(),
                    ((Number) cells[i + 2]).floatValue()));
        }
        return new LayoutLine(1, number, out, y, rules);
    }

    private static List<String> texts(ColumnSlotter.Slotted s, int row) {
        return s.body().get(row).cells().stream().map(TableCell::text).toList();
    }

    /**
     * Page 9 of 江苏省政协办公厅2018度部门预算公开表.pdf: one row of figures under nine ruled
     * columns, 公务用车购置费 blank. Its heading is centred nearly half way between the figures on
     * either side, yet the rules at 400.4 and 480.4 make it a column of its own.
     */
    @Test
    void headingBetweenTwoRulesOverNoFigureHeadsABlankColumn() {
        float[] rules = {51.2f, 160.9f, 240.3f, 324.5f, 400.4f, 480.4f, 573.6f, 645.4f, 717.1f, 798.6f};
        List<LayoutLine> lines = List.of(
                line(4, 187.4f, NO_RULES, "“三公”经费", 352.5, 454.7),
                line(5, 224.3f, NO_RULES, "公务用车购置及运行维护费", 347.3, 551.7),
                line(6, 235.5f, NO_RULES, "合计", 89.5, 123.5, "会议费", 656.2, 707.3, "培训费", 732.8, 783.9),
                line(7, 243.7f, NO_RULES, "因公出国", 248.8, 316.9, "公务接", 584.4, 635.5),
                line(8, 254.0f, NO_RULES, "小计", 184.1, 218.1),
                line(9, 262.6f, NO_RULES, "（境）费", 248.8, 316.9, "公务用车", 406.8, 474.9,
                        "公务用车运", 485.0, 570.1, "待费", 593.0, 627.0),
                line(10, 272.9f, NO_RULES, "小计", 345.9, 379.9),
                line(11, 283.2f, NO_RULES, "购置费", 415.3, 466.4, "行维护费", 493.5, 561.6),
                line(12, 317.8f, rules, "1,656.86", 88.6, 124.6, "675.10", 187.6, 214.6, "106.00", 269.4, 296.4,
                        "156.60", 349.5, 376.5, "156.60", 514.1, 541.1, "412.50", 596.5, 623.5,
                        "884.16", 668.3, 695.3, "97.60", 747.1, 769.6));

        ColumnSlotter.Slotted s = ColumnSlotter.slot(lines, 8, DocumentReader::cellText);

        assertThat(s.headings()).containsExactly("合计", "小计", "因公出国（境）费", "小计", "公务用车购置费",
                "公务用车运行维护费", "公务接待费", "会议费", "培训费");
        assertThat(texts(s, 0)).containsExactly("1656.86", "675.10", "106.00", "156.60", "", "156.60", "412.50",
                "884.16", "97.60");
    }

    /** A heading a body rule runs through spans the cells either side: it makes no column of its own. */
    @Test
    void headingARuleRunsThroughMakesNoColumn() {
        float[] rules = {100f, 200f, 300f};
        List<LayoutLine> lines = List.of(
                line(1, 100f, NO_RULES, "收入", 180, 220),
                line(2, 120f, NO_RULES, "项目", 130, 150, "金额", 265, 285),
                line(3, 140f, rules, "行政运行", 110, 150, "134.97", 260, 290));

        ColumnSlotter.Slotted s = ColumnSlotter.slot(lines, 2, DocumentReader::cellText);

        assertThat(s.headings()).hasSize(2).last().isEqualTo("金额");
        assertThat(texts(s, 0)).containsExactly("行政运行", "134.97");
    }
}
