package dev.policyascode.render;

import dev.policyascode.model.Policy;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** What every part of a render shares: the sandboxed templates, the labels and the settings. */
final class RenderContext {

  private final Configuration templates;
  private final Path templateDir;
  private final boolean includeDrafts;

  RenderContext(Path templateDir, boolean includeDrafts) {
    this.templates = Templates.configuration(templateDir);
    this.templateDir = templateDir;
    this.includeDrafts = includeDrafts;
  }

  boolean includeDrafts() {
    return includeDrafts;
  }

  /** The page labels in the policy's language, with the project's overrides. */
  Map<String, String> labels(Policy policy) {
    return Labels.of(policy.language(), templateDir);
  }

  /** The policy's public base URL ending in '/', or "" when it has none. */
  static String baseUrl(Policy policy) {
    return policy.baseUrl().map(u -> u.endsWith("/") ? u : u + "/").orElse("");
  }

  String apply(String name, Map<String, Object> model) throws TemplateException {
    try {
      Template t = templates.getTemplate(name);
      StringWriter w = new StringWriter();
      t.process(model, w);
      return w.toString();
    } catch (IOException e) {
      throw new RenderException("Cannot read the template " + name + ": " + e.getMessage(), e);
    }
  }
}
