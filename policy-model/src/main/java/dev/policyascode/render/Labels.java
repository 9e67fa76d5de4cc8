package dev.policyascode.render;

import dev.policyascode.text.BuiltInLabels;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The words of a page around the policy's own text ("Contents", "effective"), in the policy's
 * language: {@code labels.properties} in English, {@code labels_<lang>.properties} for another
 * language, each word falling back to English; a project's template folder may hold its own files
 * of the same names, which win.
 */
final class Labels {

  private Labels() {}

  static Map<String, String> of(String languageTag, Path overrides) {
    String lang = Locale.forLanguageTag(languageTag).getLanguage();
    Properties p = new Properties();
    p.putAll(BuiltInLabels.of(languageTag));
    if (overrides != null) {
      own(p, overrides.resolve("labels.properties"));
      own(p, overrides.resolve("labels_" + lang + ".properties"));
    }
    Map<String, String> labels = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> labels.put(k, p.getProperty(k)));
    // Shared by the pages rendered in parallel: nobody may change it.
    return Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  private static void own(Properties into, Path file) {
    if (!Files.isRegularFile(file)) return;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      into.load(r);
    } catch (IOException e) {
      throw new RenderException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
