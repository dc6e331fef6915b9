package org.gongkai.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.app.store.Database;
import org.gongkai.app.store.DatabaseSettings;
import org.gongkai.app.store.DisclosureStore;
import org.gongkai.app.store.ImportOutcome;
import org.gongkai.app.store.ImportResult;
import org.gongkai.app.store.PortalQueries;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The comparison, catalogue and rule pages on the whole server over a real embedded PostgreSQL,
 * holding the reference document (2024), a changed copy of it for 2025 (figures changed, the
 * 三公经费 table printed in 元, a project renamed by the new year) and two years of a Jiangsu department.
 */
class ComparePagesServerTest {

    @TempDir
    static Path home;

    static Database db;
    static PortalServer server;
    static long reference;
    static long nextYear;
    static long jiangsu2018;
    static long jiangsu2019;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        db = Database.open(DatabaseSettings.embedded(home));
        DisclosureStore store = new DisclosureStore(db.dataSource());
        String text = new String(resource("samples/liulin-hrss-2024-budget.txt"), StandardCharsets.UTF_8);
        reference = stored(store.importFile(text.getBytes(StandardCharsets.UTF_8), "柳林县人力资源和社会保障局2024年度单位预算公开.txt"));
        nextYear = stored(store.importFile(nextYear(text).getBytes(StandardCharsets.UTF_8), "柳林县人力资源和社会保障局2025年度单位预算公开.txt"));
        jiangsu2018 = stored(store.importFile(resource("samples/jiangsu/zhengxie-2018-tables.pdf"), "江苏省政协办公厅2018年度部门预算公开表.pdf"));
        jiangsu2019 = stored(store.importFile(resource("samples/jiangsu/zhengxie-2019-tables.pdf"), "江苏省政协办公厅2019年预算公开表.pdf"));
        server = PortalServer.start(db, 0, AdminAccount.withPassword("测试-pw-2"));
    }

    /**
     * The reference document a year on: 2025 everywhere (so "2024年全民意外伤害保险" becomes a new
     * project), 机关运行经费 21.19 → 25.00, 视频会议网络费 1.20 → 1.50, and the 三公经费 table in 元 with
     * 因公出国（境）费 0 → 20000 元 and 公务接待费 0.10 万元 → 1500 元.
     */
    static String nextYear(String text) {
        String t = text.replace("2024", "2025");
        int table = t.indexOf("因公出国（境）费\t\t\t\t");
        int unit = t.lastIndexOf("单位：万元", table);
        assertThat(unit).isPositive();
        t = t.substring(0, unit) + "单位：元" + t.substring(unit + "单位：万元".length());
        return replaceOnce(t, Map.of(
                "因公出国（境）费\t\t\t\t", "因公出国（境）费\t20000\t20000\t\t",
                "公务接待费\t0.10\t0.10", "公务接待费\t1500\t1500",
                "公务用车购置及运行费\t3.00\t3.00", "公务用车购置及运行费\t30000\t30000",
                "②公务用车运行维护费\t3.00\t3.00", "②公务用车运行维护费\t30000\t30000",
                "合计\t3.10\t3.10", "合计\t51500\t51500",
                "部门合计\t21.19\t21.19", "部门合计\t25.00\t25.00",
                "柳林县人力资源和社会保障局\t21.19\t21.19", "柳林县人力资源和社会保障局\t25.00\t25.00",
                "视频会议网络费\t1.20\t1.20", "视频会议网络费\t1.50\t1.50"));
    }

    private static String replaceOnce(String text, Map<String, String> changes) {
        String t = text;
        for (Map.Entry<String, String> c : changes.entrySet()) {
            int at = t.indexOf(c.getKey());
            assertThat(at).as(c.getKey()).isGreaterThanOrEqualTo(0);
            assertThat(t.indexOf(c.getKey(), at + 1)).as(c.getKey() + " once").isNegative();
            t = t.substring(0, at) + c.getValue() + t.substring(at + c.getKey().length());
        }
        return t;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ComparePagesServerTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static long stored(ImportResult r) {
        assertThat(r.outcome()).as(r.fileName() + ": " + r.message()).isEqualTo(ImportOutcome.STORED);
        return r.disclosure().id();
    }

    @AfterAll
    static void stop() {
        LocalServer.stop(server, db);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return LocalServer.get(server, path);
    }

    private static JsonNode row(JsonNode compared, String section, String key) {
        for (JsonNode s : compared.get("sections")) {
            if (s.get("id").asString().equals(section)) {
                for (JsonNode r : s.get("rows")) {
                    if (r.get("key").asString().equals(key)) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("no row " + section + "/" + key + " in " + compared);
    }

    @Test
    void theApiGivesEachRowsDifferenceAndPercentageExactly() throws Exception {
        HttpResponse<String> r = get("/api/compare?a=" + reference + "&b=" + nextYear);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode c = json.readTree(r.body());
        assertThat(c.get("unit").asString()).isEqualTo("万元");
        assertThat(c.get("yearOnYear").asBoolean()).isTrue();
        assertThat(c.get("a").get("year").asInt()).isEqualTo(2024);
        assertThat(c.get("b").get("year").asInt()).isEqualTo(2025);

        JsonNode operating = row(c, "three-public", "机关运行经费");
        assertThat(operating.get("a").asString()).isEqualTo("21.19");
        assertThat(operating.get("b").asString()).isEqualTo("25.00");
        assertThat(operating.get("difference").asString()).isEqualTo("3.81");
        assertThat(operating.get("percent").asString()).isEqualTo("17.98");
        assertThat(operating.get("status").asString()).isEqualTo("BOTH");

        JsonNode project = row(c, "projects", "视频会议网络费");
        assertThat(project.get("difference").asString()).isEqualTo("0.30");
        assertThat(project.get("percent").asString()).isEqualTo("25.00");

        // unchanged figures: no difference, no percentage change
        JsonNode total = row(c, "totals", "收入总计");
        assertThat(total.get("a").asString()).isEqualTo("1934.61");
        assertThat(new java.math.BigDecimal(total.get("difference").asString())).isZero();
        assertThat(new java.math.BigDecimal(total.get("percent").asString())).isZero();
    }

    @Test
    void aProjectOnOneSideOnlyIsNewOrDropped() throws Exception {
        JsonNode c = json.readTree(get("/api/compare?a=" + reference + "&b=" + nextYear).body());
        JsonNode dropped = row(c, "projects", "2024年全民意外伤害保险");
        assertThat(dropped.get("status").asString()).isEqualTo("REMOVED");
        assertThat(dropped.get("a").asString()).isEqualTo("600.00");
        assertThat(dropped.get("b").isNull()).isTrue();
        assertThat(dropped.get("percent").isNull()).isTrue();
        JsonNode added = row(c, "projects", "2025年全民意外伤害保险");
        assertThat(added.get("status").asString()).isEqualTo("ADDED");
        assertThat(added.get("a").isNull()).isTrue();

        String page = get("/compare?a=" + reference + "&b=" + nextYear).body();
        assertThat(HtmlRows.of(page, "2024年全民意外伤害保险")).contains("600.00", "—", "取消", "class=\"num down\"");
        assertThat(HtmlRows.of(page, "2025年全民意外伤害保险")).contains("新增", "class=\"num up\"");
        // a project both have is not new
        assertThat(HtmlRows.of(page, "培训费")).doesNotContain("新增", "取消").contains("0.99");
    }

    @Test
    void aRiseFromZeroHasNoPercentage() throws Exception {
        JsonNode c = json.readTree(get("/api/compare?a=" + reference + "&b=" + nextYear).body());
        JsonNode abroad = row(c, "three-public", "因公出国（境）费");
        assertThat(new java.math.BigDecimal(abroad.get("a").asString())).isZero();
        assertThat(new java.math.BigDecimal(abroad.get("b").asString())).isEqualByComparingTo("2.00");
        assertThat(new java.math.BigDecimal(abroad.get("difference").asString())).isEqualByComparingTo("2.00");
        assertThat(abroad.get("percent").isNull()).isTrue();
        assertThat(abroad.get("fromZero").asBoolean()).isTrue();
        String page = get("/compare?a=" + reference + "&b=" + nextYear).body();
        assertThat(HtmlRows.of(page, "因公出国（境）费")).contains("0.00", "2.00", "+2.00", "上年为零").doesNotContain("%");
        // a fall is a negative change, and from B's side the same change back
        JsonNode back = row(json.readTree(get("/api/compare?a=" + nextYear + "&b=" + reference).body()), "three-public", "机关运行经费");
        assertThat(back.get("difference").asString()).isEqualTo("-3.81");
        assertThat(back.get("percent").asString()).isEqualTo("-15.24");
        assertThat(back.get("fromZero").asBoolean()).isFalse();
    }

    @Test
    void figuresInYuanAreComparedInWanYuan() throws Exception {
        JsonNode c = json.readTree(get("/api/compare?a=" + reference + "&b=" + nextYear).body());
        JsonNode reception = row(c, "three-public", "公务接待费");
        // 0.10 万元 against 1500 元: 0.15 万元, 0.05 more, 50%
        assertThat(new java.math.BigDecimal(reception.get("b").asString())).isEqualByComparingTo("0.15");
        assertThat(new java.math.BigDecimal(reception.get("difference").asString())).isEqualByComparingTo("0.05");
        assertThat(reception.get("percent").asString()).isEqualTo("50.00");
        String page = get("/compare?a=" + reference + "&b=" + nextYear).body();
        assertThat(HtmlRows.of(page, "公务接待费")).contains("0.10", "0.15", "+0.05", "+50.00%", "class=\"num up\"")
                .doesNotContain("1,500");
        assertThat(page).contains("金额单位：万元");
    }

    @Test
    void thePageLinksBothDocumentsAndSpeaksEnglishWhenAsked() throws Exception {
        HttpResponse<String> r = get("/compare?a=" + reference + "&b=" + nextYear);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("href=\"/disclosures/" + reference + "\"", "href=\"/disclosures/" + nextYear + "\"",
                "差额", "变化率", "收支总计", "支出功能分类（类）", "208 社会保障和就业支出", "部门预算支出经济分类（类、款）");
        assertThat(HtmlRows.of(r.body(), "机关运行经费")).contains("21.19", "25.00", "+3.81", "+17.98%", "class=\"num up\"");
        String en = get("/compare?a=" + reference + "&b=" + nextYear + "&lang=en").body();
        assertThat(en).contains("<html lang=\"en\">", "Difference", "Change", "Totals", "Projects", "n/a (zero last year)", "dropped", "new");
        assertThat(HtmlRows.of(en, "Administrative operating costs")).contains("+17.98%");
        assertThat(en).doesNotContain("差额", "变化率");
    }

    @Test
    void twoUnitsOrAnotherTemplateCompareToo() throws Exception {
        JsonNode c = json.readTree(get("/api/compare?a=" + jiangsu2018 + "&b=" + jiangsu2019).body());
        assertThat(row(c, "totals", "收入总计").get("status").asString()).isEqualTo("BOTH");
        assertThat(row(c, "spending", "基本支出").get("a").asString()).isEqualTo("5678.17");
        // where the tables give no spending total, the facts do: 基本支出 + 项目支出 + 单位预留机动经费
        assertThat(row(c, "totals", "支出总计").get("a").asString()).isEqualTo("10150.48");
        // two units: a zero A is no "last year"
        HttpResponse<String> mixed = get("/compare?a=" + reference + "&b=" + jiangsu2019);
        assertThat(mixed.statusCode()).isEqualTo(200);
        assertThat(mixed.body()).contains("江苏省政协办公厅", "柳林县人力资源和社会保障局").doesNotContain("上年为零");
        assertThat(json.readTree(get("/api/compare?a=" + reference + "&b=" + jiangsu2019).body()).get("yearOnYear").asBoolean()).isFalse();
    }

    @Test
    void badIdsAreAClearNotFoundNotAnError() throws Exception {
        HttpResponse<String> missing = get("/compare?a=" + reference + "&b=999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("没有编号为 999999 的公开文件");
        HttpResponse<String> word = get("/compare?a=abc&b=" + reference);
        assertThat(word.statusCode()).isEqualTo(404);
        assertThat(word.body()).contains("abc");
        HttpResponse<String> script = get("/compare?a=" + URLEncoder.encode("<script>x</script>", StandardCharsets.UTF_8) + "&b=1");
        assertThat(script.statusCode()).isEqualTo(404);
        assertThat(script.body()).contains("&lt;script&gt;").doesNotContain("<script>x");
        assertThat(get("/api/compare?a=" + reference + "&b=999999").statusCode()).isEqualTo(404);
        assertThat(get("/api/compare?a=" + reference).statusCode()).isEqualTo(400);
        assertThat(get("/compare?a=999999").statusCode()).isEqualTo(404);
        // a real pair still answers
        assertThat(get("/compare?a=" + reference + "&b=" + nextYear).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutTwoIdsItOffersTheChoiceAndTheYearOnYearLinks() throws Exception {
        String page = get("/compare").body();
        assertThat(page).contains("<select name=\"a\">", "<select name=\"b\">", "与上年比较",
                "href=\"/compare?a=" + reference + "&amp;b=" + nextYear + "\"",
                "href=\"/compare?a=" + jiangsu2018 + "&amp;b=" + jiangsu2019 + "\"");
        // one id: the year before is A, the chosen one B
        String one = get("/compare?a=" + nextYear).body();
        assertThat(one).contains("<option value=\"" + reference + "\" selected>", "<option value=\"" + nextYear + "\" selected>");
        assertThat(get("/compare?lang=en").body()).contains("Compare with the previous year");
    }

    @Test
    void theCatalogueShowsTheReferenceDocumentsFortyNineDepartments() throws Exception {
        HttpResponse<String> r = get("/catalogue");
        assertThat(r.statusCode()).isEqualTo(200);
        String page = r.body();
        assertThat(Pattern.compile("<details class=\"department\">").matcher(page).results().count()).isEqualTo(49);
        assertThat(page).contains("49 个部门，1835 项", "人民代表大会常务委员会办公厅（室）", "<code>A030101</code> 妇女就业服务",
                "四级");
        // the newest with a catalogue is chosen: 2025; the Jiangsu tables carry none and are not offered
        assertThat(page).contains("<option value=\"" + nextYear + "\" selected>").doesNotContain("江苏省政协办公厅");
        String other = get("/catalogue?d=" + jiangsu2019).body();
        assertThat(other).contains("没有附政府购买服务指导性目录").doesNotContain("<details class=\"department\">");
        assertThat(get("/catalogue?d=999999").statusCode()).isEqualTo(404);
        assertThat(new PortalQueries(db.dataSource()).catalogueSummaries().get(reference).items()).isEqualTo(1835);
    }

    @Test
    void theCatalogueSearchFindsItemsByCodeAndByName() throws Exception {
        String byCode = get("/catalogue?d=" + reference + "&q=A030101").body();
        assertThat(byCode).contains("找到 5 项", "<mark>A030101</mark>", "妇女就业服务", "青年就业招聘服务")
                .doesNotContain("<details class=\"department\">");
        String byName = get("/catalogue?d=" + reference + "&q=" + URLEncoder.encode("妇女就业", StandardCharsets.UTF_8)).body();
        assertThat(byName).contains("<mark>妇女就业</mark>服务", "A030101").doesNotContain("青年就业招聘服务");
        String lower = get("/catalogue?d=" + reference + "&q=a030101").body();
        assertThat(lower).contains("找到 5 项");
        String none = get("/catalogue?d=" + reference + "&q=" + URLEncoder.encode("不存在的服务", StandardCharsets.UTF_8)).body();
        assertThat(none).contains("找到 0 项").doesNotContain("<mark>");
        String en = get("/catalogue?d=" + reference + "&q=A030101&lang=en").body();
        assertThat(en).contains("5 matching items", "Department");
    }

    @Test
    void theCatalogueSearchEscapesWhatItIsGiven() throws Exception {
        String q = "<script>alert(1)</script>";
        String page = get("/catalogue?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).body();
        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;", "找到 0 项");
    }

    @Test
    void theRulesPageListsEveryRuleWithHowOftenItFired() throws Exception {
        HttpResponse<String> r = get("/rules");
        assertThat(r.statusCode()).isEqualTo(200);
        String page = r.body();
        for (Rule rule : Checker.standard().rules()) {
            assertThat(page).contains("<code>" + rule.spec().id() + "</code>", rule.spec().title());
        }
        assertThat(page).contains("TBL 报表", "PROSE 情况说明", "PERF 绩效目标", "CAT 购买服务目录", "DOC 文件");
        Map<String, PortalQueries.RuleCount> counts = new PortalQueries(db.dataSource()).ruleCounts();
        assertThat(counts).isNotEmpty();
        PortalQueries.RuleCount fired = counts.values().iterator().next();
        Matcher m = Pattern.compile("<tr id=\"" + fired.ruleId().toLowerCase(java.util.Locale.ROOT) + "\">.*?</tr>").matcher(page);
        assertThat(m.find()).isTrue();
        assertThat(m.group()).contains(fired.findings() + " 处（" + fired.disclosures() + " 份文件）");
        // a rule that never fired says 0
        Checker.standard().rules().stream().map(x -> x.spec().id()).filter(id -> !counts.containsKey(id)).findFirst()
                .ifPresent(id -> assertThat(page).containsPattern("<tr id=\"" + id.toLowerCase(java.util.Locale.ROOT) + "\">.*?<td class=\"num\">0</td></tr>"));
        assertThat(get("/rules?lang=en").body()).contains("Check rules", "Severity", "What it checks", "error");
    }
}
