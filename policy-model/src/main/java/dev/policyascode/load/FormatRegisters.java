package dev.policyascode.load;

import static dev.policyascode.load.Fields.*;
import static dev.policyascode.load.Scalars.*;

import dev.policyascode.load.Type.Field;
import dev.policyascode.load.Type.Obj;
import dev.policyascode.model.CookieGround;
import dev.policyascode.model.LegalBasis;
import dev.policyascode.model.RecipientRole;
import dev.policyascode.model.RetentionEvent;
import dev.policyascode.model.Right;
import dev.policyascode.model.Safeguard;
import dev.policyascode.model.SpecialCondition;
import java.util.Arrays;
import java.util.List;

/**
 * The entries of a version's registers: data subjects and categories, activities, legal bases,
 * retention, recipients, transfers, rights and security measures. {@link Format} puts them in the
 * version file; this class does not refer back to it, so that neither waits on the other to be
 * initialised.
 */
final class FormatRegisters {

  private FormatRegisters() {}

  /** The Art. 6(1) legal bases, by the words the format uses for them. */
  static final List<String> LEGAL_BASES = words(LegalBasis.values());

  /** The data subject rights of Art. 15-22 and Art. 7(3), 77. */
  static final List<String> RIGHTS = words(Right.values());

  /** Art. 45 adequacy, Art. 46 safeguards and Art. 49 derogations. */
  static final List<String> SAFEGUARDS = words(Safeguard.values());

  static final List<String> RECIPIENT_ROLES = words(RecipientRole.values());

  /** The conditions of Art. 9(2)(a)-(j) for a special category. */
  static final List<String> SPECIAL_CONDITIONS = words(SpecialCondition.values());

  /** The events that end a retention period without a length of time (Art. 13(2)(a)). */
  static final List<String> RETENTION_EVENTS = words(RetentionEvent.values());

  /** The grounds of Art. 5(3) ePrivacy for storing on a device; not Art. 6 bases. */
  static final List<String> COOKIE_GROUNDS = words(CookieGround.values());

  private static List<String> words(Enum<?>[] values) {
    return Arrays.stream(values)
        .map(v -> v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
        .toList();
  }

  /** For the DPV export only: the precise concept, where the default mapping is too broad. */
  static final Field DPV =
      opt(
          "dpv",
          Scalars.DPV_CONCEPT,
          "The W3C DPV concept it is, for the DPV export (policy:export), such as pd:Location;"
              + " without it, the README's default mapping applies.");

  static final Obj DATA_SUBJECT =
      new Obj(
          "data subject",
          "A category of people whose data is processed.",
          List.of(
              req("id", ID, "A stable id."),
              req("name", LINE, "The name of the category, such as Users."),
              opt("description", TEXT, "Who they are.")));

  static final Obj DATA_CATEGORY =
      new Obj(
          "data category",
          "A category of personal data.",
          List.of(
              req("id", ID, "A stable id."),
              req("name", LINE, "The name as the text lists it, such as First and last name."),
              opt("description", TEXT, "What the category holds."),
              opt("items", listOf(LINE), "The data items, as the text lists them."),
              opt("required", BOOLEAN, "Whether the person must provide it (Art. 13(2)(e))."),
              opt("special", BOOLEAN, "Whether it is a special category of Art. 9(1)."),
              opt(
                  "special_condition",
                  oneOf(
                      "an Art. 9(2) condition",
                      "The Art. 9(2) condition, points (a) to (j).",
                      SPECIAL_CONDITIONS),
                  "For a special category, the Art. 9(2) condition it rests on, such as"
                      + " explicit-consent (a) or health-care (h)."),
              opt("source", TEXT, "Where it comes from, when not from the person (Art. 14(2)(f))."),
              DPV));

  // Only the record of processing (Art. 30) shows these; the public notice does not.
  static final Field RECORD_MEASURES =
      opt(
          "security_measures",
          listOf(ID),
          "The ids of the security measures that apply (Art. 30(1)(g), 30(2)(d)); without it, all"
              + " of the version's measures apply.");
  static final Field RECORD_OWNER =
      opt("owner", LINE, "Who in the company answers for it, for the record of processing.");
  static final Field RECORD_REVIEW =
      opt("last_review", DATE, "When its entry in the record of processing was last reviewed.");
  static final Field RECORD_DPIA =
      opt("dpia", LINE, "The reference of its data protection impact assessment (Art. 35).");

  static final Obj ACTIVITY =
      new Obj(
          "processing activity",
          "A processing activity: why and on what basis data is processed.",
          List.of(
              req("id", ID, "A stable id."),
              req("name", LINE, "The name of the activity, such as Account management."),
              req("purposes", listOf(TEXT), "Its purposes (Art. 13(1)(c), 30(1)(b))."),
              req(
                  "legal_basis",
                  oneOf("a legal basis", "An Art. 6(1) legal basis.", LEGAL_BASES),
                  "Its Art. 6(1) legal basis."),
              opt(
                  "legitimate_interest",
                  TEXT,
                  "The legitimate interest pursued, when the basis is legitimate-interests (Art. 13(1)(d))."),
              req("data_categories", listOf(ID), "The ids of the data categories it processes."),
              req("data_subjects", listOf(ID), "The ids of the data subjects concerned."),
              opt("recipients", listOf(ID), "The ids of the recipients or recipient categories."),
              opt("retention", listOf(ID), "The ids of the retention rules that apply."),
              DPV,
              RECORD_MEASURES,
              RECORD_OWNER,
              RECORD_REVIEW,
              RECORD_DPIA));

  static final Obj PROCESSOR_ACTIVITY =
      new Obj(
          "processor activity",
          "Processing the company carries out as a processor, on behalf of a controller"
              + " (Art. 30(2)).",
          List.of(
              req("id", ID, "A stable id."),
              req("name", LINE, "The name of the activity, such as Hosting of Customer data."),
              opt(
                  "controller",
                  TEXT,
                  "The controller on whose behalf it is carried out, or the category of"
                      + " controllers, such as each Customer (Art. 30(2)(a))."),
              opt(
                  "processing",
                  listOf(TEXT),
                  "The categories of processing carried out for the controller (Art. 30(2)(b))."),
              opt(
                  "recipients",
                  listOf(ID),
                  "The ids of the sub-processors or recipient categories; their transfers are the"
                      + " activity's (Art. 30(2)(c))."),
              RECORD_MEASURES,
              RECORD_OWNER,
              RECORD_REVIEW,
              RECORD_DPIA));

  static final Obj LEGAL_BASIS =
      new Obj(
          "legal basis statement",
          "How the text states one legal basis.",
          List.of(
              req(
                  "basis",
                  oneOf("a legal basis", "An Art. 6(1) legal basis.", LEGAL_BASES),
                  "The basis."),
              req("text", MARKDOWN, "The words of the policy that state it.")));

  static final Obj RETENTION =
      new Obj(
          "retention rule",
          "How long data is kept, and from when.",
          List.of(
              req("id", ID, "A stable id."),
              opt(
                  "period",
                  DURATION,
                  "How long, as an ISO-8601 period such as P3Y. Write one of period, until or"
                      + " criterion."),
              opt(
                  "until",
                  oneOf("an event", "An event that ends the retention.", RETENTION_EVENTS),
                  "Instead of a period, the event that ends it: consent-withdrawn (until consent"
                      + " is withdrawn), account-closed (until the account is closed),"
                      + " contract-ended (for the duration of the contract) or objection (until"
                      + " the person objects) (Art. 13(2)(a))."),
              opt(
                  "criterion",
                  LINE,
                  "Instead of a period, the criterion that determines it, in the words of the"
                      + " policy, such as as long as the loan is outstanding (Art. 13(2)(a))."),
              opt("from", TEXT, "The event the period runs from, such as the end of the contract."),
              opt("data_categories", listOf(ID), "The ids of the data categories it applies to."),
              req(
                  "statement",
                  MARKDOWN,
                  "The sentence of the policy that states the rule; {period} is replaced by the"
                      + " period, event or criterion in words and {from} by the event.")));

  static final Obj COOKIE =
      new Obj(
          "cookie",
          "A cookie or other information stored on or read from the person's device, such as"
              + " local storage or an SDK's identifier (Art. 5(3) of the ePrivacy Directive).",
          List.of(
              req("id", ID, "A stable id."),
              req("name", LINE, "Its name as the device stores it, such as _ga."),
              opt(
                  "storage",
                  oneOf(
                      "a kind of device storage",
                      "Where it is stored.",
                      List.of("cookie", "local-storage", "session-storage", "sdk-identifier")),
                  "Where it is stored: cookie (the default), local-storage, session-storage or"
                      + " sdk-identifier."),
              req(
                  "party",
                  oneOf("first or third", "Who sets it.", List.of("first", "third")),
                  "first when the site sets it, third when another company does."),
              opt(
                  "recipient",
                  ID,
                  "With a third-party cookie: the id of the recipient that sets or reads it."),
              req("purposes", listOf(TEXT), "What it is for, as the cookie table states it."),
              req(
                  "lifetime",
                  LIFETIME,
                  "How long it lives: an ISO-8601 period such as P13M, or session (until the"
                      + " browser is closed)."),
              req(
                  "ground",
                  oneOf("a ground", "An Art. 5(3) ePrivacy ground.", COOKIE_GROUNDS),
                  "Its ground under Art. 5(3) of the ePrivacy Directive: strictly-necessary or"
                      + " consent. This is not an Art. 6 GDPR basis, which its activity gives."),
              opt(
                  "keeps_choice",
                  BOOLEAN,
                  "true for the cookie that keeps the person's choice on cookies."),
              opt(
                  "activity",
                  ID,
                  "The id of the processing activity it serves; a strictly necessary cookie may"
                      + " have none.")));

  static final Obj RECIPIENT_CATEGORY =
      new Obj(
          "recipient category",
          "A category of recipients, such as hosting providers.",
          List.of(
              req("id", ID, "A stable id."), req("name", LINE, "The name as the text lists it.")));

  static final Obj RECIPIENT =
      new Obj(
          "recipient",
          "A named recipient or subprocessor.",
          List.of(
              req("id", ID, "A stable id."),
              req("name", LINE, "The recipient's name."),
              req("category", ID, "The id of its recipient category."),
              req(
                  "role",
                  oneOf("a recipient role", "The recipient's role.", RECIPIENT_ROLES),
                  "Its role: processor, controller, joint-controller or public-authority."),
              req("country", COUNTRY, "Where it processes the data."),
              opt(
                  "international_organisation",
                  Organisations.ORGANISATION,
                  "When the recipient is an international organisation, its id, such as"
                      + " european-patent-organisation: data sent to it is a transfer (Art. 44),"
                      + " even if it sits in the EEA."),
              opt("service", TEXT, "What it does, such as hosting."),
              DPV));

  static final Obj TRANSFER =
      new Obj(
          "transfer",
          "A transfer of data outside the EEA, or to an international organisation (Art. 44-49).",
          List.of(
              req("recipient", ID, "The id of the recipient."),
              opt(
                  "country",
                  COUNTRY,
                  "The country the data goes to; write it or international_organisation, not"
                      + " both."),
              opt(
                  "international_organisation",
                  Organisations.ORGANISATION,
                  "Instead of a country, the international organisation the data goes to, one"
                      + " of: "
                      + String.join(", ", Organisations.ids())
                      + "; it is a transfer wherever the organisation sits (Art. 44)."),
              req(
                  "safeguard",
                  oneOf("a safeguard", "The Art. 45, 46 or 49 ground.", SAFEGUARDS),
                  "The ground for the transfer."),
              opt("details", TEXT, "How to obtain a copy of the safeguard, or other details.")),
          List.of("country", "international_organisation"));

  static final Obj RIGHT =
      new Obj(
          "right",
          "A right of the data subject, as the text names it.",
          List.of(
              req("right", oneOf("a right", "A data subject right.", RIGHTS), "Which right."),
              req("label", LINE, "How the text names it, such as access right.")));

  static final Obj SECURITY_MEASURE =
      new Obj(
          "security measure",
          "A technical or organisational security measure (Art. 32).",
          List.of(
              req("id", ID, "A stable id."),
              req("text", MARKDOWN, "The measure, as the policy states it.")));
}
