package dev.policyascode.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.render.RegisterRenderer;
import dev.policyascode.versions.ContentHash;
import dev.policyascode.versions.VersionLock;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every text field that reaches a record of processing holds the same hostile value (markup, a
 * script, a javascript: link, quotes, commas, a line break, a pipe, a spreadsheet formula), tagged
 * with the field's number. Each tag must reach all three formats, and nothing of the value may act:
 * no markup in the HTML, no broken table or link in the Markdown, no formula in the CSV.
 */
class HostileValueTest {

  static final String HOSTILE =
      "=cmd|' /C calc'!A0 <script>alert(\"x\")</script> <b>bold</b> <a href=\"javascript:alert(1)\">"
          + "link</a> [md](javascript:alert(2)) \"quoted\", with, commas\nand a new line | pipe";

  /** The fields that hold the hostile value, in the order of their tags. */
  static final List<String> FIELDS =
      List.of(
          "controller name",
          "controller address",
          "controller phone",
          "joint controller name",
          "representative name",
          "dpo name",
          "data subject name",
          "data subject description",
          "data category name",
          "data category description",
          "data category with items name",
          "data item",
          "activity name",
          "purpose",
          "legitimate interest",
          "owner",
          "dpia",
          "retention from",
          "recipient category name",
          "recipient name",
          "recipient service",
          "transfer details",
          "security measure",
          "processor activity name",
          "processor controller",
          "processing");

  @TempDir static Path tmp;
  static String html;
  static String processorHtml;
  static String md;
  static String processorMd;
  static List<CSVRecord> csv;
  static List<CSVRecord> processorCsv;

  /** The fields that name something: the loader refuses a line break in them, so none is sent. */
  static final Set<String> ONE_LINE =
      Set.of(
          "controller name",
          "controller phone",
          "joint controller name",
          "representative name",
          "dpo name",
          "data subject name",
          "data category name",
          "data category with items name",
          "data item",
          "activity name",
          "owner",
          "dpia",
          "recipient category name",
          "recipient name",
          "processor activity name");

  /** The hostile value tagged for field {@code n}, as a YAML double-quoted scalar. */
  static String v(String field) {
    String hostile = ONE_LINE.contains(field) ? HOSTILE.replace('\n', ' ') : HOSTILE;
    String value = hostile + " tag" + (FIELDS.indexOf(field) + 100);
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  @BeforeAll
  static void render() throws IOException {
    Path policy = Files.createDirectories(tmp.resolve("policies/hostile-privacy/versions"));
    Files.writeString(
        policy.getParent().resolve("policy.yaml"),
        """
        format: 1
        id: hostile-privacy
        title: Privacy Policy
        controller:
          name: %s
          address: %s
          phone: %s
          country: FR
        joint_controllers:
          - name: %s
        representative:
          name: %s
        dpo:
          name: %s
        languages: [en]
        """
            .formatted(
                v("controller name"),
                v("controller address"),
                v("controller phone"),
                v("joint controller name"),
                v("representative name"),
                v("dpo name")),
        StandardCharsets.UTF_8);
    Files.writeString(
        policy.resolve("2024-01-01.yaml"),
        """
        format: 1
        version: 2024-01-01
        effective: 2024-01-01
        status: published
        data_subjects:
          - id: people
            name: %s
            description: %s
        data_categories:
          - id: described
            name: %s
            description: %s
          - id: listed
            name: %s
            items: [%s]
        activities:
          - id: hostile
            name: %s
            purposes: [%s]
            legal_basis: legitimate-interests
            legitimate_interest: %s
            data_categories: [described, listed]
            data_subjects: [people]
            recipients: [hosts]
            retention: [keep]
            owner: %s
            dpia: %s
            last_review: 2024-02-01
        retention:
          - id: keep
            period: P1Y
            from: %s
            statement: We keep it {period} from {from}.
        recipient_categories:
          - id: hosts
            name: %s
        recipients:
          - id: cloud
            name: %s
            service: %s
            category: hosts
            role: processor
            country: US
        transfers:
          - recipient: cloud
            country: US
            safeguard: standard-contractual-clauses
            details: %s
        security_measures:
          - id: measure
            text: %s
        processor_activities:
          - id: hosting
            name: %s
            controller: %s
            processing: [%s]
            recipients: [cloud]
        sections:
          - id: intro
            title: Introduction
        """
            .formatted(FIELDS.subList(6, FIELDS.size()).stream().map(f -> v(f)).toArray()),
        StandardCharsets.UTF_8);
    // A published version is locked, as policy:publish would have done.
    Files.writeString(
        policy.getParent().resolve(VersionLock.FILE),
        VersionLock.empty()
            .with(
                "2024-01-01", ContentHash.of(Files.readAllBytes(policy.resolve("2024-01-01.yaml"))))
            .format(),
        StandardCharsets.UTF_8);
    LintReport report = Linter.builder().displayRoot(tmp).build().lint(tmp.resolve("policies"));
    assertEquals(
        List.of(),
        report.findings().stream()
            // Loading is what this test is about; whether the notice is complete is not.
            .filter(f -> f.severity() == Severity.ERROR && f.ruleId().startsWith("schema-"))
            .map(f -> f.format())
            .toList(),
        "the hostile policy must load");
    Path out = tmp.resolve("register");
    RegisterRenderer.withTemplates(null).render(report.policies(), out);
    Path dir = out.resolve("hostile-privacy");
    html = Files.readString(dir.resolve("register.html"), StandardCharsets.UTF_8);
    processorHtml =
        Files.readString(dir.resolve("processor-register.html"), StandardCharsets.UTF_8);
    md = Files.readString(dir.resolve("register.md"), StandardCharsets.UTF_8);
    processorMd = Files.readString(dir.resolve("processor-register.md"), StandardCharsets.UTF_8);
    csv = records(dir.resolve("register.csv"));
    processorCsv = records(dir.resolve("processor-register.csv"));
  }

  static List<CSVRecord> records(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
    try (CSVParser p = CSVFormat.RFC4180.parse(new StringReader(text))) {
      return p.getRecords();
    }
  }

  @Test
  void everyFieldReachesEveryFormat() {
    String allHtml = html + processorHtml;
    String allMd = md + processorMd;
    StringBuilder allCsv = new StringBuilder();
    for (CSVRecord r : csv) allCsv.append(String.join("\u0000", r.toList()));
    for (CSVRecord r : processorCsv) allCsv.append(String.join("\u0000", r.toList()));
    for (String field : FIELDS) {
      String tag = "tag" + (FIELDS.indexOf(field) + 100);
      assertTrue(allHtml.contains(tag), field + " is missing from the HTML");
      assertTrue(allMd.contains(tag), field + " is missing from the Markdown");
      assertTrue(allCsv.toString().contains(tag), field + " is missing from the CSV");
    }
  }

  @Test
  void theHtmlHoldsNoMarkupFromTheValues() {
    for (String page : List.of(html, processorHtml)) {
      String lower = page.toLowerCase(Locale.ROOT);
      assertFalse(lower.contains("<script"), "a script element");
      assertFalse(lower.contains("<b>"), "markup from a value");
      assertFalse(lower.contains("href=\"javascript"), "a javascript: link");
      assertFalse(lower.contains("<a href=\"javascript"), "a javascript: link");
      assertTrue(page.contains("&lt;script&gt;"), "the value is shown, escaped");
      // every link points inside the page
      Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(page);
      while (href.find()) {
        String target = href.group(1);
        assertTrue(target.startsWith("#") || target.equals("data:,"), "a link out: " + target);
      }
    }
  }

  @Test
  void theDataFlowPictureShowsTheNamesEscaped() {
    String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
    for (String field :
        List.of(
            "data subject name",
            "data category name",
            "activity name",
            "recipient category name")) {
      String tag = "tag" + (FIELDS.indexOf(field) + 100);
      assertTrue(FIELDS.contains(field) && svg.contains(tag), field + " is missing from the SVG");
    }
    String lower = svg.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script") || lower.contains("<b>") || lower.contains("<a "));
    assertTrue(svg.contains("&lt;script&gt;"), "the names are shown, escaped");
    // only the elements the drawing makes: no element from a value
    Matcher tag = Pattern.compile("<(/?[a-z]+)").matcher(svg);
    while (tag.find()) {
      assertTrue(
          Set.of("svg", "title", "/title", "desc", "/desc", "text", "/text", "path", "rect")
              .contains(tag.group(1)),
          "an element from a value: " + tag.group(1));
    }
  }

  @Test
  void theMarkdownHoldsNoMarkupNorBrokenTable() {
    for (String page : List.of(md, processorMd)) {
      // escaped as \<script\>, which CommonMark shows as text
      assertFalse(Pattern.compile("(?<!\\\\)<script").matcher(page).find(), "a script element");
      assertFalse(page.contains("<b>"), "markup from a value");
      assertFalse(page.contains("](javascript"), "a javascript: link");
      assertFalse(Pattern.compile("(?<!\\\\)<a href").matcher(page).find(), "a raw link");
      List<String> table = page.lines().filter(l -> l.startsWith("| ")).toList();
      int columns = cells(table.get(0));
      for (String row : table)
        assertEquals(columns, cells(row), "a table row out of shape: " + row);
      // the only tags are the template's: line breaks in cells and the anchors of the views
      String text = page.replaceAll("<a id=\"activity-[a-z0-9-]+\"></a>|<br>", "");
      Matcher tag = Pattern.compile("<").matcher(text);
      while (tag.find()) {
        assertTrue(
            tag.start() > 0 && text.charAt(tag.start() - 1) == '\\',
            "an unescaped '<' at " + text.substring(tag.start(), tag.start() + 20));
      }
    }
  }

  /** The cells of a table row: its pipes that are not escaped, less one. */
  static int cells(String row) {
    int n = 0;
    for (int i = 0; i < row.length(); i++) {
      if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) n++;
    }
    return n - 1;
  }

  @Test
  void theCsvReadsBackWithNoFormula() {
    for (List<CSVRecord> records : List.of(csv, processorCsv)) {
      assertEquals(2, records.size(), "a header and one activity");
      int width = records.get(0).size();
      for (CSVRecord r : records) {
        assertEquals(width, r.size(), "a row out of shape");
        r.toList().forEach(RegisterCsvTest::assertNotAFormula);
      }
      String name = records.get(1).get(1);
      assertTrue(name.startsWith("'=cmd|"), "the activity's name is quoted: " + name);
      assertTrue(name.contains("\"quoted\", with, commas and a new line"), name);
      // A purpose may run over lines: its line break stays inside its cell.
      assertTrue(
          records.get(1).toList().stream()
              .anyMatch(c -> c.contains("\"quoted\", with, commas\nand a new line")),
          records.get(1).toString());
    }
  }
}
