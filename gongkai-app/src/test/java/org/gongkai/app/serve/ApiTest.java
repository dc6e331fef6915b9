package org.gongkai.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.gongkai.app.store.Database;
import org.gongkai.app.store.DatabaseSettings;
import org.gongkai.app.store.DisclosureStore;
import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.SourceInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The API's facts, findings and upload over a real embedded PostgreSQL holding the reference
 * document, with an upload limit of 1 MB so that "too large" is cheap to test.
 */
class ApiTest {

    @TempDir
    static Path home;

    static Database db;
    static PortalServer server;
    static long id;
    static final HttpClient http = HttpClient.newHttpClient();
    static final String PASSWORD = "api-测试-pw";
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        db = Database.open(DatabaseSettings.embedded(home));
        id = SampleLoader.loadIfEmpty(new DisclosureStore(db.dataSource()), SampleLoader.REFERENCE).get(0).disclosure().id();
        server = PortalServer.start(db, 0, AdminAccount.withPassword(PASSWORD), new UploadLimit(1024 * 1024));
    }

    @AfterAll
    static void stop() {
        LocalServer.stop(server, db);
    }

    static HttpResponse<String> get(String path) throws Exception {
        return LocalServer.get(server, path);
    }

    @Test
    void factsAreGivenWithTheirDimensionsAndExactAmountsAsStrings() throws Exception {
        HttpResponse<String> r = get("/api/disclosures/" + id + "/facts");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("count").asInt()).isEqualTo(74);
        JsonNode facts = body.get("facts");
        assertThat(facts.size()).isEqualTo(74);
        JsonNode operation = null;
        for (JsonNode f : facts) {
            assertThat(f.get("amount").isString()).isTrue();
            if ("2080101".equals(f.get("function").asString()) && "BASIC".equals(f.path("spending").asString(""))
                    && "GENERAL_BUDGET".equals(f.path("source").asString("")) && f.get("economic").isNull()) {
                operation = f;
            }
        }
        assertThat(operation).isNotNull();
        assertThat(operation.get("amount").asString()).isEqualTo("133.70");
        assertThat(operation.get("unit").asString()).isEqualTo("万元");
        assertThat(operation.get("unitCode").asString()).isEqualTo("WAN_YUAN");
        assertThat(operation.get("label").asString()).isEqualTo("行政运行");
    }

    @Test
    void factsAsCsvAreTheOpenDataCsv() throws Exception {
        HttpResponse<String> r = get("/api/disclosures/" + id + "/facts.csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String[] lines = r.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFF" + String.join(",", org.gongkai.core.write.opendata.FactCsvWriter.COLUMNS));
        assertThat(lines).hasSize(75);
        assertThat(r.body()).contains(",2080101,行政运行,", ",133.70,万元,1337000,");
    }

    @Test
    void findingsAreGivenWithEveryField() throws Exception {
        HttpResponse<String> r = get("/api/disclosures/" + id + "/findings");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode findings = json.readTree(r.body());
        int errors = 0;
        JsonNode withFigures = null;
        for (JsonNode f : findings) {
            assertThat(f.get("ruleId").asString()).matches("[A-Z]+-\\d{3}");
            assertThat(f.get("message").asString()).isNotBlank();
            assertThat(f.has("location") && f.has("table") && f.has("sentence") && f.has("page") && f.has("line")).isTrue();
            errors += "ERROR".equals(f.get("severity").asString()) ? 1 : 0;
            if (withFigures == null && "PROSE-007".equals(f.get("ruleId").asString())) {
                withFigures = f;
            }
        }
        assertThat(findings.size()).isEqualTo(22 + 54 + 32);
        assertThat(errors).isEqualTo(22);
        assertThat(withFigures).isNotNull();
        assertThat(withFigures.get("actual").asString()).isEqualTo("119.62");
        assertThat(withFigures.get("expected").asString()).isEqualTo("232.90");
        assertThat(withFigures.get("difference").asString()).isEqualTo("-113.28");
        assertThat(withFigures.get("sentence").asString()).startsWith("其中基本支出119.62万元");
        assertThat(withFigures.get("line").asInt()).isEqualTo(483);
        assertThat(withFigures.get("category").asString()).isNotBlank();
    }

    @Test
    void anUnknownVersionIsA404WithAChineseMessageAsJson() throws Exception {
        for (String path : new String[] {"/api/disclosures/999999/facts", "/api/disclosures/999999/facts.csv",
                "/api/disclosures/999999/findings"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith("application/json");
            assertThat(json.readTree(r.body()).get("error").asString()).isEqualTo("没有编号为 999999 的公开文件");
        }
    }

    @Test
    void anUploadNeedsTheAdministratorAndIsStoredOnceThenUnchanged() throws Exception {
        byte[] file = (SharedFixtures.seedText() + "\nAPI 上传测试\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> anonymous = post(null, part("单位预算.txt", file));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("需要管理员登录");
        assertThat(post("猜的", part("单位预算.txt", file)).statusCode()).isEqualTo(401);

        HttpResponse<String> created = post(PASSWORD, part("单位预算.txt", file));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode first = json.readTree(created.body()).get("files").get(0);
        assertThat(first.get("outcome").asString()).isEqualTo("STORED");
        assertThat(first.get("status").asString()).isEqualTo("已入库");
        JsonNode d = first.get("disclosure");
        assertThat(d.get("unit").asString()).isEqualTo("柳林县人力资源和社会保障局");
        assertThat(d.get("version").asInt()).isEqualTo(2);
        assertThat(d.get("errors").asInt()).isEqualTo(22);
        long stored = d.get("id").asLong();
        assertThat(first.get("page").asString()).isEqualTo("/disclosures/" + stored);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/disclosures/" + stored);
        // the new version is there, and the first version's page now links to it
        assertThat(get("/api/disclosures/" + stored + "/facts").statusCode()).isEqualTo(200);
        assertThat(get("/disclosures/" + id).body()).contains("<a href=\"/disclosures/" + stored + "\">2024年度单位预算 第2版</a>");

        HttpResponse<String> again = post(PASSWORD, part("同一文件.txt", file));
        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode same = json.readTree(again.body()).get("files").get(0);
        assertThat(same.get("outcome").asString()).isEqualTo("UNCHANGED");
        assertThat(same.get("disclosure").get("id").asLong()).isEqualTo(stored);
    }

    @Test
    void anUnreadableFileIs422WithTheReadersMessage() throws Exception {
        HttpResponse<String> r = post(PASSWORD, part("坏的.pdf", "%PDF-1.7\n这不是一个完整的 PDF\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode f = json.readTree(r.body()).get("files").get(0);
        assertThat(f.get("outcome").asString()).isEqualTo("UNREADABLE");
        assertThat(f.get("message").asString()).contains("PDF 文件已损坏或不完整");
        assertThat(f.get("disclosure").isNull()).isTrue();
        HttpResponse<String> empty = post(PASSWORD, part("空.txt", new byte[0]));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(json.readTree(empty.body()).get("files").get(0).get("message").asString()).contains("文件为空");
    }

    @Test
    void aFileThatIsNotTextPdfOrWorkbookIs415AndNotKept() throws Exception {
        byte[] exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        HttpResponse<String> r = post(PASSWORD, part("setup.exe", exe));
        assertThat(r.statusCode()).isEqualTo(415);
        JsonNode f = json.readTree(r.body()).get("files").get(0);
        assertThat(f.get("outcome").asString()).isEqualTo("REFUSED");
        assertThat(f.get("message").asString()).contains(".txt、.pdf、.xlsx", "setup.exe");
        assertThat(new DisclosureStore(db.dataSource()).hasOriginal(SourceInfo.sha256(exe))).isFalse();
        // a program renamed: the name says PDF, the content does not
        assertThat(post(PASSWORD, part("预算.pdf", exe)).statusCode()).isEqualTo(415);
        assertThat(post(PASSWORD, part("预算.xlsx", "不是表格".getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(415);
        // with a good file beside it, nothing is stored
        byte[] good = (SharedFixtures.seedText() + "\n同批被拒\n").getBytes(StandardCharsets.UTF_8);
        assertThat(post(PASSWORD, part("单位预算.txt", good), part("setup.exe", exe)).statusCode()).isEqualTo(415);
        assertThat(new DisclosureStore(db.dataSource()).hasOriginal(SourceInfo.sha256(good))).isFalse();
        // the browser's form refuses it the same way, on a page
        HttpResponse<String> form = send("/import", PASSWORD, part("setup.exe", exe));
        assertThat(form.statusCode()).isEqualTo(422);
        assertThat(form.body()).contains("未受理", "setup.exe", ".txt、.pdf、.xlsx", "未保存").doesNotContain("原文件已保存");
    }

    @Test
    void aFileLargerThanTheLimitIs413WithTheLimitSaidAsJsonForTheApiAndAsAPageForTheForm() throws Exception {
        byte[] big = "预算".repeat(200_000).getBytes(StandardCharsets.UTF_8); // 1.2 MB
        HttpResponse<String> api = post(PASSWORD, part("很大.txt", big));
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(json.readTree(api.body()).get("error").asString()).contains("文件超过上传上限 1 MB");
        HttpResponse<String> form = send("/import", PASSWORD, part("很大.txt", big));
        assertThat(form.statusCode()).isEqualTo(413);
        assertThat(form.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(form.body()).contains("<nav class=\"site\">", "文件超过上传上限 1 MB").doesNotContain("Exception");
    }

    @Test
    void aUnitNamedWithMarkupIsEscapedOnEveryPage() throws Exception {
        String text = SharedFixtures.seedText().replace("柳林县人力资源和社会保障局", "柳林县<script>alert</script>局");
        HttpResponse<String> r = post(PASSWORD, part("脚本.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode d = json.readTree(r.body()).get("files").get(0).get("disclosure");
        assertThat(d.get("unit").asString()).isEqualTo("柳林县<script>alert</script>局");
        long stored = d.get("id").asLong();
        for (String path : new String[] {"/disclosures/" + stored, "/disclosures/" + stored + "?lang=en", "/"}) {
            String page = get(path).body();
            assertThat(page).as(path).doesNotContain("<script>alert").contains("柳林县&lt;script&gt;alert&lt;/script&gt;局");
        }
        // in the charts' JSON too: no markup in a script element
        String page = get("/disclosures/" + stored).body();
        String data = page.substring(page.indexOf("id=\"chart-data\">") + "id=\"chart-data\">".length());
        assertThat(data.substring(0, data.indexOf("</script>"))).doesNotContain("<", ">");
        // the download's name keeps the unit's name, without the characters a file system refuses
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/disclosures/" + stored
                        + "/download/txt")).build(), HttpResponse.BodyHandlers.discarding()).headers().firstValue("Content-Disposition")
                .orElseThrow()).contains(java.net.URLEncoder.encode("柳林县_script_alert__script_局2024年度单位预算", StandardCharsets.UTF_8));
    }

    @Test
    void aTextAndItsTablesUploadedTogetherAreOneVersionAndOneResultNamingBoth() throws Exception {
        String[] two = SharedFixtures.seedInTwo(SharedFixtures.seedText().replace("柳林县人力资源和社会保障局", "柳林县接口两份文件局"));
        HttpResponse<String> r = post(PASSWORD, part("预算公开表.txt", two[1].getBytes(StandardCharsets.UTF_8)),
                part("预算公开文件.txt", two[0].getBytes(StandardCharsets.UTF_8)));
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode files = json.readTree(r.body()).get("files");
        assertThat(files).hasSize(1);
        assertThat(files.get(0).get("file").asString()).isEqualTo("预算公开文件.txt");
        assertThat(files.get(0).get("companion").asString()).isEqualTo("预算公开表.txt");
        assertThat(files.get(0).get("outcome").asString()).isEqualTo("STORED");
        assertThat(files.get(0).at("/disclosure/errors").asInt()).isEqualTo(22);
        assertThat(r.headers().firstValue("Location")).hasValue("/api/disclosures/" + files.get(0).at("/disclosure/id").asLong());
    }

    @Test
    void theNewMethodsAreDescribedAtApiDocs() throws Exception {
        JsonNode paths = json.readTree(get("/api/docs").body()).get("paths");
        assertThat(paths.has("/api/disclosures/{id}/facts")).isTrue();
        assertThat(paths.has("/api/disclosures/{id}/facts.csv")).isTrue();
        assertThat(paths.has("/api/disclosures/{id}/findings")).isTrue();
        JsonNode upload = paths.get("/api/disclosures").get("post");
        assertThat(upload.get("summary").asString()).contains("需管理员登录");
        assertThat(upload.get("responses").has("415")).isTrue();
    }

    private static byte[] part(String name, byte[] content) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("--BOUNDARY\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(content);
        b.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    private static HttpResponse<String> post(String password, byte[]... parts) throws Exception {
        return send("/api/disclosures", password, parts);
    }

    private static HttpResponse<String> send(String path, String password, byte[]... parts) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            body.writeBytes(p);
        }
        body.writeBytes("--BOUNDARY--\r\n".getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Content-Type", "multipart/form-data; boundary=BOUNDARY")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (password != null) {
            r.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }
}
