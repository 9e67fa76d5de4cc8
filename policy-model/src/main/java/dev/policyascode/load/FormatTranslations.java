package dev.policyascode.load;

import static dev.policyascode.load.Fields.*;
import static dev.policyascode.load.Scalars.*;

import dev.policyascode.load.Type.JsonShape;
import dev.policyascode.load.Type.Obj;
import dev.policyascode.load.Type.Scalar;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Format v1 of a translation file, {@code versions/<version>.<language>.yaml}: the words of one
 * version in another language, each under the key of its source text, with the fingerprint of the
 * source text it was made from. Declared apart from {@link Format} so that the version file's
 * declaration stays as it is.
 */
public final class FormatTranslations {

  private FormatTranslations() {}

  static final String KEY_REGEX = "^[a-z_-]+(\\.[a-z0-9_-]+)*$";
  private static final Pattern KEY_PATTERN = Pattern.compile(KEY_REGEX);

  /** The fingerprint of a source text: 10 lower-case hex digits (see SourceFingerprint). */
  public static final String FINGERPRINT_REGEX = "^[0-9a-f]{10}$";

  private static final Pattern FINGERPRINT_PATTERN = Pattern.compile(FINGERPRINT_REGEX);

  private static final Scalar KEY =
      new Scalar(
          "a text key",
          "The key of the source text, such as section.cookies.body or activity.newsletter.name.",
          s ->
              KEY_PATTERN.matcher(s).matches()
                  ? Optional.empty()
                  : Optional.of(
                      "'"
                          + s
                          + "' is not a text key; write one such as section.cookies.title, as"
                          + " policy:translate writes them"),
          JsonShape.pattern(KEY_REGEX));

  private static final Scalar FINGERPRINT =
      new Scalar(
          "a fingerprint",
          "The fingerprint of the source text this text was translated from: 10 hex digits.",
          s ->
              FINGERPRINT_PATTERN.matcher(s).matches()
                  ? Optional.empty()
                  : Optional.of(
                      "'"
                          + s
                          + "' is not a fingerprint; let policy:translate write it, or remove it"
                          + " until the text is translated"),
          JsonShape.pattern(FINGERPRINT_REGEX));

  static final Obj TEXT_ENTRY =
      new Obj(
          "translated text",
          "One text in the translation's language.",
          List.of(
              req("key", KEY, "The key of the source text it translates."),
              opt(
                  "source",
                  FINGERPRINT,
                  "The fingerprint of the source text it was made from; written by"
                      + " policy:translate once the text is marked translated."),
              req("text", MARKDOWN, "The translated text, written as it should read.")));

  /** {@code versions/<version>.<language>.yaml}. */
  public static final Obj TRANSLATION_FILE =
      new Obj(
          "translation",
          "The words of one version of the policy in another language.",
          List.of(
              req(
                  "format",
                  oneOf("a format version", "The format version of this file.", List.of("1")),
                  "The version of this file format; write 1."),
              req("version", VERSION_ID, "The id of the version it translates."),
              req("language", LANGUAGE, "The language of the translation, such as fr."),
              req(
                  "status",
                  oneOf("a status", "draft or published.", List.of("draft", "published")),
                  "draft, or published once it is in force; a published translation never"
                      + " changes."),
              req("texts", listOf(TEXT_ENTRY), "The translated texts, keyed by source text.")));
}
