package dev.policyascode.site;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium driven by Debian's chromedriver: nothing is downloaded, and the browser
 * can reach no host but 127.0.0.1, so "no request leaves localhost" cannot pass by luck.
 */
final class Chromium {

  static final Path BINARY = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  static final Path DRIVER =
      Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

  private Chromium() {}

  /**
   * Skips the calling tests, saying why, when the browser is missing; fails them instead when
   * {@code -Dbrowser.required=true}, as in CI.
   */
  static void assumeInstalled() {
    if (Files.isExecutable(BINARY) && Files.isExecutable(DRIVER)) return;
    String missing =
        "Chromium ("
            + BINARY
            + ") or chromedriver ("
            + DRIVER
            + ") is not installed; install them with: apt-get install -y chromium chromium-driver";
    if (Boolean.getBoolean("browser.required")) {
      fail(missing + ". The browser tests are required (-Dbrowser.required=true).");
    }
    String skip = "Skipping the real-browser tests: " + missing + ".";
    System.out.println("[WARNING] " + skip);
    Assumptions.abort(skip);
  }

  /** A fresh browser with its own profile and home folder, JavaScript on or off. */
  static ChromeDriver start(boolean javascript, Path scratch) {
    try {
      Path profile = Files.createTempDirectory(scratch, "profile-");
      Path home = Files.createTempDirectory(scratch, "home-");
      // Without this property Selenium Manager would look for, and download, a driver.
      System.setProperty("webdriver.chrome.driver", DRIVER.toString());
      ChromeOptions options = new ChromeOptions();
      options.setBinary(BINARY.toFile());
      options.addArguments(
          List.of(
              "--headless=new",
              "--no-sandbox",
              "--disable-gpu",
              "--disable-dev-shm-usage",
              "--disable-background-networking",
              "--disable-component-update",
              "--disable-sync",
              "--no-first-run",
              "--window-size=1280,900",
              // Screenshots then show the whole width of the page.
              "--hide-scrollbars",
              "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
              "--user-data-dir=" + profile));
      if (!javascript) {
        options.setExperimentalOption(
            "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
      }
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.PERFORMANCE, Level.ALL);
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(DRIVER.toFile())
              .withEnvironment(Map.of("HOME", home.toString()))
              .build();
      return new ChromeDriver(service, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the whole page, not only the window, as a PNG to {@code file}: the screenshots a person
   * looks at to see what the tests saw.
   */
  static void screenshot(ChromeDriver browser, Path file) throws IOException {
    Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<?, ?> size = (Map<?, ?>) metrics.get("cssContentSize");
    Map<String, Object> shot =
        browser.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of(
                    "x", 0,
                    "y", 0,
                    "width", ((Number) size.get("width")).doubleValue(),
                    "height", ((Number) size.get("height")).doubleValue(),
                    "scale", 1)));
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
  }
}
