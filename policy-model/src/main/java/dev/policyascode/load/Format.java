package dev.policyascode.load;

import static dev.policyascode.load.Fields.*;
import static dev.policyascode.load.Scalars.*;

import dev.policyascode.load.Type.Field;
import dev.policyascode.load.Type.Obj;
import dev.policyascode.model.SectionNumbering;
import java.util.ArrayList;
import java.util.List;

/**
 * Format v1: the keys of a policy file and of a version file, their types, which are required, and
 * what each means. The registers' entries are declared in {@link FormatRegisters}. The loader
 * checks files against it and {@link JsonSchemaWriter} writes the editor's JSON Schema from it.
 */
public final class Format {

  private Format() {}

  public static final int VERSION = 1;

  /** The Art. 6(1) legal bases, by the words the format uses for them. */
  public static final List<String> LEGAL_BASES = FormatRegisters.LEGAL_BASES;

  /** The data subject rights of Art. 15-22 and Art. 7(3), 77. */
  public static final List<String> RIGHTS = FormatRegisters.RIGHTS;

  /** Art. 45 adequacy, Art. 46 safeguards and Art. 49 derogations. */
  public static final List<String> SAFEGUARDS = FormatRegisters.SAFEGUARDS;

  public static final List<String> RECIPIENT_ROLES = FormatRegisters.RECIPIENT_ROLES;

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
          "activities",
          "cookies");

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

  /** {@code store-labels.yaml} beside the versions: the app stores' answers (issue 16). */
  public static final Obj STORE_LABELS = FormatStoreLabels.FILE;

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
              opt(
                  "data_subjects",
                  listOf(FormatRegisters.DATA_SUBJECT),
                  "The categories of people concerned."),
              opt(
                  "data_categories",
                  listOf(FormatRegisters.DATA_CATEGORY),
                  "The categories of personal data."),
              opt("activities", listOf(FormatRegisters.ACTIVITY), "The processing activities."),
              opt(
                  "legal_bases",
                  listOf(FormatRegisters.LEGAL_BASIS),
                  "How the text states each legal basis."),
              opt("retention", listOf(FormatRegisters.RETENTION), "The retention rules."),
              opt(
                  "recipient_categories",
                  listOf(FormatRegisters.RECIPIENT_CATEGORY),
                  "The categories of recipients."),
              opt(
                  "recipients",
                  listOf(FormatRegisters.RECIPIENT),
                  "The named recipients and subprocessors."),
              opt("transfers", listOf(FormatRegisters.TRANSFER), "Transfers outside the EEA."),
              opt("rights", listOf(FormatRegisters.RIGHT), "The rights the text names."),
              opt(
                  "security_measures",
                  listOf(FormatRegisters.SECURITY_MEASURE),
                  "The security measures."),
              opt(
                  "processor_activities",
                  listOf(FormatRegisters.PROCESSOR_ACTIVITY),
                  "What the company processes as a processor, for the record of Art. 30(2)."),
              opt(
                  "cookies",
                  listOf(FormatRegisters.COOKIE),
                  "The cookies and other device storage, for the cookie table."),
              req("sections", listOf(SECTION), "The sections of the text, in order.")));
}
