package dev.policyascode.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The app stores' own words for data types and purposes, kept as data beside their sources in
 * {@code src/main/resources/dev/policyascode/stores/} (its README says where each list comes from),
 * so that a store's new term is one line there rather than a change of code.
 */
public final class StoreVocabulary {

  /** One term: the store's id, the id of the group it belongs to (or empty), and its label. */
  public record Term(String id, String group, String label) {}

  public static final List<Term> PLAY_DATA_TYPES = read("play-data-types.tsv", 3);
  public static final List<Term> PLAY_PURPOSES = read("play-purposes.tsv", 2);
  public static final List<Term> APPLE_DATA_TYPES = read("apple-data-types.tsv", 3);
  public static final List<Term> APPLE_PURPOSES = read("apple-purposes.tsv", 2);

  private StoreVocabulary() {}

  public static List<String> ids(List<Term> terms) {
    return terms.stream().map(Term::id).toList();
  }

  public static Optional<Term> find(List<Term> terms, String id) {
    return terms.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The labels of {@code terms} by id. */
  public static Map<String, String> labels(List<Term> terms) {
    java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
    terms.forEach(t -> m.put(t.id(), t.label()));
    return m;
  }

  private static List<Term> read(String name, int columns) {
    String path = "/dev/policyascode/stores/" + name;
    List<Term> terms = new ArrayList<>();
    try (InputStream in = StoreVocabulary.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing resource " + path);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        if (f.length != columns) throw new IllegalStateException(path + ": bad line " + line);
        terms.add(columns == 3 ? new Term(f[0], f[1], f[2]) : new Term(f[0], "", f[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(terms);
  }
}
