package dev.policyascode.bench;

import dev.policyascode.versions.ContentHash;
import dev.policyascode.versions.VersionLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Files under the loader's 4 MB limit that once took minutes (issue 19, item 4), each written at a
 * size of the caller's choice, so that a small size shows how the time grows and the full size
 * shows it is bounded:
 *
 * <ul>
 *   <li>{@code definitions}: a version with {@code size} definitions, none of them used;
 *   <li>{@code references}: {@code size} times "section 1.1" on one line, the text of a section of
 *       its own written folded ({@code >}), which the loader places by searching the file;
 *   <li>{@code paragraph}: one paragraph of about {@code size} bytes on a single line, full of
 *       capitalised words, references with captions and links;
 *   <li>{@code rewrite}: two versions whose first section has {@code size} words, every one of them
 *       rewritten in the second: its changes page.
 * </ul>
 *
 * Every case is a complete policy built on the benchmark's generated version, so that only the one
 * pathological part is unusual.
 */
public final class HostileCases {

  /** The cases, in the order of the issue. */
  public static final List<String> CASES =
      List.of("definitions", "references", "paragraph", "rewrite");

  /** The sizes the issue measured: minutes each before the fixes. */
  public static int issueSize(String name) {
    return switch (name) {
      case "definitions" -> 80_000;
      case "references" -> 100_000;
      case "paragraph" -> 3_700_000;
      case "rewrite" -> 80_000;
      default -> throw new IllegalArgumentException("no case " + name);
    };
  }

  private static final LocalDate FIRST = LocalDate.of(2018, 5, 25);

  private HostileCases() {}

  /**
   * Writes the case under {@code root} (one policy folder, {@code hostile}) and returns the size in
   * bytes of its largest version file, which must stay under the loader's 4 MB limit.
   */
  public static long write(Path root, String name, int size) {
    Path folder = root.resolve("hostile");
    write(folder.resolve("policy.yaml"), PolicyGenerator.policyFile("hostile", 0));
    String base = PolicyGenerator.versionFile(FIRST, new Revision(0, 0), 0);
    List<String> versions =
        switch (name) {
          case "definitions" -> List.of(base.replace("definitions:\n", definitions(size)));
          case "references" -> List.of(base + folded("section 1.1 ".repeat(size).strip()));
          case "paragraph" -> List.of(inFirstBody(base, paragraph(size)));
          case "rewrite" ->
              List.of(
                  inFirstBody(base, prose(new Random(1), size)),
                  inFirstBody(
                      PolicyGenerator.versionFile(FIRST.plusDays(30), new Revision(0, 0), 1),
                      prose(new Random(2), size)));
          default -> throw new IllegalArgumentException("no case " + name);
        };
    VersionLock lock = VersionLock.empty();
    long largest = 0;
    for (int v = 0; v < versions.size(); v++) {
      String date = FIRST.plusDays(30L * v).toString();
      String text = versions.get(v);
      largest = Math.max(largest, write(folder.resolve("versions/" + date + ".yaml"), text));
      lock = lock.with(date, ContentHash.of(text));
    }
    write(folder.resolve(VersionLock.FILE), lock.format());
    return largest;
  }

  /** Definitions of made-up terms ('Qab', 'Qac'...), written one a line as the flagship does. */
  private static String definitions(int n) {
    StringBuilder y = new StringBuilder("definitions:\n");
    for (int i = 0; i < n; i++) {
      y.append("  - {id: t").append(i).append(", term: Q").append(letters(i));
      y.append(", meaning: a thing}\n");
    }
    return y.toString();
  }

  /** 0 is 'aaaa', 1 'aaab'...: a distinct word of letters for every number below 26⁴. */
  private static String letters(int i) {
    char[] c = new char[4];
    for (int k = 3; k >= 0; k--, i /= 26) c[k] = (char) ('a' + i % 26);
    return new String(c);
  }

  /**
   * About {@code bytes} of prose on one line: sentences with capitalised words, a reference with a
   * caption in brackets and a link with one in quotes every few sentences.
   */
  private static String paragraph(int bytes) {
    Random r = new Random(3);
    StringBuilder sb = new StringBuilder(bytes + 200);
    while (sb.length() < bytes) {
      sb.append(GeneratedProse.capitalised(GeneratedProse.sentence(r, 12))).append(". ");
      sb.append("Users of the Service Provider see section 2.1 (Collected Data) and ");
      sb.append("[](#s1-0) “Retention Rules”. ");
    }
    return sb.toString().strip();
  }

  /** {@code words} words of prose, in paragraphs of about a hundred. */
  static String prose(Random r, int words) {
    StringBuilder sb = new StringBuilder();
    for (int left = words; left > 0; left -= 100) {
      sb.append(GeneratedProse.paragraph(r, Math.min(100, left))).append("\n\n");
    }
    return sb.toString().strip();
  }

  /** A last section whose text is {@code line}, folded: a place in it is found by searching. */
  private static String folded(String line) {
    return "  - id: references\n    title: References\n    body: >\n      " + line + "\n";
  }

  /** The version with {@code text} as the first paragraph of its first section. */
  private static String inFirstBody(String version, String text) {
    String body = "    body: |\n";
    int at = version.indexOf(body) + body.length();
    StringBuilder indented = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      indented.append(line.isEmpty() ? "" : "      " + line).append('\n');
    }
    return version.substring(0, at) + indented + "\n" + version.substring(at);
  }

  private static long write(Path file, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.length;
  }
}
