package dev.policyascode.render;

/** Rendering could not finish: a template error, or the output folder cannot be written. */
public final class RenderException extends RuntimeException {
  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }

  public RenderException(String message) {
    super(message);
  }
}
