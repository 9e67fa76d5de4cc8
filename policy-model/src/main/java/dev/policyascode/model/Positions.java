package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where each value of one record is written: for every key the author wrote, the place of its
 * value, and for a list, the place of each item. A record reaches it through {@link Located}, so a
 * rule writes {@code rule.at("period")} or {@code activity.at("purposes", 2)}.
 *
 * <p>Why a table keyed by the YAML key rather than a {@code Position} component per field: the key
 * is the word the author wrote and the message names, every field of every record is covered at
 * once, and the records keep their shape (a component per field would double each of them). The
 * keys are checked: asking a loaded record for a key its kind does not have is a mistake in the
 * rule, and throws at once instead of silently pointing at the record's start.
 *
 * <p>A place is packed in a {@code long} (line, column, and whether the text is written as is on
 * one line): a model holds some 300 values a version, and a {@code Position} object each would add
 * about 100 MB of heap at 10,000 versions. The file is the record's own, so it is not repeated.
 * Immutable.
 */
public final class Positions {

  /** The keys one kind of record may have, shared by every record of that kind. */
  public record Keys(String kind, List<String> names) {
    public Keys {
      Objects.requireNonNull(kind, "kind must not be null");
      names = List.copyOf(names);
    }
  }

  private static final Positions UNKNOWN =
      new Positions(null, new long[0], new long[0][], Map.of());

  private static final long[] NONE = new long[0]; // an empty list's places, shared

  private static final int NOT_AS_WRITTEN = 0;
  private static final int AS_WRITTEN = 1; // the text starts at the value's column
  private static final int AS_WRITTEN_QUOTED = 2; // the text starts one column later

  private final Keys keys; // null for a record made by hand: every key is allowed, none written
  private final long[] values; // per key, the packed place of its value; 0 when not written
  // Per key, the packed places of its items; null unless a list. Null as a whole when no key is a
  // list, as for most records: the table of nulls was a third of a record's places.
  private final long[][] items;
  // The rare texts kept in NFC whose written form differs (an accent written as a combining mark):
  // their own locator, by slot, since a column count in the NFC text is not a column of the file.
  private final Map<Long, TextLocator> normalised;

  private Positions(Keys keys, long[] values, long[][] items, Map<Long, TextLocator> normalised) {
    this.keys = keys;
    this.values = values;
    this.items = items;
    this.normalised = normalised;
  }

  /**
   * For a record made by hand rather than loaded, such as in a test: every value is at its start.
   */
  public static Positions unknown() {
    return UNKNOWN;
  }

  public static Builder builder(Keys keys) {
    return new Builder(Objects.requireNonNull(keys, "keys must not be null"));
  }

  /** Whether the author wrote {@code key}. */
  public boolean written(String key) {
    int k = index(key);
    return k >= 0 && values[k] != 0;
  }

  /** Where the value of {@code key} is written; {@code start}, the record's, when it is not. */
  public Position at(Position start, String key) {
    int k = index(key);
    return k < 0 || values[k] == 0 ? start : position(start.file(), values[k]);
  }

  /** Where item {@code item} (from 0) of the list under {@code key} is written. */
  public Position at(Position start, String key, int item) {
    long place = item(key, item);
    return place == 0 ? at(start, key) : position(start.file(), place);
  }

  /**
   * A locator for the text under {@code key}: a place inside a text written as is on one line is
   * found by arithmetic; any other text is placed at its start.
   */
  public TextLocator locator(Position start, String key) {
    int k = index(key);
    if (k >= 0 && normalised.containsKey(slot(k, -1))) return normalised.get(slot(k, -1));
    return k < 0 || values[k] == 0 ? TextLocator.at(start) : locator(start.file(), values[k]);
  }

  /** A locator for the text of item {@code item} of the list under {@code key}. */
  public TextLocator locator(Position start, String key, int item) {
    long place = item(key, item);
    TextLocator own = place == 0 ? null : normalised.get(slot(index(key), item));
    if (own != null) return own;
    return place == 0 ? locator(start, key) : locator(start.file(), place);
  }

  private static long slot(int key, int item) {
    return ((long) key << 32) | (item + 1);
  }

  private long item(String key, int item) {
    int k = index(key);
    if (k < 0 || values[k] == 0) return 0;
    if (items == null || items[k] == null) {
      throw new IllegalArgumentException("'" + key + "' of a " + keys.kind() + " is not a list");
    }
    if (item < 0 || item >= items[k].length) {
      throw new IndexOutOfBoundsException(
          "'" + key + "' has " + items[k].length + " items, not an item " + item);
    }
    return items[k][item];
  }

  /** The slot of {@code key}; -1 for a record made by hand, which knows no key. */
  private int index(String key) {
    Objects.requireNonNull(key, "key must not be null");
    if (keys == null) return -1;
    int k = keys.names().indexOf(key);
    if (k < 0) {
      throw new IllegalArgumentException(
          "a " + keys.kind() + " has no key '" + key + "'; its keys are " + keys.names());
    }
    return k;
  }

  private static long pack(Position at, int textColumn) {
    int mode =
        textColumn == at.column()
            ? AS_WRITTEN
            : textColumn == at.column() + 1 ? AS_WRITTEN_QUOTED : NOT_AS_WRITTEN;
    return ((long) at.line() << 32) | ((long) at.column() << 2) | mode;
  }

  private static Position position(String file, long place) {
    return new Position(file, (int) (place >>> 32), (int) (place & 0xFFFF_FFFFL) >>> 2);
  }

  private static TextLocator locator(String file, long place) {
    Position start = position(file, place);
    int mode = (int) (place & 3);
    if (mode == NOT_AS_WRITTEN) return TextLocator.at(start);
    return new OneLine(start, start.column() + (mode == AS_WRITTEN_QUOTED ? 1 : 0));
  }

  /** A text written as is on one line from {@code column}: a place in it is a column count. */
  private record OneLine(Position start, int column) implements TextLocator {
    @Override
    public Position locate(String value, int offset, int length) {
      if (offset < 0 || offset > value.length()) return start;
      // Columns count characters as people (and SnakeYAML) do: one per code point.
      return new Position(start.file(), start.line(), column + value.codePointCount(0, offset));
    }
  }

  /** Collects the places of one record's values, as the loader reads them. */
  public static final class Builder {
    private final Keys keys;
    private final long[] values;
    private final long[][] items;
    // How many places of items[k] are filled: an array grows by doubling, not by one a place,
    // which copied a list of n items n times; build() trims it.
    private final int[] counts;
    private final Map<Long, TextLocator> normalised = new HashMap<>();

    private Builder(Keys keys) {
      this.keys = keys;
      this.values = new long[keys.names().size()];
      this.items = new long[keys.names().size()][];
      this.counts = new int[keys.names().size()];
    }

    /**
     * The value of {@code key} is written at {@code at}; its text starts at {@code textColumn} and
     * reads there as is on one line, or {@code textColumn} is 0.
     */
    public Builder value(String key, Position at, int textColumn) {
      int k = slot(key);
      if (values[k] != 0) throw new IllegalArgumentException("'" + key + "' is placed twice");
      values[k] = pack(at, textColumn);
      return this;
    }

    /** As {@link #value}, for a text whose places only {@code own} knows; see normalised. */
    public Builder value(String key, Position at, TextLocator own) {
      value(key, at, 0);
      normalised.put(Positions.slot(slot(key), -1), own);
      return this;
    }

    /** As {@link #item}, for a text whose places only {@code own} knows. */
    public Builder item(String key, Position at, TextLocator own) {
      item(key, at, 0);
      normalised.put(Positions.slot(slot(key), counts[slot(key)] - 1), own);
      return this;
    }

    /** The next item of the list under {@code key}, placed as {@link #value} places a value. */
    public Builder item(String key, Position at, int textColumn) {
      int k = slot(key);
      long[] now = items[k] == null ? NONE : items[k];
      int n = counts[k];
      if (n == now.length) items[k] = now = Arrays.copyOf(now, Math.max(4, 2 * n));
      now[n] = pack(at, textColumn);
      counts[k] = n + 1;
      return this;
    }

    /** Marks the value under {@code key} as a list, even an empty one. */
    public Builder list(String key) {
      int k = slot(key);
      if (items[k] == null) items[k] = NONE;
      return this;
    }

    public Positions build() {
      boolean lists = Arrays.stream(items).anyMatch(Objects::nonNull);
      long[][] placed = null;
      if (lists) {
        placed = new long[items.length][];
        for (int k = 0; k < items.length; k++) {
          long[] all = items[k];
          placed[k] =
              all == null || all.length == counts[k]
                  ? all
                  : counts[k] == 0 ? NONE : Arrays.copyOf(all, counts[k]);
        }
      }
      return new Positions(keys, values.clone(), placed, Map.copyOf(normalised));
    }

    private int slot(String key) {
      int k = keys.names().indexOf(key);
      if (k < 0) {
        throw new IllegalArgumentException("a " + keys.kind() + " has no key '" + key + "'");
      }
      return k;
    }
  }
}
