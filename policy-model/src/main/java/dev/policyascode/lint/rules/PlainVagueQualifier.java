package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.Prose;
import dev.policyascode.text.ReadingText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * "We may share some data" does not tell people whether their data is shared, nor which: WP260
 * rev.01 asks that qualifiers such as "may", "might", "some", "often" and "possible" be avoided in
 * what the controller says about its processing. A modal whose subject is the reader ("you may
 * object", "vous pouvez", "Sie können") grants a right or a choice, and is not reported.
 */
public final class PlainVagueQualifier extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "plain-vague-qualifier",
          "plain",
          Severity.INFO,
          "A vague qualifier such as 'may' or 'some' in a statement about the processing",
          "Art. 12(1) (clear and plain language); Article 29 Working Party, Guidelines on"
              + " transparency (WP260 rev.01), para. 12-13: qualifiers such as 'may', 'might',"
              + " 'some', 'often' and 'possible' should be avoided");

  public PlainVagueQualifier() {
    super(META);
  }

  /** The qualifiers of each language, lower case; English for a language without a list. */
  static final java.util.Map<String, Set<String>> QUALIFIERS =
      java.util.Map.of(
          "en", Set.of("may", "might", "some", "often", "possible", "possibly"),
          "fr",
              Set.of(
                  "peut",
                  "peuvent",
                  "pouvons",
                  "pourrons",
                  "pourra",
                  "pourront",
                  "pourrait",
                  "pourraient",
                  "certains",
                  "certaines",
                  "souvent",
                  "éventuellement",
                  "possible",
                  "possibles"),
          "de",
              Set.of(
                  "kann",
                  "können",
                  "könnte",
                  "könnten",
                  "einige",
                  "einigen",
                  "einiger",
                  "oft",
                  "möglicherweise",
                  "eventuell"));

  /** The modals among them: a modal whose subject is the reader grants, it does not hedge. */
  private static final Set<String> MODALS =
      Set.of(
          "may",
          "might",
          "peut",
          "peuvent",
          "pouvons",
          "pourrons",
          "pourra",
          "pourront",
          "pourrait",
          "pourraient",
          "kann",
          "können",
          "könnte",
          "könnten");

  /** Who the reader is, as the subject just before a modal: "you", "users", "the data subject". */
  private static final Pattern READER =
      Pattern.compile(
          "(?i:you|users?|subjects?|customers?|consumers?|visitors?|members?|individuals?|parents?"
              + "|guardians?|anyone|everyone|vous|utilisateurs?|utilisatrices?|concernée?s?)"
              + "|Sie|Nutzer(?:in|innen)?|Person"); // "Sie", not "sie" (they)

  /** Words that may stand between the subject and the modal: "you also may". */
  private static final Set<String> BETWEEN =
      Set.of("also", "still", "always", "then", "therefore", "further", "aussi", "toujours");

  /** The memo's kind for a language, one object each, so that a look-up compares it fast. */
  private static final Map<String, Object> KINDS = new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    String language =
        QUALIFIERS.containsKey(context.policy().language()) ? context.policy().language() : "en";
    Set<String> qualifiers = QUALIFIERS.get(language);
    for (Prose prose : PlainStatements.of(context)) {
      // The vague words of a text depend on it and the language alone: found once per lint run
      // for all the versions that share the text, placed in each.
      List<ReadingText.Word> vague =
          context.perText(
              KINDS.computeIfAbsent(
                  language,
                  l -> dev.policyascode.lint.api.TextMemo.kind(PlainVagueQualifier.class, l)),
              prose,
              t -> vague(PlainStatements.read(context, prose), qualifiers));
      for (ReadingText.Word w : vague) {
        String lower = w.text().toLowerCase(Locale.ROOT);
        report.accept(
            Finding.of(
                META,
                prose.at(w.start(), w.text().length()),
                "'"
                    + w.text()
                    + "' leaves people guessing "
                    + (MODALS.contains(lower)
                        ? "whether this is done; say what is done, and when or on what condition"
                        : "which data, how often or in which cases; name them")
                    + " (WP260 rev.01, para. 13)"));
      }
    }
  }

  /** The words of a text that are vague qualifiers, in order. */
  private static List<ReadingText.Word> vague(ReadingText text, Set<String> qualifiers) {
    List<ReadingText.Word> vague = new java.util.ArrayList<>();
    for (ReadingText.Sentence s : text.sentences()) {
      List<ReadingText.Word> words = s.words();
      for (int i = 0; i < words.size(); i++) {
        ReadingText.Word w = words.get(i);
        String lower = w.text().toLowerCase(Locale.ROOT);
        if (!qualifiers.contains(lower)
            || isMonth(words, i)
            || grants(words, i, lower)
            || consequence(words, i, lower)) {
          continue;
        }
        vague.add(w);
      }
    }
    return List.copyOf(vague);
  }

  /**
   * What a choice or a refusal may cost the reader: "deleting it may prevent you from…", "some
   * features may be unavailable". Art. 13(2)(e) itself asks for the "possible consequences" of not
   * giving data, and a consequence is not a statement about the processing.
   */
  private static boolean consequence(List<ReadingText.Word> words, int i, String modal) {
    if (!MODALS.contains(modal) || i + 1 >= words.size()) return false;
    String next = words.get(i + 1).text().toLowerCase(Locale.ROOT);
    String after = i + 2 < words.size() ? words.get(i + 2).text().toLowerCase(Locale.ROOT) : "";
    return CONSEQUENCES.contains(next)
        || (next.equals("not") && (after.equals("work") || after.equals("function")))
        || (next.equals("no") && after.equals("longer"))
        || (next.equals("be") && (after.equals("unavailable") || after.equals("limited")));
  }

  private static final Set<String> CONSEQUENCES =
      Set.of(
          "prevent",
          "delay",
          "limit",
          "affect",
          "impair",
          "restrict",
          "stop",
          "interrupt",
          "degrade",
          "disable",
          "empêcher",
          "limiter",
          "retarder",
          "verhindern",
          "einschränken",
          "verzögern");

  /** "25 May 2018", "May 25": the month, written with its capital beside a number. */
  private static boolean isMonth(List<ReadingText.Word> words, int i) {
    if (!words.get(i).text().equals("May")) return false;
    return (i > 0 && Character.isDigit(words.get(i - 1).text().charAt(0)))
        || (i + 1 < words.size() && Character.isDigit(words.get(i + 1).text().charAt(0)));
  }

  /**
   * Whether the modal at {@code i} gives the reader a right or a choice: its subject, just before
   * it ("you may object", "vous pouvez") or just after it in a German or French inversion ("können
   * Sie"), is the reader, and it is not a passive or a guess about the reader ("you may be asked").
   */
  private static boolean grants(List<ReadingText.Word> words, int i, String modal) {
    if (!MODALS.contains(modal)) return false;
    int before = i - 1;
    while (before >= 0 && BETWEEN.contains(words.get(before).text().toLowerCase(Locale.ROOT))) {
      before--;
    }
    boolean subjectBefore = before >= 0 && READER.matcher(words.get(before).text()).matches();
    boolean subjectAfter =
        i + 1 < words.size()
            && (modal.startsWith("k") || modal.startsWith("p"))
            && READER.matcher(words.get(i + 1).text()).matches();
    if (!subjectBefore && !subjectAfter) return false;
    int next = subjectAfter ? i + 2 : i + 1;
    return next >= words.size() || !words.get(next).text().equalsIgnoreCase("be");
  }
}
