package dev.policyascode.gdpr;

import dev.policyascode.json.Json;
import dev.policyascode.json.JsonArray;
import dev.policyascode.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;

/**
 * Reads the JSON files of GDPR facts shipped in this module ({@code dev/policyascode/gdpr/}). They
 * are read as plain trees, never bound to Java types. A broken file is a bug of the release, so it
 * fails loudly, naming the file and the entry.
 */
final class ReferenceData {

  private ReferenceData() {}

  static JsonObject read(String name) {
    String path = "/dev/policyascode/gdpr/" + name;
    try (InputStream in = ReferenceData.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing reference data " + path);
      if (Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          instanceof JsonObject o) {
        return o;
      }
      throw new IllegalStateException("reference data " + path + " is not a JSON object");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference data " + path, e);
    } catch (JacksonException e) {
      throw new IllegalStateException("reference data " + path + " is not valid JSON", e);
    }
  }

  /** The entries of the list {@code key} of {@code data}: objects, or the file is broken. */
  static List<JsonObject> entries(JsonObject data, String key, String file) {
    JsonArray list = data.array(key);
    if (list == null) throw new IllegalStateException(file + ": no list '" + key + "'");
    List<JsonObject> out = new ArrayList<>();
    for (Object e : list) {
      if (!(e instanceof JsonObject o)) {
        throw new IllegalStateException(
            file + ": an entry of '" + key + "' is not an object: " + e);
      }
      out.add(o);
    }
    return out;
  }

  static String text(JsonObject entry, String key, String file) {
    String v = entry.string(key);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException(file + ": an entry lacks '" + key + "': " + entry);
    }
    return v;
  }

  static Optional<String> optionalText(JsonObject entry, String key) {
    Object v = entry.get(key);
    return v == null ? Optional.empty() : Optional.of(v instanceof String s ? s : v.toString());
  }

  /** A list of strings, empty when the key is absent. */
  static List<String> texts(JsonObject entry, String key) {
    Object v = entry.get(key);
    if (v == null) return List.of();
    List<String> out = new ArrayList<>();
    for (Object e : (JsonArray) v) out.add(e instanceof String s ? s : String.valueOf(e));
    return out;
  }

  static Optional<LocalDate> optionalDate(JsonObject entry, String key) {
    return optionalText(entry, key).map(LocalDate::parse);
  }
}
