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
    int i = 0;
    while (i < pieces.size()) {
      if (pieces.get(i).kind() == Redline.Kind.EQUAL) {
        i++;
        continue;
      }
      // One change runs over the deletions and insertions that only spaces separate: "us"
      // became "Example SAS", not "us" became "Example" and "SAS" added.
      StringBuilder before = new StringBuilder();
      StringBuilder after = new StringBuilder();
      int end = i;
      for (int j = i; j < pieces.size(); j++) {
        Redline.Piece p = pieces.get(j);
        if (p.kind() == Redline.Kind.EQUAL && !(p.whitespaceOnly() && p.oldText().isBlank())) break;
        if (p.kind() == Redline.Kind.EQUAL && !nextChanges(pieces, j)) break;
        if (p.kind() != Redline.Kind.INSERTED) before.append(p.oldText());
        if (p.kind() != Redline.Kind.DELETED) after.append(p.newText());
        end = j;
      }
      i = end + 1;
      String was = before.toString().strip();
      String is = after.toString().strip();
      if (was.isEmpty() && is.isEmpty()) continue;
      if (was.isEmpty()) changes.add("added " + quote(is));
      else if (is.isEmpty()) changes.add("removed " + quote(was));
      else changes.add(quote(was) + " became " + quote(is));
    }
    if (changes.isEmpty()) return "only spacing or section numbers changed";
    String shown = String.join("; ", changes.subList(0, Math.min(MOST, changes.size())));
    int more = changes.size() - MOST;
    return more > 0 ? shown + "; and " + more + " more change" + (more > 1 ? "s" : "") : shown;
  }

  private static boolean nextChanges(List<Redline.Piece> pieces, int j) {
    return j + 1 < pieces.size() && pieces.get(j + 1).kind() != Redline.Kind.EQUAL;
  }

  private static String quote(String s) {
    String one = OneLine.of(s.strip());
    if (one.length() > LONGEST) one = one.substring(0, LONGEST - 1) + "…";
    return "\"" + one + "\"";
  }
}
