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
  void numberedRunInParagraphsOpenSectionsAndTheStyleShowsTheirNumbers() throws Exception {
    Importer.Result r =
        importFile(
            "notice.md",
            "Privacy Policy\n\n1 Who we are\n\nAcme.\n\n2 Data\n\n"
                + "2.1 Account data. When you sign up, we ask for your email.\n\n"
                + "2.2 Cookies. See section 2.1 and Article 6(1)(b) GDPR.\n",
            Optional.empty());
    String yaml = version();
    // the numbers are the policy's style now, not words of the titles
    assertTrue(yaml.contains("  - id: who-we-are\n    title: \"Who we are\""), yaml);
    assertTrue(yaml.contains("title: \"Account data.\"\n        body: |\n"), yaml);
    assertTrue(yaml.contains("When you sign up, we ask for your email."), yaml);
    assertTrue(yaml.contains("See section 2.1 and Article 6(1)(b) GDPR."), yaml);
    assertEquals(4, r.sections());
    assertEquals("1.1", r.numbering());
    assertTrue(r.policyFile().isPresent());
    String policy = Files.readString(r.policyFile().get());
    assertTrue(policy.contains("title: \"Privacy Policy\""), "the first line is the title");
    assertTrue(policy.contains("\nnumbering: \"1.1\""), policy);
    assertTrue(r.numberingReport().contains("policy.yaml says numbering: \"1.1\""));
  }

  @Test
  void articleAndParagraphSignRunInsOpenSectionsButCitationsDoNot() throws Exception {
    Importer.Result r =
        importFile(
            "notice.md",
            "# Datenschutz\n\n§ 1 Verantwortlicher. Acme GmbH.\n\n"
                + "§ 2 Zweck. Wir verarbeiten Daten.\n\n"
                + "§ 3 BDSG gilt ebenfalls. Das ist kein Abschnitt.\n\n"
                + "§ 3 Rechte. Sie haben Rechte nach Article 6 of the GDPR. Mehr.\n",
            Optional.empty());
    String yaml = version();
    assertEquals(3, r.sections(), yaml);
    assertTrue(yaml.contains("title: \"Zweck.\"\n    body: |\n      Wir verarbeiten Daten."), yaml);
    assertTrue(yaml.contains("      § 3 BDSG gilt ebenfalls. Das ist kein Abschnitt."), yaml);
    assertEquals("§ 1", r.numbering());
    assertTrue(Files.readString(r.policyFile().get()).contains("numbering: \"§ 1\""));

    Path article = tmp.resolve("article.md");
    Files.writeString(
        article,
        "# Privacy\n\nArticle 1 Who we are. Acme.\n\nArticle 2 Data. See Article 6 of the"
            + " GDPR.\n\nArticle 6 of the GDPR applies. It is not a section.\n");
    RunIn runIn = new RunIn();
    assertEquals("Article 1 Who we are.", runIn.paragraph("Article 1 Who we are. Acme.").title());
    assertEquals(null, runIn.paragraph("Article 2 of the GDPR says so. More."));
    assertEquals("Article 2 Data.", runIn.paragraph("Article 2 Data. See.").title());
  }

  @Test
  void titlesKeepTheirNumbersWhenNoStyleShowsThemExactly() throws Exception {
    // 2.1 lacks the final point the others have: no style shows these numbers as written
    Importer.Result r =
        importFile(
            "notice.md",
            "# Privacy\n\n## 1. Who we are\n\nAcme.\n\n## 2. Data\n\n### 2.1 Account\n\nEmail.\n",
            Optional.empty());
    String yaml = version();
    assertTrue(yaml.contains("title: \"1. Who we are\""), yaml);
    assertTrue(yaml.contains("title: \"2.1 Account\""), yaml);
    assertTrue(Files.readString(r.policyFile().get()).contains("numbering: \"none\""));
    assertTrue(r.numberingReport().contains("the headings add no number"), r.numberingReport());
  }

  @Test
  void anExistingPolicyYamlWithAnotherStyleIsKeptAndTheReportSaysSo() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("policies/acme-privacy"));
    String mine =
        "format: 1\nid: acme-privacy\ntitle: Ours\ncontroller:\n  name: Acme\n"
            + "languages: [en]\nnumbering: \"1.1.\"\n";
    Files.writeString(folder.resolve("policy.yaml"), mine);
    Importer.Result r =
        importFile(
            "notice.md",
            "# Privacy\n\n## 1 Who we are\n\nAcme.\n\n## 2 Data\n\nEmail.\n",
            Optional.empty());
    assertEquals(mine, Files.readString(folder.resolve("policy.yaml")), "never rewritten");
    assertTrue(r.policyFile().isEmpty());
    String yaml = version();
    assertTrue(yaml.contains("title: \"1 Who we are\""), "no word is lost: " + yaml);
    assertTrue(
        r.numberingReport()
            .contains(
                "the source numbers its sections \"1.1\", but policy.yaml says \"1.1.\" and was"
                    + " left as it is"),
        r.numberingReport());
    assertTrue(r.numberingReport().contains("write numbering: \"1.1\" in policy.yaml"));
  }

  @Test
  void anExistingPolicyYamlWithTheSameStyleGetsTitlesWithoutNumbers() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("policies/acme-privacy"));
    Files.writeString(
        folder.resolve("policy.yaml"),
        "format: 1\nid: acme-privacy\ntitle: Ours\ncontroller:\n  name: Acme\n"
            + "languages: [en]\n");
    Importer.Result r =
        importFile(
            "notice.md",
            "# Privacy\n\n## 1. Who we are\n\nAcme.\n\n## 2. Data\n\nEmail.\n",
            Optional.empty());
    assertTrue(version().contains("title: \"Who we are\""), version());
    assertTrue(r.numberingReport().contains("as policy.yaml does"), r.numberingReport());
  }

  @Test
  void definitionsWrittenAsTheBlockRendersThemBecomeDefinitionsAndOthersStayText()
      throws Exception {
    Importer.Result r =
        importFile(
            "notice.md",
            "# Privacy\n\n## Definitions\n\nIn this notice:\n\n"
                + "- **Personal Data** means any information about a person;\n"
                + "- **Controller** refers to Acme SAS, 1 rue\n  de Paris.\n\n"
                + "“Users” refers to everyone.\n\n"
                + "## Use\n\n**Bold** alone is not a run of definitions.\n",
            Optional.empty());
    String yaml = version();
    assertEquals(2, r.definitions(), yaml);
    assertTrue(
        yaml.contains(
            "definitions:\n  - id: personal-data\n    term: \"Personal Data\"\n    meaning: |\n"
                + "      means any information about a person;\n"),
        yaml);
    assertTrue(yaml.contains("      refers to Acme SAS, 1 rue\n      de Paris.\n"), yaml);
    assertTrue(
        yaml.contains(
            "      In this notice:\n\n      ```policy\n      list: definitions\n      ```\n\n"
                + "      “Users” refers to everyone."),
        yaml);
    assertTrue(yaml.contains("      **Bold** alone is not a run of definitions."), yaml);
    assertFalse(r.toFillIn().contains(Gaps.ITEMS.get(Gaps.ITEMS.size() - 1)));
  }

  @Test
  void theRoundTripsStyledDocumentsAreImportedInTheirStyle() throws Exception {
    // ImportRoundTripTest measures their words; this says the numbers and terms are the style's
    String[][] cases = {
      {"article.md", "Article 1", "0", "title: \"Contact data.\""},
      {"dotted-period.md", "1.1.", "3", "title: \"Usage data\""},
      {"paragraph-sign.md", "§ 1", "2", "title: \"Begriffsbestimmungen\""}
    };
    for (String[] c : cases) {
      Path work = tmp.resolve(c[0]);
      Importer.Result r =
          Importer.run(
              request(ImportRoundTripTest.STYLES.resolve(c[0]), Optional.empty()),
              work.resolve("policies"));
      String policy = Files.readString(r.policyFile().orElseThrow());
      assertTrue(policy.contains("numbering: \"" + c[1] + "\""), c[0] + ": " + policy);
      assertEquals(Integer.parseInt(c[2]), r.definitions(), c[0]);
      assertTrue(Files.readString(r.versionFile()).contains(c[3]), c[0]);
    }
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
