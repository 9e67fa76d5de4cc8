package dev.policyascode.render;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.text.LanguageFormat;
import dev.policyascode.text.ProseProcessor;
import freemarker.template.TemplateModelException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commonmark.node.Node;

/** The values of a version that the archive, changes and feed show, finished for a template. */
final class VersionFacts {

  private VersionFacts() {}

  /** id, effective, effectiveText, draft and href. */
  static Map<String, Object> of(Policy policy, PolicyVersion v, String href) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", v.id());
    m.put("effective", v.effective().toString());
    m.put("effectiveText", LanguageFormat.of(policy.language()).date(v.effective()));
    m.put("draft", !v.isPublished());
    m.put("href", href);
    return m;
  }

  /** The summary as a sanitised CommonMark tree, or null when the version has none. */
  static Node summary(Policy policy, PolicyVersion v) {
    return v.summary().map(s -> new ProseProcessor(v, policy.language()).document(s)).orElse(null);
  }

  static Object summaryHtml(Policy policy, PolicyVersion v) throws TemplateModelException {
    return PageModel.html(summary(policy, v));
  }

  /** The page model's common values: language, title, controller, labels. */
  static Map<String, Object> page(Policy policy, RenderContext context, String canonical) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("lang", policy.language());
    page.put("title", policy.title());
    page.put("titleMd", dev.policyascode.text.Markdown.escape(policy.title()));
    page.put("controller", policy.controller().name());
    page.put("canonical", canonical);
    Map<String, String> labels = context.labels(policy);
    page.put("labels", labels);
    page.put("labelsMd", context.labelsMd(policy));
    return page;
  }
}
