package dev.policyascode.lint.api;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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
 * <p>The values are kept per text: the memo's large map finds a text's {@link Text}, which holds
 * that text's values in a small table of its own by kind. A version finds each of its texts once
 * ({@code VersionContext.perText} keeps the {@code Text} for the version) and then each of the
 * dozens of kinds its rules ask for in that small table: a look-up in one large map per (kind,
 * text), hashing a key and reading far across memory each time, was about a fifth of the lint's
 * time at 1,000 versions (issue 18).
 *
 * <p>Owned by one {@code Linter.lint} call and dropped with it, so a long-lived JVM does not keep
 * the texts of every policy it ever linted. Bounded within the run too: values are kept in two
 * generations, and when the young one has taken in {@link #DEFAULT_LIMIT} characters of text it
 * becomes the old one and the previous old one is let go. A value still in use moves back to the
 * young generation when it is asked for, so the texts the versions being linted share stay, while
 * the memory stays proportional to a window of distinct texts, not to the corpus. The generations
 * are kept at both levels: the large map's generations hold the texts, and each text's table has a
 * young and an old half, which it turns over when the text moves back to the memo's young
 * generation; so a value of a text still in use that no version has asked for in a generation (a
 * kind made of what an earlier version knew, say) is let go as it was when each value was kept on
 * its own. Safe for the versions' threads: two threads that miss together compute the same value,
 * and the first one kept is the one both return.
 */
public final class TextMemo {

  /** The characters of text a generation takes in before it is let go: a few MB of results. */
  public static final long DEFAULT_LIMIT = 4_000_000;

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

  /**
   * One generation: the texts it holds, each with its values, and the values made canonical in it
   * ({@link #canonical}). {@code number} counts the generations, so a text knows whether it has
   * already moved into this one.
   */
  private record Generation(Map<String, Text> texts, Map<Object, Object> values, long number) {
    Generation(long number) {
      this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), number);
    }
  }

  private final long limit;
  private final AtomicLong youngChars = new AtomicLong();
  private volatile Generation young = new Generation(1);
  private volatile Generation old = new Generation(0);

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
   * hold positions in a file. A version that asks for several kinds of one text finds the text once
   * through {@link #text} and asks its {@link Text#get} instead.
   */
  public <T> T get(Object kind, String text, Supplier<T> compute) {
    return text(text).get(kind, compute);
  }

  /**
   * The memo's values of text equal to {@code text}, now held in the young generation: a version
   * finds each of its texts here once, and then each kind of it in the text's own small table by
   * {@link Text#get}. {@link Text#text} is the memo's {@code String} for the text, the same for
   * every version that has it.
   */
  public Text text(String text) {
    Generation y = young;
    Text held = y.texts.get(text);
    if (held != null) return held;
    Text earlier = old.texts.get(text);
    held = earlier != null ? earlier : new Text(text);
    Text other = y.texts.putIfAbsent(text, held);
    if (other != null) return other;
    // it moves back: its values not asked for in the generation before go with it
    if (earlier != null) earlier.turnOver(y.number);
    // 64 for the entry: many small texts (titles) weigh more than their characters
    took(64L, y);
    return held;
  }

  /**
   * The values of one text by kind, in a small open-addressed table of its own (kinds and values
   * side by side), read without a lock and written under the text's: a text has a few dozen kinds.
   * A value is set before its kind, which is set with release semantics and read with acquire, so a
   * reader that finds the kind finds its value; a table that grows is a new one, published whole.
   */
  public final class Text {
    private final String text;

    /** Values asked for since the text last moved into the memo's young generation. */
    private volatile Object[] fresh = new Object[32];

    /** Values asked for in the generation before; let go when the text moves again. */
    private volatile Object[] earlier = EMPTY;

    private int count;
    private long generation;

    private Text(String text) {
      this.text = text;
      this.generation = young.number;
    }

    /** The memo's {@code String} for this text: compare it by identity. */
    public String text() {
      return text;
    }

    /**
     * The value {@code compute} gives for this text, as {@link TextMemo#get}: computed the first
     * time {@code kind} is asked for, or again once it has been let go.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object kind, Supplier<T> compute) {
      Object value = find(fresh, kind);
      if (value != null) return (T) value;
      value = find(earlier, kind);
      if (value == null) value = compute.get();
      return (T) keep(kind, value);
    }

    private Object keep(Object kind, Object value) {
      Object kept;
      synchronized (this) {
        kept = find(fresh, kind);
        if (kept != null) return kept;
        // the text may have turned over since this thread looked: the value another thread kept
        // is then in the earlier half, and it, not this thread's, is the one both return
        kept = find(earlier, kind);
        if (kept != null) value = kept;
        put(kind, value);
      }
      // 64 for the key and the entry, as for a text
      took(text.length() + 64L, young);
      return value;
    }

    /** Under the lock. */
    private void put(Object kind, Object value) {
      Object[] table = fresh;
      if (2 * (count + 1) * 2 > table.length) {
        Object[] grown = new Object[table.length * 2];
        for (int i = 0; i < table.length; i += 2) {
          if (table[i] != null) {
            int at = free(grown, table[i]);
            grown[at + 1] = table[i + 1];
            grown[at] = table[i];
          }
        }
        int at = free(grown, kind);
        grown[at + 1] = value;
        grown[at] = kind;
        count++;
        fresh = grown; // published whole
        return;
      }
      int at = free(table, kind);
      table[at + 1] = value;
      SLOT.setRelease(table, at, kind);
      count++;
    }

    /**
     * The text has moved back into the memo's young generation {@code number}: what was asked for
     * since it last moved becomes the earlier half, and what was not is let go.
     */
    private synchronized void turnOver(long number) {
      if (generation >= number) return;
      generation = number;
      earlier = fresh;
      fresh = new Object[Math.max(32, Integer.highestOneBit(Math.max(1, count)) * 4)];
      count = 0;
    }
  }

  private static final Object[] EMPTY = new Object[2];

  /** A kind in a text's table, written with release semantics and read with acquire. */
  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);

  private static int slot(Object[] table, Object kind) {
    int h = kind.hashCode();
    h ^= h >>> 16;
    return (h & ((table.length >> 1) - 1)) << 1;
  }

  private static Object find(Object[] table, Object kind) {
    int mask = table.length - 1;
    for (int i = slot(table, kind); ; i = (i + 2) & mask) {
      Object k = SLOT.getAcquire(table, i);
      if (k == null) return null;
      if (k == kind || k.equals(kind)) return table[i + 1];
    }
  }

  private static int free(Object[] table, Object kind) {
    int mask = table.length - 1;
    int i = slot(table, kind);
    while (table[i] != null) i = (i + 2) & mask;
    return i;
  }

  /**
   * The value equal to {@code value} that the memo already holds, or {@code value}, now held: a
   * value that several versions compute alike (what a version knows) is then one object, which the
   * look-ups of {@link #get} with it in their kind compare by identity. {@code weight} is about how
   * many characters the value holds, which count towards the generation's limit.
   */
  @SuppressWarnings("unchecked")
  public <T> T canonical(T value, int weight) {
    Generation y = young;
    Object kept = y.values.get(value);
    if (kept != null) return (T) kept;
    Object earlier = old.values.get(value);
    Object mine = earlier != null ? earlier : value;
    kept = y.values.putIfAbsent(mine, mine);
    if (kept != null) return (T) kept;
    // 64 for the entry; what the value holds (a set of words, say) counts as characters taken in
    took(64L + (mine == value ? weight : 0), y);
    return (T) mine;
  }

  /** How many values the memo holds now; for tests. */
  public int size() {
    int n = young.values.size() + old.values.size();
    for (Generation g : List.of(young, old)) {
      for (Text t : g.texts.values()) n += 1 + t.count;
    }
    return n;
  }

  private void took(long weight, Generation into) {
    if (youngChars.addAndGet(weight) > limit) age(into);
  }

  private synchronized void age(Generation full) {
    if (young != full) return; // another thread has just done it
    old = full;
    young = new Generation(full.number + 1);
    youngChars.set(0);
  }
}
