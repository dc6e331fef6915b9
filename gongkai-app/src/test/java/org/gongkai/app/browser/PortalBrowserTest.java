package org.gongkai.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.gongkai.app.serve.AdminAccount;
import org.gongkai.app.serve.PortalServer;
import org.gongkai.app.serve.SampleLoader;
import org.gongkai.app.store.Database;
import org.gongkai.app.store.DatabaseSettings;
import org.gongkai.app.store.DisclosureStore;
import org.gongkai.app.store.ImportResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A reader's way through the portal in headless Chromium, over the samples a first start loads:
 * browse from the home page to a document, download it, search, compare, switch to English.
 * Each step leaves a screenshot in target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserTest {

    @TempDir
    static Path home;
    @TempDir
    static Path downloads;

    static Database db;
    static PortalServer server;
    static Browser browser;
    static List<ImportResult> samples;

    @BeforeAll
    static void start() throws Exception {
        db = Database.open(DatabaseSettings.embedded(home));
        samples = SampleLoader.loadIfEmpty(new DisclosureStore(db.dataSource()));
        server = PortalServer.start(db, 0, AdminAccount.withPassword("browser-test-pw"));
        browser = new Browser(server.port(), downloads);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    static long reference() {
        return samples.get(0).disclosure().id();
    }

    @Test
    @Order(1)
    void browseFromTheHomePageToADocument() {
        browser.open("/");
        String text = browser.text();
        assertThat(text).contains("柳林县人力资源和社会保障局", "江苏省政协办公厅", "中共江苏省委办公厅");
        browser.screenshot("01-home");

        browser.find("a[href='/disclosures/" + reference() + "']").click();
        browser.waitForUrl("/disclosures/" + reference());
        String page = browser.text();
        assertThat(page).contains("柳林县人力资源和社会保障局", "表一", "预算收支总表", "情况说明");
        assertThat(browser.driver.getTitle()).contains("柳林县人力资源和社会保障局");
        browser.viewport("02a-document-top");
        browser.screenshot("02-document");
        // the charts are drawn again by ECharts: a canvas inside each chart's box
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector("canvas")).isEmpty());
        WebElement chart = browser.driver.findElements(By.cssSelector("canvas")).get(0);
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", chart);
        browser.viewport("02b-document-chart");
    }

    @Test
    @Order(2)
    void downloadsTheDocumentAsPdfAndThePdfShowsIt() throws Exception {
        browser.open("/disclosures/" + reference());
        browser.find("a[href='/disclosures/" + reference() + "/download/pdf']").click();
        Path pdf = browser.waitForDownload(".pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(10);
            BufferedImage first = new PDFRenderer(doc).renderImageWithDPI(0, 72, ImageType.RGB);
            Files.createDirectories(Browser.SCREENSHOTS);
            ImageIO.write(first, "png", Browser.SCREENSHOTS.resolve("03-download-pdf-page1.png").toFile());
            assertThat(inked(first)).as("share of the first page's pixels that are printed").isGreaterThan(0.005);
        }
    }

    @Test
    @Order(3)
    void searchesFromTheSiteBarAndFindsTheReferenceUnit() {
        browser.open("/");
        WebElement box = browser.find("nav.site input[name='q']");
        box.sendKeys("就业补助", Keys.ENTER);
        browser.waitForUrl("/search");
        List<WebElement> marks = browser.driver.findElements(By.cssSelector("mark"));
        assertThat(marks).isNotEmpty();
        assertThat(marks).extracting(WebElement::getText).anyMatch(t -> t.contains("就业"));
        assertThat(browser.text()).contains("柳林县人力资源和社会保障局");
        browser.screenshot("04-search");

        browser.find("a[href='/disclosures/" + reference() + "']").click();
        browser.waitForUrl("/disclosures/" + reference());
    }

    @Test
    @Order(4)
    void comparesTwoYearsOfAUnitChosenInTheForm() {
        browser.open("/");
        browser.find("nav.site a[href='/compare']").click();
        browser.waitForUrl("/compare");
        new Select(browser.find("select[name='a']")).selectByVisibleText(option("select[name='a']", "江苏省政协办公厅 2018"));
        new Select(browser.find("select[name='b']")).selectByVisibleText(option("select[name='b']", "江苏省政协办公厅 2019"));
        browser.find("form[action='/compare'] button[type='submit']").click();
        browser.waitForUrl("b=");
        String page = browser.text();
        assertThat(page).contains("江苏省政协办公厅", "2018", "2019", "%");
        List<WebElement> changes = browser.driver.findElements(By.cssSelector("td.up, td.down, .up, .down"));
        assertThat(changes).as("rises and falls are marked").isNotEmpty();
        browser.screenshot("05-compare");

        // and the services catalogue of the reference document, searched by name
        browser.open("/catalogue?q=" + java.net.URLEncoder.encode("就业", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(browser.driver.findElements(By.cssSelector("mark"))).isNotEmpty();
        browser.screenshot("05b-catalogue-search");
    }

    /** The text of the first option of {@code select} that contains {@code part}. */
    static String option(String select, String part) {
        return browser.find(select).findElements(By.tagName("option")).stream().map(WebElement::getText)
                .filter(t -> t.contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no option with " + part + " in " + select));
    }

    @Test
    @Order(5)
    void switchesToEnglishLabelsAndBack() {
        browser.open("/");
        browser.find("nav.site a.lang").click();
        browser.waitForUrl("/");
        String en = browser.text();
        assertThat(en).contains("Home", "Compare", "Search");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        browser.screenshot("06-home-english");
        // the choice is kept: another page is in English too
        browser.open("/rules");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        browser.find("nav.site a.lang").click();
        browser.waitForUrl("/rules");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.text()).contains("首页", "比较");
    }

    /** The share of pixels that are not (near) white. */
    static double inked(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int lum = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (lum < 200) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }
}
