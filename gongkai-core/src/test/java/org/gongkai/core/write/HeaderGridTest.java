package org.gongkai.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.model.TableCell;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.read.DisclosureReader;
import org.gongkai.core.write.HeaderGrid.HeaderCell;
import org.junit.jupiter.api.Test;

class HeaderGridTest {

    private static List<TableRow> rows(String... lines) {
        List<TableRow> out = new ArrayList<>();
        for (String line : lines) {
            List<TableCell> cells = new ArrayList<>();
            for (String t : line.split("\\|", -1)) {
                cells.add(new TableCell(t, SourcePosition.UNKNOWN));
            }
            out.add(new TableRow(cells, SourcePosition.UNKNOWN));
        }
        return out;
    }

    @Test
    void aHeadingOverSeveralColumnsSpansThem() {
        HeaderGrid g = HeaderGrid.of(rows("项目||2024年预算数||", "科目编码|科目名称|合计|基本支出|项目支出"), 5);
        assertThat(g.startingIn(0)).containsExactly(new HeaderCell("项目", 0, 0, 1, 2), new HeaderCell("2024年预算数", 0, 2, 1, 3));
        assertThat(g.startingIn(1)).hasSize(5).allMatch(c -> c.rowSpan() == 1 && c.colSpan() == 1);
    }

    @Test
    void aHeadingWithNothingUnderItRunsDown() {
        // 表二: 上年结转 covers two rows; 表六: the two names cover two rows
        HeaderGrid g = HeaderGrid.of(rows("项目||本年收入|||上年结转", "科目编码|科目名称|合计|一般公共预算|单位资金|"), 6);
        assertThat(g.cells()).contains(new HeaderCell("上年结转", 0, 5, 2, 1), new HeaderCell("本年收入", 0, 2, 1, 3));
        HeaderGrid six = HeaderGrid.of(rows("部门经济科目|政府经济科目|2024年预算数||", "||合计|人员经费|公用经费"), 5);
        assertThat(six.startingIn(0)).containsExactly(new HeaderCell("部门经济科目", 0, 0, 2, 1),
                new HeaderCell("政府经济科目", 0, 1, 2, 1), new HeaderCell("2024年预算数", 0, 2, 1, 3));
    }

    @Test
    void aBlankUnderAWideHeadingJoinsItsLeftNeighbour() {
        // 表四: 支出 spans 项目 and 金额; 金额 spans 小计 and the three budgets below it
        HeaderGrid g = HeaderGrid.of(rows("收入||支出||||", "项目|金额|项目|金额|||", "|||小计|一般公共预算|政府性基金预算|国有资本经营预算"), 7);
        assertThat(g.cells()).contains(new HeaderCell("支出", 0, 2, 1, 5), new HeaderCell("金额", 1, 3, 1, 4),
                new HeaderCell("项目", 1, 0, 2, 1), new HeaderCell("金额", 1, 1, 2, 1), new HeaderCell("项目", 1, 2, 2, 1));
    }

    @Test
    void aBlankWithNoHeadingNearStaysAnEmptyCell() {
        HeaderGrid g = HeaderGrid.of(rows("项目|合计|"), 3);
        assertThat(g.cells()).containsExactly(new HeaderCell("项目", 0, 0, 1, 1), new HeaderCell("合计", 0, 1, 1, 1),
                new HeaderCell("", 0, 2, 1, 1));
    }

    @Test
    void everyCellOfEverySeedTableIsCoveredOnce() throws Exception {
        Disclosure d = DisclosureReader.withBundledTemplates().read(SharedFixtures.seedFile());
        for (var t : d.tables()) {
            int width = t.rows().isEmpty() ? 0 : t.rows().get(0).cells().size();
            HeaderGrid g = HeaderGrid.of(t.headerRows(), width);
            int[][] covered = new int[g.rows()][g.columns()];
            for (HeaderCell c : g.cells()) {
                for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                    for (int k = c.column(); k < c.column() + c.colSpan(); k++) {
                        covered[r][k]++;
                    }
                }
            }
            for (int[] row : covered) {
                assertThat(row).as(t.id()).containsOnly(1);
            }
        }
        var t12 = d.table("T12").orElseThrow();
        HeaderGrid g = HeaderGrid.of(t12.headerRows(), 7);
        assertThat(g.cells()).contains(new HeaderCell("项目名称", 0, 0, 2, 1), new HeaderCell("2024年财政拨款", 0, 2, 1, 3),
                new HeaderCell("财政专户管理资金", 0, 5, 2, 1));
    }
}
