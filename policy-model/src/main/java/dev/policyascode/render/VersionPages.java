package dev.policyascode.render;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each rendered version at its permalink ({@code <policy>/<version>/index.html} and {@code
 * index.md}), and the latest published version at {@code <policy>/index.html} and {@code index.md}
 * with a canonical link to its permalink. A page reads its policy's file and its version's file
 * only, so a change to one version renders that version's pages again (and the latest's, if it is
 * the latest).
 */
final class VersionPages implements SitePart {

  static final String HTML_TEMPLATE = "page.ftlh";
  static final String MARKDOWN_TEMPLATE = "page.md.ftl";

  @Override
  public void render(Policy policy, RenderContext context, OutputFiles out) {
    String base = RenderContext.baseUrl(policy);
    for (PolicyVersion version : policy.versions()) {
      if (!version.isPublished() && !context.includeDrafts()) continue;
      String permalink = base.isEmpty() ? "" : base + version.id() + "/";
      page(
          context,
          out,
          policy.id() + "/" + version.id() + "/",
          policy,
          version,
          permalink,
          permalink);
    }
    Optional<PolicyVersion> latest = policy.latestPublished();
    if (latest.isPresent()) {
      String id = latest.get().id();
      String permalink = base.isEmpty() ? "" : base + id + "/";
      page(
          context,
          out,
          policy.id() + "/",
          policy,
          latest.get(),
          permalink.isEmpty() ? id + "/" : permalink,
          permalink);
    }
  }

  private static void page(
      RenderContext context,
      OutputFiles out,
      String folder,
      Policy policy,
      PolicyVersion version,
      String canonical,
      String permalink) {
    out.add(
        List.of(folder + "index.html", folder + "index.md"),
        context.key("version-page", policy, version, folder, canonical, permalink),
        () -> {
          Map<String, Object> model =
              PageModel.of(policy, version, canonical, permalink, context.labels(policy));
          return List.of(
              context.apply(HTML_TEMPLATE, model), context.apply(MARKDOWN_TEMPLATE, model));
        });
  }
}
