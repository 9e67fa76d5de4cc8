package dev.policyascode.start;

/** A request to start a policy repository that cannot be carried out, said in plain words. */
public final class StartException extends Exception {

  public StartException(String message) {
    super(message);
  }
}
