package dev.policyascode.maven;

import dev.policyascode.diagnostics.OneLine;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The exceptions a goal ends with, made one line. Maven prints the message of a goal's exception
 * and of each of its causes in the log ("Failed to execute goal ...: message"), and their stack
 * traces with -e: a message that quotes a path or a value holding a line break would write a line
 * of its own there, as a finding could (see {@link OneLineLog}).
 */
final class OneLineErrors {

  /** Causes copied at most: a chain that loops (a cause of its own cause) is cut there. */
  private static final int MAX_CAUSES = 20;

  private OneLineErrors() {}

  /** {@code e} itself when every message of it and its causes is one line, else a clean copy. */
  static MojoFailureException clean(MojoFailureException e) {
    if (oneLine(e)) return e;
    return copy(new MojoFailureException(OneLine.of(e.getMessage()), cleanCause(e)), e);
  }

  static MojoExecutionException clean(MojoExecutionException e) {
    if (oneLine(e)) return e;
    return copy(new MojoExecutionException(OneLine.of(e.getMessage()), cleanCause(e)), e);
  }

  /** An exception the goal did not expect, with a message made one line when it needs it. */
  static RuntimeException clean(RuntimeException e) {
    if (oneLine(e)) return e;
    return copy(new Shown(e, cleanCause(e)), e);
  }

  /** Any throwable, for the log: itself, or a copy whose messages are one line. */
  static Throwable clean(Throwable t) {
    return clean(t, 0);
  }

  private static Throwable clean(Throwable t, int depth) {
    if (t == null || oneLine(t)) return t;
    return copy(new Shown(t, cleanCause(t, depth)), t);
  }

  /** The causes, copied. */
  private static Throwable cleanCause(Throwable t, int depth) {
    return depth > MAX_CAUSES ? null : clean(t.getCause(), depth + 1);
  }

  private static Throwable cleanCause(Throwable t) {
    return cleanCause(t, 0);
  }

  private static <T extends Throwable> T copy(T copy, Throwable of) {
    copy.setStackTrace(of.getStackTrace());
    return copy;
  }

  /** Whether the messages of {@code t} and its causes are all one line already. */
  private static boolean oneLine(Throwable t) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable c = t; c != null && seen.put(c, true) == null; c = c.getCause()) {
      if (c.getMessage() != null && !OneLine.clean(c.getMessage())) return false;
    }
    return true;
  }

  /** Stands for an exception whose message was not one line: its class name, its message shown. */
  private static final class Shown extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String type;

    Shown(Throwable of, Throwable cause) {
      super(OneLine.of(of.getMessage()), cause);
      this.type = of.getClass().getName();
    }

    @Override
    public String toString() {
      return getMessage() == null ? type : type + ": " + getMessage();
    }
  }
}
