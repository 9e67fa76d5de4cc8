package dev.policyascode.load;

import static dev.policyascode.load.Scalars.*;

import dev.policyascode.load.Type.Field;
import dev.policyascode.load.Type.ListOf;
import dev.policyascode.load.Type.Obj;
import dev.policyascode.model.LegalBasis;
import dev.policyascode.model.RecipientRole;
import dev.policyascode.model.Right;
import dev.policyascode.model.Safeguard;
import dev.policyascode.model.SectionNumbering;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Format v1, in one place: the keys of a policy file and of a version file, their types, which are
 * required, and what each means. The loader checks files against it and {@link JsonSchemaWriter}
 * writes the editor's JSON Schema from it.
 */
public final class Format {

  private Format() {}

  public static final int VERSION = 1;

  /** The Art. 6(1) legal bases, by the words the format uses for them. */
  public static final List<String> LEGAL_BASES = words(LegalBasis.values());

  /** The data subject rights of Art. 15-22 and Art. 7(3), 77. */
  public static final List<String> RIGHTS = words(Right.values());

  /** Art. 45 adequacy, Art. 46 safeguards and Art. 49 derogations. */
  public static final List<String> SAFEGUARDS = words(Safeguard.values());

  public static final List<String> RECIPIENT_ROLES = words(RecipientRole.values());

  private static List<String> words(Enum<?>[] values) {
    return Arrays.stream(values)
        .map(v -> v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
        .toList();
  }

  private static Field req(String key, Type type, String description) {
    return new Field(key, type, true, description);
  }

  private static Field opt(String key, Type type, String description) {
    return new Field(key, type, false, description);
  }

  private static ListOf listOf(Type item) {
    return new ListOf(item, true);
  }

  private static final Field FORMAT =
      req(
          "format",
          oneOf("a format version", "The format version of this file.", List.of("1")),
          "The version of this file format; write 1.");

  private static final Obj CONTACT =
      new Obj(
          "contact",
          "A person or organisation and how to reach it.",
          List.of(
              req("name", LINE, "Name, as it appears in the policy."),
              opt("address", TEXT, "Postal address."),
              opt("email", EMAIL, "Email address."),
              opt("phone", LINE, "Telephone number, as written."),
              opt("website", URL, "Web address."),
              opt("country", COUNTRY, "Country code of the address.")));

  /** {@code policy.yaml}: what does not change from one version to the next. */
  public static final Obj POLICY =
      new Obj(
          "policy",
          "The identity of a policy: what stays the same across its versions.",
          List.of(
              FORMAT,
              req("id", ID, "The policy's id; the same as its folder's name."),
              req("title", LINE, "The title of the policy, such as Privacy Policy."),
              req(
                  "controller",
                  CONTACT,
                  "The controller: who decides why and how data is processed (Art. 13(1)(a))."),
              opt(
                  "joint_controllers",
                  listOf(CONTACT),
                  "Controllers who decide with this one why and how data is processed (Art. 26),"
                      + " for the record of processing (Art. 30(1)(a))."),
              opt(
                  "dpo",
                  CONTACT,
                  "The data protection officer, if one is designated (Art. 13(1)(b))."),
              opt(
                  "representative",
                  CONTACT,
                  "The representative in the Union, if the controller is outside it (Art. 27)."),
              opt(
                  "supervisory_authority",
                  CONTACT,
                  "The supervisory authority people may complain to (Art. 13(2)(d))."),
              req(
                  "languages",
                  listOf(LANGUAGE),
                  "The languages of the policy; the first is the main one."),
              opt(
                  "base_url",
                  BASE_URL,
                  "The public address of the folder where the rendered policy is published,"
                      + " ending in /, such as https://example.com/privacy/."),
              opt(
                  "numbering",
                  oneOf(
                      "a numbering style",
                      "How section numbers are shown in headings.",
                      SectionNumbering.words()),
                  "How the headings show section numbers: \"1.1.\" (the default), \"1.1\","
                      + " \"1.1)\", \"Article 1\" or \"§ 1\" (top-level sections only; their"
                      + " subsections show 5.3), or \"none\". References still use the number,"
                      + " such as section 5.3.")));

  private static final Obj DEFINITION =
      new Obj(
          "definition",
          "A defined term.",
          List.of(
              req("id", ID, "A stable id for the term."),
              req("term", LINE, "The term as it is written in the text, such as Personal Data."),
              opt("aliases", listOf(LINE), "Other spellings of the same term, such as a plural."),
              req(
                  "meaning",
                  MARKDOWN,
                  "What follows the term in the list of definitions, word for word.")));

  private static final Obj DATA_SUBJECT =
      new Obj(
          "data subject",
          "A category of people whose data is processed.",
          List.of(
              req("id", ID, "A stable id."),
              req("name", LINE, "The name of the category, such as Users."),
              opt("description", TEXT, "Who they are.")));

  private static final Obj DATA_CATEGORY =
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
                  "source",
                  TEXT,
                  "Where it comes from, when not from the person (Art. 14(2)(f)).")));

  // Only the record of processing (Art. 30) shows these; the public notice does not.
  private static final Field RECORD_MEASURES =
      opt(
          "security_measures",
          listOf(ID),
          "The ids of the security measures that apply (Art. 30(1)(g), 30(2)(d)); without it, all"
              + " of the version's measures apply.");
  private static final Field RECORD_OWNER =
      opt("owner", LINE, "Who in the company answers for it, for the record of processing.");
  private static final Field RECORD_REVIEW =
      opt("last_review", DATE, "When its entry in the record of processing was last reviewed.");
  private static final Field RECORD_DPIA =
      opt("dpia", LINE, "The reference of its data protection impact assessment (Art. 35).");

  private static final Obj ACTIVITY =
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
              RECORD_MEASURES,
              RECORD_OWNER,
              RECORD_REVIEW,
              RECORD_DPIA));

  private static final Obj PROCESSOR_ACTIVITY =
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

  private static final Obj LEGAL_BASIS =
      new Obj(
          "legal basis statement",
          "How the text states one legal basis.",
          List.of(
              req(
                  "basis",
                  oneOf("a legal basis", "An Art. 6(1) legal basis.", LEGAL_BASES),
                  "The basis."),
              req("text", MARKDOWN, "The words of the policy that state it.")));

  private static final Obj RETENTION =
      new Obj(
          "retention rule",
          "How long data is kept, and from when.",
          List.of(
              req("id", ID, "A stable id."),
              req("period", DURATION, "How long, as an ISO-8601 period such as P3Y."),
              opt("from", TEXT, "The event the period runs from, such as the end of the contract."),
              opt("data_categories", listOf(ID), "The ids of the data categories it applies to."),
              req(
                  "statement",
                  MARKDOWN,
                  "The sentence of the policy that states the rule; {period} is replaced by the"
                      + " period in words and {from} by the event.")));

  private static final Obj RECIPIENT_CATEGORY =
      new Obj(
          "recipient category",
          "A category of recipients, such as hosting providers.",
          List.of(
              req("id", ID, "A stable id."), req("name", LINE, "The name as the text lists it.")));

  private static final Obj RECIPIENT =
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
              opt("service", TEXT, "What it does, such as hosting.")));

  private static final Obj TRANSFER =
      new Obj(
          "transfer",
          "A transfer of data outside the EEA (Art. 44-49).",
          List.of(
              req("recipient", ID, "The id of the recipient."),
              req("country", COUNTRY, "The country the data goes to."),
              req(
                  "safeguard",
                  oneOf("a safeguard", "The Art. 45, 46 or 49 ground.", SAFEGUARDS),
                  "The ground for the transfer."),
              opt("details", TEXT, "How to obtain a copy of the safeguard, or other details.")));

  private static final Obj RIGHT =
      new Obj(
          "right",
          "A right of the data subject, as the text names it.",
          List.of(
              req("right", oneOf("a right", "A data subject right.", RIGHTS), "Which right."),
              req("label", LINE, "How the text names it, such as access right.")));

  private static final Obj SECURITY_MEASURE =
      new Obj(
          "security measure",
          "A technical or organisational security measure (Art. 32).",
          List.of(
              req("id", ID, "A stable id."),
              req("text", MARKDOWN, "The measure, as the policy states it.")));

  /** A section refers to itself through {@code sections}; it is completed once built. */
  private static final List<Field> SECTION_FIELDS = new ArrayList<>();

  public static final Obj SECTION =
      new Obj(
          "section", "A section of the text, numbered by its place in the tree.", SECTION_FIELDS);

  static {
    SECTION_FIELDS.add(req("id", ID, "A stable id; links such as [](#this-id) point at it."));
    SECTION_FIELDS.add(req("title", LINE, "The title, without its number: numbers are computed."));
    SECTION_FIELDS.add(opt("body", MARKDOWN, "The text of the section, in CommonMark."));
    SECTION_FIELDS.add(opt("sections", listOf(SECTION), "Its subsections."));
  }

  /** What a list, paragraphs or table embedded in a body may show. */
  public static final List<String> EMBED_SOURCES =
      List.of(
          "definitions",
          "data-categories",
          "data-items",
          "legal-bases",
          "rights",
          "recipient-categories",
          "recipients",
          "security-measures",
          "retention",
          "activities");

  private static final Type.Scalar EMBED_SOURCE =
      oneOf("something the registers hold", "What to show.", EMBED_SOURCES);

  /**
   * The content of a {@code ```policy} block in a body. Not part of the files' JSON Schema: it
   * lives inside a CommonMark text.
   */
  public static final Obj EMBED =
      new Obj(
          "policy block",
          "A list, paragraphs or a table generated from the registers.",
          List.of(
              opt("list", EMBED_SOURCE, "Show these as a bulleted list."),
              opt("paragraphs", EMBED_SOURCE, "Show these as paragraphs (retention statements)."),
              opt("table", EMBED_SOURCE, "Show these as a table."),
              opt("of", ID, "With data-items: the id of the data category whose items to list."),
              opt("only", listOf(LINE), "Which entries to show, by id, in this order."),
              opt("item_end", PUNCTUATION, "Appended to every item but the last, such as ';'."),
              opt("last_end", PUNCTUATION, "Appended to the last item, such as '.'."),
              opt(
                  "ends",
                  listOf(PUNCTUATION),
                  "One ending per item, when the items are punctuated unevenly.")));

  /** {@code versions/<version>.yaml}: one complete version of the policy. */
  public static final Obj VERSION_FILE =
      new Obj(
          "version",
          "One complete, self-contained version of the policy.",
          List.of(
              FORMAT,
              req(
                  "version",
                  VERSION_ID,
                  "The version's id; the same as the file's name, such as 2018-05-25."),
              req("effective", DATE, "The date the version takes effect, YYYY-MM-DD."),
              req(
                  "status",
                  oneOf("a status", "draft or published.", List.of("draft", "published")),
                  "draft, or published once it is in force; a published version never changes."),
              opt("summary", MARKDOWN, "What changed since the previous version."),
              opt("preamble", MARKDOWN, "The text before the first section."),
              opt("definitions", listOf(DEFINITION), "The defined terms."),
              opt("data_subjects", listOf(DATA_SUBJECT), "The categories of people concerned."),
              opt("data_categories", listOf(DATA_CATEGORY), "The categories of personal data."),
              opt("activities", listOf(ACTIVITY), "The processing activities."),
              opt("legal_bases", listOf(LEGAL_BASIS), "How the text states each legal basis."),
              opt("retention", listOf(RETENTION), "The retention rules."),
              opt(
                  "recipient_categories",
                  listOf(RECIPIENT_CATEGORY),
                  "The categories of recipients."),
              opt("recipients", listOf(RECIPIENT), "The named recipients and subprocessors."),
              opt("transfers", listOf(TRANSFER), "Transfers outside the EEA."),
              opt("rights", listOf(RIGHT), "The rights the text names."),
              opt("security_measures", listOf(SECURITY_MEASURE), "The security measures."),
              opt(
                  "processor_activities",
                  listOf(PROCESSOR_ACTIVITY),
                  "What the company processes as a processor, for the record of Art. 30(2)."),
              req("sections", listOf(SECTION), "The sections of the text, in order.")));
}
