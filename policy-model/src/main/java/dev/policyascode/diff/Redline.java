package dev.policyascode.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * A word-level redline of two texts, computed with java-diff-utils (Myers' algorithm) on {@link
 * Token}s: what stayed, what was deleted, what was inserted. Whitespace and section numbers alone
 * are never a change. The old text is exactly its equal and deleted pieces, the new text exactly
 * its equal and inserted pieces.
 */
public record Redline(List<Piece> pieces) {

  public Redline {
    pieces = List.copyOf(pieces);
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
    return of(Token.of(oldText), Token.of(newText));
  }

  public static Redline of(List<Token> a, List<Token> b) {
    Patch<Token> patch = DiffUtils.diff(a, b, (x, y) -> x.key().equals(y.key()));
    List<Piece> pieces = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (AbstractDelta<Token> d : patch.getDeltas()) {
      int from = d.getSource().getPosition();
      int to = d.getTarget().getPosition();
      equal(pieces, a.subList(i, from), b.subList(j, to));
      List<Token> deleted = d.getSource().getLines();
      List<Token> inserted = d.getTarget().getLines();
      if (!deleted.isEmpty()) add(pieces, new Piece(Kind.DELETED, deleted, List.of()));
      if (!inserted.isEmpty()) add(pieces, new Piece(Kind.INSERTED, List.of(), inserted));
      i = from + deleted.size();
      j = to + inserted.size();
    }
    equal(pieces, a.subList(i, a.size()), b.subList(j, b.size()));
    return new Redline(pieces);
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
