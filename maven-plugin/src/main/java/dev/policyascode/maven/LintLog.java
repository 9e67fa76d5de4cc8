package dev.policyascode.maven;

import dev.policyascode.lint.report.LogLine;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/** Logs the lines the core hands over, each at the level the core chose. */
final class LintLog {

  /**
   * Where a goal leaves the lines it logged, so the next goal of the build does not repeat them.
   */
  private static final String REPORTED = LintLog.class.getName() + ".reported:";

  private LintLog() {}

  static void log(Log log, List<LogLine> lines) {
    for (LogLine line : lines) {
      switch (line.level()) {
        case ERROR -> log.error(line.text());
        case WARNING -> log.warn(line.text());
        case INFO -> log.info(line.text());
      }
    }
  }

  /**
   * Logs the console lines (findings, then the summary). When an earlier goal of this build already
   * logged the very same lines for {@code folder}, only the summary is repeated.
   */
  static void console(Log log, List<LogLine> lines, MavenProject project, String folder) {
    List<String> texts = lines.stream().map(LogLine::text).toList();
    String key = REPORTED + folder;
    if (texts.equals(project.getContextValue(key))) {
      log.info(texts.get(texts.size() - 1) + " (as above)");
      return;
    }
    project.setContextValue(key, texts);
    log(log, lines);
  }
}
