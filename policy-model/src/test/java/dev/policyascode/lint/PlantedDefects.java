package dev.policyascode.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The defects {@link RecallPrecisionTest} plants into clean policies, kept as data beside each
 * rule's fixtures: {@code fixtures/<rule-id>/planted.yaml}, a list of defects, each with the clean
 * policy it goes into, what it is, and its edits:
 *
 * <pre>
 * - into: qucit-2027
 *   what: "a link to a misspelt section id"
 *   edits:
 *     - replace: "without prejudice to [](#duration)"
 *       with: "without prejudice to [](#durations)"
 * </pre>
 *
 * <p>{@code replace} replaces every occurrence of a text; {@code replace-first-match} the first
 * match of a Java regular expression.
 */
final class PlantedDefects {

  static final String FILE = "planted.yaml";

  private static final Set<String> PLANT_KEYS = Set.of("into", "what", "edits");
  private static final String REPLACE = "replace";
  private static final String FIRST_MATCH = "replace-first-match";

  private PlantedDefects() {}

  /** One change to a clean version's text. */
  record Edit(String find, boolean regex, String with) {
    String apply(String text) {
      return regex
          ? Pattern.compile(find).matcher(text).replaceFirst(Matcher.quoteReplacement(with))
          : text.replace(find, with);
    }
  }

  /** One planted defect: the rule that must find it, the clean policy, and the edits. */
  record Plant(String ruleId, String into, String what, List<Edit> edits) {
    String apply(String text) {
      for (Edit e : edits) text = e.apply(text);
      return text;
    }
  }

  /** Every planted defect, rule by rule in the order of the fixture folders. */
  static List<Plant> all() {
    List<Plant> all = new ArrayList<>();
    for (Path dir : RuleFixtureTest.list(RuleFixtureTest.FIXTURES)) {
      Path file = dir.resolve(FILE);
      if (Files.isRegularFile(file)) all.addAll(read(file, dir.getFileName().toString()));
    }
    return all;
  }

  static List<Plant> read(Path file, String ruleId) {
    Object data;
    try {
      data =
          new Yaml(new SafeConstructor(new LoaderOptions()))
              .load(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!(data instanceof List<?> list) || list.isEmpty()) {
      throw new AssertionError(file + ": a list of planted defects is expected");
    }
    List<Plant> plants = new ArrayList<>();
    for (Object item : list) {
      String where = file + ", defect " + (plants.size() + 1);
      Map<?, ?> plant = mapping(item, PLANT_KEYS, where);
      List<Edit> edits = new ArrayList<>();
      if (!(plant.get("edits") instanceof List<?> written) || written.isEmpty()) {
        throw new AssertionError(where + ": 'edits' must list at least one edit");
      }
      for (Object e : written) edits.add(edit(e, where + ", edit " + (edits.size() + 1)));
      plants.add(
          new Plant(
              ruleId, text(plant, "into", where), text(plant, "what", where), List.copyOf(edits)));
    }
    return plants;
  }

  private static Edit edit(Object item, String where) {
    Map<?, ?> edit = mapping(item, Set.of(REPLACE, FIRST_MATCH, "with"), where);
    if (edit.containsKey(REPLACE) == edit.containsKey(FIRST_MATCH)) {
      throw new AssertionError(
          where + ": an edit has either '" + REPLACE + "' or '" + FIRST_MATCH + "'");
    }
    boolean regex = edit.containsKey(FIRST_MATCH);
    return new Edit(
        text(edit, regex ? FIRST_MATCH : REPLACE, where), regex, text(edit, "with", where));
  }

  private static Map<?, ?> mapping(Object item, Set<String> keys, String where) {
    if (!(item instanceof Map<?, ?> map) || !keys.containsAll(map.keySet())) {
      throw new AssertionError(where + ": a mapping with only the keys " + keys + " is expected");
    }
    return map;
  }

  private static String text(Map<?, ?> map, String key, String where) {
    if (!(map.get(key) instanceof String s)) {
      throw new AssertionError(where + ": '" + key + "' must be a text");
    }
    return s;
  }
}
