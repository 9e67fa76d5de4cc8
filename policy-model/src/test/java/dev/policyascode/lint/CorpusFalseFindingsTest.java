package dev.policyascode.lint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.Corpus;
import dev.policyascode.diagnostics.Position;
import dev.policyascode.lint.api.Rule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.lint.rules.*;
import dev.policyascode.model.*;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How often the text rules speak on real, published policies (../shared/corpus): Markdown files
 * split into sections at their headings and fed to the terms, prose and caption rules as a version
 * with no registers. These texts are not ours and not perfect, so the test does not ask for
 * silence; it prints every finding to {@code target/corpus-findings.txt}, the counts per policy and
 * rule to the log, and holds each rule under a ceiling that was set after reading the findings by
 * eye. A rule that starts crying wolf on real prose fails here.
 */
class CorpusFalseFindingsTest {

  static final Path ROOT = RuleFixtureTest.MODULE.getParent();
  static final Path CORPUS = Corpus.folder();

  /** The controller each corpus folder belongs to: its name is a proper noun of the text. */
  static final Map<String, String> CONTROLLERS =
      Map.of(
          "mozilla-legal-docs", "Mozilla",
          "basecamp-policies", "Basecamp",
          "github-site-policy", "GitHub",
          "login-gov-identity-site", "Login.gov");

  /** The rules that read prose; the others need registers the corpus does not have. */
  static final List<Rule> RULES =
      List.of(
          new TermsUndefined(),
          new TermsSynonym(),
          new ProsePlaceholder(),
          new ProseHiddenCharacters(),
          new ProseRegulationNames(),
          new ProseHeadingRunIn(),
          new XrefCaption(),
          new PlainVagueQualifier(),
          new PlainReadability(),
          new PlainLongSentence(),
          new XrefSectionNumber(),
          new XrefLiteralNumber(),
          new RetentionCookieLifetime());

  /**
   * At most this many findings per rule over the whole English corpus (27 policies). Each number is
   * what the rules report today, read one by one, with a little room. terms-undefined: 72, of which
   * about 27 are real capitalised terms without a definition ('our Site', 'the Services', 'Legal
   * Process'); the rest are mostly product features (Firefox's 'New Tab', 'Sync', 'Telemetry',
   * GitHub's 'Security Key') and menu names, which is why the rule is an info. Issue 17 (undefined
   * terms): 83, from 72; two 'File' of a menu path 'File > ...' are no longer reported; 13 phrases
   * named as things after 'the' and never defined, whose words the text never writes in lower case,
   * now are: 9 Firefox features ('Awesome Bar' x3, 'Add-ons Manager' x3, 'Firefox Account', 'Smart
   * Window', 'Daily Usage Ping'), the terms such a text should define or write in lower case, and 4
   * names ('Google Analytics', 'Creative Commons', 'Nevada Revised Statutes' x2), which an info can
   * afford. prose-heading-run-in: 10, all titles that are sentences or lead-ins ("At Mozilla, we
   * believe that privacy is fundamental to a healthy internet.", "Firefox by default shares data
   * to:"). The other rules find nothing on these published texts, as they should.
   * xref-section-number: 24, all citations of US law by '§' or 'section' ('§ 1523', 'section
   * 1798.83', 'Chapter 603') that the corpus, split at its headings, cannot tell from its own
   * numbers; the same 24 before and after lists and ranges ('sections 3.5 and 4.9') were read.
   * xref-literal-number: 2, Basecamp's 'clause 7', a real typed reference. The plain rules (infos,
   * issue 17): plain-vague-qualifier 636, of which a sample of 40 read held 12 false alarms (the
   * law, a data item's content or a feature described, not the processing); plain-readability 59
   * sections under 30, all dense texts in the 11 checked; plain-long-sentence 210 sentences over 40
   * words, all ten read single sentences as the page shows them. retention-cookie-lifetime reads
   * the text of a notice without a cookies register for lifespans over 13 months: 0 on the corpus.
   * The cookies-* rules read the cookies register, which the corpus does not have.
   */
  static final Map<String, Integer> CEILING =
      Map.ofEntries(
          Map.entry("terms-undefined", 86),
          Map.entry("terms-synonym", 0),
          Map.entry("prose-placeholder", 0),
          Map.entry("prose-hidden-characters", 0),
          Map.entry("prose-regulation-names", 0),
          Map.entry("prose-heading-run-in", 10),
          Map.entry("xref-caption", 0),
          Map.entry("plain-vague-qualifier", 650),
          Map.entry("plain-readability", 62),
          Map.entry("plain-long-sentence", 215),
          Map.entry("xref-section-number", 24),
          Map.entry("xref-literal-number", 2),
          Map.entry("retention-cookie-lifetime", 0));

  /** Other languages: the term heuristics (lower-case forms, sentence starts) are English. */
  private static final Pattern OTHER_LANGUAGE = Pattern.compile(".*\\.(ja|fr|de|zh|es)\\..*");

  private static final Pattern LIQUID = Pattern.compile("\\{\\{[^}]*\\}\\}|\\{%[^%]*%\\}");

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");

  @Test
  void textRulesStayUnderTheirCeilingOnRealPolicies() throws IOException {
    Corpus.require();
    List<Path> files;
    try (Stream<Path> s = Files.walk(CORPUS)) {
      files =
          s.filter(p -> p.toString().endsWith(".md"))
              .filter(p -> !p.getFileName().toString().startsWith("LICENSE"))
              .filter(p -> !OTHER_LANGUAGE.matcher(p.getFileName().toString()).matches())
              .sorted()
              .toList();
    }
    assertTrue(files.size() >= 20, "expected the English corpus policies, found " + files.size());
    Map<String, Integer> total = new TreeMap<>();
    StringBuilder all = new StringBuilder();
    for (Path file : files) {
      String folder = file.getParent().getFileName().toString();
      VersionContext context = context(file, CONTROLLERS.getOrDefault(folder, folder));
      Map<String, Integer> counts = new TreeMap<>();
      for (Rule rule : RULES) {
        counts.put(rule.meta().id(), 0);
        rule.check(
            context,
            f -> {
              counts.merge(f.ruleId(), 1, Integer::sum);
              all.append(f.format()).append('\n');
            });
      }
      counts.forEach((k, v) -> total.merge(k, v, Integer::sum));
      System.out.println("corpus " + CORPUS.relativize(file) + ": " + counts);
    }
    System.out.println("corpus total over " + files.size() + " policies: " + total);
    Path out = RuleFixtureTest.MODULE.resolve("target/corpus-findings.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, all.toString(), StandardCharsets.UTF_8);
    for (var e : CEILING.entrySet()) {
      int n = total.getOrDefault(e.getKey(), 0);
      assertTrue(
          n <= e.getValue(),
          e.getKey()
              + " reports "
              + n
              + " findings on the corpus, more than its ceiling of "
              + e.getValue()
              + "; read them in "
              + out);
    }
  }

  /** A corpus file as a version: the text before the first heading, then one section a heading. */
  static VersionContext context(Path file, String controller) throws IOException {
    String shown = CORPUS.relativize(file).toString();
    // Jekyll fills in {{ ... }} and {% ... %} before publishing: they are not in the published text
    List<String> lines =
        Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .map(l -> LIQUID.matcher(l).replaceAll(m -> " ".repeat(m.group().length())))
            .toList();
    int start = 0;
    if (!lines.isEmpty() && lines.get(0).equals("---")) {
      start = 1;
      while (start < lines.size() && !lines.get(start).equals("---")) start++;
      start++;
    }
    String title = "Privacy Policy";
    List<Section> sections = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    int bodyLine = start + 1;
    String sectionTitle = null;
    int titleLine = 0;
    for (int i = start; i < lines.size(); i++) {
      var m = HEADING.matcher(lines.get(i));
      if (m.matches()) {
        if (sectionTitle != null) {
          sections.add(section(shown, sectionTitle, titleLine, body.toString(), bodyLine));
        } else if (!body.toString().isBlank()) {
          sections.add(section(shown, "Introduction", bodyLine, body.toString(), bodyLine));
        }
        if (m.group(1).length() == 1) title = m.group(2);
        sectionTitle = m.group(2);
        titleLine = i + 1;
        body.setLength(0);
        bodyLine = i + 2;
      } else {
        body.append(lines.get(i)).append('\n');
      }
    }
    if (sectionTitle != null) {
      sections.add(section(shown, sectionTitle, titleLine, body.toString(), bodyLine));
    }
    Position at = Position.startOf(shown);
    Registers none =
        new Registers(
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of());
    PolicyVersion version =
        new PolicyVersion(
            "corpus",
            LocalDate.of(2024, 1, 1),
            Status.PUBLISHED,
            Optional.empty(),
            Optional.empty(),
            none,
            sections,
            at);
    Contact owner =
        new Contact(
            controller,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            at);
    Policy policy =
        new Policy(
            "corpus",
            title,
            owner,
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of("en"),
            Optional.empty(),
            at,
            List.of(version));
    return VersionContext.of(policy, version);
  }

  private static Section section(
      String file, String title, int titleLine, String body, int bodyLine) {
    String plain = title.replaceAll("[*_`]", "").strip();
    String id =
        plain
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N} -]", "")
            .strip()
            .replace(' ', '-');
    Optional<Prose> text =
        body.isBlank() ? Optional.empty() : Optional.of(new Prose(body, lines(file, bodyLine)));
    Position titleAt = new Position(file, titleLine, 1);
    return new Section(id.isEmpty() ? "section" : id, plain, text, List.of(), titleAt, titleAt);
  }

  /** Places a finding on its line of the corpus file. */
  private static TextLocator lines(String file, int firstLine) {
    return new TextLocator() {
      @Override
      public Position start() {
        return new Position(file, firstLine, 1);
      }

      @Override
      public Position locate(String value, int offset, int length) {
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < offset && i < value.length(); i++) {
          if (value.charAt(i) == '\n') {
            line++;
            lineStart = i + 1;
          }
        }
        return new Position(file, line, offset - lineStart + 1);
      }
    };
  }
}
