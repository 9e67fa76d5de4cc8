package dev.policyascode.render;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Section;
import dev.policyascode.text.Numbering;
import dev.policyascode.text.Readability;
import dev.policyascode.text.ReadingText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The readability part of the compliance matrix: each section's reading-ease score by the formula
 * of the policy's language, and the sections furthest from plain, worked out as the lint's
 * plain-readability does. Decimals are strings, rounded, so that the JSON is the same on every
 * machine.
 */
final class ReadabilityModel {

  /** As the lint: Flesch's 100-word samples, and his "very difficult" band under 30. */
  static final int MIN_WORDS = 100;

  static final int FLOOR = 30;

  /** How many of the hardest sections the page names. */
  static final int HARDEST = 3;

  private ReadabilityModel() {}

  static Map<String, Object> of(Policy policy, PolicyVersion version) {
    String language = policy.language();
    Numbering numbering = Numbering.of(version);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("language", language);
    m.put("formula", Readability.formulaFor(language).orElse(""));
    m.put("floor", FLOOR);
    m.put("minWords", MIN_WORDS);
    List<Map<String, Object>> sections = new ArrayList<>();
    List<Map<String, Object>> scored = new ArrayList<>();
    for (Section s : version.allSections()) {
      if (s.body().isEmpty()) continue;
      Optional<Readability> r = Readability.of(new ReadingText(s.body().get().text()), language);
      if (r.isEmpty()) continue;
      Readability x = r.get();
      String number = numbering.number(s.id()).orElse("");
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", s.id());
      row.put("number", number);
      row.put("shown", number.isEmpty() ? "" : policy.numbering().shown(number, depth(number)));
      row.put("title", s.title());
      row.put("words", x.words());
      row.put("sentences", x.sentences());
      row.put("wordsPerSentence", String.format(Locale.ROOT, "%.1f", x.wordsPerSentence()));
      row.put("syllablesPerWord", String.format(Locale.ROOT, "%.2f", x.syllablesPerWord()));
      row.put("score", x.shown());
      row.put("band", band(x.shown()));
      row.put("reliable", x.words() >= MIN_WORDS);
      sections.add(row);
      if (x.words() >= MIN_WORDS) scored.add(row);
    }
    m.put("sections", sections);
    List<Map<String, Object>> hardest =
        scored.stream()
            .sorted(Comparator.comparingLong(r -> (Long) r.get("score")))
            .limit(HARDEST)
            .toList();
    m.put("hardest", hardest.stream().map(r -> r.get("id")).toList());
    return m;
  }

  private static int depth(String number) {
    return number.split("\\.").length;
  }

  /** Flesch's bands, which Amstad and Kandel & Moles keep: the label key of each. */
  static String band(long score) {
    if (score >= 90) return "veryEasy";
    if (score >= 80) return "easy";
    if (score >= 70) return "fairlyEasy";
    if (score >= 60) return "standard";
    if (score >= 50) return "fairlyDifficult";
    if (score >= FLOOR) return "difficult";
    return "veryDifficult";
  }
}
