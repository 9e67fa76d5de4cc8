package dev.policyascode.lint.report;

import dev.policyascode.json.Json;
import dev.policyascode.json.JsonArray;
import dev.policyascode.json.JsonObject;
import dev.policyascode.lint.report.Baseline.Entry;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * The baseline file, version 2: {@code {"version": 2, "findings": [{rule, file, fingerprint, count,
 * message, reason}]}}, where {@code reason} (why the finding is accepted) is optional. Kept apart
 * from {@link Baseline} so that the matching logic does not drown in JSON checks. Version 1 matched
 * findings by message; its entries cannot be turned into fingerprints without the findings they
 * were written from, so it is refused with the command that rewrites it.
 */
final class BaselineFormat {

  static final int VERSION = 2;

  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");

  private static final String FIX =
      "; delete it and run with -Dpolicy.baseline.update to write it again";

  private BaselineFormat() {}

  static JsonObject toJson(List<Entry> entries) {
    JsonObject root = new JsonObject();
    root.put("version", VERSION);
    JsonArray findings = root.putArray("findings");
    for (Entry e : entries) {
      JsonObject f =
          findings
              .addObject()
              .put("rule", e.rule())
              .put("file", e.file())
              .put("fingerprint", e.fingerprint())
              .put("count", e.count())
              .put("message", e.message());
      e.reason().ifPresent(r -> f.put("reason", r));
    }
    return root;
  }

  /** The accepted findings recorded in {@code file}. */
  static List<Entry> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw invalid(file, "it is not UTF-8 text", e);
    } catch (AccessDeniedException e) {
      throw new BaselineException(file + " could not be read: permission denied", e);
    } catch (IOException e) {
      throw new BaselineException(file + " could not be read: " + e.getMessage(), e);
    }
    Object root;
    try {
      root = Json.read(text);
    } catch (JacksonException e) {
      throw invalid(file, "it is not well-formed JSON (" + describe(e) + ")", e);
    }
    return entries(file, root);
  }

  private static List<Entry> entries(Path file, Object value) {
    if (value == Json.NOTHING) throw invalid(file, "it is empty", null);
    if (!(value instanceof JsonObject root)) throw invalid(file, "it must be a JSON object", null);
    Object version = root.get("version");
    if (integer(version) == 1) {
      throw new BaselineException(
          file
              + " is a baseline of an older policy-lint, which matched findings by their message;"
              + " write it again with -Dpolicy.baseline.update and review the diff: it then"
              + " matches findings by the text they are about",
          null);
    }
    if (integer(version) != VERSION) {
      throw invalid(
          file, "its \"version\" must be " + VERSION + ", the only version this tool reads", null);
    }
    JsonArray findings = root.array("findings");
    if (findings == null) {
      throw invalid(file, "it has no \"findings\" list", null);
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      entries.add(entry(file, findings.get(i), i + 1));
    }
    return entries;
  }

  private static Entry entry(Path file, Object value, int number) {
    if (!(value instanceof JsonObject finding)) {
      throw invalid(file, "finding " + number + " is not a JSON object", null);
    }
    String fingerprint = text(file, finding, "fingerprint", number);
    if (!FINGERPRINT.matcher(fingerprint).matches()) {
      throw invalid(
          file, "finding " + number + " has a \"fingerprint\" that is not 16 hex digits", null);
    }
    long count = integer(finding.get("count"));
    if (count < 1) {
      throw invalid(file, "finding " + number + " has no \"count\" of 1 or more", null);
    }
    String message = finding.string("message");
    String reason = finding.string("reason");
    return new Entry(
        text(file, finding, "rule", number),
        text(file, finding, "file", number),
        fingerprint,
        (int) count,
        message != null ? message : "",
        reason != null && !reason.isBlank()
            ? java.util.Optional.of(reason)
            : java.util.Optional.empty());
  }

  /**
   * An integral number as an int, as databind's {@code intValue()} read it (a long beyond an int
   * wraps, and so counts as no version or count); {@link Long#MIN_VALUE} when it is no integer.
   */
  private static long integer(Object value) {
    return value instanceof Integer || value instanceof Long || value instanceof BigInteger
        ? ((Number) value).intValue()
        : Long.MIN_VALUE;
  }

  private static String text(Path file, JsonObject finding, String field, int number) {
    String value = finding.string(field);
    if (value == null || value.isEmpty()) {
      throw invalid(file, "finding " + number + " has no \"" + field + "\" text", null);
    }
    return value;
  }

  private static String describe(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 1
            ? ""
            : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return e.getOriginalMessage() + where;
  }

  private static BaselineException invalid(Path file, String what, Throwable cause) {
    return new BaselineException(file + " is not a valid baseline: " + what + FIX, cause);
  }
}
