package dev.policyascode.export;

import dev.policyascode.diagnostics.Position;

/** A fact an export needs that the policy does not state, said where it should be written. */
public final class ExportException extends RuntimeException {

  private final transient Position at;

  public ExportException(Position at, String message) {
    super(message);
    this.at = at;
  }

  /** Where the missing or wrong fact belongs. */
  public Position at() {
    return at;
  }
}
