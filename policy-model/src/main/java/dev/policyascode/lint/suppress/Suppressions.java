package dev.policyascode.lint.suppress;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.diagnostics.Suppressed;
import dev.policyascode.lint.api.Rule;
import dev.policyascode.lint.rules.SuppressInvalid;
import dev.policyascode.lint.rules.SuppressUnused;
import dev.policyascode.load.Comment;
import dev.policyascode.load.DidYouMean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies the suppression comments of the policy files to the findings, as ESLint applies {@code
 * eslint-disable-next-line rule -- reason}:
 *
 * <pre>
 * # policy-lint-disable-next-line xref-literal-number -- the published text says "section 4"
 * body: |
 * </pre>
 *
 * A comment names the rules it suppresses and must give a reason after {@code --}; without one it
 * suppresses nothing and is itself an error ({@code suppress-invalid}), as is a rule id that does
 * not exist or a rule reported while files are read, which cannot be suppressed any more than it
 * can be switched off. A comment that suppresses nothing is a warning ({@code suppress-unused}).
 */
public final class Suppressions {

  /** What the comments left: the findings that stand, those suppressed, and the new findings. */
  public record Result(List<Finding> kept, List<Suppressed> suppressed, List<Finding> problems) {
    public Result {
      kept = List.copyOf(kept);
      suppressed = List.copyOf(suppressed);
      problems = List.copyOf(problems);
    }
  }

  private final Map<String, Rule> rules;
  private final Set<String> off;

  /**
   * @param rules every rule the linter knows
   * @param off the ids of the rules switched off: a comment naming one is not reported as unused,
   *     since it will be used again when the rule is switched back on
   */
  public Suppressions(Collection<Rule> rules, Set<String> off) {
    this.rules =
        rules.stream()
            .collect(Collectors.toMap(r -> r.meta().id(), Function.identity(), (a, b) -> a));
    this.off = Set.copyOf(off);
  }

  /**
   * Applies the comments of {@code files} to {@code findings}; {@code comments} are the comments
   * the loader read, by file. Only the files of the policies that loaded count: in the others no
   * rule ran, so every comment would seem unused.
   */
  public Result apply(
      List<Finding> findings, Map<String, List<Comment>> comments, Collection<String> files) {
    List<Directive> directives = new ArrayList<>();
    for (String file : files)
      directives.addAll(Directives.in(comments.getOrDefault(file, List.of())));
    List<Finding> problems = new ArrayList<>();
    List<Directive> valid = new ArrayList<>();
    for (Directive d : directives) {
      List<String> usable = check(d, problems);
      if (!usable.isEmpty() && d.reason().isPresent()) valid.add(d.withRules(usable));
    }
    List<Finding> kept = new ArrayList<>();
    List<Suppressed> suppressed = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Finding f : findings) {
      Directive by = null;
      for (Directive d : valid) {
        if (d.rules().contains(f.ruleId()) && d.covers(f.at())) {
          by = d;
          break;
        }
      }
      if (by == null) {
        kept.add(f);
      } else {
        suppressed.add(new Suppressed(f, by.reason().get(), by.at()));
        used.add(by.at() + " " + f.ruleId());
      }
    }
    for (Directive d : valid) {
      for (String rule : d.rules()) {
        if (!used.contains(d.at() + " " + rule) && !off.contains(rule)) {
          problems.add(Finding.of(SuppressUnused.META, d.at(), unused(d, rule)));
        }
      }
    }
    return new Result(kept, suppressed, problems);
  }

  /** Reports what is wrong with {@code d}; returns the rule ids it may suppress. */
  private List<String> check(Directive d, List<Finding> problems) {
    if (!d.kind().equals(Directives.NEXT_LINE) && !d.kind().equals(Directives.SAME_LINE)) {
      problems.add(
          invalid(
              d,
              "'"
                  + d.kind()
                  + "' is not a suppression comment; write '# "
                  + Directives.NEXT_LINE
                  + " <rule> -- <reason>' on the line before, or '# "
                  + Directives.SAME_LINE
                  + " <rule> -- <reason>' at the end of the line"));
      return List.of();
    }
    if (d.kind().equals(Directives.SAME_LINE) && d.ownLine()) {
      problems.add(
          invalid(
              d,
              "'"
                  + Directives.SAME_LINE
                  + "' goes at the end of the line it is about; on a line of its own, write '"
                  + Directives.NEXT_LINE
                  + "' to suppress a finding on the next line"));
      return List.of();
    }
    if (d.rules().isEmpty()) {
      problems.add(
          invalid(
              d,
              "this suppression names no rule; write the id of the rule whose finding it"
                  + " suppresses, then ' -- ' and the reason, such as '# "
                  + d.kind()
                  + " xref-literal-number -- the published text is kept as it was'"));
      return List.of();
    }
    List<String> usable = new ArrayList<>();
    for (String id : d.rules()) {
      Rule rule = rules.get(id);
      if (rule == null) {
        String hint =
            DidYouMean.closest(id, rules.keySet())
                .map(c -> " Did you mean '" + c + "'?")
                .orElse("");
        problems.add(
            invalid(
                d,
                "there is no rule '"
                    + id
                    + "' to suppress; write a rule id from the finding, the word in [brackets]."
                    + hint));
      } else if (!rule.acceptable() || rule.meta().family().equals("suppress")) {
        problems.add(invalid(d, cannotSuppress(rule)));
      } else {
        usable.add(id);
      }
    }
    if (d.reason().isEmpty()) {
      problems.add(
          invalid(
              d,
              "this suppression gives no reason, so it suppresses nothing; add one after ' -- ',"
                  + " such as '# "
                  + d.kind()
                  + " "
                  + String.join(", ", d.rules())
                  + " -- <why this finding is accepted>'"));
    }
    return usable;
  }

  private static String cannotSuppress(Rule rule) {
    String id = rule.meta().id();
    if (rule.reportedWhileLoading()) {
      return "'"
          + id
          + "' cannot be suppressed: a file with this problem cannot be read, so its policy is not"
          + " checked at all; fix the file instead";
    }
    if (!rule.acceptable()) {
      return "'"
          + id
          + "' cannot be suppressed: it guards the published versions the lock file records;"
          + " restore the published file from Git and put the change in a new version"
          + " (mvn policy:new-version)";
    }
    return "'"
        + id
        + "' cannot be suppressed: it reports on suppression comments themselves; fix"
        + " or remove the comment instead";
  }

  private static String unused(Directive d, String rule) {
    String where =
        d.firstLine() < 1
            ? "there is no line after it"
            : d.firstLine() == d.lastLine()
                ? "there is no such finding on line " + d.firstLine()
                : "there is no such finding on lines " + d.firstLine() + " to " + d.lastLine();
    return "this comment suppresses '"
        + rule
        + "', but "
        + where
        + "; remove the comment, or the rule's name from it";
  }

  private static Finding invalid(Directive d, String message) {
    return Finding.of(SuppressInvalid.META, d.at(), message);
  }
}
