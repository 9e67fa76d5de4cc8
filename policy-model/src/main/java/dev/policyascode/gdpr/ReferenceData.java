package dev.policyascode.gdpr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON files of GDPR facts shipped in this module ({@code dev/policyascode/gdpr/}). They
 * are read as plain trees, never bound to Java types. A broken file is a bug of the release, so it
 * fails loudly, naming the file and the entry.
 */
final class ReferenceData {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ReferenceData() {}

  static JsonNode read(String name) {
    String path = "/dev/policyascode/gdpr/" + name;
    try (InputStream in = ReferenceData.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing reference data " + path);
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference data " + path, e);
    } catch (JacksonException e) {
      throw new IllegalStateException("reference data " + path + " is not valid JSON", e);
    }
  }

  static String text(JsonNode entry, String key, String file) {
    JsonNode v = entry.get(key);
    if (v == null || !v.isString() || v.asString().isBlank()) {
      throw new IllegalStateException(file + ": an entry lacks '" + key + "': " + entry);
    }
    return v.asString();
  }

  static Optional<String> optionalText(JsonNode entry, String key) {
    JsonNode v = entry.get(key);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asString());
  }

  /** A list of strings, empty when the key is absent. */
  static java.util.List<String> texts(JsonNode entry, String key) {
    JsonNode v = entry.get(key);
    if (v == null || v.isNull()) return java.util.List.of();
    java.util.List<String> out = new java.util.ArrayList<>();
    v.forEach(e -> out.add(e.asString()));
    return out;
  }

  static Optional<LocalDate> optionalDate(JsonNode entry, String key) {
    return optionalText(entry, key).map(LocalDate::parse);
  }
}
