package dev.policyascode.lint.cache;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Position;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.io.Seal;
import dev.policyascode.io.SealedLines;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cache's file of findings: findings by key, in lines of tab-separated text, like the render's
 * build state. Its last line signs the lines before it with this machine's key ({@link
 * SealedLines}), so that a file cut short, changed by anything but this class, or brought from
 * elsewhere (committed with the project) is read as no cache at all (a fresh lint), never as
 * findings to trust.
 *
 * <pre>
 * policy-lint-cache 2
 * K &lt;key&gt; &lt;number of findings&gt;
 * F &lt;rule&gt; &lt;severity&gt; &lt;line&gt; &lt;column&gt; &lt;file&gt; &lt;message&gt;
 * seal &lt;HMAC-SHA256 of every line above, each ended by a line feed&gt;
 * </pre>
 */
final class CacheFile {

  static final String NAME = "findings";
  private static final String HEADER = "policy-lint-cache 2";

  private CacheFile() {}

  /**
   * The entries in {@code file}; empty when it is missing, unreadable, cut short, altered or sealed
   * elsewhere.
   */
  static Map<String, List<Finding>> read(Path file, Seal seal) {
    Optional<List<String>> lines = SealedLines.read(file, HEADER, seal);
    if (lines.isEmpty()) return Map.of();
    try {
      return entries(lines.get());
    } catch (RuntimeException e) {
      return Map.of(); // a number, a severity or a position that cannot be
    }
  }

  private static Map<String, List<Finding>> entries(List<String> lines) {
    Map<String, List<Finding>> entries = new LinkedHashMap<>();
    int i = 0;
    while (i < lines.size()) {
      String[] k = lines.get(i++).split(" ", -1);
      if (k.length != 3 || !k[0].equals("K")) throw new IllegalArgumentException("not an entry");
      int n = Integer.parseInt(k[2]);
      if (n < 0 || n > lines.size() - i) throw new IllegalArgumentException("count");
      List<Finding> findings = new ArrayList<>(n);
      for (int j = 0; j < n; j++) findings.add(finding(lines.get(i++)));
      entries.put(k[1], List.copyOf(findings));
    }
    return entries;
  }

  private static Finding finding(String line) {
    String[] f = line.split("\t", -1);
    if (f.length != 7 || !f[0].equals("F")) throw new IllegalArgumentException("not a finding");
    Severity severity = Severity.parse(f[2]).orElseThrow();
    Position at = new Position(f[5], Integer.parseInt(f[3]), Integer.parseInt(f[4]));
    Finding finding = new Finding(f[1], severity, f[6], at);
    // A message the constructor had to clean was not written by this class.
    if (!finding.message().equals(f[6])) throw new IllegalArgumentException("message");
    return finding;
  }

  /** The line of {@code f}, or empty when a field holds a tab or a line break (never cached). */
  static Optional<String> line(Finding f) {
    String[] fields = {f.ruleId(), f.at().file(), f.message()};
    for (String s : fields) {
      if (s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
        return Optional.empty();
      }
    }
    return Optional.of(
        "F\t"
            + f.ruleId()
            + "\t"
            + f.severity().label()
            + "\t"
            + f.at().line()
            + "\t"
            + f.at().column()
            + "\t"
            + f.at().file()
            + "\t"
            + f.message());
  }

  /**
   * Writes {@code entries} through a temporary file moved into place, so that a reader (another
   * build at the same time) sees the old file or the new one, never half of one.
   */
  static void write(Path file, Map<String, List<Finding>> entries, Seal seal) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> e : entries.entrySet()) {
      List<String> findings = new ArrayList<>();
      for (Finding f : e.getValue()) line(f).ifPresent(findings::add);
      if (findings.size() != e.getValue().size()) continue; // not writable: checked again next time
      lines.add("K " + e.getKey() + " " + findings.size());
      lines.addAll(findings);
    }
    SealedLines.write(file, HEADER, lines, seal);
  }
}
