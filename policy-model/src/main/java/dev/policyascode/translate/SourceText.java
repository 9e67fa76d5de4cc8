package dev.policyascode.translate;

import dev.policyascode.diagnostics.Position;
import dev.policyascode.model.Located;

/**
 * One text of a version that a translation translates: its key, its words, and where it is written
 * ({@code item} is the place in a list, such as the second purpose, or -1).
 */
public record SourceText(String key, String text, Located record, String field, int item) {

  /** Where the text is written in the version file. */
  public Position at() {
    return item < 0 ? record.at(field) : record.at(field, item);
  }

  /** Its fingerprint, as a translation made from it records it. */
  public String fingerprint() {
    return SourceFingerprint.of(text);
  }

  /** The section, definition or entry it belongs to, for messages: "section cookies". */
  public String owner() {
    int dot = key.lastIndexOf('.');
    String head = dot < 0 ? key : key.substring(0, dot);
    if (item >= 0) head = head.substring(0, head.lastIndexOf('.'));
    return head.replace('.', ' ');
  }
}
