package dev.policyascode.diff;

import dev.policyascode.load.Organisations;
import dev.policyascode.text.BuiltInLabels;
import dev.policyascode.text.LanguageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the summary of changes in one language: the {@code change.*} labels, with their
 * numbered placeholders filled in.
 *
 * <p>Not {@link java.text.MessageFormat}: it reads {@code '} as a quote and drops it, so every
 * apostrophe of a French label ("l'activité") would have to be written {@code ''}, in files that
 * lawyers and projects edit and where every other label takes a plain apostrophe. Here only {@code
 * {0}}, {@code {1}}... are special, and they are filled in one pass, so a section title that
 * happens to contain "{1}" is shown as it is.
 */
record Phrases(Map<String, String> labels, String language) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

  /** The built-in English words: what the summary said before it spoke other languages. */
  static final Phrases ENGLISH = new Phrases(BuiltInLabels.of("en"), "en");

  Phrases {
    Objects.requireNonNull(labels, "labels must not be null");
    Objects.requireNonNull(language, "language must not be null");
  }

  /** The label {@code key} with {@code {0}}, {@code {1}}... replaced by {@code args}. */
  String get(String key, Object... args) {
    String pattern = labels.get(key);
    if (pattern == null) {
      // The built-in labels.properties has every key (LabelFilesTest): a caller passed others.
      throw new IllegalArgumentException("No label " + key + " among the words of the summary");
    }
    Matcher m = PLACEHOLDER.matcher(pattern);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int i = m.group(1).charAt(0) - '0';
      String value = i < args.length ? String.valueOf(args[i]) : m.group();
      m.appendReplacement(sb, Matcher.quoteReplacement(value));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** One of a closed set of words of the format, such as {@code basis.legitimate-interests}. */
  String word(String kind, String word) {
    return get("change." + kind + "." + word);
  }

  /** {@code text} in the language's quotation marks. */
  String quoted(String text) {
    return get("change.quoted", text);
  }

  /** {@code text} quoted, or the language's word for a value not given: never an empty “”. */
  String quoted(java.util.Optional<String> text) {
    return text.map(this::quoted).orElseGet(() -> get("change.absent"));
  }

  /** The items, each quoted, joined by commas; "none" when there are none. */
  String listed(List<String> items) {
    return items.isEmpty()
        ? get("change.none")
        : String.join(", ", items.stream().map(this::quoted).toList());
  }

  /** The parts joined as a list of what changed: "name; meaning". */
  String joined(List<String> parts) {
    return parts.stream().reduce((a, b) -> get("change.both", a, b)).orElse("");
  }

  /** A period, event, criterion or session in words of the language. */
  String period(dev.policyascode.model.HowLong howLong) {
    return LanguageFormat.of(language).howLong(howLong);
  }

  /** The ISO-8601 period in words of the language: "3 years", "3 ans", "3 Jahre". */
  String period(String iso) {
    return LanguageFormat.of(language).period(iso);
  }

  /** The country's name in the language: US is United States, États-Unis, Vereinigte Staaten. */
  String country(String code) {
    // An international organisation's id: its name, as the reference data writes it.
    var organisation = Organisations.name(code);
    if (organisation.isPresent()) return organisation.get();
    String name = new Locale("", code).getDisplayCountry(Locale.forLanguageTag(language));
    return name.isEmpty() || name.equals(code) ? code : name;
  }
}
