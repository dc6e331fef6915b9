package org.gongkai.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.gongkai.app.store.Database;
import org.gongkai.app.store.DatabaseSettings;
import org.gongkai.app.store.DisclosureStore;
import org.gongkai.app.store.ImportOutcome;
import org.gongkai.app.store.ImportResult;
import org.gongkai.app.store.StoredDisclosure;
import org.gongkai.core.SharedFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The document page over a real embedded PostgreSQL holding the reference document (and a second
 * version of it): the site bar, the panel, the downloads in every format, the interactive charts,
 * the findings, English labels, escaping, and the page served again from memory.
 */
class DocumentPageTest {

    @TempDir
    static Path home;

    static Database db;
    static PortalServer server;
    static long id;
    static long second;
    static long pair;
    static String[] inTwo;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        db = Database.open(DatabaseSettings.embedded(home));
        DisclosureStore store = new DisclosureStore(db.dataSource());
        id = SampleLoader.loadIfEmpty(store, SampleLoader.REFERENCE).get(0).disclosure().id();
        ImportResult v2 = store.importFile((SharedFixtures.seedText() + "\n第二版\n").getBytes(StandardCharsets.UTF_8), "单位预算-第二版.txt");
        assertThat(v2.outcome()).isEqualTo(ImportOutcome.STORED);
        second = v2.disclosure().id();
        // another unit's disclosure published as two files, its text and its tables, sent together
        inTwo = SharedFixtures.seedInTwo(SharedFixtures.seedText().replace("柳林县人力资源和社会保障局", "柳林县两份文件测试局"));
        List<ImportResult> two = store.importAll(List.of(
                DisclosureStore.Upload.of(inTwo[0].getBytes(StandardCharsets.UTF_8), "预算公开文件.txt"),
                DisclosureStore.Upload.of(inTwo[1].getBytes(StandardCharsets.UTF_8), "预算公开表.txt")), n -> { }, r -> { });
        assertThat(two).hasSize(1);
        pair = two.get(0).disclosure().id();
        server = PortalServer.start(db, 0, AdminAccount.withPassword("pw-文档"));
    }

    @AfterAll
    static void stop() {
        LocalServer.stop(server, db);
    }

    static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path));
        if (headers.length > 0) {
            r.headers(headers);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void thePageHasTheSiteBarThePanelTheDocumentAndTheFindings() throws Exception {
        HttpResponse<byte[]> r = get("/disclosures/" + id);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html").contains("UTF-8"));
        String page = text(r);
        // one page: the site bar, then the panel, then the document as published, then the check
        assertThat(page).startsWith("<!DOCTYPE html>").containsOnlyOnce("<html").containsOnlyOnce("<body>")
                .contains("<nav class=\"site\">", "href=\"/compare\"", "action=\"/search\"");
        assertThat(page.indexOf("<nav class=\"site\">")).isLessThan(page.indexOf("class=\"doc-panel\""));
        assertThat(page.indexOf("class=\"doc-panel\"")).isLessThan(page.indexOf("<article class=\"document\""));
        assertThat(page.indexOf("<article class=\"document\"")).isLessThan(page.indexOf("<section class=\"check\""));
        assertThat(page).contains("<h1>柳林县人力资源和社会保障局 2024年度单位预算 第1版</h1>", "<dt>预算年度</dt><dd>2024年</dd>",
                "<dt>版本</dt><dd>第1版，入库于 ", "<dt>原始文件</dt><dd>柳林县人力资源和社会保障局2024年度单位预算公开.txt</dd>",
                "错误 22", "警告 54", "提示 32");
        // the document as the core writes it: its tables and its title block
        assertThat(page).contains("<header class=\"title-block\" id=\"top\">", "<td class=\"num\">134.97</td>");
        // the other version of the same unit and year is linked; this one is marked as the current one
        assertThat(page).contains("<li class=\"current\" aria-current=\"page\">2024年度单位预算 第1版</li>",
                "<a href=\"/disclosures/" + second + "\">2024年度单位预算 第2版</a>");
        // the findings, grouped by severity, with their places and published figures
        assertThat(page).contains("<h3 class=\"sev-ERROR\" id=\"check-ERROR\">错误（22）</h3>",
                "<h3 class=\"sev-WARNING\" id=\"check-WARNING\">警告（54）</h3>", "<h3 class=\"sev-INFO\" id=\"check-INFO\">提示（32）</h3>",
                "<span class=\"place\">位置：", "公开数 <strong>");
        String errors = page.substring(page.indexOf("id=\"check-ERROR\""), page.indexOf("id=\"check-WARNING\""));
        assertThat(errors.split("<li>", -1)).hasSize(23);
    }

    @Test
    void everyDownloadIsLinkedAndAnsweredWithItsTypeAndAChineseFileName() throws Exception {
        String page = text(get("/disclosures/" + id));
        for (DownloadFormat f : DownloadFormat.values()) {
            if (f == DownloadFormat.COMPANION) { // a disclosure published as one file has no file of tables
                assertThat(page).doesNotContain("/download/" + f.pathName());
                HttpResponse<byte[]> none = get("/disclosures/" + id + "/download/" + f.pathName());
                assertThat(none.statusCode()).isEqualTo(404);
                assertThat(text(none)).contains("只有一个原始文件，报表没有单独成文件");
                continue;
            }
            assertThat(page).contains("href=\"/disclosures/" + id + "/download/" + f.pathName() + "\"");
        }
        String base = "柳林县人力资源和社会保障局2024年度单位预算";
        HttpResponse<byte[]> pdf = download("pdf", "application/pdf", base + ".pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(names(download("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", base + ".docx").body()))
                .contains("word/document.xml");
        assertThat(names(download("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", base + ".xlsx").body()))
                .contains("xl/workbook.xml");
        JsonNode open = json.readTree(download("json", "application/json", base + ".json").body());
        assertThat(open.get("facts").size()).isEqualTo(74);
        assertThat(text(download("csv", "text/csv", base + ".csv"))).startsWith("\uFEFFunit_name,year,");
        assertThat(names(download("datapackage", "application/zip", base + ".zip").body()))
                .containsExactly(base + ".csv", base + ".datapackage.json");
        assertThat(text(download("txt", "text/plain", base + ".txt"))).contains("柳林县人力资源和社会保障局");
        assertThat(text(download("html", "text/html", base + ".html"))).startsWith("<!DOCTYPE html>").contains("政府购买服务指导性目录");
        HttpResponse<byte[]> original = download("original", "text/plain", "柳林县人力资源和社会保障局2024年度单位预算公开.txt");
        assertThat(original.body()).isEqualTo(SharedFixtures.seedBytes());
        // the second version's files say so in their name
        assertThat(get("/disclosures/" + second + "/download/txt").headers().firstValue("Content-Disposition").orElseThrow())
                .contains(encoded(base + "（第2版）.txt"));
        // a rendered file is kept: the same bytes again
        assertThat(get("/disclosures/" + id + "/download/pdf").body()).isEqualTo(pdf.body());
    }

    @Test
    void aDisclosurePublishedAsTwoFilesNamesBothAndOffersBothAsReceived() throws Exception {
        String page = text(get("/disclosures/" + pair));
        assertThat(page).contains("<dt>原始文件</dt><dd>预算公开文件.txt</dd>", "<dt>报表文件</dt><dd>预算公开表.txt</dd>",
                "href=\"/disclosures/" + pair + "/download/original-tables\"", "原始报表文件（按收到时保存）");
        // checked as one: the tables are there, so no finding says they are missing; the figures are the whole document's
        assertThat(page).doesNotContain("DOC-001").contains("错误 22").contains("<td class=\"num\">134.97</td>");
        HttpResponse<byte[]> text = get("/disclosures/" + pair + "/download/original");
        assertThat(text.body()).isEqualTo(inTwo[0].getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> tables = get("/disclosures/" + pair + "/download/original-tables");
        assertThat(tables.statusCode()).isEqualTo(200);
        assertThat(tables.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(tables.headers().firstValue("Content-Disposition").orElseThrow()).contains(encoded("预算公开表.txt"))
                .contains("filename=\"disclosure-" + pair + "-tables.txt\"");
        assertThat(tables.body()).isEqualTo(inTwo[1].getBytes(StandardCharsets.UTF_8));
        // English labels
        assertThat(text(get("/disclosures/" + pair + "?lang=en"))).contains("<dt>Tables file</dt><dd>预算公开表.txt</dd>",
                "Original tables file (as received)");
    }

    @Test
    void noErrorWhileRulesCouldNotRunIsNotCalledACleanCheck() {
        org.gongkai.core.write.html.HtmlFragment fragment = org.gongkai.core.write.html.HtmlWriter.fragment(SharedFixtures.seed(),
                org.gongkai.core.write.html.HtmlOptions.SCREEN.withoutCatalogue());
        StoredDisclosure clean = stored(0);
        String caveat = DocumentPage.write(clean, fragment, List.of(), 33, List.of(clean), Lang.ZH);
        assertThat(caveat).contains("<p class=\"caveat\">未发现错误；但有 33 条规则无法检查").doesNotContain("检查没有发现问题");
        assertThat(DocumentPage.write(clean, fragment, List.of(), 33, List.of(clean), Lang.EN)).contains("33 rules could not run");
        // every rule ran: nothing found is said so; errors found: no caveat, the errors say enough
        assertThat(DocumentPage.write(clean, fragment, List.of(), 0, List.of(clean), Lang.ZH)).contains("检查没有发现问题")
                .doesNotContain("class=\"caveat\"");
        StoredDisclosure wrong = stored(3);
        assertThat(DocumentPage.write(wrong, fragment, List.of(), 33, List.of(wrong), Lang.ZH)).doesNotContain("class=\"caveat\"");
    }

    private static StoredDisclosure stored(int errors) {
        return new StoredDisclosure(1, "柳林县", "山西省", "某部门", "某单位", 2024, org.gongkai.core.model.DisclosureKind.BUDGET, "UNIT",
                "shanxi-unit-budget-2024", "2024年度单位预算公开", 1, "0".repeat(64), "a.txt", java.time.OffsetDateTime.now(), 74, errors, 0, 0);
    }

    @Test
    void anUnknownVersionOrFormatIsAPageSayingSo() throws Exception {
        HttpResponse<byte[]> none = get("/disclosures/999999");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(text(none)).contains("没有编号为 999999 的公开文件", "<nav class=\"site\">");
        assertThat(get("/disclosures/999999/download/pdf").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> format = get("/disclosures/" + id + "/download/exe");
        assertThat(format.statusCode()).isEqualTo(404);
        assertThat(text(format)).contains("没有这种下载格式：exe");
    }

    @Test
    void theChartsAreDrawnWithEChartsFromExactFiguresAndTheSvgStaysForReadersWithoutJavaScript() throws Exception {
        String page = text(get("/disclosures/" + id));
        assertThat(page).contains("<script src=\"" + DocumentPage.ECHARTS + "\"></script>", "echarts.init(");
        String data = page.substring(page.indexOf("<script type=\"application/json\" id=\"chart-data\">") + 48);
        data = data.substring(0, data.indexOf("</script>"));
        JsonNode charts = json.readTree(data);
        assertThat(charts.size()).isEqualTo(3);
        JsonNode income = charts.get(0);
        assertThat(income.get("id").asString()).isEqualTo("chart-1");
        assertThat(income.get("caption").asString()).isEqualTo("收入预算图");
        assertThat(income.get("kind").asString()).isEqualTo("pie");
        assertThat(income.get("unit").asString()).isEqualTo("万元");
        assertThat(income.get("total").isString()).isTrue();
        assertThat(income.get("total").asString()).isEqualTo("1934.62");
        JsonNode first = income.get("slices").get(0);
        assertThat(first.get("label").asString()).isEqualTo("一般公共预算");
        assertThat(first.get("amount").isString()).isTrue();
        assertThat(first.get("amount").asString()).isEqualTo("1251.07");
        assertThat(first.get("amountText").asString()).isEqualTo("1,251.07");
        assertThat(first.get("percent").asString()).isEqualTo("64.67");
        assertThat(charts.get(1).get("kind").asString()).isEqualTo("bar");
        // every chart's figure is on the page with its SVG, for a reader without JavaScript
        for (JsonNode c : charts) {
            String figure = page.substring(page.indexOf("<figure class=\"chart\" id=\"" + c.get("id").asString() + "\">"));
            assertThat(figure.substring(0, figure.indexOf("</figure>"))).contains("<svg");
        }
        // the script is served by the webjar
        HttpResponse<byte[]> echarts = get(DocumentPage.ECHARTS);
        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.body().length).isGreaterThan(100_000);
    }

    @Test
    void inEnglishTheSiteSpeaksEnglishAndTheDocumentStaysAsPublished() throws Exception {
        String en = text(get("/disclosures/" + id + "?lang=en"));
        assertThat(en).contains("<html lang=\"en\">", "<dt>Fiscal year</dt><dd>2024</dd>", ">Download</h2>", "PDF (print)",
                "Original file (as received)", "Errors (22)", "Warnings (54)", "Check results", "This unit&#39;s other versions and years")
                .doesNotContain(">下载</h2>", "错误（22）");
        // the document itself is still Chinese
        assertThat(en).contains("<article class=\"document\" lang=\"zh-CN\">", "第二部分");
        String zh = text(get("/disclosures/" + id));
        assertThat(zh).contains("<html lang=\"zh-CN\">", ">下载</h2>").doesNotContain("Fiscal year", "PDF (print)");
    }

    @Test
    void thePageIsWrittenOnceAndServedFromMemoryWithAnETag() throws Exception {
        HttpResponse<byte[]> a = get("/disclosures/" + id);
        HttpResponse<byte[]> b = get("/disclosures/" + id);
        assertThat(b.body()).isEqualTo(a.body());
        String etag = a.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"").endsWith("\"");
        assertThat(a.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
        assertThat(get("/disclosures/" + id, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get("/disclosures/" + id, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        // the English page is another page
        assertThat(get("/disclosures/" + id + "?lang=en").headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    }

    private HttpResponse<byte[]> download(String format, String type, String fileName) throws Exception {
        HttpResponse<byte[]> r = get("/disclosures/" + id + "/download/" + format);
        assertThat(r.statusCode()).as(format).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).as(format).startsWith(type);
        assertThat(r.body()).as(format).isNotEmpty();
        String disposition = r.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).as(format).startsWith("attachment; filename=\"disclosure-" + id + ".")
                .contains("filename*=UTF-8''" + encoded(fileName));
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8)).isEqualTo(fileName);
        return r;
    }

    private static String encoded(String name) {
        return java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<String> names(byte[] zip) throws Exception {
        List<String> out = new ArrayList<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                out.add(e.getName());
            }
        }
        assertThat(out).isNotEmpty();
        return out;
    }
}
