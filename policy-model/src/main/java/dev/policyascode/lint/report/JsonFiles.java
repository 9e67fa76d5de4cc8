package dev.policyascode.lint.report;

import dev.policyascode.io.AtomicFiles;
import dev.policyascode.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes the JSON files of this package the same way on every machine: two-space indent, {@code \n}
 * line ends whatever the platform, a final newline, and a file that is either the old one or the
 * complete new one, never half written.
 */
final class JsonFiles {

  private JsonFiles() {}

  /** {@code node}: a {@link dev.policyascode.json.JsonObject} or a JSON array, value or text. */
  static String toText(Object node) {
    return Json.pretty(node) + "\n";
  }

  /** Writes {@code node} to a temporary file beside {@code out}, then moves it into place. */
  static void write(Object node, Path out) {
    try {
      AtomicFiles.write(out, toText(node).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + out + ": " + e.getMessage(), e);
    }
  }
}
