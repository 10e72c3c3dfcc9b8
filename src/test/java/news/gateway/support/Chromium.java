package news.gateway.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the Debian packages {@code chromium} and {@code chromium-driver}, driven through
 * {@code /usr/bin/chromedriver} (never Selenium Manager, which would download a browser). The browser resolves
 * no host name but localhost, so a page that needs the internet fails as it would offline.
 */
public final class Chromium {

  private static final File BROWSER = new File("/usr/bin/chromium");
  private static final File DRIVER = new File("/usr/bin/chromedriver");

  private Chromium() {}

  /**
   * A fresh browser with an empty profile. Without Chromium the test fails on CI (CI=true) and is skipped
   * elsewhere, saying so loudly.
   */
  public static ChromeDriver start() {
    requireInstalled();
    ChromeOptions options = new ChromeOptions()
        .setBinary(BROWSER)
        .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1600,1000",
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
            "--user-data-dir=" + freshProfile());
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
    return new ChromeDriver(service, options);
  }

  private static void requireInstalled() {
    if (BROWSER.canExecute() && DRIVER.canExecute()) {
      return;
    }
    String message = "\n" + "!".repeat(100) + "\n"
        + "  NO CHROMIUM: " + BROWSER + " and " + DRIVER + " are needed for the GraphiQL browser test.\n"
        + "  Install them with: apt-get install chromium chromium-driver   (.ci/run does it on CI)\n"
        + "!".repeat(100);
    System.err.println(message);
    if ("true".equals(System.getenv("CI"))) {
      Assertions.fail(message);
    }
    Assumptions.abort(message);
  }

  private static String freshProfile() {
    try {
      Path target = Path.of("target");
      Files.createDirectories(target);
      return Files.createTempDirectory(target, "chromium-profile-").toAbsolutePath().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
