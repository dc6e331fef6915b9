package org.gongkai.core.check.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.LedgerEntry;
import org.gongkai.core.check.Outcome;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.read.DisclosureReader;
import org.gongkai.core.report.CheckReportTextWriter;
import org.junit.jupiter.api.Test;

/** TBL-019's ledger: what it checked, and what it could not for want of a table. */
class TemplateIdentityRuleTest {

    private static final String SHANGHAI = "shanghai/上海市普陀区万里街道办事处2023年部门预算.pdf";

    private static Disclosure read(String text) {
        return DisclosureReader.withBundledTemplates().readText(text, "shanghai.txt");
    }

    private static CheckReport check(Disclosure d) {
        return new Checker(List.of(new TemplateIdentityRule())).check(d);
    }

    @Test
    void aTableLeftOutIsNamedInTheLedgerAndTheOtherIdentitiesAreStillChecked() {
        String text = SharedFixtures.realAsText(SHANGHAI);
        int from = text.indexOf("2023年部门一般公共预算基本支出部门预算经济分类预算表\n");
        int to = text.indexOf("2023年部门“三公”经费和机关运行经费预算表\n");
        assertThat(from).isPositive().isLessThan(to);
        // 表八 left out, and 表二's 合计 changed: the identities without 表八 are still checked
        String without = (text.substring(0, from) + text.substring(to))
                .replace("\t合计\t164978640\t164978640\t\t\t", "\t合计\t164978650\t164978650\t\t\t");
        Disclosure d = read(without);
        CheckReport r = check(d);
        LedgerEntry l = r.ledger("TBL-019");
        assertThat(l.outcome()).isEqualTo(Outcome.RAN);
        assertThat(l.reason()).isEqualTo("未找到表八《部门一般公共预算基本支出部门预算经济分类预算表》，1 条表间等式未查");
        assertThat(l.errors()).isEqualTo(2);
        assertThat(CheckReportTextWriter.write(d, r)).contains("已检查，部分未查：\n  - TBL-019 表样所列的表间等式成立：未找到表八");
    }

    @Test
    void withEveryTableThereIsNoReason() {
        LedgerEntry l = check(read(SharedFixtures.realAsText(SHANGHAI))).ledger("TBL-019");
        assertThat(l.outcome()).isEqualTo(Outcome.RAN);
        assertThat(l.reason()).isNull();
        assertThat(l.passed()).isTrue();
    }
}
