package dev.policyascode.export.stores;

import dev.policyascode.export.ExportFile;
import dev.policyascode.export.ExportFormat;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.StoreLabels;
import dev.policyascode.model.StoreVocabulary;
import dev.policyascode.model.StoreVocabulary.Term;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The Google Play Data safety form as the CSV that Play Console imports (App content > Data safety
 * > Import from CSV): the template's five columns, one row per question and response, the value
 * TRUE where the answer is chosen and empty where it is not. Every data type of the form has its
 * row, so that a type the policy does not collect is answered "not collected" rather than left as
 * it was.
 */
public final class PlayDataSafetyCsv implements ExportFormat {

  /** The template's header, which the Console checks word for word. */
  public static final List<String> HEADER =
      List.of(
          "Question ID (machine readable)",
          "Response ID (machine readable)",
          "Response value",
          "Answer requirement",
          "Human-friendly question label");

  public static final String FILE = "play-data-safety.csv";

  private static final String USAGE = "PSL_DATA_USAGE_RESPONSES:";

  @Override
  public String name() {
    return "play-data-safety";
  }

  @Override
  public List<String> files() {
    return List.of(FILE);
  }

  @Override
  public List<ExportFile> write(Policy policy, PolicyVersion version) {
    StoreLabels labels = StoreFacts.labels(policy);
    List<StoreFacts.TypeFacts> types = StoreFacts.play(policy, version);
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(HEADER);
      csv.printRecord(
          "PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA",
          "",
          bool(!types.isEmpty()),
          "REQUIRED",
          "Does your app collect or share any of the required user data types?");
      csv.printRecord(
          "PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT",
          "",
          bool(labels.encryptedInTransit()),
          "MAYBE_REQUIRED",
          "Is all of the user data collected by your app encrypted in transit?");
      String deletion = "Do you provide a way for users to request that their data is deleted?";
      csv.printRecord(
          "PSL_SUPPORT_DATA_DELETION_BY_USER",
          "DATA_DELETION_YES",
          chosen(labels.deletionRequests()),
          "SINGLE_CHOICE",
          deletion + " / Yes");
      csv.printRecord(
          "PSL_SUPPORT_DATA_DELETION_BY_USER",
          "DATA_DELETION_NO",
          chosen(!labels.deletionRequests()),
          "SINGLE_CHOICE",
          deletion + " / No");
      if (labels.deletionUrl().isPresent()) {
        csv.printRecord(
            "PSL_DATA_DELETION_URL",
            "",
            labels.deletionUrl().get(),
            "MAYBE_REQUIRED",
            "Add a link that users can use to request that their data is deleted");
      }
      for (Term t : StoreVocabulary.PLAY_DATA_TYPES) {
        boolean collected = types.stream().anyMatch(f -> f.type().equals(t.id()));
        csv.printRecord(t.group(), t.id(), chosen(collected), "MULTIPLE_CHOICE", t.label());
      }
      for (StoreFacts.TypeFacts f : types) usage(csv, f);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return List.of(new ExportFile(FILE, out.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** The questions the form asks about one collected data type. */
  private static void usage(CSVPrinter csv, StoreFacts.TypeFacts f) throws IOException {
    String label = StoreVocabulary.find(StoreVocabulary.PLAY_DATA_TYPES, f.type()).get().label();
    String q = USAGE + f.type() + ":";
    String head = "Data usage and handling (" + label + ") / ";
    String both = head + "Is this data collected, shared, or both? / ";
    csv.printRecord(
        q + "PSL_DATA_USAGE_COLLECTION_AND_SHARING",
        "PSL_DATA_USAGE_ONLY_COLLECTED",
        "TRUE",
        "MULTIPLE_CHOICE",
        both + "Collected");
    csv.printRecord(
        q + "PSL_DATA_USAGE_COLLECTION_AND_SHARING",
        "PSL_DATA_USAGE_ONLY_SHARED",
        chosen(f.shared()),
        "MULTIPLE_CHOICE",
        both + "Shared");
    csv.printRecord(
        q + "PSL_DATA_USAGE_EPHEMERAL",
        "",
        bool(f.ephemeral()),
        "MAYBE_REQUIRED",
        head + "Is this data processed ephemerally?");
    String control = head + "Is this data required for your app, or can users choose? / ";
    csv.printRecord(
        q + "DATA_USAGE_USER_CONTROL",
        "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL",
        chosen(f.optional()),
        "SINGLE_CHOICE",
        control + "Users can choose whether this data is collected");
    csv.printRecord(
        q + "DATA_USAGE_USER_CONTROL",
        "PSL_DATA_USAGE_USER_CONTROL_REQUIRED",
        chosen(!f.optional()),
        "SINGLE_CHOICE",
        control + "Data collection is required");
    purposes(
        csv,
        q + "DATA_USAGE_COLLECTION_PURPOSE",
        head + "Why is this data collected? / ",
        f.purposes());
    purposes(
        csv,
        q + "DATA_USAGE_SHARING_PURPOSE",
        head + "Why is this data shared? / ",
        f.sharingPurposes());
  }

  private static void purposes(CSVPrinter csv, String question, String head, Set<String> chosen)
      throws IOException {
    for (Term p : StoreVocabulary.PLAY_PURPOSES) {
      csv.printRecord(
          question, p.id(), chosen(chosen.contains(p.id())), "MULTIPLE_CHOICE", head + p.label());
    }
  }

  private static String bool(boolean b) {
    return b ? "TRUE" : "FALSE";
  }

  /** A choice is marked TRUE, and left empty when not made, as in the Console's own export. */
  private static String chosen(boolean b) {
    return b ? "TRUE" : "";
  }
}
