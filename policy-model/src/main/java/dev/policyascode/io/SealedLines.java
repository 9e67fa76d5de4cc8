package dev.policyascode.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A file of text lines that only saves time, such as a cache between builds: its first line names
 * its kind, its last signs the lines before it with this machine's {@link Seal}, so that a file cut
 * short, changed, or written anywhere but on this machine by this class reads as no file at all,
 * never as content to trust.
 *
 * <pre>
 * &lt;kind&gt;
 * ...
 * seal &lt;HMAC-SHA256 of every line above, each ended by a line feed&gt;
 * </pre>
 */
public final class SealedLines {

  private SealedLines() {}

  /**
   * The lines between the first and the seal; empty when the file is missing, unreadable, not
   * UTF-8, of another kind, cut short, altered or sealed with another key.
   */
  public static Optional<List<String>> read(Path file, String kind, Seal seal) {
    List<String> lines;
    try {
      if (!Files.isRegularFile(file)) return Optional.empty();
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // malformed UTF-8 too
    }
    if (lines.size() < 2 || !lines.get(0).equals(kind)) return Optional.empty();
    List<String> signed = lines.subList(0, lines.size() - 1);
    String expected = "seal " + seal.sign(signed);
    // Compared in constant time: the seal is a secret's work, and a timing leak is cheap to avoid.
    if (!java.security.MessageDigest.isEqual(
        lines.get(lines.size() - 1).getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(signed.subList(1, signed.size())));
  }

  /**
   * Writes {@code lines} after {@code kind} and before their seal, through a temporary file moved
   * into place, so that a reader (another build at the same time) sees the old file or the new one,
   * never half of one.
   */
  public static void write(Path file, String kind, List<String> lines, Seal seal)
      throws IOException {
    List<String> all = new ArrayList<>(lines.size() + 2);
    all.add(kind);
    all.addAll(lines);
    all.add("seal " + seal.sign(all));
    AtomicFiles.write(file, (String.join("\n", all) + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
