package dev.policyascode.lint.api;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Prose;
import dev.policyascode.text.Numbering;
import dev.policyascode.text.ParsedText;
import dev.policyascode.text.ProseScan;
import dev.policyascode.text.ReadingText;
import dev.policyascode.text.WordScan;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a rule sees: one version, the policy it belongs to, its computed section numbers, and what
 * several rules derive from the same text (such as the typed references of a body), computed once.
 */
public record VersionContext(
    Policy policy, PolicyVersion version, Numbering numbering, Map<Object, Object> cache) {
  public VersionContext {
    Objects.requireNonNull(policy, "policy must not be null");
    Objects.requireNonNull(version, "version must not be null");
    Objects.requireNonNull(numbering, "numbering must not be null");
    Objects.requireNonNull(cache, "cache must not be null");
  }

  public VersionContext(Policy policy, PolicyVersion version, Numbering numbering) {
    this(policy, version, numbering, new ConcurrentHashMap<>());
  }

  public static VersionContext of(Policy policy, PolicyVersion version) {
    return new VersionContext(policy, version, Numbering.of(version));
  }

  /**
   * The plain-text values the pages show (section titles, the registers' names, purposes, labels),
   * each placed where it is written, for the text rules to read beside the prose: see {@link
   * PlainTexts}.
   */
  public List<Prose> plainTexts() {
    return computed(PlainTexts.class, () -> PlainTexts.of(version));
  }

  /** The prose ({@code version().texts()}) and then the plain-text values: what a reader reads. */
  public List<Prose> allTexts() {
    return computed(
        List.of(PlainTexts.class, "all"),
        () -> {
          List<Prose> all = new java.util.ArrayList<>(version.texts());
          all.addAll(plainTexts());
          return List.copyOf(all);
        });
  }

  /**
   * A text's CommonMark tree with source spans, parsed once per version for all the scans below
   * (each used to parse the text again).
   */
  public ParsedText parsed(Prose prose) {
    return computed(List.of(ParsedText.class, prose), () -> ParsedText.of(prose.text()));
  }

  /** A text as the rules read it (its links, its words), parsed once however many rules ask. */
  public ProseScan scan(Prose prose) {
    return computed(List.of(ProseScan.class, prose), () -> new ProseScan(prose, parsed(prose)));
  }

  /**
   * A text as the plain-language rules read it, cut into sentences and words, once per version
   * however many of them ask.
   */
  public ReadingText reading(Prose prose) {
    return computed(List.of(ReadingText.class, prose), () -> new ReadingText(parsed(prose)));
  }

  /**
   * A text's running prose as the term rules read it, parsed once per version however many rules
   * ask (the term rules each used to parse every text again, one definition at a time).
   */
  public WordScan words(Prose prose) {
    return computed(List.of(WordScan.class, prose), () -> new WordScan(prose, parsed(prose)));
  }

  /**
   * The value under {@code key}, computed by {@code compute} the first time a rule asks for it. A
   * key names what is computed and from what, such as {@code List.of(SomeRule.class, prose)}.
   */
  @SuppressWarnings("unchecked")
  public <T> T computed(Object key, Supplier<T> compute) {
    Object value = cache.get(key);
    if (value == null) {
      value = compute.get();
      Object earlier = cache.putIfAbsent(key, value);
      if (earlier != null) value = earlier;
    }
    return (T) value;
  }
}
