package dev.policyascode.text;

import org.commonmark.node.Node;

/**
 * A text's CommonMark tree with source spans, parsed once and read by every scan of it: the
 * reference and prose rules' {@link ProseScan}, the term rules' {@link WordScan} and the plain
 * rules' {@link ReadingText} each parsed every text again (issue 18). Each scan still blanks what
 * it does not read in its own way, so their findings are what they were; only the parse is shared.
 * The tree is only read once built, so the scans of one version may share it across threads.
 */
public final class ParsedText {

  private final String text;
  private final Node document;

  private ParsedText(String text, Node document) {
    this.text = text;
    this.document = document;
  }

  public static ParsedText of(String text) {
    return new ParsedText(text, Markdown.PARSER_WITH_SPANS.parse(text));
  }

  public String text() {
    return text;
  }

  /** The tree; package-private, as a caller outside could change it under the other scans. */
  Node document() {
    return document;
  }
}
