package dev.policyascode.translate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.Corpus;
import dev.policyascode.diagnostics.Finding;
import dev.policyascode.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real notices published in several languages (../shared/corpus), transcribed as one policy per
 * statement: the English file becomes the version, one section a heading, and each other language a
 * translation made from it, section by section in the same order. Their languages must be in
 * parity; then one English paragraph is edited in a draft successor, whose translations are carried
 * over, and exactly one text per language must be stale.
 */
class TranslationCorpusTest {

  /** An ATX heading, its closing hashes and its kramdown id ({#authority}) left out. */
  private static final Pattern HEADING =
      Pattern.compile("^(#{1,6})\\s+(.*?)\\s*(?:#+\\s*)?(?:\\{#([a-z0-9-]+)\\})?\\s*$");

  @TempDir Path root;

  /** A heading and the text under it. */
  record Part(String id, String title, String body) {}

  static List<Part> parts(Path file) throws IOException {
    String text = Files.readString(file, UTF_8);
    if (text.startsWith("---\n")) text = text.substring(text.indexOf("\n---\n", 4) + 5);
    List<Part> out = new ArrayList<>();
    String title = null;
    StringBuilder body = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      Matcher m = HEADING.matcher(line);
      if (m.matches()) {
        if (title != null) out.add(new Part("s" + out.size(), title, body.toString().strip()));
        title = m.group(2).replaceAll("\\s*#+$", "").strip();
        body.setLength(0);
      } else if (title != null && !line.startsWith("{:")) {
        body.append(line).append('\n');
      }
    }
    if (title != null) out.add(new Part("s" + out.size(), title, body.toString().strip()));
    return out;
  }

  private static String versionFile(String id, List<Part> en) {
    StringBuilder sb =
        new StringBuilder("format: 1\nversion: " + id + "\neffective: " + id)
            .append("\nstatus: draft\nsections:\n");
    for (Part p : en) {
      sb.append("  - id: ").append(p.id()).append("\n    title: ");
      sb.append(TranslationWriter.quoted(p.title())).append('\n');
      if (!p.body().isEmpty()) {
        sb.append("    body: ").append(TranslationWriter.quoted(p.body())).append('\n');
      }
    }
    return sb.toString();
  }

  private static String translation(String version, String lang, List<Part> en, List<Part> tr) {
    List<TranslationWriter.Entry> entries = new ArrayList<>();
    for (int i = 0; i < en.size(); i++) {
      Part s = en.get(i);
      Part t = tr.get(i);
      String k = "section." + s.id();
      entries.add(entry(k + ".title", s.title(), t.title()));
      if (!s.body().isEmpty()) entries.add(entry(k + ".body", s.body(), t.body()));
    }
    return TranslationWriter.write(version, lang, entries);
  }

  private static TranslationWriter.Entry entry(String key, String source, String text) {
    return new TranslationWriter.Entry(
        key, source, Optional.of(SourceFingerprint.of(source)), text);
  }

  private Map<String, Integer> lint() {
    Map<String, Integer> counts = new TreeMap<>();
    for (Finding f : Linter.builder().displayRoot(root).build().lint(root).findings()) {
      if (f.ruleId().startsWith("translations-") || f.ruleId().startsWith("schema-")) {
        counts.merge(f.ruleId() + " " + f.at().file().replaceAll(".*/", ""), 1, Integer::sum);
      }
    }
    return counts;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "login-gov-identity-site/privacy-act-statement.{lang}.HEAD.md, en es fr zh",
    "mozilla-legal-docs/firefox_privacy_notice.{lang}.2026-05-HEAD.md, en de",
  })
  void theLanguagesAreInParityAndOneEditMakesOneTextStalePerLanguage(String pattern, String langs)
      throws IOException {
    Path corpus = Corpus.require();
    List<String> languages = List.of(langs.split(" "));
    Map<String, List<Part>> byLanguage = new TreeMap<>();
    for (String lang : languages) {
      byLanguage.put(lang, parts(corpus.resolve(pattern.replace("{lang}", lang))));
    }
    List<Part> en = byLanguage.get("en");
    for (String lang : languages) {
      assertEquals(en.size(), byLanguage.get(lang).size(), lang + " has as many headings as en");
    }
    Path policy = Files.createDirectories(root.resolve("statement/versions")).getParent();
    Files.writeString(
        policy.resolve("policy.yaml"),
        "format: 1\nid: statement\ntitle: Privacy notice\ncontroller:\n  name: Corpus\n"
            + "languages: ["
            + String.join(", ", languages)
            + "]\n",
        UTF_8);
    String v1 = "2026-01-01";
    Files.writeString(policy.resolve("versions/" + v1 + ".yaml"), versionFile(v1, en), UTF_8);
    for (String lang : languages.subList(1, languages.size())) {
      Files.writeString(
          policy.resolve("versions/" + v1 + "." + lang + ".yaml"),
          translation(v1, lang, en, byLanguage.get(lang)),
          UTF_8);
    }
    assertEquals(Map.of(), lint(), "the languages as published are in parity");

    // The draft successor: one English paragraph edited, the translations carried over as they
    // were, with the fingerprints of the texts they were made from.
    String v2 = "2026-06-01";
    List<Part> edited = new ArrayList<>(en);
    int at = edited.size() / 2;
    while (edited.get(at).body().isEmpty()) at++;
    Part p = edited.get(at);
    edited.set(at, new Part(p.id(), p.title(), p.body().replaceFirst("\\.", ", as of 2026.")));
    Files.writeString(policy.resolve("versions/" + v2 + ".yaml"), versionFile(v2, edited), UTF_8);
    for (String lang : languages.subList(1, languages.size())) {
      Files.writeString(
          policy.resolve("versions/" + v2 + "." + lang + ".yaml"),
          translation(v2, lang, en, byLanguage.get(lang)),
          UTF_8);
    }
    Map<String, Integer> expected = new TreeMap<>();
    for (String lang : languages.subList(1, languages.size())) {
      expected.put("translations-stale " + v2 + "." + lang + ".yaml", 1);
    }
    Map<String, Integer> found = lint();
    assertEquals(expected, found, "exactly one stale text per language, none in the first version");
    assertTrue(languages.size() > 1);
  }
}
