package dev.policyascode.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The DPV 2.1 concepts the export may use, read from the list kept as data with its source. */
final class DpvConcepts {

  private DpvConcepts() {}

  private static final String DPV = "https://w3id.org/dpv";
  private static final String LOC = "https://w3id.org/dpv/loc#";

  static final Set<String> KNOWN = read();

  private static Set<String> read() {
    try (InputStream in =
        DpvConcepts.class.getResourceAsStream("/dev/policyascode/export/dpv-2.1-concepts.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The DPV IRIs among {@code iris} that DPV 2.1 does not define; IRIs of other vocabularies
   * (Dublin Core, RDFS, XSD) and the policy's own nodes are not DPV's to check.
   */
  static List<String> unknown(Collection<String> iris) {
    Set<String> countries = Set.of(Locale.getISOCountries());
    return iris.stream()
        .filter(i -> i.startsWith(DPV))
        .filter(
            i ->
                i.startsWith(LOC)
                    ? !countries.contains(i.substring(LOC.length()))
                    : !KNOWN.contains(i))
        .sorted()
        .toList();
  }
}
