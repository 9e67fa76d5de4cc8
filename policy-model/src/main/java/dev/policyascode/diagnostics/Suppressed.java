package dev.policyascode.diagnostics;

import java.util.Objects;

/**
 * A finding suppressed by a comment in the YAML, with the reason the comment gives. Reports keep it
 * (SARIF marks it as suppressed in source) so that a reviewer can still see what was waived and
 * why.
 *
 * @param finding the finding, as the rule reported it
 * @param reason the text after {@code --} in the comment
 * @param comment where the suppression comment is
 */
public record Suppressed(Finding finding, String reason, Position comment) {
  public Suppressed {
    Objects.requireNonNull(finding, "finding must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(comment, "comment must not be null");
  }
}
