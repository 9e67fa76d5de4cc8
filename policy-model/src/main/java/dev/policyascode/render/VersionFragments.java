package dev.policyascode.render;

import dev.policyascode.model.Policy;
import java.util.List;
import java.util.Map;

/**
 * Beside each full page, a body-only HTML fragment ({@code fragment.html}) with the same anchors
 * and text, for a site that includes the policy in a layout of its own (a server-side include, a
 * Hugo or Jekyll include). The latest one at {@code <policy>/fragment.html} gives an include that
 * follows new versions without a change on the site.
 */
final class VersionFragments implements SitePart {

  static final String TEMPLATE = "fragment.ftlh";
  static final String FILE = "fragment.html";

  @Override
  public void render(Policy policy, RenderContext context, OutputFiles out) {
    for (SiteVersions.Page plan : SiteVersions.of(policy, context).pages()) {
      // It shows the same texts as its page: built once for both (VersionTexts).
      context.texts().expect(policy, plan.version());
      // Like its page, a fragment reads its policy's file and its version's file only.
      out.add(
          List.of(plan.folder() + FILE),
          context.key(
              "fragment",
              policy,
              plan.version(),
              plan.folder(),
              plan.canonical(),
              plan.permalink(),
              plan.announced()),
          plan.version(),
          () -> {
            Map<String, Object> model =
                PageModel.of(
                    policy,
                    plan.version(),
                    plan.canonical(),
                    plan.permalink(),
                    context.labels(policy),
                    context.labelsMd(policy),
                    context.flavour(),
                    context.texts().take(policy, plan.version(), context.flavour()));
            PageModel.announced(model, plan.announced());
            return List.of(context.apply(TEMPLATE, model));
          });
    }
  }
}
