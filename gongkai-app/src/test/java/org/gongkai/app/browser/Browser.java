package org.gongkai.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the browser tests: Debian's {@code /usr/bin/chromium} driven by
 * {@code /usr/bin/chromedriver} (CHROME_BIN and CHROMEDRIVER override them), never a download.
 * Downloads land in {@code downloads}; {@link #screenshot} writes the whole page to
 * {@code target/screenshots/NAME.png} for a person to look at.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    final Path downloads;
    private final String base;

    Browser(int port, Path downloads) {
        String chrome = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
        String driverBinary = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(chrome)) || !Files.isExecutable(Path.of(driverBinary))) {
            installWithApt();
        }
        if (!Files.isExecutable(Path.of(chrome)) || !Files.isExecutable(Path.of(driverBinary))) {
            throw new IllegalStateException("浏览器测试需要 Chromium 和 chromedriver（" + chrome + "、" + driverBinary
                    + "）：sudo apt-get install chromium chromium-driver fonts-wqy-microhei，或设置 CHROME_BIN、CHROMEDRIVER。"
                    + ".ci/run 会自动安装。");
        }
        this.downloads = downloads;
        this.base = "http://localhost:" + port;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1600", "--lang=zh-CN", "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "safebrowsing.enabled", false,
                "plugins.always_open_pdf_externally", true));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driverBinary).toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    private static boolean triedApt;

    /**
     * On a fresh Debian machine where the tests run as root (as CI does), installs Chromium, its
     * driver and a Chinese font once, so that {@code ./mvnw verify} needs no other set-up; elsewhere
     * does nothing (the message then says what to install).
     */
    private static synchronized void installWithApt() {
        if (triedApt || !Files.isExecutable(Path.of("/usr/bin/apt-get")) || !"root".equals(System.getProperty("user.name"))) {
            return;
        }
        triedApt = true;
        System.err.println("浏览器测试：正在安装 chromium、chromium-driver、fonts-wqy-microhei（apt-get）……");
        try {
            Process p = new ProcessBuilder("sh", "-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq"
                    + " --no-install-recommends chromium chromium-driver fonts-wqy-microhei").inheritIO().start();
            p.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Opens a path of the site, e.g. "/search?q=就业". */
    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** The visible text of the whole page. */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits (up to 60 s) until the page's URL contains {@code part}. */
    void waitForUrl(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains(part));
    }

    /** Waits (up to 60 s) for a downloaded file whose name ends with {@code suffix}, fully written. */
    Path waitForDownload(String suffix) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The whole page as an image at target/screenshots/{@code name}.png; its height follows the page's, up to 6,000 px. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Object h = driver.executeScript("return Math.min(6000, document.documentElement.scrollHeight)");
            int height = h instanceof Number n ? Math.max(800, n.intValue()) : 1600;
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, height));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the reader sees first, the window alone (1280 × 900), at target/screenshots/{@code name}.png. */
    Path viewport(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
