package dev.policyascode.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the import recognises, and what it refuses, on small hand-made notices. */
class ImporterTest {

  @TempDir Path tmp;

  private Importer.Result importFile(String name, String content, Optional<String> selector)
      throws Exception {
    Path source = tmp.resolve(name);
    Files.writeString(source, content);
    return Importer.run(request(source, selector), tmp.resolve("policies"));
  }

  private static Importer.Request request(Path source, Optional<String> selector) {
    return new Importer.Request(
        source,
        Optional.empty(),
        "acme-privacy",
        "2024-05-01",
        LocalDate.parse("2024-05-01"),
        selector,
        "en");
  }

  private String version() throws Exception {
    return Files.readString(tmp.resolve("policies/acme-privacy/versions/2024-05-01.yaml"));
  }

  @Test
  void numberedRunInParagraphsOpenSectionsAndKeepTheirNumber() throws Exception {
    Importer.Result r =
        importFile(
            "notice.md",
            "Privacy Policy\n\n1 Who we are\n\nAcme.\n\n2 Data\n\n"
                + "2.1 Account data. When you sign up, we ask for your email.\n\n"
                + "2.2 Cookies. See section 2.1 and Article 6(1)(b) GDPR.\n",
            Optional.empty());
    String yaml = version();
    assertTrue(yaml.contains("  - id: who-we-are\n    title: \"1 Who we are\""), yaml);
    assertTrue(yaml.contains("title: \"2.1 Account data.\"\n        body: |\n"), yaml);
    assertTrue(yaml.contains("When you sign up, we ask for your email."), yaml);
    assertTrue(yaml.contains("See section 2.1 and Article 6(1)(b) GDPR."), yaml);
    assertEquals(4, r.sections());
    assertEquals("1.1", r.numbering());
    assertTrue(r.policyFile().isPresent());
    assertTrue(
        Files.readString(r.policyFile().get()).contains("title: \"Privacy Policy\""),
        "the first line is the title");
  }

  @Test
  void idsAreReadableAsciiAndUnique() {
    Ids ids = new Ids("section");
    assertEquals("donnees-personnelles", ids.next("3.1. Données personnelles", null));
    assertEquals("cookies", ids.next("Cookies", null));
    assertEquals("cookies-2", ids.next("Cookies", null));
    assertEquals("section-4", ids.next("個人情報", null));
    assertEquals("telemetry", ids.next("Telemetry data", "telemetry"));
    assertEquals("verarbeitung-zweck", ids.next("§ 5 Verarbeitung & Zweck", null));
  }

  @Test
  void numberingStylesAreRecognised() {
    for (String[] c :
        List.of(
            new String[] {"3.1. Account", "1.1."},
            new String[] {"3.1 Account", "1.1"},
            new String[] {"3.1) Account", "1.1)"},
            new String[] {"Article 3 Account", "Article 1"},
            new String[] {"§ 3 Account", "§ 1"},
            new String[] {"Account", "none"})) {
      assertEquals(
          c[1], NumberingStyle.of(List.of(new Outline.Node("a", c[0]))), "the style of " + c[0]);
    }
  }

  @Test
  void anExistingVersionIsNeverOverwritten() throws Exception {
    importFile("notice.md", "# Privacy\n\n## One\n\nText.\n", Optional.empty());
    String before = version();
    ImportException e =
        assertThrows(
            ImportException.class,
            () -> importFile("notice.md", "# Privacy\n\n## Two\n\nOther.\n", Optional.empty()));
    assertTrue(
        e.getMessage().contains("already exists and an import never overwrites"), e.getMessage());
    assertEquals(before, version());
  }

  @Test
  void unknownFormatMissingFileAndBadTextAreRefusedWithAPlainMessage() throws Exception {
    ImportException format =
        assertThrows(
            ImportException.class, () -> importFile("notice.pdf", "%PDF-1.4", Optional.empty()));
    assertTrue(format.getMessage().contains("name it .md, .html or .docx"), format.getMessage());
    ImportException missing =
        assertThrows(
            ImportException.class,
            () ->
                Importer.run(
                    request(tmp.resolve("nowhere.md"), Optional.empty()), tmp.resolve("p")));
    assertTrue(missing.getMessage().contains("there is no readable file here"));
    Path latin1 = tmp.resolve("latin1.md");
    Files.write(latin1, new byte[] {'#', ' ', 'D', (byte) 0xE9, 'j', 'a'});
    ImportException bytes =
        assertThrows(
            ImportException.class,
            () -> Importer.run(request(latin1, Optional.empty()), tmp.resolve("p")));
    assertTrue(bytes.getMessage().contains("not UTF-8"), bytes.getMessage());
    assertFalse(Files.exists(tmp.resolve("p/acme-privacy/versions/2024-05-01.yaml")));
  }

  @Test
  void anHtmlPageLeavesOutTheSiteAroundThePolicy() throws Exception {
    String page =
        "<html><body><header><nav><a href='/'>Home</a> <a href='/shop'>Shop</a></nav></header>"
            + "<div id='policy'><h1>Privacy Notice</h1><p>We are <b>Acme</b>.</p>"
            + "<h2>Your rights</h2><ul><li>access</li><li><i>erasure</i>, see"
            + " <a href='#x'>section 2</a></li></ul>"
            + "<table><tr><th>Data</th><th>Why</th></tr><tr><td>email</td><td>login</td></tr>"
            + "</table></div><footer>© Acme 2024 · Imprint</footer></body></html>";
    importFile("notice.html", page, Optional.empty());
    String yaml = version();
    assertFalse(yaml.contains("Shop") || yaml.contains("Imprint"), yaml);
    assertTrue(yaml.contains("preamble: |\n  We are **Acme**.\n"), yaml);
    assertTrue(yaml.contains("- access\n      - *erasure*, see [section 2](#x)"), yaml);
    assertTrue(yaml.contains("| Data | Why |\n      | --- | --- |\n      | email | login |"), yaml);
  }

  @Test
  void aSelectorNamesTheContentWhenTheGuessIsWrong() throws Exception {
    String page =
        "<html><body><main><p>Our shop</p></main>"
            + "<div class='legal'><h1>Privacy</h1><h2>Data</h2><p>Email.</p></div></body></html>";
    importFile("notice.html", page, Optional.of("div.legal"));
    assertTrue(version().contains("title: \"Data\"\n    body: |\n      Email."), version());
    Path other = tmp.resolve("other");
    Files.createDirectories(other);
    ImportException none =
        assertThrows(
            ImportException.class,
            () ->
                Importer.run(request(tmp.resolve("notice.html"), Optional.of("#nothing")), other));
    assertTrue(none.getMessage().contains("nothing on this page matches"), none.getMessage());
  }
}
