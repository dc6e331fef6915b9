package org.gongkai.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.gongkai.app.serve.AdminAccount;
import org.gongkai.app.serve.PortalServer;
import org.gongkai.app.serve.SampleLoader;
import org.gongkai.app.store.Database;
import org.gongkai.app.store.DatabaseSettings;
import org.gongkai.app.store.DisclosureStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart keeps everything: a second version uploaded by the administrator is still listed and
 * shown after the server and its embedded PostgreSQL stop and start again on the same GONGKAI_HOME,
 * as the reader sees it in Chromium.
 */
class RestartBrowserTest {

    static final String PASSWORD = "restart-pw";

    @TempDir
    Path home;
    @TempDir
    Path downloads;

    @Test
    void aRestartKeepsEveryVersionAndItsPage() throws Exception {
        byte[] changed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SampleLoader.REFERENCE.get(0).resource())) {
            // the reference document with 表三's 行政运行 project spending restated: a second version of the same unit and year
            changed = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("2080101\t行政运行\t134.97\t133.70\t1.27", "2080101\t行政运行\t135.97\t133.70\t2.27")
                    .getBytes(StandardCharsets.UTF_8);
        }
        long second;
        try (Database db = Database.open(DatabaseSettings.embedded(home))) {
            SampleLoader.loadIfEmpty(new DisclosureStore(db.dataSource()), SampleLoader.REFERENCE);
            try (PortalServer server = PortalServer.start(db, 0, AdminAccount.withPassword(PASSWORD));
                 Browser browser = new Browser(server.port(), downloads)) {
                HttpResponse<String> upload = upload(server.port(), changed, "柳林县人力资源和社会保障局2024年度单位预算公开（更正）.txt");
                assertThat(upload.statusCode()).isEqualTo(200);
                assertThat(upload.body()).contains("第2版");
                browser.open("/");
                assertThat(browser.text()).contains("2024年度预算 第1版", "2024年度预算 第2版");
                second = new DisclosureStore(db.dataSource()).list().stream()
                        .filter(d -> d.version() == 2).findFirst().orElseThrow().id();
                browser.screenshot("07-before-restart");
            }
        }
        try (Database db = Database.open(DatabaseSettings.embedded(home))) {
            assertThat(SampleLoader.loadIfEmpty(new DisclosureStore(db.dataSource()))).as("a store with data gets no samples").isEmpty();
            try (PortalServer server = PortalServer.start(db, 0, AdminAccount.withPassword(PASSWORD));
                 Browser browser = new Browser(server.port(), downloads)) {
                browser.open("/");
                assertThat(browser.text()).contains("共 2 份公开文件", "2024年度预算 第1版", "2024年度预算 第2版");
                browser.screenshot("08-after-restart");
                browser.find("a[href='/disclosures/" + second + "']").click();
                browser.waitForUrl("/disclosures/" + second);
                assertThat(browser.text()).contains("135.97");
            }
        }
    }

    /** Posts {@code bytes} to the upload form's endpoint as the administrator. */
    static HttpResponse<String> upload(int port, byte[] bytes, String fileName) throws Exception {
        String boundary = "----gongkai" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String auth = Base64.getEncoder().encodeToString((AdminAccount.USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/import"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Authorization", "Basic " + auth)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
