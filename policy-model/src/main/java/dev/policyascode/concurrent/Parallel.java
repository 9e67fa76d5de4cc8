package dev.policyascode.concurrent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Runs independent pieces of work (one per version file, one per page) on every core, and gives the
 * results back in the order of the inputs, so that the output does not depend on which thread
 * finished first. When pieces fail, the failure of the first one in input order is thrown, as it
 * is, in the caller's thread: the message a sequential run would give, with its position.
 */
public final class Parallel {

  /** A piece of work that may fail with a checked exception. */
  @FunctionalInterface
  public interface Task<T, R, E extends Exception> {
    R apply(T item) throws E;
  }

  private Parallel() {}

  public static <T, R, E extends Exception> List<R> map(List<T> items, Task<T, R, E> task)
      throws E {
    int n = items.size();
    Object[] results = new Object[n];
    Throwable[] failures = new Throwable[n];
    IntStream range = IntStream.range(0, n);
    // One item needs no second thread; the common pool uses every core (the caller's included).
    if (n > 1) range = range.parallel();
    range.forEach(
        i -> {
          try {
            results[i] = task.apply(items.get(i));
          } catch (Throwable t) {
            failures[i] = t;
          }
        });
    for (Throwable t : failures) {
      if (t == null) continue;
      if (t instanceof RuntimeException r) throw r;
      if (t instanceof Error err) throw err;
      @SuppressWarnings("unchecked")
      E checked = (E) t; // apply() throws only E or unchecked exceptions
      throw checked;
    }
    @SuppressWarnings("unchecked")
    List<R> list = (List<R>) new ArrayList<>(Arrays.asList(results));
    return list;
  }
}
