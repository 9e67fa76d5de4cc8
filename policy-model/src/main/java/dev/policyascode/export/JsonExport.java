package dev.policyascode.export;

import dev.policyascode.model.Contact;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Prose;
import dev.policyascode.model.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON export: one document per version, {@code policy.json}, holding every fact of the model
 * with the article each answers, described by {@code schema/policy-export.schema.json}. Its ids are
 * the YAML's own ids, which a published version never changes, so a tool can follow a fact from one
 * version to the next. {@link #FORMAT_VERSION} changes when a field is removed or changes meaning;
 * added fields keep it.
 */
public final class JsonExport implements ExportFormat {

  /** The version of this document's shape, not of the policy. */
  public static final int FORMAT_VERSION = 1;

  /** Where the document's JSON Schema is published with the project. */
  public static final String SCHEMA = "https://policyascode.dev/schema/policy-export.schema.json";

  public static final String FILE = "policy.json";

  @Override
  public String name() {
    return "json";
  }

  @Override
  public List<String> files() {
    return List.of(FILE);
  }

  @Override
  public List<ExportFile> write(Policy policy, PolicyVersion version) {
    return List.of(new ExportFile(FILE, Json.bytes(document(policy, version))));
  }

  static Map<String, Object> document(Policy policy, PolicyVersion version) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("$schema", SCHEMA);
    doc.put("format", "policy-export");
    doc.put("format_version", FORMAT_VERSION);
    doc.put("id", policy.id() + "/" + version.id());
    doc.put("policy", policy(policy));
    doc.put("version", version(version));
    doc.putAll(JsonRegisters.of(version.registers()));
    doc.put("sections", sections(version.sections()));
    return doc;
  }

  private static Map<String, Object> policy(Policy p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("title", p.title());
    m.put("languages", p.languages());
    p.baseUrl().ifPresent(u -> m.put("base_url", u));
    m.put("controller", contact(p.controller(), Articles.CONTROLLER));
    m.put(
        "joint_controllers",
        p.jointControllers().stream().map(c -> contact(c, Articles.JOINT_CONTROLLERS)).toList());
    p.dpo().ifPresent(c -> m.put("dpo", contact(c, Articles.DPO)));
    p.representative().ifPresent(c -> m.put("representative", contact(c, Articles.REPRESENTATIVE)));
    p.supervisoryAuthority()
        .ifPresent(c -> m.put("supervisory_authority", contact(c, Articles.SUPERVISORY_AUTHORITY)));
    return m;
  }

  private static Map<String, Object> contact(Contact c, String article) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name());
    c.address().ifPresent(v -> m.put("address", v));
    c.email().ifPresent(v -> m.put("email", v));
    c.phone().ifPresent(v -> m.put("phone", v));
    c.website().ifPresent(v -> m.put("website", v));
    c.country().ifPresent(v -> m.put("country", v));
    m.put("article", article);
    return m;
  }

  private static Map<String, Object> version(PolicyVersion v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", v.id());
    m.put("effective", v.effective().toString());
    m.put("status", v.status().word());
    v.summary().ifPresent(s -> m.put("summary", s.text()));
    v.preamble().ifPresent(s -> m.put("preamble", s.text()));
    return m;
  }

  /** The text as written (CommonMark, references unexpanded): the export never rewords it. */
  private static List<Object> sections(List<Section> sections) {
    return sections.stream()
        .map(
            s -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("id", s.id());
              m.put("title", s.title());
              s.body().map(Prose::text).ifPresent(b -> m.put("body", b));
              m.put("sections", sections(s.sections()));
              return (Object) m;
            })
        .toList();
  }

  static void put(Map<String, Object> m, String key, Optional<?> value) {
    value.ifPresent(v -> m.put(key, v instanceof Prose p ? p.text() : v.toString()));
  }
}
