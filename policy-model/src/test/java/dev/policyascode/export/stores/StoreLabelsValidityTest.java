package dev.policyascode.export.stores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.StoreLabels;
import dev.policyascode.model.StoreVocabulary;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

/**
 * The store labels read back as the stores read them: the Play CSV with the template's columns and
 * one answer per single-choice question, the manifest as a property list valid against Apple's DTD.
 */
class StoreLabelsValidityTest {

  static final Policy SAMPLE = StoreLabelsFixtures.load(StoreLabelsFixtures.SAMPLE).get(0);
  static final PolicyVersion VERSION = SAMPLE.versions().get(0);

  static List<CSVRecord> csv(Policy p, PolicyVersion v) throws Exception {
    String text =
        new String(new PlayDataSafetyCsv().write(p, v).get(0).bytes(), StandardCharsets.UTF_8);
    CSVFormat f = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (var parser = f.parse(new StringReader(text))) {
      assertEquals(PlayDataSafetyCsv.HEADER, parser.getHeaderNames(), "the template's columns");
      return parser.getRecords();
    }
  }

  @Test
  void thePlayCsvReadsBackWithTheTemplatesColumnsAndOneAnswerPerSingleChoice() throws Exception {
    List<CSVRecord> rows = csv(SAMPLE, VERSION);
    Set<String> onLabel =
        Set.of("PSL_EMAIL", "PSL_PRECISE_LOCATION", "PSL_CRASH_LOGS", "PSL_DEVICE_ID");
    Map<String, Integer> singleChoices = new HashMap<>();
    for (CSVRecord r : rows) {
      assertEquals(5, r.size(), "five columns: " + r);
      String q = r.get(0), response = r.get(1), value = r.get(2), kind = r.get(3);
      assertTrue(
          Set.of("REQUIRED", "MAYBE_REQUIRED", "SINGLE_CHOICE", "MULTIPLE_CHOICE").contains(kind),
          r.toString());
      assertTrue(q.matches("[A-Z_]+(:[A-Z_]+:[A-Z_]+)?"), "a machine-readable question id: " + q);
      if (q.startsWith("PSL_DATA_TYPES_")) {
        assertEquals(onLabel.contains(response) ? "TRUE" : "", value, response);
      }
      if (q.startsWith("PSL_DATA_USAGE_RESPONSES:")) {
        assertTrue(onLabel.contains(q.split(":")[1]), "usage of a type on the label only: " + q);
      }
      if (kind.equals("SINGLE_CHOICE") && value.equals("TRUE"))
        singleChoices.merge(q, 1, Integer::sum);
      if (!q.equals("PSL_DATA_DELETION_URL")) {
        assertTrue(Set.of("TRUE", "FALSE", "").contains(value), r.toString());
      }
    }
    long singleQuestions =
        rows.stream()
            .filter(r -> r.get(3).equals("SINGLE_CHOICE"))
            .map(r -> r.get(0))
            .distinct()
            .count();
    assertEquals(singleQuestions, singleChoices.size(), "every single-choice question answered");
    assertTrue(singleChoices.values().stream().allMatch(n -> n == 1), "once: " + singleChoices);
    assertEquals(
        StoreVocabulary.PLAY_DATA_TYPES.size(),
        rows.stream().filter(r -> r.get(0).startsWith("PSL_DATA_TYPES_")).count(),
        "every data type of the form answered, collected or not");
  }

  @Test
  void theManifestIsAValidPropertyListWithApplesKeysAndValues() throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, Object> plist =
        (Map<String, Object>)
            PropertyLists.parse(new PrivacyManifest().write(SAMPLE, VERSION).get(0).bytes());
    assertEquals(
        List.of("NSPrivacyTracking", "NSPrivacyTrackingDomains", "NSPrivacyCollectedDataTypes"),
        List.copyOf(plist.keySet()));
    assertEquals(true, plist.get("NSPrivacyTracking"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> types =
        (List<Map<String, Object>>) plist.get("NSPrivacyCollectedDataTypes");
    Set<String> appleTypes = Set.copyOf(StoreVocabulary.ids(StoreVocabulary.APPLE_DATA_TYPES));
    Set<String> applePurposes = Set.copyOf(StoreVocabulary.ids(StoreVocabulary.APPLE_PURPOSES));
    for (Map<String, Object> t : types) {
      assertEquals(
          Set.of(
              "NSPrivacyCollectedDataType",
              "NSPrivacyCollectedDataTypeLinked",
              "NSPrivacyCollectedDataTypeTracking",
              "NSPrivacyCollectedDataTypePurposes"),
          t.keySet());
      assertTrue(appleTypes.contains(t.get("NSPrivacyCollectedDataType")), t.toString());
      assertTrue(applePurposes.containsAll((List<?>) t.get("NSPrivacyCollectedDataTypePurposes")));
    }
    assertEquals(
        Map.of(
            "NSPrivacyCollectedDataTypeEmailAddress", List.of(true, false),
            "NSPrivacyCollectedDataTypePreciseLocation", List.of(true, true),
            "NSPrivacyCollectedDataTypeDeviceID", List.of(false, true),
            "NSPrivacyCollectedDataTypeCrashData", List.of(false, false)),
        types.stream()
            .collect(
                Collectors.toMap(
                    t -> (String) t.get("NSPrivacyCollectedDataType"),
                    t ->
                        List.of(
                            t.get("NSPrivacyCollectedDataTypeLinked"),
                            t.get("NSPrivacyCollectedDataTypeTracking")))));
  }

  @Test
  void aTrackingDomainWithMarkupStaysOneString() throws Exception {
    StoreLabels l = SAMPLE.storeLabels().orElseThrow();
    StoreLabels odd =
        new StoreLabels(
            l.encryptedInTransit(),
            l.deletionRequests(),
            l.deletionUrl(),
            List.of("a&b<c>.example"),
            l.categories(),
            l.at(),
            l.positions());
    @SuppressWarnings("unchecked")
    Map<String, Object> plist =
        (Map<String, Object>)
            PropertyLists.parse(
                new PrivacyManifest()
                    .write(SAMPLE.withStoreLabels(java.util.Optional.of(odd)), VERSION)
                    .get(0)
                    .bytes());
    assertEquals(List.of("a&b<c>.example"), plist.get("NSPrivacyTrackingDomains"));
  }

  @Test
  void theParserRefusesAPropertyListAppleWouldRefuse() {
    // A key without its value: what the DTD forbids, so that the test above can fail.
    String broken =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST"
            + " 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist"
            + " version=\"1.0\"><dict><key>a</key><key>b</key><true/></dict></plist>\n";
    assertThrows(
        SAXParseException.class,
        () -> PropertyLists.parse(broken.getBytes(StandardCharsets.UTF_8)));
  }
}
