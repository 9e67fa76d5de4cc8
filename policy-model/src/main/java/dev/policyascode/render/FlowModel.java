package dev.policyascode.render;

import dev.policyascode.flow.Flow;
import dev.policyascode.flow.FlowBuilder;
import dev.policyascode.flow.FlowLayout;
import dev.policyascode.flow.FlowSvg;
import dev.policyascode.model.PolicyVersion;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data-flow picture of a version for the HTML templates of the record and the compliance
 * matrix: the SVG, whose texts {@link FlowSvg} has escaped already, and its text alternative as
 * plain values that the template escapes.
 */
final class FlowModel {

  private FlowModel() {}

  /**
   * Adds {@code flowSvg}, {@code flowRows} and the {@code labels} they are worded in to {@code
   * model}; nothing when there is no activity.
   */
  static void add(Map<String, Object> model, PolicyVersion version, Map<String, String> labels) {
    if (version.registers().activities().isEmpty()) return;
    Flow flow = FlowLayout.arrange(FlowBuilder.of(version, labels));
    try {
      model.put("flowSvg", HTMLOutputFormat.INSTANCE.fromMarkup(FlowSvg.draw(flow, labels)));
    } catch (TemplateModelException e) {
      throw new IllegalStateException("the HTML output format refused plain markup", e);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Flow.Row r : flow.rows()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("activity", r.activity());
      row.put("subjects", r.subjects());
      row.put("data", r.data());
      row.put("purposes", r.purposes());
      row.put("legalBasis", r.legalBasis());
      row.put("recipients", r.recipients());
      row.put("countries", r.countries());
      rows.add(row);
    }
    model.put("flowRows", rows);
    model.put("labels", labels);
  }
}
