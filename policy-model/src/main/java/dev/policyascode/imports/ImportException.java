package dev.policyascode.imports;

/**
 * An import that cannot be done, with a message for the person who ran it: what is wrong, where
 * (file, and line and column where there is one), and what to do. Never a stack trace.
 */
public final class ImportException extends Exception {
  private static final long serialVersionUID = 1L;

  public ImportException(String message) {
    super(message);
  }

  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
