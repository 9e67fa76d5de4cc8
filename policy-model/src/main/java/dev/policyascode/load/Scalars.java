package dev.policyascode.load;

import dev.policyascode.load.Type.JsonShape;
import dev.policyascode.load.Type.Scalar;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The scalar types of the format. Every scalar is read as the text the author wrote (so that {@code
 * NO}, {@code 01234}, {@code 1.10}, {@code 12:30} and {@code 2018-05-25} survive as written) and
 * then checked here by the field's type.
 */
public final class Scalars {

  private Scalars() {}

  static final String ID_REGEX = "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$";
  static final String DATE_REGEX = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  static final String DURATION_REGEX = "^P(?=[0-9])([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?$";
  private static final Pattern DURATION_PATTERN = Pattern.compile(DURATION_REGEX);
  static final String COUNTRY_REGEX = "^[A-Z]{2}$";
  static final String LANGUAGE_REGEX = "^[a-z]{2,3}(-[A-Z]{2})?$";
  private static final Pattern LANGUAGE_PATTERN = Pattern.compile(LANGUAGE_REGEX);
  static final String URL_REGEX = "^https?://[^\\s]+$";
  private static final Pattern URL_PATTERN = Pattern.compile(URL_REGEX);
  static final String EMAIL_REGEX = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
  private static final Pattern EMAIL_PATTERN = Pattern.compile(EMAIL_REGEX);
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** Codes people write that ISO 3166-1 spells otherwise: the United Kingdom is GB, Greece GR. */
  private static final java.util.Map<String, String> COMMON_MISTAKES =
      java.util.Map.of("UK", "GB", "EL", "GR", "SP", "ES");

  /** Any text that is not blank; it may run over lines, such as a postal address. */
  public static final Scalar TEXT =
      new Scalar(
          "a text",
          "Text, written as it should read.",
          s -> s.isBlank() ? Optional.of("this text is empty; write it or remove the key") : ok(),
          new JsonShape("string", "\\S", List.of(), null),
          true);

  static final String LINE_REGEX = "^[^\\n\\r]*\\S[^\\n\\r]*$";

  /**
   * A text on one line, not blank: what names something, such as a title, a term or a name. These
   * go into page titles, headings, the feed and the build log, where a line break would start a
   * line of the author's choosing.
   */
  public static final Scalar LINE =
      new Scalar(
          "a text",
          "Text on one line, written as it should read.",
          TEXT.check(),
          JsonShape.pattern(LINE_REGEX));

  /** Any text, even empty when quoted: list punctuation such as "" or " and/or;". */
  public static final Scalar PUNCTUATION =
      new Scalar("a text", "Any text, such as ';'.", s -> ok(), JsonShape.string());

  /** CommonMark prose; may hold references to sections by id and embedded lists or tables. */
  public static final Scalar MARKDOWN =
      new Scalar(
          "a text (CommonMark: paragraphs, lists, links)",
          "CommonMark text. Refer to a section with a link to its id, such as [](#account-cancellation).",
          TEXT.check(),
          TEXT.json(),
          true);

  /** A stable id: lower-case letters, digits and hyphens. */
  public static final Scalar ID =
      new Scalar(
          "an id",
          "A stable id: lower-case letters, digits and inner hyphens, such as account-cancellation.",
          s ->
              isId(s)
                  ? ok()
                  : Optional.of(
                      "'"
                          + s
                          + "' is not a valid id; use lower-case letters, digits and hyphens, such as '"
                          + suggestId(s)
                          + "'"),
          JsonShape.pattern(ID_REGEX));

  /** A version's id: an id that is not the name of a page the site keeps for the whole policy. */
  public static final Scalar VERSION_ID =
      new Scalar(
          "a version id",
          "The version's id: lower-case letters, digits and inner hyphens, such as 2018-05-25;"
              + " not "
              + String.join(", ", VersionIds.RESERVED)
              + ", which name pages of the whole policy.",
          s -> ID.check().apply(s).or(() -> VersionIds.reserved(s)),
          JsonShape.pattern(VersionIds.REGEX));

  /** A calendar date, YYYY-MM-DD. */
  public static final Scalar DATE =
      new Scalar(
          "a date",
          "A date written YYYY-MM-DD, such as 2018-05-25.",
          Scalars::checkDate,
          new JsonShape("string", DATE_REGEX, List.of(), "date"));

  /** An ISO-8601 period: P3Y, P13M, P30D, P1Y6M. */
  public static final Scalar DURATION =
      new Scalar(
          "a duration",
          "An ISO-8601 period: P3Y is 3 years, P13M 13 months, P2W 2 weeks, P30D 30 days.",
          s ->
              DURATION_PATTERN.matcher(s).matches()
                  ? ok()
                  : Optional.of(
                      "'"
                          + s
                          + "' is not a duration; write an ISO-8601 period such as P3Y (3 years),"
                          + " P13M (13 months) or P30D (30 days)"),
          JsonShape.pattern(DURATION_REGEX));

  static final String LIFETIME_REGEX =
      "^(session|" + DURATION_REGEX.substring(1, DURATION_REGEX.length() - 1) + ")$";

  /** How long a cookie lives: an ISO-8601 period, or session (until the browser is closed). */
  public static final Scalar LIFETIME =
      new Scalar(
          "a lifetime",
          "An ISO-8601 period such as P13M (13 months), or session: until the browser is closed.",
          s ->
              s.equals("session") || DURATION_PATTERN.matcher(s).matches()
                  ? ok()
                  : Optional.of(
                      "'"
                          + s
                          + "' is not a lifetime; write an ISO-8601 period such as P13M (13"
                          + " months) or P30D (30 days), or session for a cookie that is deleted"
                          + " when the browser is closed"),
          JsonShape.pattern(LIFETIME_REGEX));

  /** An ISO 3166-1 alpha-2 country code, upper case. {@code NO} is Norway, not "false". */
  public static final Scalar COUNTRY =
      new Scalar(
          "a country code",
          "An ISO 3166-1 alpha-2 country code in capitals, such as FR, IE, US or NO.",
          s ->
              COUNTRIES.contains(s)
                  ? ok()
                  : Optional.of(
                      "'"
                          + s
                          + "' is not an ISO 3166-1 country code; "
                          + Optional.ofNullable(COMMON_MISTAKES.get(s))
                              .map(c -> "did you mean '" + c + "'? ")
                              .orElse("")
                          + "write two capital letters such as FR, IE or US"),
          JsonShape.pattern(COUNTRY_REGEX));

  static final String DPV_REGEX = "^(dpv|pd|eu-gdpr):[A-Za-z][A-Za-z0-9-]*$";
  private static final Pattern DPV_PATTERN = Pattern.compile(DPV_REGEX);

  /**
   * A W3C DPV concept as a compact IRI, such as pd:Location; the DPV export checks that the DPV
   * version it declares defines it.
   */
  public static final Scalar DPV_CONCEPT =
      new Scalar(
          "a DPV concept",
          "A W3C Data Privacy Vocabulary concept, such as pd:Location or dpv:ServiceProvision.",
          s ->
              DPV_PATTERN.matcher(s).matches()
                  ? ok()
                  : Optional.of(
                      "'"
                          + s
                          + "' is not a DPV concept; write its prefix dpv:, pd: or eu-gdpr: and"
                          + " its name, such as pd:Location"),
          JsonShape.pattern(DPV_REGEX));

  /** A language tag such as en or fr-FR. */
  public static final Scalar LANGUAGE =
      new Scalar(
          "a language tag",
          "A language tag such as en, fr or fr-BE.",
          s ->
              LANGUAGE_PATTERN.matcher(s).matches()
                  ? ok()
                  : Optional.of("'" + s + "' is not a language tag; write one such as en or fr-BE"),
          JsonShape.pattern(LANGUAGE_REGEX));

  /** An http or https address. */
  public static final Scalar URL =
      new Scalar(
          "a web address",
          "A web address starting with https:// (or http://).",
          s ->
              URL_PATTERN.matcher(s).matches()
                  ? ok()
                  : Optional.of(
                      "'" + s + "' is not a web address; write one starting with https://"),
          JsonShape.pattern(URL_REGEX));

  /** Where the policy's folder is published: the start of every permalink. */
  public static final Scalar BASE_URL =
      new Scalar(
          "a web address",
          "The address of a folder, starting with https:// (or http://) and ending in /, with no"
              + " query or fragment, such as https://example.com/privacy/.",
          BaseUrl::check,
          JsonShape.pattern(BaseUrl.REGEX));

  /** An email address. */
  public static final Scalar EMAIL =
      new Scalar(
          "an email address",
          "An email address, such as dpo@example.com.",
          s ->
              EMAIL_PATTERN.matcher(s).matches()
                  ? ok()
                  : Optional.of(
                      "'" + s + "' is not an email address; write one such as dpo@example.com"),
          JsonShape.pattern(EMAIL_REGEX));

  /** true or false, and nothing else: {@code yes}, {@code no} and {@code on} are not accepted. */
  public static final Scalar BOOLEAN =
      new Scalar(
          "true or false",
          "true or false.",
          s ->
              s.equals("true") || s.equals("false")
                  ? ok()
                  : Optional.of("'" + s + "' is not true or false; write true or false"),
          new JsonShape("boolean", null, List.of(), null));

  /** One of a fixed set of words. */
  public static Scalar oneOf(String noun, String description, List<String> values) {
    List<String> copy = List.copyOf(values);
    return new Scalar(
        noun,
        description,
        s -> {
          if (copy.contains(s)) return ok();
          String hint =
              DidYouMean.closest(s, copy).map(c -> "did you mean '" + c + "'? ").orElse("");
          return Optional.of(
              "'"
                  + s
                  + "' is not "
                  + noun
                  + "; "
                  + hint
                  + "write one of: "
                  + String.join(", ", copy));
        },
        JsonShape.oneOf(copy));
  }

  private static Optional<String> checkDate(String s) {
    String fix = "; write it as YYYY-MM-DD, such as 2018-05-25";
    if (!isDate(s)) {
      return Optional.of("'" + s + "' is not a date" + fix);
    }
    try {
      LocalDate.parse(s);
      return ok();
    } catch (DateTimeParseException e) {
      return Optional.of("'" + s + "' is not a real calendar date" + fix);
    }
  }

  /**
   * Whether {@code s} matches {@link #ID_REGEX}: lower-case ASCII letters, digits and hyphens, not
   * at either end. By hand: every id and every reference of every file is checked.
   */
  static boolean isId(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(0) == '-' || s.charAt(n - 1) == '-') return false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    }
    return true;
  }

  /** Whether {@code s} matches {@link #DATE_REGEX}: four, two and two ASCII digits. */
  static boolean isDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return false;
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) return false;
    }
    return true;
  }

  private static String suggestId(String s) {
    String id = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return id.isEmpty() ? "my-id" : id;
  }

  private static Optional<String> ok() {
    return Optional.empty();
  }
}
