package dev.policyascode.text;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A value computed once per object and kept as long as that object lives. Keyed by identity, not by
 * {@code equals}: a version is a deep record whose {@code hashCode} walks its whole text, which
 * would cost as much as what is remembered. Weak, so a long-lived build JVM that lints many
 * policies does not keep them all. A value must not refer to its key, or the key would never be let
 * go.
 */
final class IdentityMemo<K, V> {

  private final ReferenceQueue<K> cleared = new ReferenceQueue<>();
  private final Map<Key<K>, V> values = new ConcurrentHashMap<>();

  /** The value of {@code key}, computed by {@code compute} on the first call for that object. */
  V get(K key, Function<K, V> compute) {
    for (Reference<? extends K> r; (r = cleared.poll()) != null; ) values.remove(r);
    return values.computeIfAbsent(new Key<>(key, cleared), k -> compute.apply(key));
  }

  /** How many objects have a value now; for tests. */
  int size() {
    return values.size();
  }

  private static final class Key<K> extends WeakReference<K> {
    private final int hash;

    Key(K referent, ReferenceQueue<K> queue) {
      super(referent, queue);
      this.hash = System.identityHashCode(referent);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    /** The same object; a key whose object is gone equals only itself, so it can be removed. */
    @Override
    public boolean equals(Object o) {
      if (o == this) return true;
      if (!(o instanceof Key<?> other)) return false;
      Object mine = get();
      return mine != null && mine == other.get();
    }
  }
}
