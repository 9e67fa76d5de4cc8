package dev.policyascode.lint.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that say data comes from someone other than the person it is about (Art. 14): another party
 * creates, enters or uploads it ("an account configured by the Administrator", "uploaded by the
 * Customer"), it comes from a third party or an employer ("provided by your employer", "from third
 * parties"), or someone else gives the person access ("employees to whom it will provide access").
 * Only named kinds of other party count (an administrator, an employer, a customer, a third
 * party...): "provided by you", "given by the terminal" or "collected by the Site" are the person,
 * their device or the controller. "On your behalf" is not read: on real notices it is nearly always
 * an agent exercising the person's rights (measured on the corpus, see CorpusSourceWordsTest), not
 * a source of data.
 */
final class OtherSource {

  private OtherSource() {}

  private static final String DONE =
      "(?:created|configured|set\\s+up|entered|added|provided|supplied|uploaded|submitted|shared|"
          + "imported|given|filled\\s+in|invited|referred|registered|disclosed|communicated|"
          + "passed\\s+on)";

  private static final String PARTY =
      "(?:administrators?|admins?|employers?|customers?|clients?|colleagues?|friends?|managers?|"
          + "contacts?|partners?|organi[sz]ations?|third[-\\s]part(?:y|ies)|family\\s+members?|"
          + "parents?|guardians?|doctors?|insurers?|schools?|brokers?|resellers?|referrers?|"
          + "other\\s+(?:users?|persons?|people|members?)|another\\s+(?:user|person|member))";

  private static final List<Pattern> PATTERNS =
      List.of(
          // "configured by the Administrator", "uploaded by a customer", but not "by you"
          Pattern.compile(
              "\\b"
                  + DONE
                  + "(?:\\s+to\\s+us)?\\s+by\\s+(?:your|the|an?|their|its)?\\s*"
                  + PARTY
                  + "\\b",
              Pattern.CASE_INSENSITIVE),
          // "from your employer", "from third parties", "from our partners"
          Pattern.compile(
              "\\bfrom\\s+(?:your|their|the|our|an?|other)?\\s*" + PARTY + "\\b",
              Pattern.CASE_INSENSITIVE),
          // "a customer's upload", "the administrator creates an account"
          Pattern.compile(
              "\\b"
                  + PARTY
                  + "['’]s?\\s+(?:uploads?|imports?|lists?|address\\s+books?|contacts?)\\b"
                  + "|\\b"
                  + PARTY
                  + "\\s+(?:creates?|configures?|sets?\\s+up|opens?|invites?|"
                  + "adds?|uploads?|enters?|imports?|registers?)\\b",
              Pattern.CASE_INSENSITIVE),
          // "employees to whom it will provide ... access": someone else opens their access
          Pattern.compile(
              "\\bto\\s+whom\\s+(?:it|they|he|she|the\\s+\\w+)\\s+(?:will\\s+|may\\s+)?"
                  + "(?:provides?|gives?|grants?|opens?)\\b[^.;]{0,60}?\\baccess\\b",
              Pattern.CASE_INSENSITIVE));

  /**
   * {@link #find}, once per lint run for each distinct text: the data categories' items and
   * descriptions are the same in almost every version, and the patterns were most of the rule's
   * time (issue 18).
   */
  static Optional<String> find(dev.policyascode.lint.api.VersionContext context, String text) {
    return context.memo().get(OtherSource.class, text, () -> find(text));
  }

  /** The first words of {@code text} that say its data comes from someone else, if any. */
  static Optional<String> find(String text) {
    Optional<Matcher> first = Optional.empty();
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(text);
      if (m.find() && (first.isEmpty() || m.start() < first.get().start())) first = Optional.of(m);
    }
    return first.map(m -> m.group().replaceAll("\\s+", " "));
  }
}
