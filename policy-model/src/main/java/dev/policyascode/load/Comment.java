package dev.policyascode.load;

import dev.policyascode.diagnostics.Position;
import java.util.Objects;

/**
 * A comment of a policy file, read in the same parse as the file's values, with the lines of YAML
 * it stands beside and before. The suppression comments are read from these: a {@code #} inside a
 * quoted or block text is text, never a comment.
 *
 * @param at where its {@code #} is
 * @param text what follows the {@code #}
 * @param ownLine whether it stands on a line of its own
 * @param line its own line, through the last line of a text that starts on it
 * @param next the next line with YAML on it, through the last line of a text that starts on it;
 *     {@link Lines#NONE} when no YAML follows
 */
public record Comment(Position at, String text, boolean ownLine, Lines line, Lines next) {

  public Comment {
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(line, "line must not be null");
    Objects.requireNonNull(next, "next must not be null");
  }

  /** Lines {@code first} to {@code last}, counted from 1; {@code 0, 0} for none. */
  public record Lines(int first, int last) {
    public static final Lines NONE = new Lines(0, 0);

    public Lines {
      if (first < 0 || last < first) {
        throw new IllegalArgumentException("not a range of lines: " + first + " to " + last);
      }
    }
  }
}
