package dev.policyascode.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The redline on real history: successive versions of real policies (GitHub, Basecamp, Login.gov,
 * Mozilla) from {@code ../shared/corpus}, split into sections by heading and matched by heading.
 * For every matched section, the redline must give back the old text exactly from its equal and
 * deleted pieces, and the new text from its equal and inserted pieces.
 */
class CorpusRedlineTest {

  static final Path CORPUS = Corpus.folder();

  /** {@code name.<date or HEAD>...md}: the series is what comes before the date. */
  private static final Pattern VERSIONED =
      Pattern.compile("(.+?)\\.((?:\\d{4}-\\d{2}(?:-\\d{2})?|HEAD)[^/]*)\\.md");

  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} .*$");

  @TestFactory
  Stream<DynamicTest> everyPairOfSuccessiveVersions() throws IOException {
    Corpus.require();
    Map<String, TreeMap<String, Path>> series = new TreeMap<>();
    try (Stream<Path> files = Files.walk(CORPUS)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Matcher m = VERSIONED.matcher(f.getFileName().toString());
        if (!m.matches()) continue;
        String key = CORPUS.relativize(f.getParent()) + "/" + m.group(1);
        // HEAD sorts after every date: "HEAD" > "2026-..."; a dated HEAD ("2026-05-HEAD") by date.
        series.computeIfAbsent(key, k -> new TreeMap<>()).put(m.group(2), f);
      }
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (var s : series.entrySet()) {
      List<Path> versions = List.copyOf(s.getValue().values());
      for (int i = 1; i < versions.size(); i++) {
        Path a = versions.get(i - 1);
        Path b = versions.get(i);
        tests.add(
            DynamicTest.dynamicTest(
                a.getFileName() + " → " + b.getFileName(), () -> pair(read(a), read(b))));
      }
    }
    assertTrue(tests.size() >= 8, "expected at least 8 pairs of versions, found " + tests.size());
    return tests.stream();
  }

  private static void pair(String oldDoc, String newDoc) {
    Map<String, String> before = sections(oldDoc);
    Map<String, String> after = sections(newDoc);
    int matched = 0;
    for (var e : after.entrySet()) {
      String old = before.get(e.getKey());
      if (old == null) continue;
      matched++;
      Redline r = Redline.of(old, e.getValue());
      assertEquals(old, r.oldText(), "old text of section '" + e.getKey() + "'");
      assertEquals(e.getValue(), r.newText(), "new text of section '" + e.getKey() + "'");
    }
    assertTrue(matched > 0, "no section heading is common to both versions");
    // Reflowing a real policy, every run of whitespace made one space, is no change at all.
    Redline reflowed = Redline.of(oldDoc, oldDoc.replaceAll("\\s+", " "));
    assertEquals(0, reflowed.changedWords(), "a reflow alone was reported as a change");
  }

  /** The document's sections by heading (the text before the first heading under ""). */
  static Map<String, String> sections(String doc) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = HEADING.matcher(doc);
    int start = 0;
    String heading = "";
    while (m.find()) {
      out.merge(heading, doc.substring(start, m.start()), String::concat);
      heading = m.group().replaceFirst("^#+ ", "").strip();
      start = m.end();
    }
    out.merge(heading, doc.substring(start), String::concat);
    return out;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
