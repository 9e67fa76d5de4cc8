package dev.policyascode.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A file of text lines that only saves time, such as a cache between builds: its first line names
 * its kind, its last is the SHA-256 of the lines before it, so that a file cut short or changed by
 * anything but this class reads as no file at all, never as wrong content.
 *
 * <pre>
 * &lt;kind&gt;
 * ...
 * sum &lt;sha-256 of every line above, each ended by a line feed&gt;
 * </pre>
 */
public final class SummedLines {

  private SummedLines() {}

  /**
   * The lines between the first and the sum; empty when the file is missing, unreadable, not UTF-8,
   * of another kind, cut short or altered.
   */
  public static Optional<List<String>> read(Path file, String kind) {
    List<String> lines;
    try {
      if (!Files.isRegularFile(file)) return Optional.empty();
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // malformed UTF-8 too
    }
    if (lines.size() < 2 || !lines.get(0).equals(kind)) return Optional.empty();
    List<String> summed = lines.subList(0, lines.size() - 1);
    if (!lines.get(lines.size() - 1).equals("sum " + sum(summed))) return Optional.empty();
    return Optional.of(List.copyOf(summed.subList(1, summed.size())));
  }

  /**
   * Writes {@code lines} after {@code kind} and before their sum, through a temporary file moved
   * into place, so that a reader (another build at the same time) sees the old file or the new one,
   * never half of one.
   */
  public static void write(Path file, String kind, List<String> lines) throws IOException {
    List<String> all = new ArrayList<>(lines.size() + 2);
    all.add(kind);
    all.addAll(lines);
    all.add("sum " + sum(all));
    AtomicFiles.write(file, (String.join("\n", all) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static String sum(List<String> lines) {
    var d = Digests.sha256();
    for (String line : lines) d.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d.digest());
  }
}
