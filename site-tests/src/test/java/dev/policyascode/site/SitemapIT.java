package dev.policyascode.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every sitemap.xml of the output is a sitemaps.org 0.9 urlset whose addresses are the pages
 * published beside it: each {@code loc} lies under the sitemap's own address and names a folder of
 * the output that holds an index.html, and each {@code lastmod} is a date (the effective date,
 * never a build time).
 */
class SitemapIT {

  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

  @TestFactory
  Stream<DynamicTest> everySitemapListsPagesThatExist() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Outputs.Root root : Outputs.roots()) {
      try (Stream<Path> walk = Files.walk(root.dir())) {
        walk.filter(p -> p.getFileName().toString().equals("sitemap.xml"))
            .sorted()
            .forEach(
                p ->
                    tests.add(
                        DynamicTest.dynamicTest(
                            root.name() + "/" + root.dir().relativize(p), () -> check(p))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertFalse(tests.isEmpty(), "the Qucit policy has a base_url, so a sitemap is expected");
    return tests.stream();
  }

  private static void check(Path sitemap) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(sitemap.toFile());
    Element urlset = doc.getDocumentElement();
    assertEquals(NS, urlset.getNamespaceURI());
    assertEquals("urlset", urlset.getLocalName());
    NodeList urls = urlset.getElementsByTagNameNS(NS, "url");
    assertTrue(urls.getLength() > 0, "an empty sitemap");
    String base = null;
    for (int i = 0; i < urls.getLength(); i++) {
      Element url = (Element) urls.item(i);
      String loc = text(url, "loc");
      String lastmod = text(url, "lastmod");
      assertTrue(lastmod.matches("\\d{4}-\\d{2}-\\d{2}"), "lastmod is a date: " + lastmod);
      URI uri = URI.create(loc);
      assertTrue(uri.isAbsolute() && loc.endsWith("/"), "an absolute folder address: " + loc);
      // The first address is the policy's own: the folder the sitemap is published in.
      if (base == null) base = loc;
      assertTrue(loc.startsWith(base), loc + " is not under " + base);
      Path page = sitemap.resolveSibling(loc.substring(base.length())).resolve("index.html");
      assertTrue(Files.isRegularFile(page), loc + " lists a page that was not rendered: " + page);
    }
  }

  private static String text(Element url, String name) {
    NodeList found = url.getElementsByTagNameNS(NS, name);
    assertEquals(1, found.getLength(), "one " + name + " per url");
    return found.item(0).getTextContent().strip();
  }
}
