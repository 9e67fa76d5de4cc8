package dev.policyascode.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word-level redline of two texts, computed with java-diff-utils (Myers' algorithm) on {@link
 * Token}s: what stayed, what was deleted, what was inserted. Whitespace and section numbers alone
 * are never a change. The old text is exactly its equal and deleted pieces, the new text exactly
 * its equal and inserted pieces.
 *
 * <p>A text rewritten beyond {@link #MAX_EDITS} is {@code rewritten}: its old text is one deleted
 * piece and its new text one inserted piece, each whole and word for word, since a word-by-word
 * comparison of two unrelated texts costs the product of their lengths and reads as noise.
 */
public record Redline(List<Piece> pieces, boolean rewritten) {

  /**
   * The most words, spaces and marks deleted plus inserted that a redline shows one by one: about a
   * thousand words changed in one section.
   */
  public static final int MAX_EDITS = 2_000;

  public Redline {
    pieces = List.copyOf(pieces);
  }

  public Redline(List<Piece> pieces) {
    this(pieces, false);
  }

  public enum Kind {
    EQUAL,
    DELETED,
    INSERTED
  }

  /**
   * A run of tokens. An equal piece keeps both writings, which may differ in whitespace; a deleted
   * piece has only an old one, an inserted piece only a new one.
   */
  public record Piece(Kind kind, List<Token> oldTokens, List<Token> newTokens) {
    public Piece {
      oldTokens = List.copyOf(oldTokens);
      newTokens = List.copyOf(newTokens);
    }

    public String oldText() {
      return join(oldTokens);
    }

    /** An equal piece, or one that only deletes or inserts whitespace: no change to the words. */
    public boolean whitespaceOnly() {
      return kind == Kind.EQUAL
          || (kind == Kind.DELETED ? oldTokens : newTokens).stream().allMatch(Token::isWhitespace);
    }

    public String newText() {
      return join(newTokens);
    }
  }

  public static Redline of(String oldText, String newText) {
    if (oldText.equals(newText)) {
      // What the diff of a text with itself gives, without the diff: all of it one equal piece.
      List<Token> tokens = Token.of(newText);
      return new Redline(
          tokens.isEmpty() ? List.of() : List.of(new Piece(Kind.EQUAL, tokens, tokens)), false);
    }
    return of(Token.of(oldText), Token.of(newText));
  }

  public static Redline of(List<Token> a, List<Token> b) {
    // Myers compares tokens O(N·D) times: compare small numbers (one per distinct key) rather than
    // strings. Equal keys get equal numbers, so the diff is the same.
    Map<String, Integer> ids = new HashMap<>();
    List<Integer> x = keys(a, ids);
    List<Integer> y = keys(b, ids);
    // A text added or removed whole has one edit script: no search for it (Myers takes the square
    // of its length to find it, 13 s for 3,000 words).
    if (a.isEmpty() || b.isEmpty()) {
      List<Piece> whole = new ArrayList<>();
      if (!a.isEmpty()) whole.add(new Piece(Kind.DELETED, a, List.of()));
      if (!b.isEmpty()) whole.add(new Piece(Kind.INSERTED, List.of(), b));
      return new Redline(whole, false);
    }
    if (!EditBound.atMost(ints(x), ints(y), MAX_EDITS)) {
      return new Redline(
          List.of(new Piece(Kind.DELETED, a, List.of()), new Piece(Kind.INSERTED, List.of(), b)),
          true);
    }
    Patch<Integer> patch = DiffUtils.diff(x, y, (p, q) -> p.intValue() == q.intValue());
    List<Piece> pieces = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (AbstractDelta<Integer> d : patch.getDeltas()) {
      int from = d.getSource().getPosition();
      int to = d.getTarget().getPosition();
      equal(pieces, a.subList(i, from), b.subList(j, to));
      List<Token> deleted = a.subList(from, from + d.getSource().size());
      List<Token> inserted = b.subList(to, to + d.getTarget().size());
      if (!deleted.isEmpty()) add(pieces, new Piece(Kind.DELETED, deleted, List.of()));
      if (!inserted.isEmpty()) add(pieces, new Piece(Kind.INSERTED, List.of(), inserted));
      i = from + deleted.size();
      j = to + inserted.size();
    }
    equal(pieces, a.subList(i, a.size()), b.subList(j, b.size()));
    return new Redline(pieces, false);
  }

  private static int[] ints(List<Integer> keys) {
    return keys.stream().mapToInt(Integer::intValue).toArray();
  }

  private static List<Integer> keys(List<Token> tokens, Map<String, Integer> ids) {
    List<Integer> keys = new ArrayList<>(tokens.size());
    for (Token t : tokens) keys.add(ids.computeIfAbsent(t.key(), k -> ids.size()));
    return keys;
  }

  private static void equal(List<Piece> pieces, List<Token> a, List<Token> b) {
    if (a.size() != b.size()) throw new IllegalStateException("unequal equal runs");
    if (!a.isEmpty()) add(pieces, new Piece(Kind.EQUAL, a, b));
  }

  private static void add(List<Piece> pieces, Piece p) {
    if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).kind() == p.kind()) {
      Piece last = pieces.remove(pieces.size() - 1);
      List<Token> o = new ArrayList<>(last.oldTokens());
      o.addAll(p.oldTokens());
      List<Token> n = new ArrayList<>(last.newTokens());
      n.addAll(p.newTokens());
      p = new Piece(p.kind(), o, n);
    }
    pieces.add(p);
  }

  /** Whether anything but whitespace and section numbers changed. */
  public boolean changed() {
    return pieces.stream().anyMatch(p -> !p.whitespaceOnly());
  }

  /** The old text: equal and deleted pieces. */
  public String oldText() {
    StringBuilder sb = new StringBuilder();
    pieces.forEach(p -> sb.append(p.oldText()));
    return sb.toString();
  }

  /** The new text: equal and inserted pieces. */
  public String newText() {
    StringBuilder sb = new StringBuilder();
    pieces.forEach(p -> sb.append(p.newText()));
    return sb.toString();
  }

  /** How many words were deleted and inserted, whitespace left out. */
  public int changedWords() {
    return (int)
        pieces.stream()
            .filter(p -> p.kind() != Kind.EQUAL)
            .flatMap(
                p -> p.kind() == Kind.DELETED ? p.oldTokens().stream() : p.newTokens().stream())
            .filter(t -> !t.isWhitespace())
            .count();
  }

  static String join(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    tokens.forEach(t -> sb.append(t.text()));
    return sb.toString();
  }
}
