package dev.policyascode.versions;

/** A version goal refused to act; the message says why and what to do instead. Nothing changed. */
public final class WorkflowException extends Exception {
  public WorkflowException(String message) {
    super(message);
  }
}
