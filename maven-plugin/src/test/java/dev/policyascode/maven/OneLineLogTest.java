package dev.policyascode.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/**
 * Whatever a goal logs or ends with, Maven prints one line for it: a value with line breaks cannot
 * write {@code ::error}, {@code ::add-mask::} or {@code [INFO] BUILD SUCCESS} at the start of a
 * line of the CI log.
 */
class OneLineLogTest {

  static final String FORGED = "x\n::add-mask::Nordlicht\r\n[INFO] BUILD SUCCESS\u2028\u0085\u001b";
  static final String SHOWN =
      "x\\n::add-mask::Nordlicht\\r\\n[INFO] BUILD SUCCESS\\u2028\\u0085\\u001B";

  /** Every line a goal logs, at every level, with the text of any exception's stack trace. */
  static final class Recorded extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    private void add(String level, CharSequence content, Throwable error) {
      if (content != null) lines.add(level + " " + content);
      if (error != null) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        lines.add(level + " " + trace);
      }
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
      add("DEBUG", content, error);
    }

    @Override
    public void info(CharSequence content, Throwable error) {
      add("INFO", content, error);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
      add("WARNING", content, error);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
      add("ERROR", content, error);
    }

    @Override
    public void debug(CharSequence content) {
      add("DEBUG", content, null);
    }

    @Override
    public void info(CharSequence content) {
      add("INFO", content, null);
    }

    @Override
    public void warn(CharSequence content) {
      add("WARNING", content, null);
    }

    @Override
    public void error(CharSequence content) {
      add("ERROR", content, null);
    }

    @Override
    public void error(Throwable error) {
      add("ERROR", null, error);
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }
  }

  /** A goal whose log is recorded, and which logs and throws what the test tells it. */
  static final class Goal extends AbstractPolicyMojo {
    Exception thrown;

    @Override
    protected String goal() {
      return "test";
    }

    @Override
    protected Optional<String> skippedBy() {
      return Optional.empty();
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
      getLog().info("Rendered " + FORGED);
      getLog().warn(FORGED, new IOException(FORGED));
      if (thrown instanceof MojoFailureException f) throw f;
      if (thrown instanceof MojoExecutionException e) throw e;
      if (thrown instanceof RuntimeException r) throw r;
    }
  }

  @Test
  void everyLineAGoalLogsIsOneLine() throws Exception {
    Recorded log = new Recorded();
    Goal goal = new Goal();
    goal.setLog(log);
    goal.execute();

    assertEquals("INFO Rendered " + SHOWN, log.lines.get(0));
    assertEquals("WARNING " + SHOWN, log.lines.get(1));
    String trace = log.lines.get(2);
    assertEquals("WARNING java.io.IOException: " + SHOWN, trace.lines().findFirst().orElseThrow());
    assertEquals(
        List.of(),
        trace.lines().filter(l -> !l.startsWith("WARNING ") && !l.startsWith("\tat ")).toList(),
        trace);
  }

  @Test
  void theExceptionAGoalEndsWithIsOneLineWithItsCauses() {
    Goal goal = new Goal();
    goal.setLog(new Recorded());
    IOException cause = new IOException("Cannot read " + FORGED);
    goal.thrown = new MojoExecutionException("Cannot write " + FORGED, cause);

    MojoExecutionException e = assertThrows(MojoExecutionException.class, goal::execute);

    assertEquals("Cannot write " + SHOWN, e.getMessage());
    assertEquals("java.io.IOException: Cannot read " + SHOWN, e.getCause().toString());
    assertEquals("Cannot read " + SHOWN, e.getCause().getMessage());
    assertArrayEquals(cause.getStackTrace(), e.getCause().getStackTrace(), "the trace is kept");

    goal.thrown = new MojoFailureException("Policy lint found " + FORGED);
    assertEquals(
        "Policy lint found " + SHOWN,
        assertThrows(MojoFailureException.class, goal::execute).getMessage());

    goal.thrown = new IllegalStateException(FORGED);
    RuntimeException r = assertThrows(RuntimeException.class, goal::execute);
    assertEquals("java.lang.IllegalStateException: " + SHOWN, r.toString());
  }

  @Test
  void anExceptionThatIsOneLineAlreadyIsLeftAsItIs() {
    Goal goal = new Goal();
    goal.setLog(new Recorded());
    MojoFailureException failure = new MojoFailureException("Policy lint found 2 errors.");
    goal.thrown = failure;
    assertSame(failure, assertThrows(MojoFailureException.class, goal::execute));
  }

  @Test
  void theLogIsWrappedOnce() {
    Log log = new Recorded();
    Log once = OneLineLog.of(log);
    assertSame(once, OneLineLog.of(once));
  }
}
