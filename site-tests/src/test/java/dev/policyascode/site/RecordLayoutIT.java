package dev.policyascode.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The record of processing and the compliance pages as a DPO reads them: at 1,400 and at 800 px
 * nothing is wider than the window (no sideways scroll), the data-flow picture is there with its
 * title, and printed to PDF on A4 each sheet of the record starts its own page. Screenshots of each
 * width and the PDF go to target/screenshots/record for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordLayoutIT {

  private static final Path SHOTS =
      Path.of(System.getProperty("screenshots.dir", "target/screenshots")).resolve("record");

  @TempDir static Path scratch;

  private SiteServer server;
  private ChromeDriver browser;

  @BeforeAll
  void start() throws IOException {
    Chromium.assumeInstalled();
    server = new SiteServer(Outputs.roots());
    browser = Chromium.start(true, scratch);
  }

  @AfterAll
  void stop() {
    if (browser != null) browser.quit();
    if (server != null) server.close();
  }

  /** The controller's and the processor's records and every compliance page. */
  static List<Outputs.Page> recordPages() {
    return Outputs.pages().stream()
        .filter(
            p -> p.root().name().equals("policy-register") || p.path().endsWith("/compliance.html"))
        .toList();
  }

  @TestFactory
  Stream<DynamicTest> noSidewaysScrollAndAPictureAndA4Sheets() {
    List<Outputs.Page> pages = recordPages();
    assertTrue(
        pages.stream().anyMatch(p -> p.path().endsWith("/register.html")),
        "no record of processing in " + Outputs.roots());
    return pages.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> check(p)));
  }

  private void check(Outputs.Page page) throws IOException {
    String name = page.root().name() + "/" + page.path().replaceAll("\\.html$", "");
    browser.get(page.url(server.origin()));
    List<String> problems = new ArrayList<>();
    for (int width : new int[] {1400, 800}) {
      browser.manage().window().setSize(new Dimension(width, 1000));
      Map<?, ?> size =
          (Map<?, ?>)
              browser.executeScript(
                  "const e = document.scrollingElement;"
                      // a region that scrolls on its own is sideways scrolling too
                      + " const inner = [...document.body.querySelectorAll('*')].filter(x =>"
                      + " ['auto', 'scroll'].includes(getComputedStyle(x).overflowX)"
                      + " && x.scrollWidth > x.clientWidth + 1).map(x => x.tagName + '.'"
                      + " + x.className);"
                      + " return {scroll: e.scrollWidth, client: e.clientWidth, inner: inner};");
      long scroll = ((Number) size.get("scroll")).longValue();
      long client = ((Number) size.get("client")).longValue();
      if (scroll > client) {
        problems.add("at " + width + " px the page scrolls sideways: " + scroll + " > " + client);
      }
      for (Object inner : (List<?>) size.get("inner")) {
        problems.add("at " + width + " px an element scrolls sideways: " + inner);
      }
      Files.createDirectories(SHOTS.resolve(name).getParent());
      Files.write(
          SHOTS.resolve(name + "." + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
    // Every record has the picture, and so has each compliance page of a version with activities.
    boolean noActivity =
        browser.findElement(By.tagName("body")).getText().contains("no processing activities yet");
    if (page.path().endsWith("/register.html")
        || page.path().endsWith("/compliance.html") && !noActivity) {
      List<?> titles =
          (List<?>)
              browser.executeScript(
                  "return [...document.querySelectorAll('svg > title')]"
                      + ".map(t => t.textContent.trim()).filter(t => t.length > 0);");
      if (titles.isEmpty()) problems.add("no data-flow picture with a title");
    }
    PrintOptions a4 = new PrintOptions();
    a4.setPageSize(new PageSize(29.7, 21.0)); // A4, height then width, in cm
    a4.setBackground(false);
    byte[] pdf = Base64.getDecoder().decode(browser.print(a4).getContent());
    Files.write(SHOTS.resolve(name + ".a4.pdf"), pdf);
    int sheets = browser.findElements(By.cssSelector("section.sheet")).size();
    int printed = pages(pdf);
    if (printed < sheets + 1) {
      problems.add(sheets + " sheets and a summary printed on only " + printed + " A4 pages");
    }
    problems.addAll(printView(name));
    assertEquals(List.of(), problems, page.toString());
    assertFalse(pdf.length == 0);
  }

  /**
   * In print media on an A4-wide viewport (794 px at 96 dpi): each sheet starts a new page, and a
   * screenshot of the whole print view for a person to look at.
   */
  private List<String> printView(String name) throws IOException {
    List<String> problems = new ArrayList<>();
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 794, "height", 1123, "deviceScaleFactor", 1, "mobile", false));
    try {
      List<?> breaks =
          (List<?>)
              browser.executeScript(
                  "return [...document.querySelectorAll('section.sheet')]"
                      + ".map(s => getComputedStyle(s).breakBefore);");
      for (Object b : breaks) {
        if (!"page".equals(b)) problems.add("a sheet does not start a new page when printed: " + b);
      }
      Chromium.screenshot(browser, SHOTS.resolve(name + ".print.png"));
    } finally {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
    return problems;
  }

  /** The number of pages of a PDF as Chromium writes it: one /Type /Page object per page. */
  static int pages(byte[] pdf) {
    Matcher m =
        Pattern.compile("/Type\\s*/Page(?![a-zA-Z])")
            .matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1));
    int n = 0;
    while (m.find()) n++;
    return n;
  }
}
