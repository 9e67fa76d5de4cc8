package dev.policyascode.lint.rules;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;
import dev.policyascode.lint.api.AbstractRule;
import dev.policyascode.lint.api.PolicyContext;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.Contact;
import dev.policyascode.model.Definition;
import dev.policyascode.model.Policy;
import dev.policyascode.model.Prose;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A character that a reader does not see in a text a person reads: a direction control, which
 * changes the order in which the characters after it are shown (an error: the page can then say
 * something else than the file the reviewers approved), or a zero-width character, which hides
 * inside a word (a warning: "Controller" with a zero-width space inside reads the same, but is
 * another word for searches and for the defined terms).
 */
public final class ProseHiddenCharacters extends AbstractRule {

  public static final RuleMeta META =
      new RuleMeta(
          "prose-hidden-characters",
          "prose",
          Severity.ERROR,
          "An invisible or direction-changing character in a text people read",
          "Art. 12(1) GDPR: information in a transparent and intelligible form");

  public ProseHiddenCharacters() {
    super(META);
  }

  @Override
  public void check(VersionContext context, Consumer<Finding> report) {
    for (Prose p : context.allTexts()) check(p, report);
    // A definition's other spellings are matched in the text, as its term is.
    for (Definition d : context.version().registers().definitions()) {
      for (int i = 0; i < d.aliases().size(); i++) {
        check(new Prose(d.aliases().get(i), d.locator("aliases", i)), report);
      }
    }
  }

  /** The policy's own texts, once for the policy rather than once per version. */
  @Override
  public void checkPolicy(PolicyContext context, Consumer<Finding> report) {
    Policy policy = context.policy();
    check(new Prose(policy.title(), policy.locator("title")), report);
    List<Contact> contacts = new ArrayList<>(policy.jointControllers());
    contacts.add(0, policy.controller());
    policy.dpo().ifPresent(contacts::add);
    policy.representative().ifPresent(contacts::add);
    policy.supervisoryAuthority().ifPresent(contacts::add);
    for (Contact c : contacts) {
      check(new Prose(c.name(), c.locator("name")), report);
      c.address().ifPresent(a -> check(new Prose(a, c.locator("address")), report));
    }
  }

  /** Each kind of hidden character of a text, once, at its first place, with how often it is. */
  private static void check(Prose prose, Consumer<Finding> report) {
    String text = prose.text();
    Map<Integer, int[]> seen = new LinkedHashMap<>(); // code point: first offset, count
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (kind(c).isPresent() && !joinerInWord(text, i, c)) {
        seen.computeIfAbsent(c, k -> new int[2]);
        int[] s = seen.get(c);
        if (s[1]++ == 0) s[0] = i;
      }
      i += Character.charCount(c);
    }
    seen.forEach(
        (c, s) -> {
          boolean bidi = kind(c).get() == Severity.ERROR;
          Finding f =
              Finding.of(META, prose.at(s[0], Character.charCount(c)), message(c, bidi, s[1]));
          report.accept(bidi ? f : f.withSeverity(Severity.WARNING));
        });
  }

  /** ERROR for a direction control, WARNING for a zero-width character, empty for any other. */
  private static Optional<Severity> kind(int c) {
    boolean bidi =
        (c >= 0x202A && c <= 0x202E)
            || (c >= 0x2066 && c <= 0x2069)
            || c == 0x200E
            || c == 0x200F
            || c == 0x061C;
    if (bidi) return Optional.of(Severity.ERROR);
    boolean zeroWidth =
        (c >= 0x200B && c <= 0x200D) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF || c == 0x180E;
    return zeroWidth ? Optional.of(Severity.WARNING) : Optional.empty();
  }

  /**
   * A zero-width joiner or non-joiner where a script needs it: between two letters of the same
   * script other than Latin (Persian and the scripts of India need them), or a joiner inside an
   * emoji sequence. There it shapes what the reader sees, and hides nothing.
   */
  private static boolean joinerInWord(String text, int i, int c) {
    if ((c != 0x200C && c != 0x200D) || i == 0 || i + 1 >= text.length()) return false;
    int before = text.codePointBefore(i);
    int after = text.codePointAt(i + 1);
    Character.UnicodeScript a = Character.UnicodeScript.of(before);
    Character.UnicodeScript b = Character.UnicodeScript.of(after);
    boolean script =
        a == b
            && a != Character.UnicodeScript.LATIN
            && a != Character.UnicodeScript.COMMON
            && Character.isLetterOrDigit(after);
    boolean emoji =
        c == 0x200D
            && (Character.getType(before) == Character.OTHER_SYMBOL || before == 0xFE0F)
            && Character.getType(after) == Character.OTHER_SYMBOL;
    return script || emoji;
  }

  private static String message(int c, boolean bidi, int count) {
    String name = named(c);
    String more = count > 1 ? " (" + (count - 1) + " more in this text)" : "";
    if (bidi) {
      return "an invisible direction control, "
          + name
          + ", is here"
          + more
          + ": it changes the order in which the characters after it are shown, so the page can"
          + " read otherwise than the file that was reviewed; delete it";
    }
    return "an invisible character, "
        + name
        + ", is here"
        + more
        + ": readers do not see it, but it splits the word for searches and for the defined terms;"
        + " delete it";
  }

  private static String named(int c) {
    String name = Character.getName(c);
    String code = String.format(Locale.ROOT, "U+%04X", c);
    return name == null ? code : code + " " + name;
  }
}
