package dev.policyascode.lint.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What the rules derive from a text alone, by the text's content, for every version of one lint
 * run: successive versions of a policy share almost all their texts (a revision changes a paragraph
 * or two), and each version used to parse and scan every one of them again, which was most of the
 * rules' time (issue 18). A value holds only offsets within its text, never a place in a file,
 * since the same text stands at other lines in other versions: the rule maps an offset to a
 * position through the version's own {@code Prose}.
 *
 * <p>Owned by one {@code Linter.lint} call and dropped with it, so a long-lived JVM does not keep
 * the texts of every policy it ever linted. Bounded within the run too: values are kept in two
 * generations, and when the young one has taken in {@link #DEFAULT_LIMIT} characters of text it
 * becomes the old one and the previous old one is let go. A value still in use moves back to the
 * young generation when it is asked for, so the texts the versions being linted share stay, while
 * the memory stays proportional to a window of distinct texts, not to the corpus. Safe for the
 * versions' threads: two threads that miss together compute the same value, and the first one kept
 * is the one both return.
 */
public final class TextMemo {

  /** The characters of text a generation takes in before it is let go: a few MB of results. */
  public static final long DEFAULT_LIMIT = 4_000_000;

  /**
   * What a value is (the class and settings that computed it) and the text it is of; its hash is
   * worked out once, as a kind may hold a map or a set that hashes element by element.
   */
  private record Key(Object kind, String text, int hash) {
    Key(Object kind, String text) {
      this(kind, text, 31 * kind.hashCode() + text.hashCode());
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && hash == k.hash
          && (kind == k.kind || kind.equals(k.kind))
          && (text == k.text || text.equals(k.text));
    }
  }

  /**
   * A kind made of {@code parts}, such as a rule's class and the settings its value depends on,
   * with its hash worked out once: a version asks for it for each of its texts.
   */
  public static Object kind(Object... parts) {
    return new Kind(List.of(parts));
  }

  private record Kind(List<Object> parts, int hash) {
    Kind(List<Object> parts) {
      this(parts, parts.hashCode());
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      return o == this || (o instanceof Kind k && hash == k.hash && parts.equals(k.parts));
    }
  }

  private final long limit;
  private final AtomicLong youngChars = new AtomicLong();
  private volatile Map<Key, Object> young = new ConcurrentHashMap<>();
  private volatile Map<Key, Object> old = Map.of();

  public TextMemo() {
    this(DEFAULT_LIMIT);
  }

  /** A memo whose generations take in {@code limit} characters of text each. */
  public TextMemo(long limit) {
    if (limit <= 0) throw new IllegalArgumentException("limit must be positive: " + limit);
    this.limit = limit;
  }

  /**
   * The value {@code compute} gives for {@code text}, computed the first time a version asks for
   * {@code kind} of this text, or again once it has been let go. {@code kind} must name everything
   * besides the text that the value depends on (the language, a setting), and the value must not
   * hold positions in a file.
   */
  public <T> T get(Object kind, String text, Supplier<T> compute) {
    // 64 for the key and the entry: many small texts (titles) weigh more than their characters
    return get(kind, text, compute, text.length() + 64L);
  }

  /** What {@link #text} is kept under. */
  private static final Object TEXT = new Object();

  /**
   * The {@code String} the memo holds for text equal to {@code text}, or {@code text}, now held. A
   * version that looks its texts up through the one held ({@code VersionContext.perText} does)
   * finds each of its values with a key compared by identity, not character by character: the
   * versions' texts are equal but each is its own {@code String}, and each was compared whole for
   * each of the dozens of values kept of it (issue 18).
   */
  public String text(String text) {
    // the characters are counted with the values kept of the text, which hold it too
    return get(TEXT, text, () -> text, 64L);
  }

  @SuppressWarnings("unchecked")
  private <T> T get(Object kind, String text, Supplier<T> compute, long weight) {
    Key key = new Key(kind, text);
    Map<Key, Object> y = young;
    Object value = y.get(key);
    if (value != null) return (T) value;
    value = old.get(key);
    if (value == null) value = compute.get();
    Object earlier = y.putIfAbsent(key, value);
    if (earlier != null) return (T) earlier;
    if (youngChars.addAndGet(weight) > limit) age(y);
    return (T) value;
  }

  /**
   * The value equal to {@code value} that the memo already holds, or {@code value}, now held: a
   * value that several versions compute alike (what a version knows) is then one object, which the
   * look-ups of {@link #get} with it in their kind compare by identity. {@code weight} is about how
   * many characters the value holds, which count towards the generation's limit.
   */
  public <T> T canonical(T value, int weight) {
    T kept = get(value, "", () -> value);
    // what the value holds (a set of words, say) counts as characters taken in
    if (kept == value && youngChars.addAndGet(weight) > limit) age(young);
    return kept;
  }

  /** How many values the memo holds now; for tests. */
  public int size() {
    return young.size() + old.size();
  }

  private synchronized void age(Map<Key, Object> full) {
    if (young != full) return; // another thread has just done it
    old = full;
    young = new ConcurrentHashMap<>();
    youngChars.set(0);
  }
}
