package dev.policyascode.lint.report;

/**
 * A baseline file that cannot be used. The message names the file, says what is wrong and how to
 * put it right, so a build can show it as is. Unchecked: callers rarely recover, they report.
 */
public final class BaselineException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BaselineException(String message, Throwable cause) {
    super(message, cause);
  }
}
