package dev.policyascode.render;

import dev.policyascode.model.Policy;
import freemarker.template.TemplateException;
import java.util.Map;

/**
 * Each rendered version at its permalink ({@code <policy>/<version>/index.html} and {@code
 * index.md}), and the latest published version at {@code <policy>/index.html} and {@code index.md}
 * with a canonical link to its permalink.
 */
final class VersionPages implements SitePart {

  static final String HTML_TEMPLATE = "page.ftlh";
  static final String MARKDOWN_TEMPLATE = "page.md.ftl";

  @Override
  public void render(Policy policy, RenderContext context, OutputFiles out)
      throws TemplateException {
    for (VersionPlan plan : VersionPlan.of(policy, context.includeDrafts())) {
      Map<String, Object> model =
          PageModel.of(
              policy, plan.version(), plan.canonical(), plan.permalink(), context.labels(policy));
      out.add(plan.folder() + "index.html", context.apply(HTML_TEMPLATE, model));
      out.add(plan.folder() + "index.md", context.apply(MARKDOWN_TEMPLATE, model));
    }
  }
}
