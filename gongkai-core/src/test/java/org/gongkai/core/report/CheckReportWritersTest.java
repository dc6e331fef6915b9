package org.gongkai.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.check.Category;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Finding;
import org.gongkai.core.check.LedgerEntry;
import org.gongkai.core.check.Location;
import org.gongkai.core.check.Outcome;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.SourcePosition;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The three report writers on a small report made by hand, against the reference document's model. */
class CheckReportWritersTest {

    private static final String HOSTILE = "<script>alert(\"x\")</script> & 'q'";

    private static final Finding PROSE = new Finding("PROSE-013", Severity.ERROR, Category.ACCURACY,
            "“预算收入总计”写作" + HOSTILE, Location.text("一、收入", "预算收入总计1,934.61万元，其中：本年收入1,251.07万元", SourcePosition.line(0, 419)),
            "1934.62", "1934.61", "-0.01", Map.of("head", "预算收入总计", "actual", "1934.61"));
    private static final Finding CELL = new Finding("TBL-002", Severity.INFO, Category.ACCURACY,
            "表三“合计”的合计为1934.61", Location.cell("表三《预算支出总表》", "合计", "合计", SourcePosition.of(0, 179, 3)),
            "1934.62", "1934.61", "-0.01", Map.of());
    private static final Finding ELSEWHERE = new Finding("DOC-001", Severity.WARNING, Category.COMPLETENESS,
            "缺少表十四", Location.at(SourcePosition.UNKNOWN), null, null, null, Map.of());

    private static final CheckReport REPORT = new CheckReport(List.of(PROSE, ELSEWHERE, CELL), List.of(
            new LedgerEntry("PROSE-013", "分项之和等于总额", Outcome.RAN, null, 1, 0, 0),
            new LedgerEntry("TBL-002", "上级科目和合计行等于下级之和", Outcome.RAN, null, 0, 0, 1),
            new LedgerEntry("DOC-001", "模板规定的表格齐全", Outcome.RAN, null, 0, 1, 0),
            new LedgerEntry("CAT-001", "目录编码格式正确", Outcome.NOT_APPLICABLE, "文件未附政府购买服务指导性目录", 0, 0, 0),
            new LedgerEntry("PERF-001", "每个项目都有绩效目标表", Outcome.COULD_NOT_RUN, "未找到项目支出表", 0, 0, 0)));

    private static Disclosure seed() {
        return SharedFixtures.seed();
    }

    @Test
    void textGroupsBySeverityAndSaysWhichRulesDidNotRun() {
        String text = CheckReportTextWriter.write(seed(), REPORT);
        assertThat(text).contains("结果：错误 1 项、警告 1 项、提示 1 项").contains("结论：发现 1 项错误")
                .contains("  1. [PROSE-013] “预算收入总计”写作" + HOSTILE + "\n     位置：一、收入（第419行）")
                .contains("  - [TBL-002] 表三“合计”的合计为1934.61（第179行第3列）")
                .contains("规则执行情况：共 5 条规则：已检查 3 条，不适用 1 条，无法检查 1 条。")
                .contains("无法检查：\n  - PERF-001 每个项目都有绩效目标表：未找到项目支出表\n")
                .contains("不适用：CAT-001\n");
        assertThat(text.indexOf("错误（1 项）")).isLessThan(text.indexOf("警告（1 项）"));
        assertThat(text.indexOf("警告（1 项）")).isLessThan(text.indexOf("提示（1 项）"));
    }

    @Test
    void jsonKeepsEveryFieldAndLeavesAbsentOnesOut() {
        JsonNode json = CheckReportJsonWriter.toJson(seed(), REPORT);
        assertThat(json.at("/counts/errors").asInt()).isEqualTo(1);
        assertThat(json.at("/rules/couldNotRun").asInt()).isEqualTo(1);
        JsonNode prose = json.get("findings").get(0);
        assertThat(prose.get("message").asString()).endsWith(HOSTILE);
        assertThat(prose.get("ruleTitle").asString()).isEqualTo("分项之和等于总额");
        assertThat(prose.at("/location/section").asString()).isEqualTo("一、收入");
        assertThat(prose.at("/location/position/line").asInt()).isEqualTo(419);
        assertThat(prose.at("/location/position").has("page")).isFalse();
        assertThat(prose.get("difference").asString()).isEqualTo("-0.01");
        assertThat(prose.get("values").propertyNames()).containsExactly("actual", "head");
        JsonNode elsewhere = json.get("findings").get(1);
        assertThat(elsewhere.has("expected")).isFalse();
        assertThat(elsewhere.get("location").has("position")).isFalse();
        assertThat(json.get("ledger").get(4).get("reason").asString()).isEqualTo("未找到项目支出表");
        assertThat(json.get("ledger").get(4).get("passed").asBoolean()).isFalse();
    }

    @Test
    void htmlEscapesEverythingAndShowsEachFindingBesideWhatWasPublished() {
        String html = CheckReportHtmlWriter.write(seed(), REPORT);
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;");
        // the sentence, its figure marked although printed with a thousands separator
        assertThat(html).contains("<blockquote>预算收入总计<mark>1,934.61</mark>万元，其中：本年收入1,251.07万元</blockquote>");
        // the row of 表三 printed on line 179, heading rows above it, the third cell outlined
        assertThat(html).contains("2024年预算支出总表（单位：万元）").contains("<td class=\"num cell-hit\">1934.61</td>");
        // nothing to show beside: the place in words
        assertThat(html).contains("<p class=\"message\">缺少表十四</p>");
        assertThat(html).contains("<tr class=\"COULD_NOT_RUN\"><td class=\"rule\">PERF-001</td>");
    }

    @Test
    void marksTheStatedFigureAndNotALongerOne() {
        assertThat(CheckReportHtmlWriter.marked("共1,583.00万元，比上年减少583万元", "583"))
                .isEqualTo("共1,583.00万元，比上年减少<mark>583</mark>万元");
        assertThat(CheckReportHtmlWriter.marked("下降比例0.08%；", "0.08%")).isEqualTo("下降比例<mark>0.08%</mark>；");
        assertThat(CheckReportHtmlWriter.marked("预算3.1万元与2023年3.11万元相同", "预算3.1万元…3.11万元相同"))
                .isEqualTo("<mark>预算3.1万元</mark>与2023年<mark>3.11万元相同</mark>");
        assertThat(CheckReportHtmlWriter.marked("a<b", "x")).isEqualTo("a&lt;b");
        assertThat(CheckReportHtmlWriter.marked("a<b", null)).isEqualTo("a&lt;b");
    }
}
