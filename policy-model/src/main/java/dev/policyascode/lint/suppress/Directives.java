package dev.policyascode.lint.suppress;

import dev.policyascode.load.Comment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the suppression comments among the comments of one YAML file. The loader reads the comments
 * in the same parse as the values, so a {@code #} inside a quoted or block text is never taken for
 * a comment: in a literal block, {@code # policy-lint-disable-line} is policy text.
 *
 * <p>A comment covers a line of YAML, and with it every line of a text that starts on that line:
 * put before {@code body: |}, it covers the whole body, where a comment could not be written.
 */
final class Directives {

  static final String PREFIX = "policy-lint-";
  static final String NEXT_LINE = "policy-lint-disable-next-line";
  static final String SAME_LINE = "policy-lint-disable-line";

  private static final Pattern DIRECTIVE =
      Pattern.compile("^(" + PREFIX + "\\S*)(.*)$", Pattern.DOTALL);

  private Directives() {}

  /** The directives among {@code comments}, in order. */
  static List<Directive> in(List<Comment> comments) {
    List<Directive> directives = new ArrayList<>();
    for (Comment c : comments) {
      Matcher m = DIRECTIVE.matcher(c.text().strip());
      if (!m.matches()) continue;
      Comment.Lines covered = m.group(1).equals(NEXT_LINE) ? c.next() : c.line();
      String rest = m.group(2);
      int dashes = rest.indexOf("--");
      String ids = dashes < 0 ? rest : rest.substring(0, dashes);
      Optional<String> reason =
          dashes < 0 ? Optional.empty() : Optional.of(rest.substring(dashes + 2).strip());
      List<String> rules = Arrays.stream(ids.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
      directives.add(
          new Directive(
              c.at(),
              m.group(1),
              rules,
              reason.filter(r -> !r.isEmpty()),
              c.ownLine(),
              covered.first(),
              covered.last()));
    }
    return directives;
  }
}
