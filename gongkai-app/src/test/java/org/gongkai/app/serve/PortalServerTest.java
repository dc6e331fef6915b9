package org.gongkai.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.app.store.Database;
import org.gongkai.app.store.DatabaseSettings;
import org.gongkai.app.store.DisclosureStore;
import org.gongkai.app.store.ImportOutcome;
import org.gongkai.app.store.ImportResult;
import org.gongkai.app.store.StoredDisclosure;
import org.gongkai.core.model.DisclosureKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The whole server on a random port over a real embedded PostgreSQL, filled with the samples as on a first start. */
class PortalServerTest {

    @TempDir
    static Path home;

    static Database db;
    static PortalServer server;
    static List<ImportResult> samples;
    static final HttpClient http = HttpClient.newHttpClient();
    static final String PASSWORD = "测试-pw-1";
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        db = Database.open(DatabaseSettings.embedded(home));
        DisclosureStore store = new DisclosureStore(db.dataSource());
        samples = SampleLoader.loadIfEmpty(store);
        server = PortalServer.start(db, 0, AdminAccount.withPassword(PASSWORD));
    }

    @AfterAll
    static void stop() {
        LocalServer.stop(server, db);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return LocalServer.get(server, path);
    }

    @Test
    void theFirstStartLoadsTheSampleOnceOnly() {
        // one result a file, but one for 江苏省委办公厅2018's text and tables, stored as one version
        assertThat(samples).hasSize(SampleLoader.ALL.size() - 1).extracting(ImportResult::outcome)
                .containsOnly(ImportOutcome.STORED);
        assertThat(samples).filteredOn(r -> r.companionFileName() != null).singleElement().satisfies(r -> {
            assertThat(r.files()).isEqualTo("江苏省委办公厅2018年度部门预算公开文件.pdf + 江苏省委办公厅2018年度部门预算公开表.pdf");
            assertThat(r.disclosure().errors()).isZero();
        });
        // the reference document first, then the Jiangsu departments' tables, three years of one of them
        assertThat(samples.get(0).disclosure().unit()).isEqualTo("柳林县人力资源和社会保障局");
        assertThat(samples.get(0).disclosure().facts()).isEqualTo(74);
        assertThat(samples).extracting(r -> r.disclosure().unit() + " " + r.disclosure().year())
                .contains("江苏省政协办公厅 2017", "江苏省政协办公厅 2018", "江苏省政协办公厅 2019");
        assertThat(samples.subList(1, samples.size())).allSatisfy(r -> {
            assertThat(r.disclosure().template()).isEqualTo("jiangsu-department-budget-2019");
            assertThat(r.disclosure().facts()).isGreaterThan(30);
        });
        assertThat(SampleLoader.loadIfEmpty(new DisclosureStore(db.dataSource()))).isEmpty();
    }

    @Test
    void aPlaceIsNamedOnceInTheCrumbsAndTheList() {
        assertThat(HomePage.place(at("山西省", "柳林县"))).isEqualTo("山西省 柳林县");
        assertThat(HomePage.place(at("江苏省", "江苏省"))).isEqualTo("江苏省");
        assertThat(HomePage.place(at("上海市", "上海市普陀区"))).isEqualTo("上海市普陀区");
        assertThat(HomePage.place(at("", "未注明地区"))).isEqualTo("未注明地区");
    }

    private static StoredDisclosure at(String province, String region) {
        return new StoredDisclosure(1, region, province, "某部门", "某单位", 2024, DisclosureKind.BUDGET, "UNIT", null, null, 1,
                "0".repeat(64), "a.txt", java.time.OffsetDateTime.now(), 0, 0, 0, 0);
    }

    @Test
    void health() throws Exception {
        HttpResponse<String> r = get("/api/health");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode n = json.readTree(r.body());
        assertThat(n.get("status").asString()).isEqualTo("UP");
        assertThat(n.get("database").asString()).isEqualTo("UP");
        assertThat(n.get("disclosures").asLong()).isPositive();
    }

    @Test
    void listsDisclosuresAndServesEachAsOpenData() throws Exception {
        HttpResponse<String> r = get("/api/disclosures");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode page = json.readTree(r.body());
        assertThat(page.get("total").asLong()).isEqualTo(page.get("items").size()).isPositive();
        JsonNode list = page.get("items");
        JsonNode d = list.get(0);
        assertThat(d.get("version").asInt()).isEqualTo(1);
        assertThat(d.get("unit").asString()).isEqualTo("柳林县人力资源和社会保障局");
        assertThat(d.get("year").asInt()).isEqualTo(2024);
        assertThat(d.get("kind").asString()).isEqualTo("BUDGET");
        assertThat(d.get("errors").asInt()).isPositive();
        assertThat(d.get("warnings").asInt()).isPositive();

        HttpResponse<String> one = get("/api/disclosures/" + d.get("id").asLong());
        assertThat(one.statusCode()).isEqualTo(200);
        JsonNode open = json.readTree(one.body());
        assertThat(open.get("format").asString()).isEqualTo("gongkai-disclosure");
        assertThat(open.get("facts").size()).isEqualTo(74);

        assertThat(get("/api/disclosures/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void anUploadIsStoredAndAnsweredWithTheFindingsAndAnUnreadableOneWithItsReason() throws Exception {
        String boundary = "----gongkai" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        part(body, boundary, "上传<测试>.txt", (org.gongkai.core.SharedFixtures.seedText() + "\n上传测试\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        part(body, boundary, "空.txt", new byte[0]);
        body.write(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // without the administrator's password: refused, nothing stored
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(anonymous.body()).contains("需要管理员登录");
        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", basic("admin", "猜的"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", basic("admin", PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("已入库：上传&lt;测试&gt;.txt", "2024年度预算 第2版", "<table class=\"findings\">", "错误")
                .contains("无法读取：空.txt", "文件为空").doesNotContain("上传<测试>");
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void part(java.io.ByteArrayOutputStream body, String boundary, String name, byte[] content) throws Exception {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theApiIsDescribedAtApiDocs() throws Exception {
        HttpResponse<String> r = get("/api/docs");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = json.readTree(r.body());
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        assertThat(doc.get("paths").has("/api/disclosures")).isTrue();
        assertThat(doc.get("paths").has("/api/disclosures/{id}")).isTrue();
        assertThat(doc.get("paths").has("/api/health")).isTrue();
        assertThat(get("/api/docs/ui").statusCode()).isIn(200, 302);
    }

    @Test
    void homePageListsByRegionDepartmentUnitAndYearAndLinksToEachPage() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.body()).contains("<h2>山西省 柳林县</h2>", "柳林县人力资源和社会保障局", "2024年度预算 第1版",
                "action=\"/import\"");
        long id = samples.get(0).disclosure().id();
        assertThat(r.body()).contains("href=\"/disclosures/" + id + "\"");

        HttpResponse<String> page = get("/disclosures/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("柳林县人力资源和社会保障局", "<table");
        assertThat(get("/disclosures/999999").statusCode()).isEqualTo(404);
    }
}
