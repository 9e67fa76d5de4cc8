package dev.policyascode.register;

import java.util.Set;

/**
 * The countries of the European Economic Area: the 27 Member States of the EU, Iceland,
 * Liechtenstein and Norway. A recipient elsewhere is in a third country (Art. 30(1)(d)).
 */
final class Eea {

  private static final Set<String> COUNTRIES =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

  private Eea() {}

  static boolean contains(String country) {
    return COUNTRIES.contains(country);
  }
}
