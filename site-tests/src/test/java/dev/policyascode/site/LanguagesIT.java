package dev.policyascode.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The flagship in English and French, in Chromium: every {@code hreflang} alternate of a language
 * page lands on a page in that language that points back, with the same sections under the same
 * anchors (a reader sent from section 5.2 in English finds section 5.2 in French); the switcher
 * takes a reader from one language to the other; the French pages are among those the Nu HTML
 * checker checks. The alternates are absolute (the policy has a base URL); the test serves the base
 * URL's folder from the rendered output, as the web server would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguagesIT {

  private static final String BASE = "https://qucit.com/privacy/";

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

  /** The pages of the version shown in two languages, in both states of the flagship. */
  private List<String> languagePages() {
    return List.of(
        "/policy-site/qucit-privacy/2027-01-01/",
        "/policy-site/qucit-privacy/fr/2027-01-01/",
        "/policy-site/qucit-privacy/fr/",
        "/" + Outputs.FLAGSHIP_IN_2027 + "/qucit-privacy/",
        "/" + Outputs.FLAGSHIP_IN_2027 + "/qucit-privacy/2027-01-01/",
        "/" + Outputs.FLAGSHIP_IN_2027 + "/qucit-privacy/fr/");
  }

  /** The served address of an absolute alternate, in the output folder {@code root}. */
  private String served(String root, String href) {
    assertTrue(href.startsWith(BASE), href + " is not under the policy's base URL");
    return server.origin() + root + "qucit-privacy/" + href.substring(BASE.length());
  }

  private Map<String, String> alternates() {
    Map<String, String> out = new LinkedHashMap<>();
    for (WebElement l : browser.findElements(By.cssSelector("link[rel=alternate][hreflang]"))) {
      out.put(l.getAttribute("hreflang"), l.getAttribute("href"));
    }
    return out;
  }

  private List<String> sectionIds() {
    return browser.findElements(By.cssSelector("main section[id]")).stream()
        .map(e -> e.getAttribute("id"))
        .toList();
  }

  private String lang() {
    return browser.findElement(By.tagName("html")).getAttribute("lang");
  }

  @Test
  void everyAlternateLandsOnTheSameSectionsInItsLanguageAndPointsBack() {
    for (String page : languagePages()) {
      String root = page.substring(0, page.indexOf("qucit-privacy/"));
      browser.get(server.origin() + page);
      Map<String, String> alternates = alternates();
      assertEquals(List.of("en", "fr", "x-default"), List.copyOf(alternates.keySet()), page);
      List<String> ids = sectionIds();
      assertFalse(ids.isEmpty(), page);
      String canonical =
          browser.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href");
      for (Map.Entry<String, String> a : alternates.entrySet()) {
        String want = a.getKey().equals("x-default") ? "en" : a.getKey();
        browser.get(served(root, a.getValue()));
        assertEquals(want, lang(), a + " from " + page);
        assertEquals(ids, sectionIds(), "the same section anchors in " + want + ", from " + page);
        assertTrue(
            alternates().containsValue(canonical),
            a.getValue() + " does not point back at " + canonical);
        // Each anchor of the page, followed into the other language, lands on a shown section.
        for (String id : ids) {
          browser.get(served(root, a.getValue()) + "#" + id);
          WebElement target = browser.findElement(By.id(id));
          assertTrue(target.isDisplayed(), id + " in " + want);
        }
      }
    }
  }

  @Test
  void theSwitcherTakesTheReaderToTheOtherLanguageAndBack() {
    browser.get(server.origin() + "/policy-site/qucit-privacy/2027-01-01/");
    assertEquals("en", lang());
    WebElement switcher = browser.findElement(By.cssSelector("nav.languages"));
    assertEquals("English · Français", switcher.getText());
    switcher.findElement(By.linkText("Français")).click();
    assertTrue(
        browser.getCurrentUrl().endsWith("/policy-site/qucit-privacy/fr/2027-01-01/"),
        browser.getCurrentUrl());
    assertEquals("fr", lang());
    assertEquals(
        "Version 2027-01-01 · en vigueur le 1er janvier 2027",
        browser.findElement(By.cssSelector("header .meta")).getText());
    assertEquals(
        "Langues", browser.findElement(By.cssSelector("nav.languages")).getAttribute("aria-label"));
    browser
        .findElement(By.cssSelector("nav.languages"))
        .findElement(By.linkText("English"))
        .click();
    assertTrue(
        browser.getCurrentUrl().endsWith("/policy-site/qucit-privacy/2027-01-01/"),
        browser.getCurrentUrl());
    assertEquals("en", lang());
  }

  @Test
  void aVersionInOneLanguageHasNoSwitcher() {
    browser.get(server.origin() + "/policy-site/qucit-privacy/2018-05-25/");
    assertEquals(List.of(), browser.findElements(By.cssSelector("nav.languages, link[hreflang]")));
  }

  @Test
  void theFrenchPagesAreValidHtmlInTheNuChecker() throws Exception {
    NuChecker checker = new NuChecker();
    List<Outputs.Page> french =
        Outputs.pages().stream()
            .filter(p -> p.path().startsWith("qucit-privacy/fr/") && !p.fragment())
            .toList();
    // HtmlValidityIT checks every page; this says that the French ones are among them: the site's
    // permalink, page in force and archive, and the French record and compliance matrix.
    List<String> names = french.stream().map(Outputs.Page::toString).toList();
    for (String expected :
        List.of(
            "policy-site/qucit-privacy/fr/2027-01-01/index.html",
            "policy-site/qucit-privacy/fr/archive/index.html",
            "policy-site/qucit-privacy/fr/index.html",
            "policy-register/qucit-privacy/fr/register.html",
            "policy-register/qucit-privacy/fr/processor-register.html",
            "policy-compliance/qucit-privacy/fr/2027-01-01/compliance.html")) {
      assertTrue(names.contains(expected), expected + " not among " + names);
    }
    for (Outputs.Page p : french) {
      assertEquals(List.of(), checker.errors(p.html(), p.toString()), p.toString());
    }
  }
}
