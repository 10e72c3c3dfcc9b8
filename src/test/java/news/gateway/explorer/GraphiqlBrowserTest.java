package news.gateway.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import news.gateway.support.Chromium;
import news.gateway.support.GatewayTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GraphiQL in a real headless Chromium that can reach nothing but the gateway. */
@GatewayTest
class GraphiqlBrowserTest {

  static final Path SCREENSHOT = Path.of("target", "graphiql-screenshot.png");

  @LocalServerPort
  int port;

  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = Chromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void runsTheHomePageExampleOfflineAndShowsItsData() throws IOException {
    String origin = "http://localhost:" + port;
    browser.get(origin + "/graphiql");

    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".graphiql-tab"), 4));
    assertThat(browser.findElements(By.cssSelector(".graphiql-tab")).stream().map(WebElement::getText))
        .containsExactly("HomePage", "ArticlePage", "AuthorPage", "SearchPage");
    assertThat(text(".graphiql-query-editor")).contains("query HomePage(");
    // the docs explorer is open and knows the schema, which GraphiQL fetched through /graphql
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".graphiql-doc-explorer"), "query: Query"));

    browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".result-window"),
        "What the new budget means for renters"));
    assertThat(text(".result-window")).contains("\"__typename\": \"ArticleFeedItem\"", "\"kicker\": \"Analysis\"");
    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);

    @SuppressWarnings("unchecked")
    List<String> loaded = (List<String>) browser.executeScript(
        "return performance.getEntriesByType('resource').map(entry => entry.name)");
    assertThat(loaded).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
    assertThat(browser.manage().logs().get("browser").getAll())
        .filteredOn(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .extracting(LogEntry::getMessage)
        .isEmpty();
  }

  @Test
  void hasAHeadersEditor() {
    browser.get("http://localhost:" + port + "/graphiql");

    WebElement headersTab = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[normalize-space()='Headers']")));
    headersTab.click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".graphiql-editor-tool .graphiql-editor:not(.hidden)")));
    assertThat(browser.findElements(By.cssSelector(".graphiql-editor-tool .graphiql-editor:not(.hidden)")))
        .hasSize(1);
  }

  @Test
  void examplesMenuLoadsAnExampleIntoTheOpenTab() {
    browser.get("http://localhost:" + port + "/graphiql");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".graphiql-query-editor"),
        "query HomePage("));

    browser.findElement(By.cssSelector("button[aria-label='Examples']")).click();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[@role='menuitem' and normalize-space()='author-page']"))).click();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".graphiql-query-editor"),
        "query AuthorPage("));
    wait.until(ExpectedConditions.textToBe(By.cssSelector(".graphiql-tab-active"), "AuthorPage"));
    assertThat(browser.findElements(By.cssSelector(".graphiql-tab")).stream().map(WebElement::getText))
        .containsExactly("AuthorPage", "ArticlePage", "AuthorPage", "SearchPage");
  }

  private String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }
}
