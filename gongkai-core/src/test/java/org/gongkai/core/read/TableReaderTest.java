package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;

import org.gongkai.core.template.BlockTemplate;
import org.gongkai.core.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

/** {@link TableReader} finding a block's columns by their headings. */
class TableReaderTest {

    private static BlockTemplate jiangsuThreePublic() {
        return TemplateCatalog.bundled().find("jiangsu-department-budget-2019").orElseThrow()
                .table("T9").orElseThrow().block("main").orElseThrow();
    }

    /**
     * The 三公 table of 江苏省政协办公厅2018度部门预算公开表.pdf read without its rules: the blank
     * 公务用车购置费 column is missing and its heading words are mixed into the 小计 before it.
     * The column not found does not take position 4 from 公务用车运行维护费, found there by its
     * heading, and so push every column after it one figure along.
     */
    @Test
    void columnFoundByItsHeadingKeepsItsPositionFromOnePlacedByOrder() {
        List<String> headings = List.of("合计", "小计", "因公出国（境）费", "公务用车小计购置费", "公务用车运行维护费",
                "公务接待费", "会议费", "培训费");

        assertThat(TableReader.resolveColumns(jiangsuThreePublic(), headings, -1, Integer.MAX_VALUE, 2018))
                .containsExactly(entry("total", 0), entry("threePublic", 1), entry("abroad", 2), entry("vehicles", 3),
                        entry("vehiclePurchase", -1), entry("vehicleOperation", 4), entry("reception", 5),
                        entry("meeting", 6), entry("training", 7));
    }

    @Test
    void everyColumnFoundByItsHeading() {
        List<String> headings = List.of("合计", "小计", "因公出国（境）费", "小计", "公务用车购置费", "公务用车运行维护费",
                "公务接待费", "会议费", "培训费");

        assertThat(TableReader.resolveColumns(jiangsuThreePublic(), headings, -1, Integer.MAX_VALUE, 2018))
                .containsExactly(entry("total", 0), entry("threePublic", 1), entry("abroad", 2), entry("vehicles", 3),
                        entry("vehiclePurchase", 4), entry("vehicleOperation", 5), entry("reception", 6),
                        entry("meeting", 7), entry("training", 8));
    }
}
