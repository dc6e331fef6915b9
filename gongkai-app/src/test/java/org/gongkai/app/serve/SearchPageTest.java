package org.gongkai.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.app.search.SearchFragment;
import org.gongkai.app.search.SearchHit;
import org.gongkai.app.search.SearchPart;
import org.gongkai.app.search.SearchRequest;
import org.gongkai.app.search.SearchResults;
import org.gongkai.app.store.Database;
import org.gongkai.app.store.DatabaseSettings;
import org.gongkai.app.store.DisclosureStore;
import org.gongkai.app.store.ImportResult;
import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.DisclosureKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The search page {@code /search?q=} and {@code GET /api/disclosures} with {@code q}, filters and
 * paging, on the whole server over a real embedded PostgreSQL filled with the samples.
 */
class SearchPageTest {

    @TempDir
    static Path home;

    static Database db;
    static PortalServer server;
    static List<ImportResult> samples;
    static final HttpClient http = HttpClient.newHttpClient();
    static final String PASSWORD = "搜索-pw-2";
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        db = Database.open(DatabaseSettings.embedded(home));
        samples = SampleLoader.loadIfEmpty(new DisclosureStore(db.dataSource()));
        server = PortalServer.start(db, 0, AdminAccount.withPassword(PASSWORD));
    }

    @AfterAll
    static void stop() {
        LocalServer.stop(server, db);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return LocalServer.get(server, path);
    }

    private static HttpResponse<String> search(String q) throws Exception {
        return get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    private static long reference() {
        return samples.get(0).disclosure().id();
    }

    @Test
    void aProjectIsFoundWithItsUnitYearLinkAndMarkedFragment() throws Exception {
        HttpResponse<String> r = search("就业补助资金");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        // another test may upload a copy of the reference document under another unit's name: counted from 1
        assertThat(r.body()).containsPattern("找到 [12] 份公开文件").contains("value=\"就业补助资金\"", "href=\"/disclosures/" + reference() + "\"",
                "柳林县人力资源和社会保障局</a> 2024年度预算 第1版", "<dt>项目</dt>", "<mark>就业补助资金</mark>", "<dt>情况说明</dt>");
        // the unit's name, a code, a word of the 情况说明
        assertThat(search("柳林县人力资源和社会保障局").body()).contains("<dt>单位</dt><dd><mark>柳林县人力资源和社会保障局</mark></dd>");
        assertThat(search("2080101").body()).contains("<mark>2080101</mark> 行政运行");
        assertThat(search("提前下达").body()).contains("<mark>提前下达</mark>");
        // in English, the labels switch, the document's words do not
        assertThat(get("/search?lang=en&q=" + URLEncoder.encode("就业补助资金", StandardCharsets.UTF_8)).body())
                .containsPattern("[12] disclosures found").contains("<dt>Projects</dt>", "<mark>就业补助资金</mark>");
    }

    @Test
    void emptyNoHitTooLongAndWordlessQueriesAreSaidPlainly() throws Exception {
        HttpResponse<String> none = get("/search");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).contains("请输入要搜索的单位、项目或文字").doesNotContain("找到");
        assertThat(search("").body()).contains("请输入要搜索的单位、项目或文字");

        HttpResponse<String> nothing = search("航天飞机");
        assertThat(nothing.statusCode()).isEqualTo(200);
        assertThat(nothing.body()).contains("没有找到包含“航天飞机”的公开文件").doesNotContain("class=\"hits\"");

        HttpResponse<String> tooLong = search("就".repeat(101));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("搜索词太长：最多 100 个字符");

        HttpResponse<String> wordless = search("+-&&||!(){}[]^\"~*?:\\/");
        assertThat(wordless.statusCode()).isEqualTo(200);
        assertThat(wordless.body()).contains("没有可搜索的文字或数字");

        for (String q : List.of("就业补助资金 AND (", "\"就业补助资金", "unit:[a TO z]", "就业补助资金~", "*", "%", "\u0000")) {
            HttpResponse<String> r = search(q);
            assertThat(r.statusCode()).as(q).isIn(200);
            assertThat(r.body()).as(q).doesNotContain("Exception", "at org.");
        }
        assertThat(search("\"就业补助资金").body()).contains("<mark>就业补助资金</mark>");
        assertThat(get("/search?q=%E5%B0%B1%E4%B8%9A&page=abc").statusCode()).isEqualTo(200);
    }

    @Test
    void htmlInTheQueryIsEscapedEverywhereOnThePage() throws Exception {
        HttpResponse<String> r = search("<script>alert('x')</script>");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<script>").contains("&lt;script&gt;alert(");
        HttpResponse<String> quote = search("\"><img src=x onerror=alert(1)>");
        assertThat(quote.body()).doesNotContain("<img src=x").contains("&quot;&gt;&lt;img");
    }

    @Test
    void thePagerLinksThePagesAroundThisOne() {
        SearchHit hit = new SearchHit(7, "山西省", "柳林县", "某部门", "某<单位>", 2024, DisclosureKind.BUDGET, 2, false, "",
                1f, List.of(new SearchFragment(SearchPart.PROJECT, "<mark>就业</mark>资金")));
        String page = SearchPage.write(new SearchResults(SearchRequest.of("就业 资金", 2, 10), null, 25, true, List.of(hit), 0), Lang.ZH);
        assertThat(page).contains("找到 25 份公开文件（第 2 / 3 页）", "href=\"/search?q=%E5%B0%B1%E4%B8%9A+%E8%B5%84%E9%87%91\">上一页",
                "&amp;page=3\">下一页", "<strong>2</strong>", "某&lt;单位&gt;", "（已有更新的版本）", "<ol class=\"hits\" start=\"11\">");
        String first = SearchPage.write(new SearchResults(SearchRequest.of("就业", 1, 10), null, 5, true, List.of(hit), 0), Lang.ZH);
        assertThat(first).doesNotContain("上一页", "下一页", "class=\"pages\"");
        String beyond = SearchPage.write(new SearchResults(SearchRequest.of("就业", 9, 10), null, 5, true, List.of(), 0), Lang.ZH);
        assertThat(beyond).contains("这一页没有结果", "回到第 1 页");
        // counting stopped at 1,000: said as a lower bound, and there is always a next page
        SearchResults many = new SearchResults(SearchRequest.of("就业", 100, 10), null, 1000, false, List.of(hit), 0);
        assertThat(SearchPage.write(many, Lang.ZH)).contains("找到 1,000 多份公开文件（第 100 页）", "&amp;page=101\">下一页")
                .doesNotContain("找到 1000 份");
        assertThat(SearchPage.write(many, Lang.EN)).contains("More than 1,000 disclosures found (page 100)");
    }

    @Test
    void aFileUploadedInTheBrowserIsSearchableAtOnce() throws Exception {
        assertThat(search("柳林县上传搜索局").body()).contains("没有找到");
        String text = SharedFixtures.seedText().replace("柳林县人力资源和社会保障局", "柳林县上传搜索局");
        String boundary = "----gongkai" + System.nanoTime();
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"上传搜索.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(search("柳林县上传搜索局").body()).contains("找到 1 份公开文件", "<mark>柳林县上传搜索局</mark>");
    }

    @Test
    void theApiSearchesWithScoresAndFragments() throws Exception {
        HttpResponse<String> r = get("/api/disclosures?q=" + URLEncoder.encode("就业补助资金", StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode n = json.readTree(r.body());
        assertThat(n.get("query").asString()).isEqualTo("就业补助资金");
        assertThat(n.get("total").asLong()).isEqualTo(n.get("items").size()).isPositive();
        assertThat(n.get("totalExact").asBoolean()).isTrue();
        JsonNode hit = null;
        for (JsonNode h : n.get("items")) {
            if (h.get("id").asLong() == reference()) {
                hit = h;
            }
        }
        assertThat(hit).isNotNull();
        assertThat(hit.get("id").asLong()).isEqualTo(reference());
        assertThat(hit.get("unit").asString()).isEqualTo("柳林县人力资源和社会保障局");
        assertThat(hit.get("score").asDouble()).isPositive();
        assertThat(hit.get("latest").asBoolean()).isTrue();
        assertThat(hit.get("page").asString()).isEqualTo("/disclosures/" + reference());
        assertThat(hit.get("fragments").findValuesAsString("part")).contains("PROJECT", "NARRATIVE");
        assertThat(hit.get("fragments").findValuesAsString("html")).anySatisfy(h -> assertThat(h).contains("<mark>就业补助资金</mark>"));

        JsonNode none = json.readTree(get("/api/disclosures?q=" + URLEncoder.encode("航天飞机", StandardCharsets.UTF_8)).body());
        assertThat(none.get("total").asLong()).isZero();
        assertThat(none.get("items").size()).isZero();
        HttpResponse<String> tooLong = get("/api/disclosures?q=" + "a".repeat(101));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json.readTree(tooLong.body()).get("problem").asString()).isEqualTo("TOO_LONG");
        // filters apply to a search too
        JsonNode jiangsu = json.readTree(get("/api/disclosures?size=3&q=" + URLEncoder.encode("办公厅", StandardCharsets.UTF_8)
                + "&year=2019").body());
        assertThat(jiangsu.get("total").asLong()).isEqualTo(3);
        assertThat(jiangsu.get("items").findValuesAsString("year")).isNotNull();
        assertThat(jiangsu.get("items")).allSatisfy(h -> assertThat(h.get("year").asInt()).isEqualTo(2019));
    }

    @Test
    void theApiListFiltersAndPages() throws Exception {
        JsonNode all = json.readTree(get("/api/disclosures").body());
        long total = all.get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(SampleLoader.ALL.size() - 1); // a text and its tables are one
        assertThat(all.get("page").asInt()).isEqualTo(1);
        assertThat(all.get("size").asInt()).isEqualTo(20);
        assertThat(all.get("items").findValuesAsString("unit")).contains("柳林县人力资源和社会保障局", "江苏省政协办公厅");

        JsonNode second = json.readTree(get("/api/disclosures?size=3&page=2").body());
        assertThat(second.get("total").asLong()).isEqualTo(total);
        assertThat(second.get("items").size()).isEqualTo(3);
        assertThat(second.get("items").get(0).get("id").asLong()).isEqualTo(all.get("items").get(3).get("id").asLong());

        JsonNode zhengxie = json.readTree(get("/api/disclosures?unit=" + URLEncoder.encode("江苏省政协办公厅", StandardCharsets.UTF_8)).body());
        assertThat(zhengxie.get("total").asLong()).isEqualTo(3);
        assertThat(zhengxie.get("items")).allSatisfy(i -> assertThat(i.get("unit").asString()).isEqualTo("江苏省政协办公厅"));
        JsonNode y2017 = json.readTree(get("/api/disclosures?year=2017&kind=" + URLEncoder.encode("预算", StandardCharsets.UTF_8)).body());
        assertThat(y2017.get("items")).isNotEmpty().allSatisfy(i -> assertThat(i.get("year").asInt()).isEqualTo(2017));
        assertThat(json.readTree(get("/api/disclosures?year=1999").body()).get("total").asLong()).isZero();
        assertThat(json.readTree(get("/api/disclosures?size=1000").body()).get("size").asInt()).isEqualTo(100);
        HttpResponse<String> badKind = get("/api/disclosures?kind=nonsense");
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badKind.body()).get("error").asString()).contains("类型 nonsense 无效");

        JsonNode docs = json.readTree(get("/api/docs").body());
        assertThat(docs.get("paths").get("/api/disclosures").get("get").get("parameters").findValuesAsString("name"))
                .contains("q", "region", "department", "unit", "year", "kind", "page", "size");
    }

    @Test
    void theIndexLivesInTheHomeAndIsBuiltAgainWhenItsFolderIsGone() throws Exception {
        Path index = home.resolve("index");
        assertThat(index).isDirectory();
        server.close();
        try (var files = Files.walk(index)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        server = PortalServer.start(db, 0, AdminAccount.withPassword(PASSWORD));
        assertThat(index).isDirectory();
        assertThat(search("就业补助资金").body()).containsPattern("找到 [12] 份公开文件")
                .contains("href=\"/disclosures/" + reference() + "\"", "<mark>就业补助资金</mark>");
    }
}
