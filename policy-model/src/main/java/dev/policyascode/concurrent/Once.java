package dev.policyascode.concurrent;

import java.util.function.Supplier;

/**
 * A supplier that asks its source once, whichever thread asks first, and then forgets the source
 * (and what it held on to). For values that cost a parse or a walk of a whole version and that many
 * callers never need.
 */
public final class Once<T> implements Supplier<T> {
  private Supplier<T> source;
  private T value;

  public Once(Supplier<T> source) {
    this.source = source;
  }

  @Override
  public synchronized T get() {
    if (source != null) {
      value = source.get();
      source = null;
    }
    return value;
  }
}
