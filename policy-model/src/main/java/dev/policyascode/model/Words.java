package dev.policyascode.model;

import java.util.Locale;

/** Closed sets of words of the format, each with its YAML spelling. */
final class Words {
  private Words() {}

  static String of(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> E parse(Class<E> type, String word) {
    return Enum.valueOf(type, word.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
