package dev.policyascode.load;

import java.util.List;
import java.util.Locale;

/**
 * SnakeYAML's problems in the words of a person editing a policy: what is wrong and how to fix it.
 * The parser's own words follow in brackets, for whoever needs them.
 */
final class YamlProblems {

  /** A fragment of the parser's message, and what to say instead. */
  private record Known(String fragment, String plain) {}

  private static final List<Known> KNOWN =
      List.of(
          new Known(
              "cannot start any token",
              "a tab or another character YAML does not allow here; indent with spaces, never"
                  + " tabs, and quote text that starts with @ or `"),
          new Known(
              "mapping values are not allowed here",
              "a ': ' inside a value that is not in quotes; put the whole text in double quotes"),
          new Known(
              "could not find expected ':'",
              "a line that is neither 'key: value' nor a list item; add the missing ':' or check"
                  + " the indentation"),
          new Known(
              "did not find expected key",
              "this line is not indented like the keys around it; line it up with them"),
          new Known(
              "did not find expected '-' indicator",
              "this line is not indented like the list items around it; line it up with them"),
          new Known(
              "found unexpected end of stream",
              "a quote opened here is never closed; close it, or write a quote inside the text"
                  + " twice ('') or escaped (\\\")"),
          new Known(
              "found unknown escape character",
              "a backslash in double quotes starts an escape YAML does not know; write \\\\ for a"
                  + " backslash, or use single quotes"),
          new Known(
              "nesting depth",
              "the file is nested more than "
                  + YamlFile.MAX_DEPTH
                  + " levels deep; a policy file"
                  + " is never this deep, so check the indentation"),
          new Known(
              "number of aliases",
              "too many aliases (*name); anchors and aliases are not allowed in policy files"),
          new Known(
              "global tag is not allowed",
              "a type tag; policy files hold plain text, lists and mappings, so remove the tag"),
          new Known(
              "exceeds the limit",
              "the file is too large; a policy file is never this large, so split it"),
          new Known(
              "expected a single document",
              "a second document; a policy file holds one, so remove the '---' line and what"
                  + " follows it"),
          new Known("found duplicate key", "a key written twice; keep one of them"));

  private YamlProblems() {}

  /** The plain words for SnakeYAML's message {@code problem}. */
  static String explain(String problem) {
    String flat = problem.replaceAll("\\s+", " ").strip();
    String lower = flat.toLowerCase(Locale.ROOT);
    for (Known k : KNOWN) {
      if (lower.contains(k.fragment().toLowerCase(Locale.ROOT))) {
        return k.plain() + " (YAML parser: " + flat + ")";
      }
    }
    return "the YAML is not well-formed here: "
        + flat
        + "; check the indentation and quote text that holds ': ' or ' #'";
  }

  /** Whether the parser reports this problem at the end of the file rather than at its cause. */
  static boolean reportedAtEnd(String problem) {
    return problem.contains("end of stream");
  }
}
