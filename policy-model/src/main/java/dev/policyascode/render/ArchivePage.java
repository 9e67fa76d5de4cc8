package dev.policyascode.render;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import freemarker.template.TemplateException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;

/**
 * {@code <policy>/archive/index.html} and {@code index.md}: every version the site shows, newest
 * first, with its effective date, its summary, and links to it and to what changed; a version
 * announced on the build date (published, not yet in force) is marked as such.
 */
final class ArchivePage implements SitePart {

  @Override
  public void render(Policy policy, RenderContext context, OutputFiles out)
      throws TemplateException {
    SiteVersions site = SiteVersions.of(policy, context);
    if (site.versions().isEmpty()) return;
    String base = RenderContext.baseUrl(policy);
    Map<String, Object> page =
        VersionFacts.page(policy, context, base.isEmpty() ? "" : base + SiteVersions.ARCHIVE);
    Map<String, Object> front = new LinkedHashMap<>();
    front.put("title", PageModel.quoted(policy.title()));
    front.put("policy", PageModel.quoted(policy.id()));
    front.put("noLiquid", context.flavour() == MarkdownFlavour.JEKYLL);
    page.put("frontMatter", front);
    String folder = policy.id() + "/" + SiteVersions.ARCHIVE;
    // The archive shows every rendered version: it depends on all of their files, and on which
    // of them the build date finds announced.
    List<Object> inputs = new ArrayList<>(List.of(policy));
    inputs.addAll(site.versions());
    inputs.add(site.announced().stream().map(PolicyVersion::id).toList());
    // Each version's summary is rendered only when the archive is: a build that keeps the archive
    // (nothing changed) need not read every version's text.
    out.add(
        List.of(folder + "index.html", folder + "index.md"),
        context.key("archive", inputs.toArray()),
        () -> {
          page.put("versions", versions(policy, context, site));
          return List.of(
              context.apply("archive.ftlh", page), context.apply("archive.md.ftl", page));
        });
  }

  /** Every version the archive shows, newest first, with its summary in HTML and Markdown. */
  private static List<Map<String, Object>> versions(
      Policy policy, RenderContext context, SiteVersions site) throws TemplateException {
    List<Map<String, Object>> versions = new ArrayList<>();
    List<PolicyVersion> newestFirst = new ArrayList<>(site.versions());
    java.util.Collections.reverse(newestFirst);
    for (PolicyVersion v : newestFirst) {
      Map<String, Object> m = VersionFacts.of(policy, v, "../" + v.id() + "/");
      Node summary = VersionFacts.summary(policy, v); // one tree for both forms
      m.put("summaryHtml", PageModel.html(summary));
      // Not strip(): the spaces that open an indented code block are syntax (see PageModel).
      m.put("summaryMd", summary == null ? "" : PageModel.markdown(summary, context.flavour()));
      m.put("changes", site.previous(v).isPresent() ? "../" + SiteVersions.changesFolder(v) : "");
      m.put("announced", SiteVersions.announced(v, site.buildDate()));
      versions.add(m);
    }
    return versions;
  }
}
