package dev.policyascode.render;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import java.util.List;
import java.util.Map;

/**
 * Each rendered version at its permalink ({@code <policy>/<version>/index.html} and {@code
 * index.md}), and the latest published version at {@code <policy>/index.html} and {@code index.md}
 * with a canonical link to its permalink. Each page links to the previous and next version, to the
 * archive and to what changed since the previous version. A page reads its policy's file, its
 * version's file and its neighbours in the list, so a change to one version renders that version's
 * pages again, its neighbours' and the latest's. Which versions are in force and announced on the
 * build date is in its key too (through its links), so a build on an effective date renders the
 * pages that switch.
 */
final class VersionPages implements SitePart {

  static final String HTML_TEMPLATE = "page.ftlh";
  static final String MARKDOWN_TEMPLATE = "page.md.ftl";

  @Override
  public void render(Policy policy, RenderContext context, OutputFiles out) {
    SiteVersions site = SiteVersions.of(policy, context);
    for (SiteVersions.Page p : site.pages()) {
      page(
          context,
          out,
          p.folder(),
          policy,
          p.version(),
          p.canonical(),
          p.permalink(),
          p.announced(),
          site.nav(p.version(), p.up()));
    }
  }

  private static void page(
      RenderContext context,
      OutputFiles out,
      String folder,
      Policy policy,
      PolicyVersion version,
      String canonical,
      String permalink,
      boolean announced,
      Map<String, Object> nav) {
    // The same version in the policy's other languages, when it has any (PolicyLanguages).
    List<Map<String, Object>> alternates =
        PolicyLanguages.alternates(context, policy, version, folder);
    context.texts().expect(policy, version);
    out.add(
        List.of(folder + "index.html", folder + "index.md"),
        context.key(
            "version-page",
            policy,
            version,
            folder,
            canonical,
            permalink,
            announced,
            nav,
            alternates),
        // Next to the version's fragment and the policy's own page, which show the same texts.
        version,
        () -> {
          Map<String, Object> model =
              PageModel.of(
                  policy,
                  version,
                  canonical,
                  permalink,
                  context.labels(policy),
                  context.labelsMd(policy),
                  context.flavour(),
                  context.texts().take(policy, version, context.flavour()));
          PageModel.announced(model, announced);
          model.put("nav", nav);
          if (!alternates.isEmpty()) model.put("alternates", alternates);
          return List.of(
              context.apply(HTML_TEMPLATE, model), context.apply(MARKDOWN_TEMPLATE, model));
        });
  }
}
