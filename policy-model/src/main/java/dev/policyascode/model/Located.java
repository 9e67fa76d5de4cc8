package dev.policyascode.model;

import dev.policyascode.diagnostics.Position;

/**
 * A record of the model that knows where it is written and where each of its values is, so that a
 * finding about a value points at that value: {@code rule.at("period")} is the {@code P36M} of
 * {@code period: P36M}, in the file, line and column where it is written. The keys are the YAML
 * keys of the format. A value the author did not write is placed at the record's start.
 */
public interface Located {

  /** Where the record starts. */
  Position at();

  /** Where each of its values is written. */
  Positions positions();

  /** Where the value of {@code key} is written, or the record's start when it is not. */
  default Position at(String key) {
    return positions().at(at(), key);
  }

  /** Where item {@code item} (from 0) of the list under {@code key} is written. */
  default Position at(String key, int item) {
    return positions().at(at(), key, item);
  }

  /** A locator for a place inside the text under {@code key}. */
  default TextLocator locator(String key) {
    return positions().locator(at(), key);
  }

  /** A locator for a place inside the text of item {@code item} of the list under {@code key}. */
  default TextLocator locator(String key, int item) {
    return positions().locator(at(), key, item);
  }
}
