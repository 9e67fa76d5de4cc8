package dev.policyascode.export.stores;

import dev.policyascode.export.ExportFile;
import dev.policyascode.export.ExportFormat;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.StoreLabels;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Apple's privacy manifest, {@code PrivacyInfo.xcprivacy}: an XML property list whose {@code
 * NSPrivacyCollectedDataTypes} say, for each data type, whether it is linked to the person, used to
 * track, and why it is collected. The required-reason APIs ({@code NSPrivacyAccessedAPITypes}) are
 * about the app's code, which the policy does not know; the team adds them in Xcode.
 */
public final class PrivacyManifest implements ExportFormat {

  public static final String FILE = "PrivacyInfo.xcprivacy";

  @Override
  public String name() {
    return "apple-privacy-manifest";
  }

  @Override
  public List<String> files() {
    return List.of(FILE);
  }

  @Override
  public List<ExportFile> write(Policy policy, PolicyVersion version) {
    StoreLabels labels = StoreFacts.labels(policy);
    List<StoreFacts.TypeFacts> types = StoreFacts.apple(policy, version);
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append(
        "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\""
            + " \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n");
    b.append("<plist version=\"1.0\">\n<dict>\n");
    key(b, 1, "NSPrivacyTracking");
    bool(b, 1, types.stream().anyMatch(StoreFacts.TypeFacts::tracking));
    key(b, 1, "NSPrivacyTrackingDomains");
    strings(b, 1, labels.trackingDomains());
    key(b, 1, "NSPrivacyCollectedDataTypes");
    if (types.isEmpty()) {
      line(b, 1, "<array/>");
    } else {
      line(b, 1, "<array>");
      for (StoreFacts.TypeFacts t : types) {
        line(b, 2, "<dict>");
        key(b, 3, "NSPrivacyCollectedDataType");
        line(b, 3, "<string>" + xml(t.type()) + "</string>");
        key(b, 3, "NSPrivacyCollectedDataTypeLinked");
        bool(b, 3, t.linked());
        key(b, 3, "NSPrivacyCollectedDataTypeTracking");
        bool(b, 3, t.tracking());
        key(b, 3, "NSPrivacyCollectedDataTypePurposes");
        strings(b, 3, List.copyOf(t.purposes()));
        line(b, 2, "</dict>");
      }
      line(b, 1, "</array>");
    }
    b.append("</dict>\n</plist>\n");
    return List.of(new ExportFile(FILE, b.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static void key(StringBuilder b, int depth, String key) {
    line(b, depth, "<key>" + key + "</key>");
  }

  private static void bool(StringBuilder b, int depth, boolean value) {
    line(b, depth, value ? "<true/>" : "<false/>");
  }

  private static void strings(StringBuilder b, int depth, List<String> values) {
    if (values.isEmpty()) {
      line(b, depth, "<array/>");
      return;
    }
    line(b, depth, "<array>");
    values.forEach(v -> line(b, depth + 1, "<string>" + xml(v) + "</string>"));
    line(b, depth, "</array>");
  }

  private static void line(StringBuilder b, int depth, String text) {
    b.append("\t".repeat(depth)).append(text).append('\n');
  }

  /** A tracking domain is the author's text: escaped, so that it cannot break the XML. */
  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
