package dev.policyascode.load;

import static dev.policyascode.load.Fields.*;
import static dev.policyascode.load.Scalars.*;

import dev.policyascode.load.Type.Field;
import dev.policyascode.load.Type.Obj;
import dev.policyascode.model.StoreVocabulary;
import java.util.List;

/**
 * {@code <policy>/store-labels.yaml}: the answers of the app stores' privacy labels that the notice
 * cannot give. The stores' own ids are the allowed values, so that a label reads as the store's
 * form does and a misspelt id gets the nearest one as a suggestion.
 */
final class FormatStoreLabels {

  private FormatStoreLabels() {}

  private static final Type.Scalar PLAY_TYPE =
      oneOf(
          "a Google Play data type",
          "A data type of the Play Data safety form.",
          StoreVocabulary.ids(StoreVocabulary.PLAY_DATA_TYPES));
  private static final Type.Scalar PLAY_PURPOSE =
      oneOf(
          "a Google Play purpose",
          "A purpose of the Play Data safety form.",
          StoreVocabulary.ids(StoreVocabulary.PLAY_PURPOSES));
  private static final Type.Scalar APPLE_TYPE =
      oneOf(
          "an Apple data type",
          "A data type of Apple's privacy manifest (NSPrivacyCollectedDataType).",
          StoreVocabulary.ids(StoreVocabulary.APPLE_DATA_TYPES));
  private static final Type.Scalar APPLE_PURPOSE =
      oneOf(
          "an Apple purpose",
          "A purpose of Apple's privacy manifest (NSPrivacyCollectedDataTypePurposes).",
          StoreVocabulary.ids(StoreVocabulary.APPLE_PURPOSES));

  static final Obj APP =
      new Obj(
          "app",
          "What the stores ask about the app as a whole.",
          List.of(
              req(
                  "encrypted_in_transit",
                  BOOLEAN,
                  "Whether all the data the app collects is encrypted in transit (Play)."),
              req(
                  "deletion_requests",
                  BOOLEAN,
                  "Whether people can ask for their data to be deleted (Play)."),
              opt("deletion_url", URL, "Where they ask for it (Play)."),
              opt(
                  "tracking_domains",
                  listOf(LINE),
                  "The internet domains the app connects to that track (NSPrivacyTrackingDomains).")));

  static final Obj ENTRY =
      new Obj(
          "store label",
          "How the stores' labels describe one data category of the policy.",
          List.of(
              req("category", ID, "The id of the data category in the versions."),
              opt("play", PLAY_TYPE, "Its data type in the Play Data safety form."),
              opt("apple", APPLE_TYPE, "Its data type in Apple's privacy manifest."),
              req(
                  "shared",
                  BOOLEAN,
                  "Whether it is shared with a third party in the stores' sense (not a service"
                      + " provider acting for you)."),
              opt("ephemeral", BOOLEAN, "Whether it is only processed ephemerally (Play)."),
              opt(
                  "optional",
                  BOOLEAN,
                  "Whether people can choose not to give it (Play); without it, the opposite of the"
                      + " category's required."),
              opt("linked", BOOLEAN, "Whether it is linked to the person's identity (Apple)."),
              opt("tracking", BOOLEAN, "Whether it is used to track the person (Apple)."),
              opt(
                  "play_purposes",
                  listOf(PLAY_PURPOSE),
                  "Why it is collected, in the Play form's words."),
              opt(
                  "play_sharing_purposes",
                  listOf(PLAY_PURPOSE),
                  "Why it is shared, in the Play form's words; when shared is true."),
              opt(
                  "apple_purposes",
                  listOf(APPLE_PURPOSE),
                  "Why it is collected, in Apple's words.")));

  private static final Field FORMAT =
      req(
          "format",
          oneOf("a format version", "The format version of this file.", List.of("1")),
          "The version of this file format; write 1.");

  static final Obj FILE =
      new Obj(
          "store labels",
          "The answers of the app stores' privacy labels that the policy cannot give.",
          List.of(
              FORMAT,
              req("app", APP, "What the stores ask about the app as a whole."),
              req(
                  "categories",
                  listOf(ENTRY),
                  "One entry per data category the app collects, by the category's id.")));
}
