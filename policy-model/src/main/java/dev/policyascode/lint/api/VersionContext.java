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
 *
 * <p>What depends on a version is kept in {@code cache}, for this version only; what depends on a
 * text alone is kept in {@code memo}, which the lint run shares between all its versions (see
 * {@link TextMemo} and {@link #perText}).
 */
public record VersionContext(
    Policy policy,
    PolicyVersion version,
    Numbering numbering,
    Map<Object, Object> cache,
    TextMemo memo) {
  public VersionContext {
    Objects.requireNonNull(policy, "policy must not be null");
    Objects.requireNonNull(version, "version must not be null");
    Objects.requireNonNull(numbering, "numbering must not be null");
    Objects.requireNonNull(cache, "cache must not be null");
    Objects.requireNonNull(memo, "memo must not be null");
  }

  public VersionContext(
      Policy policy, PolicyVersion version, Numbering numbering, Map<Object, Object> cache) {
    this(policy, version, numbering, cache, new TextMemo());
  }

  public VersionContext(Policy policy, PolicyVersion version, Numbering numbering) {
    this(policy, version, numbering, new ConcurrentHashMap<>());
  }

  /** A version checked on its own, with a memo of texts of its own. */
  public static VersionContext of(Policy policy, PolicyVersion version) {
    return new VersionContext(policy, version, Numbering.of(version));
  }

  /** A version checked in a run whose versions share what is derived from their texts. */
  public static VersionContext of(Policy policy, PolicyVersion version, TextMemo memo) {
    // sized for a few entries per text (its tree, its scan, the memo's String for it), so that a
    // version's cache does not grow table by table as its rules ask
    return new VersionContext(
        policy,
        version,
        Numbering.of(version),
        new ConcurrentHashMap<>(Math.max(16, 4 * version.texts().size())),
        memo);
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
   * (each used to parse the text again). Kept for this version only: a tree is large, and the scans
   * made from it are kept for the run instead, so a text seen in an earlier version is not parsed.
   */
  public ParsedText parsed(Prose prose) {
    return computed(List.of(ParsedText.class, prose.text()), () -> ParsedText.of(prose.text()));
  }

  /**
   * A text as the rules read it (its links, its words), parsed once per run however many rules and
   * versions ask; placed at this version's {@code prose}.
   */
  public ProseScan scan(Prose prose) {
    return computed(
        List.of(ProseScan.class, prose),
        () -> perText(ProseScan.class, prose, t -> new ProseScan(parsed(prose))).at(prose));
  }

  /**
   * A text as the plain-language rules read it, cut into sentences and words, once per run however
   * many rules and versions ask.
   */
  public ReadingText reading(Prose prose) {
    return perText(ReadingText.class, prose, t -> new ReadingText(parsed(prose)));
  }

  /**
   * A text's running prose as the term rules read it, parsed once per run however many rules and
   * versions ask (the term rules each used to parse every text again, one definition at a time).
   */
  public WordScan words(Prose prose) {
    return perText(WordScan.class, prose, t -> new WordScan(parsed(prose)));
  }

  /**
   * What {@code compute} derives from the text of {@code prose} alone, computed once per lint run
   * for every version that has the same text, not once per version: successive versions share
   * almost all their texts. {@code kind} names what is computed and everything besides the text it
   * depends on, such as {@code SomeRule.class} or {@code List.of(SomeRule.class, language)}. The
   * value must hold offsets within the text only, never a {@code Prose} or a place in a file (the
   * text stands elsewhere in another version): the rule then places it through this version's
   * {@code prose.at(offset, length)}. It must not be null, and must not be changed once returned,
   * as other versions' threads read it.
   */
  public <T> T perText(Object kind, Prose prose, java.util.function.Function<String, T> compute) {
    TextMemo.Text text = held(prose.text());
    return text.get(kind, () -> compute.apply(text.text()));
  }

  /**
   * The memo's values of {@code text} ({@link TextMemo#text}), found in the memo's large map once
   * per version for each of its texts and then kept in this version's cache by the text's identity:
   * each kind the version's rules ask for is then looked up in the text's own small table, not in
   * the large map (issue 18). The memo's {@code String} for the text is the same for every version.
   */
  private TextMemo.Text held(String text) {
    return computed(new Same(text), () -> memo.text(text));
  }

  /** A text as a key of this version's cache, by identity: one look-up without reading it. */
  private record Same(String text) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Same s && s.text == text;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(text);
    }
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
