package dev.policyascode.load;

import dev.policyascode.diagnostics.RuleMeta;
import dev.policyascode.diagnostics.Severity;

/**
 * The problems the loader finds while it reads a file, described as lint rules so that they are
 * reported, documented and listed like the others. They have no check of their own: a file with
 * such a problem cannot be read, so the loader reports it, and nothing can switch it off.
 */
public final class LoadRules {

  private LoadRules() {}

  /** A syntax error, a tab used for indentation, an unclosed quote, a file that is not UTF-8. */
  public static final RuleMeta YAML_SYNTAX =
      new RuleMeta(
          "schema-yaml-syntax",
          "schema",
          Severity.ERROR,
          "A file is not well-formed YAML",
          "YAML 1.1 specification");

  /**
   * Type tags such as !!javax.script.ScriptEngineManager, anchors and aliases, files too large or
   * too deeply nested.
   */
  public static final RuleMeta UNSAFE_YAML =
      new RuleMeta(
          "schema-unsafe-yaml",
          "schema",
          Severity.ERROR,
          "A file uses a YAML feature that policy files do not allow",
          "Security: a policy file is data, never code");

  /** A key the format does not have, often a typo; the message suggests the nearest known key. */
  public static final RuleMeta UNKNOWN_KEY =
      new RuleMeta(
          "schema-unknown-key",
          "schema",
          Severity.ERROR,
          "A key that the format does not know",
          "Format v1");

  /** YAML would silently keep the last value; the format refuses both. */
  public static final RuleMeta DUPLICATE_KEY =
      new RuleMeta(
          "schema-duplicate-key",
          "schema",
          Severity.ERROR,
          "A key written twice in the same mapping",
          "Format v1");

  /**
   * A list where a text belongs, a date that is not YYYY-MM-DD, a duration that is not ISO-8601, an
   * unknown country code.
   */
  public static final RuleMeta WRONG_TYPE =
      new RuleMeta(
          "schema-wrong-type", "schema", Severity.ERROR, "A value of the wrong type", "Format v1");

  /** A mapping lacks a key that the format requires. */
  public static final RuleMeta MISSING_KEY =
      new RuleMeta(
          "schema-missing-key", "schema", Severity.ERROR, "A required key is missing", "Format v1");

  /**
   * A version file whose name is not its version id, a policy folder without policy.yaml, a policy
   * id that is not its folder name.
   */
  public static final RuleMeta FILE_LAYOUT =
      new RuleMeta(
          "schema-file-layout",
          "schema",
          Severity.ERROR,
          "A file whose name or place does not match its content",
          "Format v1");
}
