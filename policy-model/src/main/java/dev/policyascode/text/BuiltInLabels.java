package dev.policyascode.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The built-in words around a policy's text, from the templates module: {@code labels.properties}
 * in English and {@code labels_<lang>.properties} for another language, each word falling back to
 * English. Here rather than in the renderer because the summary of changes ({@code diff}) speaks
 * these words too and must not depend on rendering.
 */
public final class BuiltInLabels {

  /** The folder of the built-in templates and labels on the class path. */
  public static final String FOLDER = "policy-templates";

  private BuiltInLabels() {}

  /** The built-in words in the language {@code languageTag} (such as fr or fr-FR). */
  public static Map<String, String> of(String languageTag) {
    Properties p = new Properties();
    try {
      read(p, "labels.properties");
      read(p, "labels_" + Locale.forLanguageTag(languageTag).getLanguage() + ".properties");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the built-in labels: " + e.getMessage(), e);
    }
    Map<String, String> labels = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> labels.put(k, p.getProperty(k)));
    return Collections.unmodifiableMap(labels);
  }

  /**
   * Adds the words of the built-in file {@code name} to {@code into}; a language without a file
   * adds nothing, and so stays English.
   */
  private static void read(Properties into, String name) throws IOException {
    InputStream in = BuiltInLabels.class.getClassLoader().getResourceAsStream(FOLDER + "/" + name);
    if (in == null) return;
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      into.load(r);
    }
  }
}
