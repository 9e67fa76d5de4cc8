package dev.policyascode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.lint.LintReport;
import dev.policyascode.lint.Linter;
import dev.policyascode.load.PolicyLoader;
import dev.policyascode.render.RegisterRenderer;
import dev.policyascode.render.SiteRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markup and dangerous links written into any text of a policy never reach a page as markup or as a
 * link, in the HTML nor in the Markdown (which most sites render with raw HTML live). Every text
 * field of the format gets the payload, found by walking {@code load/Format.java}, so a field added
 * tomorrow is covered without touching this test.
 */
class HostileTextTest {

  /** Each payload carries {@code FIELD}, replaced by a number naming the field it was put in. */
  static Stream<String> payloads() {
    return Stream.of(
        "<script>alert('FIELD')</script>",
        "x <img src=x onerror=alert('FIELD')> y",
        "<div onmouseover=\"alert('FIELD')\">FIELD</div>",
        "<a href=\"https://ok.example/\" onclick=\"alert('FIELD')\">FIELD</a>",
        "<iframe src=\"https://evil.example/FIELD\"></iframe>",
        "<svg/onload=alert('FIELD')>",
        "[FIELD](javascript:alert(1))",
        "[FIELD](JaVaScRiPt:alert(1))",
        "[FIELD](java&#9;script:alert(1))",
        "[FIELD](data:text/html;base64,PHNjcmlwdD4=)",
        "[FIELD](vbscript:msgbox)",
        "<javascript:alert('FIELD')>",
        "[FIELD][r]\n\n[r]: javascript:alert(1)",
        "![FIELD](https://tracker.example/p.png)",
        "![FIELD](data:image/png;base64,iVBORw0KGgo=)",
        "FIELD <!-- a comment --> <?php x ?> <![CDATA[x]]>",
        // Spreadsheet formulas, for the register's CSV (OWASP's list of first characters).
        "=HYPERLINK(\"https://evil.example/FIELD\",\"x\")",
        "+FIELD",
        "-FIELD",
        "@SUM(FIELD)",
        // A carriage return first is on OWASP's list too, but no text may hold one: the loader
        // refuses it (hiddenCharactersAreRefusedInEveryField below).
        "\t=FIELD",
        // Indented code: its leading spaces are syntax, and must survive into the Markdown page.
        "\t<b>FIELD</b> <javascript:alert(1)>",
        "    <script>alert('FIELD')</script>",
        // Template syntax of the site generators that publish the pages (Hugo, Jekyll, Jinja).
        "{{ readFile \"/etc/FIELD\" }} {{< FIELD >}} {{% FIELD %}}",
        "{% include FIELD.html %} {# FIELD #} {{{FIELD}}}");
  }

  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource("payloads")
  void noTextFieldCarriesMarkupToAPage(String payload) throws IOException {
    List<String> fields = new ArrayList<>();
    java.util.function.Function<FormatYaml.TextField, String> text =
        f -> {
          fields.add(f.path());
          String p = payload.replace("FIELD", "F" + fields.size() + "X");
          // Only prose may hold a line break (oneLineFieldsRefuseALineBreak below): elsewhere the
          // same payload is written on one line.
          return f.type().multiline() ? p : p.replace('\n', ' ');
        };
    Path root = dir.resolve("policies");
    Path folder = root.resolve(FormatYaml.POLICY_ID);
    Files.createDirectories(folder.resolve(PolicyLoader.VERSIONS_DIR));
    Files.writeString(
        folder.resolve(PolicyLoader.POLICY_FILE), FormatYaml.yaml(FormatYaml.completePolicy(text)));
    Files.writeString(
        folder.resolve(PolicyLoader.VERSIONS_DIR).resolve(FormatYaml.VERSION_ID + ".yaml"),
        FormatYaml.yaml(FormatYaml.completeVersion(text)));
    assertTrue(fields.size() > 40, "every text field of the format: " + fields);

    LintReport report = Linter.builder().displayRoot(root).build().lint(root);
    List<Finding> unreadable =
        report.findings().stream().filter(f -> f.ruleId().startsWith("schema-")).toList();
    // A word of the payload may be no valid text for one field (an empty link text, say), but
    // the policy must load, or nothing would be rendered and the test would prove nothing.
    assertEquals(List.of(), report.unreadable(), () -> formatted(unreadable));

    Path site = dir.resolve("site");
    List<String> files = SiteRenderer.builder().build().render(report.policies(), site).files();
    // Version page and Markdown, the latest's, two fragments, archive (2), feed and sitemap.
    assertEquals(10, files.size(), files.toString());
    StringBuilder all = new StringBuilder();
    for (String name : files) {
      String page = Files.readString(site.resolve(name));
      all.append(page);
      if (!name.endsWith(".xml")) assertNoTemplateSyntax(name, page);
      if (name.endsWith(".html")) assertSafeHtml(name, page);
      else if (name.endsWith(".xml")) {
        // The sitemap and the Atom feed: only their own elements, whatever the policy's text.
        assertTrue(
            page.replaceAll(
                        "</?(urlset|url|loc|lastmod|feed|entry|title|id|updated|link|author|name"
                            + "|summary)\\b[^<>]*>",
                        "")
                    .replaceFirst("^<\\?xml[^<>]*\\?>", "")
                    .indexOf('<')
                < 0,
            page);
      } else assertSafeMarkdown(name, page);
    }
    // The record of processing (policy:register) shows the same fields: HTML, Markdown and CSV.
    Path register = dir.resolve("register");
    List<String> records =
        RegisterRenderer.withTemplates(null).render(report.policies(), register).files();
    assertTrue(records.stream().anyMatch(n -> n.endsWith(".csv")), records.toString());
    for (String name : records) {
      String record = Files.readString(register.resolve(name));
      all.append(record);
      if (!name.endsWith(".csv")) assertNoTemplateSyntax(name, record);
      if (name.endsWith(".html")) assertSafeHtml(name, record);
      else if (name.endsWith(".md")) assertSafeMarkdown(name, record);
      else assertInertCsv(name, record);
    }
    // The payloads did reach the pages, as text: the test is not passing on empty pages.
    Set<String> shown = new TreeSet<>();
    Matcher m = Pattern.compile("F(\\d+)X").matcher(all);
    while (m.find()) shown.add(fields.get(Integer.parseInt(m.group(1)) - 1));
    for (String expected :
        List.of(
            "title",
            "controller.name",
            "preamble",
            "sections[0].title",
            "sections[0].body",
            "sections[0].sections[0].title",
            "definitions[0].term",
            "definitions[0].meaning",
            "legal_bases[0].text",
            "retention[0].statement",
            "rights[0].label",
            "security_measures[0].text")) {
      assertTrue(
          shown.contains(expected) || !payload.contains("FIELD"),
          expected + " is on no page; shown: " + shown);
    }
  }

  /**
   * Characters no text may hold, which YAML writes with escapes in double quotes (FormatYaml writes
   * them so): C0 and C1 controls, DEL, a carriage return, noncharacters, a lone half of a
   * character, the invisible line separators.
   */
  static Stream<String> hiddenCharacters() {
    return Stream.of(
        "\u0001",
        "\0",
        "\u007f",
        "\u009b",
        "\r",
        "\u001b",
        "\uFFFE",
        "\uD800",
        "\uDBBF\uDFFE",
        "\u2028",
        "\u0085");
  }

  /**
   * Whatever field holds it, such a character is refused where the field is written, with its code
   * point named; the policy is not read, so nothing of it is rendered.
   */
  @ParameterizedTest
  @MethodSource("hiddenCharacters")
  void hiddenCharactersAreRefusedInEveryField(String hidden) throws IOException {
    List<FormatYaml.TextField> fields = new ArrayList<>();
    Path root =
        write(
            f -> {
              fields.add(f);
              return "F" + fields.size() + "X " + hidden + " end";
            });
    LintReport report = Linter.builder().displayRoot(root).build().lint(root);
    assertEquals(List.of(FormatYaml.POLICY_ID), report.unreadable());
    int c = hidden.codePointAt(0);
    String code = String.format(c > 0xffff ? "U+%06X" : "U+%04X", c);
    Map<Integer, String> at = markers(root);
    for (int n = 1; n <= fields.size(); n++) {
      String where = at.get(n);
      if (where == null) continue; // inside the first body, which is refused on its own line
      assertTrue(
          report.findings().stream()
              .anyMatch(
                  f ->
                      f.ruleId().equals("schema-wrong-type")
                          && where.equals(f.at().file() + ":" + f.at().line())
                          && f.message().contains(code)),
          fields.get(n - 1).path() + " at " + where + ": " + formatted(report.findings()));
    }
  }

  /**
   * A line break in a title, a term, a name or any value but prose is refused where it is written;
   * in prose it is a paragraph. The payload would be lines of a CI log of its own choosing.
   */
  @org.junit.jupiter.api.Test
  void oneLineFieldsRefuseALineBreak() throws IOException {
    List<FormatYaml.TextField> fields = new ArrayList<>();
    Path root =
        write(
            f -> {
              fields.add(f);
              return "F" + fields.size() + "X\n::error file=pom.xml::forged\n[INFO] BUILD SUCCESS";
            });
    LintReport report = Linter.builder().displayRoot(root).build().lint(root);
    assertEquals(List.of(FormatYaml.POLICY_ID), report.unreadable());
    Map<Integer, String> at = markers(root);
    int oneLine = 0;
    for (int n = 1; n <= fields.size(); n++) {
      FormatYaml.TextField field = fields.get(n - 1);
      String where = at.get(n);
      if (where == null) continue; // written inside another text: a policy block in a body
      String key = field.path().replaceAll("\\[\\d+]$", "").replaceAll(".*\\.", "");
      boolean found =
          report.findings().stream()
              .anyMatch(
                  f ->
                      where.equals(f.at().file() + ":" + f.at().line())
                          && f.message().startsWith("'" + key + "' is one line of text"));
      assertEquals(!field.type().multiline(), found, field.path() + " at " + where);
      if (!field.type().multiline()) oneLine++;
    }
    assertTrue(oneLine > 20, "one-line fields checked: " + oneLine);
  }

  /** A complete policy whose texts {@code text} gives, written under a new policies folder. */
  private Path write(java.util.function.Function<FormatYaml.TextField, String> text)
      throws IOException {
    Path root = dir.resolve("policies");
    Path folder = root.resolve(FormatYaml.POLICY_ID);
    Files.createDirectories(folder.resolve(PolicyLoader.VERSIONS_DIR));
    Files.writeString(
        folder.resolve(PolicyLoader.POLICY_FILE), FormatYaml.yaml(FormatYaml.completePolicy(text)));
    Files.writeString(
        folder.resolve(PolicyLoader.VERSIONS_DIR).resolve(FormatYaml.VERSION_ID + ".yaml"),
        FormatYaml.yaml(FormatYaml.completeVersion(text)));
    return root;
  }

  /**
   * Where each field's marker {@code F<n>X} is written: "p/policy.yaml:12". A marker that follows
   * another on its line is inside that field's text (the policy blocks of the first body) and has
   * no place of its own.
   */
  private static Map<Integer, String> markers(Path root) throws IOException {
    Map<Integer, String> at = new java.util.HashMap<>();
    String p = FormatYaml.POLICY_ID + "/";
    for (String file :
        List.of(
            p + PolicyLoader.POLICY_FILE,
            p + PolicyLoader.VERSIONS_DIR + "/" + FormatYaml.VERSION_ID + ".yaml")) {
      List<String> lines = Files.readAllLines(root.resolve(file));
      for (int l = 0; l < lines.size(); l++) {
        Matcher m = Pattern.compile("F(\\d+)X").matcher(lines.get(l));
        if (m.find()) at.put(Integer.parseInt(m.group(1)), file + ":" + (l + 1));
      }
    }
    return at;
  }

  /** Every element the built-in page template and CommonMark write; any other is injected. */
  private static final Set<String> PAGE_ELEMENTS =
      Set.of(
          "html",
          "article",
          "head",
          "meta",
          "title",
          "link",
          "style",
          "body",
          "header",
          "nav",
          "main",
          "footer",
          "section",
          "div",
          "span",
          "time",
          "a",
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ol",
          "ul",
          "li",
          "strong",
          "em",
          "code",
          "pre",
          "blockquote",
          "hr",
          "br",
          "table",
          "thead",
          "tbody",
          "tr",
          "th",
          "td",
          "caption",
          "dl",
          "dt",
          "dd",
          // the redline of a changes page
          "ins",
          "del",
          // the data-flow picture of the record, drawn by FlowSvg (no link, no script, no load)
          "figure",
          "svg",
          "desc",
          "text",
          "path",
          "rect",
          "small");

  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("\\s([a-zA-Z-]+)(?:=(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");

  /** Reads every real tag of the page: escaped text ("&lt;img") is not a tag, and may say so. */
  /** No delimiter a site generator's template engine would run: see TemplateDelimiters. */
  static void assertNoTemplateSyntax(String name, String page) {
    Matcher open = Pattern.compile("\\{[{%#<]").matcher(page);
    assertFalse(
        open.find(), () -> name + " holds template syntax at " + open.start() + ":\n" + page);
  }

  static void assertSafeHtml(String name, String page) {
    assertFalse(page.contains("<!--") || page.contains("<?"), name + " holds a comment:\n" + page);
    Matcher tag = TAG.matcher(page);
    while (tag.find()) {
      String element = tag.group(2).toLowerCase(Locale.ROOT);
      String where = name + ": " + tag.group() + " in\n" + page;
      assertTrue(PAGE_ELEMENTS.contains(element), where);
      Matcher a = ATTRIBUTE.matcher(tag.group(3));
      while (a.find()) {
        String attribute = a.group(1).toLowerCase(Locale.ROOT);
        String value = a.group(2) == null ? "" : a.group(2).replaceAll("^[\"']|[\"']$", "");
        assertFalse(attribute.startsWith("on"), "an event handler: " + where);
        assertFalse(attribute.equals("src") || attribute.equals("srcset"), "a load: " + where);
        if (attribute.equals("href")
            && !tag.group().equals("<link rel=\"icon\" href=\"data:,\">")) {
          String scheme = value.strip().toLowerCase(Locale.ROOT);
          assertTrue(
              scheme.startsWith("#")
                  || scheme.startsWith("https://")
                  || scheme.startsWith("http://")
                  || scheme.startsWith("mailto:")
                  || !scheme.matches("^[a-z][a-z0-9+.-]*:.*"),
              "a dangerous link: " + where);
        }
      }
    }
  }

  /**
   * Parses the Markdown page as a site would (CommonMark, raw HTML live) and reads every node: the
   * only HTML is the renderer's own anchors (and the register's line breaks in table cells), no
   * image, and every link is to the web, mail or an anchor. Escaped text such as
   * "\\[x\\](javascript:" is no link, and is allowed.
   */
  static void assertSafeMarkdown(String name, String md) {
    // after the front matter, whose values are quoted
    String body = md.startsWith("---\n") ? md.substring(md.indexOf("\n---\n") + 5) : md;
    org.commonmark.node.Node doc = org.commonmark.parser.Parser.builder().build().parse(body);
    doc.accept(
        new org.commonmark.node.AbstractVisitor() {
          @Override
          public void visit(org.commonmark.node.HtmlInline html) {
            assertTrue(
                html.getLiteral().matches("<a id=\"[a-z0-9-]+\">|</a>|<br>"),
                name + ": raw HTML " + html.getLiteral() + " in\n" + md);
          }

          @Override
          public void visit(org.commonmark.node.HtmlBlock html) {
            assertTrue(
                html.getLiteral().strip().matches("<a id=\"[a-z0-9-]+\"></a>"),
                name + ": raw HTML " + html.getLiteral() + " in\n" + md);
          }

          @Override
          public void visit(org.commonmark.node.Image image) {
            throw new AssertionError(name + ": an image " + image.getDestination() + " in\n" + md);
          }

          @Override
          public void visit(org.commonmark.node.Link link) {
            assertTrue(safe(link.getDestination()), name + ": a link to " + link.getDestination());
            visitChildren(link);
          }
        });
  }

  /** Browsers decode entities and drop tabs and line breaks in an address before reading it. */
  private static String unescape(String value) {
    return value
        .replace("&amp;", "&")
        .replace("&#58;", ":")
        .replace("&colon;", ":")
        .replaceAll("&#0*9;|&tab;|[\\t\\n\\r]", "");
  }

  private static boolean safe(String href) {
    String url = href.strip().toLowerCase(Locale.ROOT);
    return url.startsWith("#")
        || url.startsWith("https://")
        || url.startsWith("http://")
        || url.startsWith("mailto:")
        || !url.matches("^[a-z][a-z0-9+.-]*:.*");
  }

  /** No cell of the CSV starts as a spreadsheet formula would, unless made text by a quote. */
  static void assertInertCsv(String name, String csv) throws IOException {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    for (org.apache.commons.csv.CSVRecord row :
        org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(text))) {
      for (String cell : row) {
        assertFalse(
            !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
            name + ": a cell a spreadsheet would run: " + cell);
      }
    }
  }

  private static String formatted(List<Finding> findings) {
    return findings.stream().map(Finding::format).reduce("", (a, b) -> a + "\n  " + b);
  }
}
