package dev.policyascode.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diff.Change;
import dev.policyascode.model.LegalBasis;
import dev.policyascode.model.RecipientRole;
import dev.policyascode.model.Right;
import dev.policyascode.model.Safeguard;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every built-in {@code labels_<lang>.properties} gives every word of {@code labels.properties},
 * and no other: a missing word would quietly fall back to English in the middle of a French page,
 * an unknown one is a typo that no page shows. The files are read from the templates module's
 * sources, so that a new language file is checked the day it is added.
 */
class LabelFilesTest {

  static final Path FOLDER =
      Path.of(System.getProperty("basedir", ""))
          .toAbsolutePath()
          .getParent()
          .resolve("templates/src/main/resources/policy-templates");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  @Test
  void everyLanguageHasExactlyTheEnglishKeys() throws IOException {
    Properties english = read(FOLDER.resolve("labels.properties"));
    List<Path> languages = languageFiles();
    Set<String> names = new TreeSet<>();
    languages.forEach(p -> names.add(p.getFileName().toString()));
    assertTrue(
        names.containsAll(Set.of("labels_fr.properties", "labels_de.properties")),
        "expected the French and German files in " + FOLDER + ", found " + names);
    List<String> problems = new ArrayList<>();
    for (Path file : languages) {
      Properties other = read(file);
      String name = file.getFileName().toString();
      Set<String> missing = new TreeSet<>(english.stringPropertyNames());
      missing.removeAll(other.stringPropertyNames());
      Set<String> unknown = new TreeSet<>(other.stringPropertyNames());
      unknown.removeAll(english.stringPropertyNames());
      if (!missing.isEmpty()) problems.add(name + " lacks " + missing);
      if (!unknown.isEmpty())
        problems.add(name + " has keys that labels.properties has not: " + unknown);
      for (String key : new TreeSet<>(other.stringPropertyNames())) {
        String value = other.getProperty(key);
        if (value.isBlank()) problems.add(name + ": " + key + " is blank");
        if (english.containsKey(key)
            && !placeholders(value).equals(placeholders(english.getProperty(key)))) {
          problems.add(
              name
                  + ": "
                  + key
                  + " uses the placeholders "
                  + placeholders(value)
                  + ", the English "
                  + placeholders(english.getProperty(key)));
        }
      }
    }
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  @Test
  void englishHasNoBlankWord() throws IOException {
    Properties english = read(FOLDER.resolve("labels.properties"));
    assertTrue(english.size() > 80, "labels.properties read from " + FOLDER);
    english.forEach((k, v) -> assertTrue(!v.toString().isBlank(), k + " is blank"));
  }

  @Test
  void everyWordOfTheFormatHasItsLabels() throws IOException {
    Properties english = read(FOLDER.resolve("labels.properties"));
    List<String> keys = new ArrayList<>();
    for (LegalBasis b : LegalBasis.values()) {
      keys.add("change.basis." + b.word());
      keys.add("register.basis." + b.word());
    }
    for (RecipientRole r : RecipientRole.values()) {
      keys.add("change.role." + r.word());
      keys.add("register.role." + r.word());
    }
    for (Safeguard s : Safeguard.values()) {
      keys.add("change.safeguard." + s.word());
      keys.add("register.safeguard." + s.word());
    }
    for (Right r : Right.values()) keys.add("change.right." + r.word());
    for (Change.Area a : Change.Area.values()) keys.add(a.label());
    // The other languages have exactly the English keys (above): English is enough here.
    assertEquals(
        List.of(),
        keys.stream().filter(k -> !english.containsKey(k)).toList(),
        "labels.properties lacks these keys");
  }

  private static List<Path> languageFiles() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files
          .filter(p -> p.getFileName().toString().matches("labels_[a-z]{2,3}\\.properties"))
          .sorted()
          .toList();
    }
  }

  private static Set<String> placeholders(String value) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(value);
    while (m.find()) found.add(m.group());
    return found;
  }

  static Properties read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
