package dev.newsflow.store.dashboard;

import dev.newsflow.events.EntityType;
import dev.newsflow.events.SentimentLabel;
import dev.newsflow.store.TestArticles;
import dev.newsflow.store.TestDatabase;
import dev.newsflow.store.article.ArticleWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard in a real headless Chromium (Debian's chromium + chromium-driver). Skipped where the browser is not
 * installed, unless CI is set: there a missing browser fails the build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:store-browser;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.kafka.listener.auto-startup=false",
        "spring.kafka.admin.auto-create=false"})
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String HOSTILE_TITLE = "Council row over <img src=x onerror=alert(1)> harbour fees";

    private final int port;
    private final ArticleWriter writer;
    private final JdbcClient jdbc;
    @TempDir
    Path profile;

    private WebDriver browser;

    DashboardBrowserTest(@LocalServerPort int port, ArticleWriter writer, JdbcClient jdbc) {
        this.port = port;
        this.writer = writer;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void startBrowserOnAStoreWithArticles() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") == null) {
            assumeTrue(installed, "chromium and chromium-driver are not installed");
        }
        assertThat(installed).as("CI needs chromium and chromium-driver (apt-get install chromium chromium-driver)")
                .isTrue();
        storeArticles();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--window-size=1400,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void showsArticlesSearchesAndChartsAnEntity() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://localhost:" + port + "/");

        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#articles li.article"), 4));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("totals"), "4 articles"));
        assertThat(titles()).contains(HOSTILE_TITLE);
        assertThat(browser.findElements(By.cssSelector("#articles img"))).as("article text is not HTML").isEmpty();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#top-entities button.top-entity")));
        assertThat(browser.findElement(By.cssSelector("#top-entities button.top-entity")).getText())
                .isEqualTo("Nordhavn");

        browser.findElement(By.id("q")).sendKeys("ferry");
        browser.findElement(By.id("sentiment")).sendKeys("Negative");
        browser.findElement(By.id("search-button")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#articles li.article"), 1));
        assertThat(titles()).containsExactly("Ferry strike strands Nordhavn commuters");

        browser.findElement(By.id("reset-button")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#articles li.article"), 4));
        browser.findElement(By.cssSelector("#top-entities button.top-entity")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entity-facts"), "3 articles"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#articles li.article"), 3));
        assertThat(browser.findElements(By.cssSelector("#sentiment-chart circle.point"))).hasSize(2);
        assertThat(browser.findElement(By.id("entity-facts")).getText()).contains("also “Nordhavn harbour”");

        File screenshot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "dashboard.png");
        Files.copy(screenshot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertThat(target).isNotEmptyFile();
    }

    /** Issue 16: two articles calling one id "US" and "United States" show one entity, its other form on hover. */
    @Test
    void showsOneEntityPerIdWithItsOtherFormsOnHover() {
        Instant now = Instant.now();
        writer.storeAll(List.of(
                TestArticles.article("US ports brace for the storm").ingested(now.minusSeconds(200))
                        .entityWithId("geo:country:US", "US", EntityType.LOCATION, 4).incoming(),
                TestArticles.article("United States ports reopen").ingested(now.minusSeconds(100))
                        .entityWithId("geo:country:US", "United States", EntityType.LOCATION, 4).incoming()));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://localhost:" + port + "/");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#top-entities button.top-entity")));
        List<WebElement> united = browser.findElements(By.cssSelector("#top-entities button.top-entity")).stream()
                .filter(b -> b.getText().equals("United States") || b.getText().equals("US")).toList();
        assertThat(united).singleElement().satisfies(b -> assertThat(b.getText()).isEqualTo("United States"))
                .satisfies(b -> assertThat(b.getDomAttribute("title")).contains("“US”"));
        united.getFirst().click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entity-facts"), "2 articles"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#articles li.article"), 2));
    }

    private List<String> titles() {
        return browser.findElements(By.cssSelector("#articles li.article h3")).stream().map(WebElement::getText).toList();
    }

    private void storeArticles() {
        TestDatabase.clear(jdbc, writer);
        Instant now = Instant.now();
        writer.storeAll(List.of(
                TestArticles.article("Ferry strike strands Nordhavn commuters").ingested(now.minusSeconds(600))
                        .published(now.minusSeconds(3 * 86_400)).source("Daily Ledger")
                        .tone(SentimentLabel.NEGATIVE, -0.55)
                        .entity("Nordhavn", EntityType.LOCATION, 3, -0.5, "Nordhavn harbour")
                        .entity("Ferry Workers Union", EntityType.ORGANIZATION, 2, -0.2).incoming(),
                TestArticles.article("New ferry route links the islands").ingested(now.minusSeconds(500))
                        .published(now.minusSeconds(86_400)).source("Coast Courier").tone(SentimentLabel.POSITIVE, 0.6)
                        .entity("Nordhavn", EntityType.LOCATION, 2, 0.5)
                        .entity("Ines Moreau", EntityType.PERSON, 1, 0.4, "Moreau").incoming(),
                TestArticles.article(HOSTILE_TITLE).ingested(now.minusSeconds(400))
                        .published(now.minusSeconds(86_400)).source("Coast Courier").tone(SentimentLabel.NEGATIVE, -0.2)
                        .entity("Nordhavn", EntityType.LOCATION, 1, -0.1)
                        .entity("Ines Moreau", EntityType.PERSON, 1, -0.3).incoming(),
                TestArticles.article("Library extends its opening hours").ingested(now.minusSeconds(300))
                        .published(now.minusSeconds(7200)).source("Gazette du Nord").tone(SentimentLabel.POSITIVE, 0.4)
                        .incoming()));
    }
}
