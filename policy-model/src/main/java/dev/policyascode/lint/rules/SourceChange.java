package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.OneLine;
import dev.policyascode.diff.Redline;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two wordings of a source text, in words a reader follows on one line: {@code
 * "two years" became "three years"; added "by email"}. Built on the word-level {@link Redline} the
 * changes pages use, so a message and a page never disagree on what changed.
 */
final class SourceChange {

  /** The most changes a message lists; the rest are counted. */
  static final int MOST = 3;

  private static final int LONGEST = 80;

  private SourceChange() {}

  static String describe(String oldText, String newText) {
    Redline r = Redline.of(oldText, newText);
    if (r.rewritten()) return "the text was rewritten";
    List<String> changes = new ArrayList<>();
    List<Redline.Piece> pieces = r.pieces();
    for (int i = 0; i < pieces.size(); i++) {
      Redline.Piece p = pieces.get(i);
      if (p.whitespaceOnly()) continue;
      if (p.kind() == Redline.Kind.DELETED
          && i + 1 < pieces.size()
          && pieces.get(i + 1).kind() == Redline.Kind.INSERTED) {
        changes.add(quote(p.oldText()) + " became " + quote(pieces.get(++i).newText()));
      } else if (p.kind() == Redline.Kind.DELETED) {
        changes.add("removed " + quote(p.oldText()));
      } else {
        changes.add("added " + quote(p.newText()));
      }
    }
    if (changes.isEmpty()) return "only spacing or section numbers changed";
    String shown = String.join("; ", changes.subList(0, Math.min(MOST, changes.size())));
    int more = changes.size() - MOST;
    return more > 0 ? shown + "; and " + more + " more change" + (more > 1 ? "s" : "") : shown;
  }

  private static String quote(String s) {
    String one = OneLine.of(s.strip());
    if (one.length() > LONGEST) one = one.substring(0, LONGEST - 1) + "…";
    return "\"" + one + "\"";
  }
}
