package dev.policyascode.diagnostics;

import java.util.Locale;

/** How serious a finding is. Only errors fail a build by default. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case word used in messages and configuration: error, warning, info. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this severity is at least as serious as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** Reads error, warning or info (any case); empty when the word is none of them. */
  public static java.util.Optional<Severity> parse(String word) {
    for (Severity s : values()) {
      if (s.label().equalsIgnoreCase(word.trim())) return java.util.Optional.of(s);
    }
    return java.util.Optional.empty();
  }
}
