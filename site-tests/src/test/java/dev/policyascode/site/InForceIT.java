package dev.policyascode.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The flagship's public page in Chromium, in its two states: as the build of policies/ renders it
 * (its pom fixes a build date before 1 January 2027), 2018-05-25 in force with the announcement of
 * 2027-01-01; and as of 1 January 2027 (rendered by {@link Outputs}), 2027-01-01 in force with no
 * announcement. A reader follows the links as a reader would, by clicking them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InForceIT {

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

  private String meta() {
    return browser.findElement(By.cssSelector("header .meta")).getText();
  }

  @Test
  void beforeItTakesEffectThePageShowsTheVersionInForceAndAnnouncesTheNewOne() {
    browser.get(server.origin() + "/policy-site/qucit-privacy/");
    assertEquals(
        "Version 2018-05-25 · effective 25 May 2018",
        meta(),
        "policies/pom.xml builds the flagship as of a day before 2027-01-01");
    List<WebElement> notices = browser.findElements(By.cssSelector("p.announcement"));
    assertEquals(1, notices.size(), "one version is announced");
    WebElement notice = notices.get(0);
    assertTrue(notice.isDisplayed());
    assertEquals(
        "Change announced. A new version of this policy has been published. It takes effect on 1"
            + " January 2027. Read the new version (2027-01-01) · What changes",
        notice.getText());

    notice.findElement(By.linkText("What changes")).click();
    assertTrue(
        browser.getCurrentUrl().endsWith("/qucit-privacy/2027-01-01/changes/"),
        browser.getCurrentUrl());

    browser.get(server.origin() + "/policy-site/qucit-privacy/");
    browser.findElement(By.linkText("Read the new version (2027-01-01)")).click();
    assertTrue(
        browser.getCurrentUrl().endsWith("/qucit-privacy/2027-01-01/"), browser.getCurrentUrl());
    WebElement announced = browser.findElement(By.cssSelector("p.announced"));
    assertTrue(announced.isDisplayed());
    assertEquals(
        "Announced – not yet in force. This version takes effect on 1 January 2027; until then,"
            + " the version in force is Version 2018-05-25.",
        announced.getText());
    announced.findElement(By.linkText("Version 2018-05-25")).click();
    assertTrue(
        browser.getCurrentUrl().endsWith("/qucit-privacy/2018-05-25/"), browser.getCurrentUrl());
    assertEquals("Version 2018-05-25 · effective 25 May 2018", meta());
    assertEquals(
        List.of(),
        browser.findElements(By.cssSelector("p.announcement")),
        "the permalink is the text as published, without the notice");
  }

  @Test
  void onTheEffectiveDateThePageShowsTheNewVersionWithoutNotice() {
    browser.get(server.origin() + "/" + Outputs.FLAGSHIP_IN_2027 + "/qucit-privacy/");
    assertEquals("Version 2027-01-01 · effective 1 January 2027", meta());
    assertEquals(List.of(), browser.findElements(By.cssSelector("p.announcement, p.announced")));
    browser.get(server.origin() + "/" + Outputs.FLAGSHIP_IN_2027 + "/qucit-privacy/2027-01-01/");
    assertEquals(
        List.of(),
        browser.findElements(By.cssSelector("p.announced")),
        "in force, no longer announced");
  }
}
