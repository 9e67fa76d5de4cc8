package dev.policyascode.diff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Redlines of one page, each pair of texts diffed once: a changes page lists what changed (which
 * diffs every section's text) and then shows the redline of the same sections. Not thread-safe; one
 * per page.
 */
public final class Redlines {

  private final Map<List<String>, Redline> done = new HashMap<>();

  public Redline of(String oldText, String newText) {
    return done.computeIfAbsent(List.of(oldText, newText), k -> Redline.of(oldText, newText));
  }

  /**
   * Whether anything but whitespace and section numbers changed from {@code oldText} to {@code
   * newText}: {@code of(oldText, newText).changed()}. Two equal texts are unchanged without being
   * cut into words or diffed; successive versions share almost all their texts.
   */
  public boolean changed(String oldText, String newText) {
    return !oldText.equals(newText) && of(oldText, newText).changed();
  }
}
