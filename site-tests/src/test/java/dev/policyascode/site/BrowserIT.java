package dev.policyascode.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Every HTML page of the output, opened in headless Chromium through a local web server, as a
 * reader would: its links land on elements that exist, its table of contents matches its headings,
 * it requests nothing from elsewhere, logs no console error, has no accessibility violation
 * (axe-core), and reads the same with JavaScript off. A screenshot of the page and of its print
 * view goes to target/screenshots for a person to look at. A fragment is opened inside a minimal
 * page, as a site would include it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {

  private static final Path SCREENSHOTS =
      Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

  /** A page with one of every fault the checks look for, to show that they find them. */
  static final Outputs.Root FAULTY =
      new Outputs.Root("faulty", Path.of("src/test/resources/faulty"));

  @TempDir static Path scratch;

  private SiteServer server;
  private ChromeDriver browser;
  private ChromeDriver noScript;
  private final HttpClient http = HttpClient.newHttpClient();
  private final Json json = new Json();
  private long started;
  private int pages;

  @BeforeAll
  void start() throws IOException {
    Chromium.assumeInstalled();
    started = System.nanoTime();
    List<Outputs.Root> roots = new ArrayList<>(Outputs.roots());
    roots.add(FAULTY);
    server = new SiteServer(roots);
    browser = Chromium.start(true, scratch);
    noScript = Chromium.start(false, scratch);
    System.out.printf("Browser tests: two Chromium sessions started in %d ms%n", millis(started));
  }

  @AfterAll
  void stop() {
    if (browser != null) browser.quit();
    if (noScript != null) noScript.quit();
    if (server != null) server.close();
    if (started != 0) {
      System.out.printf(
          "Browser tests: %d pages in %d ms, screenshots in %s%n",
          pages, millis(started), SCREENSHOTS.toAbsolutePath());
    }
  }

  @TestFactory
  Stream<DynamicTest> everyPageInARealBrowser() {
    List<Outputs.Page> all = Outputs.pages();
    assertFalse(all.isEmpty(), "no HTML file in " + Outputs.roots());
    return all.stream()
        .map(
            page ->
                DynamicTest.dynamicTest(page.toString(), page.file().toUri(), () -> check(page)));
  }

  private void check(Outputs.Page page) throws Exception {
    long t = System.nanoTime();
    String url = page.url(server.origin());
    List<String> problems = problems(url, page.fragment() ? null : screenshotName(page));
    pages++;
    System.out.printf("Browser tests: %s in %d ms%n", page, millis(t));
    assertEquals(List.of(), problems, page + " in Chromium (" + url + ")");
  }

  /** The checks catch what they are for: a faulty page shows every kind of problem. */
  @Test
  void theChecksFindTheFaultsOfAFaultyPage() throws Exception {
    String problems = String.join("\n", problems(server.origin() + "/faulty/faulty.html", null));
    for (String expected :
        List.of(
            "requested https://tracker.example/t.js",
            "HTTP 404 for " + server.origin() + "/faulty/nothing.png",
            "console SEVERE",
            "the table of contents does not match the headings",
            "the link #missing (2. Missing) finds no element with that id",
            "a link to " + server.origin() + "/faulty/other.html finds HTTP 404",
            "a link to javascript:void(0)",
            "axe-core html-has-lang",
            "axe-core image-alt",
            "the page does not read the same with JavaScript off")) {
      assertTrue(problems.contains(expected), "expected «" + expected + "» in:\n" + problems);
    }
  }

  /**
   * Everything wrong with the page at {@code url}, in words; screenshots of it under {@code
   * screenshot} (a path under target/screenshots without extension) unless that is null.
   */
  private List<String> problems(String url, String screenshot) throws Exception {
    browser.manage().logs().get(LogType.PERFORMANCE); // the log runs from the session's start
    browser.manage().logs().get(LogType.BROWSER);
    browser.get(url);
    List<String> problems = new ArrayList<>();
    problems.addAll(requests(browser.manage().logs().get(LogType.PERFORMANCE).getAll()));
    for (LogEntry e : browser.manage().logs().get(LogType.BROWSER).getAll()) {
      problems.add("console " + e.getLevel() + ": " + e.getMessage());
    }
    if (screenshot != null) screenshots(screenshot);
    problems.addAll(contents());
    problems.addAll(links(url));
    problems.addAll(accessibility());
    noScript.get(url);
    String withScript = browser.findElement(By.tagName("body")).getText();
    String withoutScript = noScript.findElement(By.tagName("body")).getText();
    if (!withScript.equals(withoutScript)) {
      problems.add("the page does not read the same with JavaScript off");
    }
    return problems;
  }

  private static String screenshotName(Outputs.Page page) {
    return page.root().name() + "/" + page.path().replaceAll("\\.html$", "");
  }

  /** Every request the page made: only this server, or data: addresses, and none failed. */
  private List<String> requests(List<LogEntry> log) {
    List<String> problems = new ArrayList<>();
    Map<Object, String> urls = new HashMap<>();
    for (LogEntry entry : log) {
      Map<String, Object> message = json.toType(entry.getMessage(), Json.MAP_TYPE);
      Map<?, ?> inner = (Map<?, ?>) message.get("message");
      String method = String.valueOf(inner.get("method"));
      Map<?, ?> params = (Map<?, ?>) inner.get("params");
      switch (method) {
        case "Network.requestWillBeSent" -> {
          String url = String.valueOf(((Map<?, ?>) params.get("request")).get("url"));
          urls.put(params.get("requestId"), url);
          if (!local(url)) problems.add("requested " + url + ": nothing may load from elsewhere");
        }
        case "Page.frameStartedNavigating" -> {
          String url = String.valueOf(params.get("url"));
          if (!local(url)) problems.add("navigated to " + url);
        }
        case "Network.responseReceived" -> {
          Map<?, ?> response = (Map<?, ?>) params.get("response");
          int status = ((Number) response.get("status")).intValue();
          if (status >= 400) problems.add("HTTP " + status + " for " + response.get("url"));
        }
        case "Network.loadingFailed" ->
            problems.add(
                "could not load "
                    + urls.getOrDefault(params.get("requestId"), "?")
                    + ": "
                    + params.get("errorText"));
        default -> {}
      }
    }
    return problems;
  }

  private boolean local(String url) {
    // The browser's own pages (its new-tab page and the like) are not the page's requests.
    if (url.startsWith("chrome") || url.startsWith("about:") || url.startsWith("devtools:")) {
      return true;
    }
    return url.startsWith(server.origin() + "/") || url.startsWith("data:");
  }

  /** The table of contents lists the headings of the text, in order, each at its level. */
  @SuppressWarnings("unchecked")
  private List<String> contents() {
    Map<String, List<String>> found =
        (Map<String, List<String>>)
            browser.executeScript(
                """
                const words = e => e.textContent.replace(/\\s+/g, ' ').trim();
                const nav = [...document.querySelectorAll('nav')]
                  .find(n => n.querySelector('a[href^="#"]'));
                if (!nav) return null;
                const toc = [...nav.querySelectorAll('a[href^="#"]')].map(a => {
                  let depth = 0;
                  for (let e = a.parentElement; e && e !== nav; e = e.parentElement)
                    if (e.tagName === 'OL' || e.tagName === 'UL') depth++;
                  return depth + ' #' + decodeURIComponent(a.getAttribute('href').slice(1))
                    + ' ' + words(a);
                });
                const main = document.querySelector('main') || document.body;
                const heads = [...main.querySelectorAll('h2, h3, h4, h5, h6')]
                  .filter(h => !h.closest('nav'))
                  .map(h => {
                    const s = h.closest('section[id]');
                    const id = s && s.querySelector('h1, h2, h3, h4, h5, h6') === h ? s.id : h.id;
                    return (Number(h.tagName[1]) - 1) + ' #' + id + ' ' + words(h);
                  });
                return {toc: toc, heads: heads};
                """);
    if (found == null) return List.of();
    List<String> toc = found.get("toc");
    List<String> heads = found.get("heads");
    if (toc.equals(heads)) return List.of();
    return List.of(
        "the table of contents does not match the headings:\n  contents: "
            + String.join("\n            ", toc)
            + "\n  headings: "
            + String.join("\n            ", heads));
  }

  /**
   * Every link lands somewhere: an in-page link on an element that exists, which clicking brings
   * into view; a link to another page of the output on a page that exists, and on an element of it
   * when it names one. Links to the public web (permalinks, the controller's site) are not
   * followed: the browser can reach nothing else.
   */
  @SuppressWarnings("unchecked")
  private List<String> links(String pageUrl) throws Exception {
    List<String> problems = new ArrayList<>();
    List<String> hrefs =
        (List<String>)
            browser.executeScript(
                "return [...document.querySelectorAll('a[href]')].map(a => a.href);");
    URI page = URI.create(pageUrl);
    for (String href : hrefs) {
      URI uri = URI.create(href);
      String scheme = Objects.toString(uri.getScheme(), "");
      if (scheme.equals("mailto")) continue;
      if (!scheme.equals("http") && !scheme.equals("https")) {
        problems.add("a link to " + href + ": only web, mail and in-page links are allowed");
      } else if (href.startsWith(server.origin() + "/")
          && !Objects.equals(uri.getPath(), page.getPath())) {
        HttpResponse<String> r =
            http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
          problems.add("a link to " + href + " finds HTTP " + r.statusCode());
        } else if (uri.getFragment() != null
            && Jsoup.parse(r.body()).getElementById(uri.getFragment()) == null) {
          problems.add("a link to " + href + " finds no element with that id");
        }
      }
    }
    problems.addAll(
        (List<String>)
            browser.executeScript(
                """
                const bad = [];
                for (const a of document.querySelectorAll('a[href^="#"]')) {
                  const href = a.getAttribute('href');
                  const target = document.getElementById(decodeURIComponent(href.slice(1)));
                  const what = 'the link ' + href + ' (' + a.textContent.trim().slice(0, 60) + ')';
                  if (!target) { bad.push(what + ' finds no element with that id'); continue; }
                  a.click();
                  if (document.querySelector(':target') !== target)
                    bad.push(what + ': clicking it does not go to its target');
                  const top = target.getBoundingClientRect().top;
                  if (top < -1 || top >= window.innerHeight)
                    bad.push(what + ': clicking it does not bring its target into view');
                }
                return bad;
                """));
    return problems;
  }

  private List<String> accessibility() {
    List<String> problems = new ArrayList<>();
    Results results = new AxeBuilder().analyze(browser);
    // What axe-core cannot decide alone (e.g. contrast over an image) is for a person to review:
    // shown in the log, not failed.
    for (Rule rule : results.getIncomplete()) {
      System.out.printf(
          "Browser tests: axe-core leaves %s (%s) to review on %d elements%n",
          rule.getId(), rule.getHelp(), rule.getNodes().size());
    }
    for (Rule rule : results.getViolations()) {
      List<String> targets = new ArrayList<>();
      for (CheckedNode node : rule.getNodes()) targets.add(String.valueOf(node.getTarget()));
      problems.add(
          "axe-core "
              + rule.getId()
              + " ("
              + rule.getImpact()
              + "): "
              + rule.getHelp()
              + " at "
              + targets);
    }
    return problems;
  }

  /**
   * The whole page as on screen, then as printed: print media on a viewport as wide as an A4 page
   * at 96 dpi (794 px), so that the print view shows the lines a sheet of paper would.
   */
  private void screenshots(String name) throws IOException {
    Chromium.screenshot(browser, SCREENSHOTS.resolve(name + ".png"));
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 794, "height", 1123, "deviceScaleFactor", 1, "mobile", false));
    try {
      Chromium.screenshot(browser, SCREENSHOTS.resolve(name + ".print.png"));
    } finally {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  private static long millis(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }
}
