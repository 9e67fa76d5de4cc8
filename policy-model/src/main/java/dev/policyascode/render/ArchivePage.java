package dev.policyascode.render;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import freemarker.template.TemplateException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    List<Map<String, Object>> versions = new ArrayList<>();
    List<PolicyVersion> newestFirst = new ArrayList<>(site.versions());
    java.util.Collections.reverse(newestFirst);
    for (PolicyVersion v : newestFirst) {
      Map<String, Object> m = VersionFacts.of(policy, v, "../" + v.id() + "/");
      m.put("summaryHtml", VersionFacts.summaryHtml(policy, v));
      m.put("summaryMd", VersionFacts.summaryMd(policy, v, context.flavour()));
      m.put("changes", site.previous(v).isPresent() ? "../" + SiteVersions.changesFolder(v) : "");
      m.put("announced", SiteVersions.announced(v, site.buildDate()));
      versions.add(m);
    }
    page.put("versions", versions);
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
    out.add(
        List.of(folder + "index.html", folder + "index.md"),
        context.key("archive", inputs.toArray()),
        () -> List.of(context.apply("archive.ftlh", page), context.apply("archive.md.ftl", page)));
  }
}
