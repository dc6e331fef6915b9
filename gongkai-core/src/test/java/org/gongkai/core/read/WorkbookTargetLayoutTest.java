package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.model.FundsBySource;
import org.gongkai.core.model.IndicatorCategory;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.ReadNote;
import org.gongkai.core.model.TableCell;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.workbook.InputWorkbookReader;
import org.gongkai.core.workbook.WorkbookInput;
import org.junit.jupiter.api.Test;

/**
 * A performance target read from the input workbook is laid out as the published form the text
 * reader reads: printed as text (cells by tabs), the form reads back to the same fields.
 */
class WorkbookTargetLayoutTest {

    @Test
    void everyFormFromTheWorkbookReadsBackAsPrinted() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("workbook/liulin-2024-input.xlsx")) {
            bytes = in.readAllBytes();
        }
        WorkbookInput input = new InputWorkbookReader().read(bytes, "liulin-2024-input.xlsx");
        assertThat(input.performanceTargets()).hasSize(8);
        int symmetric = 0;
        for (PerformanceTarget t : input.performanceTargets()) {
            StringBuilder b = new StringBuilder(t.published().title()).append("\n\n(").append(t.year()).append("年度)\n\n");
            for (TableRow r : t.published().rows()) {
                b.append(String.join("\t", r.cells().stream().map(TableCell::text).toList())).append('\n');
            }
            Layout layout = TextLayoutReader.read(b.toString());
            List<ReadNote> notes = new ArrayList<>();
            PerformanceTarget back = PerformanceTargetReader.read(layout, 0, layout.lines().size(), 1, notes);
            assertThat(notes).isEmpty();
            assertThat(back.projectName()).isEqualTo(t.projectName());
            assertThat(back.year()).isEqualTo(t.year());
            assertThat(back.departmentCode()).isEqualTo(t.departmentCode());
            assertThat(back.department()).isEqualTo(t.department());
            assertThat(back.implementingUnit()).isEqualTo(t.implementingUnit());
            assertThat(back.projectType()).isEqualTo(t.projectType());
            assertThat(back.overview()).isEqualTo(t.overview());
            assertThat(back.annualGoal()).isEqualTo(t.annualGoal());
            assertThat(money(back.implementationFunds())).isEqualTo(money(t.implementationFunds()));
            assertThat(money(back.annualFunds())).isEqualTo(money(t.annualFunds()));
            if (sameShape(t.implementationIndicators(), t.annualIndicators())) {
                symmetric++;
                assertThat(tree(back.implementationIndicators())).as(t.projectName()).isEqualTo(tree(t.implementationIndicators()));
                assertThat(tree(back.annualIndicators())).as(t.projectName()).isEqualTo(tree(t.annualIndicators()));
            } else {
                // a group only one period has leaves blank cells on the other side, which printed text cannot tell apart
                assertThat(count(back.implementationIndicators()) + count(back.annualIndicators()))
                        .isEqualTo(count(t.implementationIndicators()) + count(t.annualIndicators()));
            }
            assertThat(back.filledDateText()).isEqualTo(t.filledDateText());
        }
        assertThat(symmetric).isEqualTo(7);
    }

    /** The same categories with the same number of groups in both periods. */
    private static boolean sameShape(List<IndicatorCategory> a, List<IndicatorCategory> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).name().equals(b.get(i).name()) || a.get(i).groups().size() != b.get(i).groups().size()) {
                return false;
            }
        }
        return true;
    }

    private static int count(List<IndicatorCategory> t) {
        return t.stream().flatMap(c -> c.groups().stream()).mapToInt(g -> g.indicators().size()).sum();
    }

    private static List<String> money(FundsBySource f) {
        List<String> out = new ArrayList<>();
        for (PublishedAmount a : new PublishedAmount[] {f.total(), f.central(), f.provincial(), f.cityCounty(), f.selfRaised(), f.other()}) {
            out.add(a == null ? "-" : a.money().yuan().stripTrailingZeros().toPlainString());
        }
        return out;
    }

    private static List<String> tree(List<IndicatorCategory> t) {
        List<String> out = new ArrayList<>();
        t.forEach(c -> {
            out.add(c.name());
            c.groups().forEach(g -> {
                out.add("  " + g.name());
                g.indicators().forEach(i -> out.add("    " + i.name() + " = " + i.value()));
            });
        });
        return out;
    }
}
