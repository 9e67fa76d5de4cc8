package dev.policyascode.diagnostics;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is, apart from how it checks: its stable id, family, default severity, a one-line
 * summary (no trailing period) and the GDPR article or guidance it rests on.
 */
public record RuleMeta(String id, String family, Severity severity, String summary, String basis) {

  private static final Pattern ID = Pattern.compile("[a-z]+(-[a-z0-9]+)+");

  public RuleMeta {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(family, "family must not be null");
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(summary, "summary must not be null");
    Objects.requireNonNull(basis, "basis must not be null");
    if (!ID.matcher(id).matches() || !id.startsWith(family + "-")) {
      throw new IllegalArgumentException("rule id must be '<family>-<name>' in lower case: " + id);
    }
    if (summary.endsWith(".")) {
      throw new IllegalArgumentException("summary must not end with a period: " + id);
    }
  }

  /** The path of the rule's documentation page, relative to the repository root. */
  public String docPath() {
    return "docs/rules/" + id + ".md";
  }
}
