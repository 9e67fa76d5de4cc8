package dev.policyascode.maven;

import dev.policyascode.diagnostics.OneLine;
import org.apache.maven.plugin.logging.Log;

/**
 * Maven's log, through which every line of the plugin goes out as one line. What the plugin logs
 * often quotes the policies, the baseline file or a path, all of which come in pull requests: a
 * line break in them would start a line of their own in the CI log, such as {@code ::error} or
 * {@code ::add-mask::} for GitHub Actions, or a forged {@code [INFO] BUILD SUCCESS}. Findings are
 * one line already ({@link OneLine}); this holds for every other message, and for the messages of
 * the exceptions logged with a stack trace.
 */
final class OneLineLog implements Log {

  private final Log log;

  private OneLineLog(Log log) {
    this.log = log;
  }

  static Log of(Log log) {
    return log instanceof OneLineLog ? log : new OneLineLog(log);
  }

  private static String line(CharSequence content) {
    return content == null ? null : OneLine.of(content.toString());
  }

  @Override
  public boolean isDebugEnabled() {
    return log.isDebugEnabled();
  }

  @Override
  public void debug(CharSequence content) {
    log.debug(line(content));
  }

  @Override
  public void debug(CharSequence content, Throwable error) {
    log.debug(line(content), OneLineErrors.clean(error));
  }

  @Override
  public void debug(Throwable error) {
    log.debug(OneLineErrors.clean(error));
  }

  @Override
  public boolean isInfoEnabled() {
    return log.isInfoEnabled();
  }

  @Override
  public void info(CharSequence content) {
    log.info(line(content));
  }

  @Override
  public void info(CharSequence content, Throwable error) {
    log.info(line(content), OneLineErrors.clean(error));
  }

  @Override
  public void info(Throwable error) {
    log.info(OneLineErrors.clean(error));
  }

  @Override
  public boolean isWarnEnabled() {
    return log.isWarnEnabled();
  }

  @Override
  public void warn(CharSequence content) {
    log.warn(line(content));
  }

  @Override
  public void warn(CharSequence content, Throwable error) {
    log.warn(line(content), OneLineErrors.clean(error));
  }

  @Override
  public void warn(Throwable error) {
    log.warn(OneLineErrors.clean(error));
  }

  @Override
  public boolean isErrorEnabled() {
    return log.isErrorEnabled();
  }

  @Override
  public void error(CharSequence content) {
    log.error(line(content));
  }

  @Override
  public void error(CharSequence content, Throwable error) {
    log.error(line(content), OneLineErrors.clean(error));
  }

  @Override
  public void error(Throwable error) {
    log.error(OneLineErrors.clean(error));
  }
}
