package dev.policyascode.render;

import dev.policyascode.gdpr.NoticeMatrix;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.text.Numbering;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compliance matrix of one version as plain maps, lists and strings: what the HTML template
 * shows and what the JSON holds, so the two cannot differ.
 */
final class ComplianceModel {

  private ComplianceModel() {}

  static Map<String, Object> of(Policy policy, PolicyVersion version) {
    List<NoticeMatrix.Row> rows = NoticeMatrix.of(policy, version, Numbering.of(version));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("policy", policy.id());
    m.put("title", policy.title());
    m.put("controller", policy.controller().name());
    m.put("version", version.id());
    m.put("effective", version.effective().toString());
    m.put("status", version.status().name().toLowerCase(java.util.Locale.ROOT));
    m.put("file", version.at().file());
    m.put("dataMap", !version.registers().activities().isEmpty());
    Map<String, Object> counts = new LinkedHashMap<>();
    for (NoticeMatrix.Status s : NoticeMatrix.Status.values()) {
      counts.put(s.word(), rows.stream().filter(r -> r.status() == s).count());
    }
    m.put("counts", counts);
    List<Map<String, Object>> items = new ArrayList<>();
    for (NoticeMatrix.Row r : rows) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", r.item().id());
      item.put("name", r.item().name());
      item.put("applies", r.item().applies());
      item.put("coveredBy", r.item().coveredBy());
      item.put("status", r.status().word());
      item.put("evidence", r.evidence());
      List<Map<String, Object>> sections = new ArrayList<>();
      for (NoticeMatrix.SectionRef s : r.sections()) {
        // Not Map.of: its order changes from one JVM to the next, and so would the JSON file.
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("id", s.id());
        section.put("number", s.number());
        section.put("title", s.title());
        // as the policy's headings show it, so that the reader finds it on the page
        section.put("shown", policy.numbering().shown(s.number(), s.number().split("\\.").length));
        sections.add(section);
      }
      item.put("sections", sections);
      item.put("gap", r.gap());
      item.put("reportedBy", r.reportedBy().orElse(""));
      items.add(item);
    }
    m.put("items", items);
    m.put("readability", ReadabilityModel.of(policy, version));
    return m;
  }
}
