package dev.policyascode.render;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import freemarker.template.TemplateException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code <policy>/sitemap.xml}: the latest page and the permalink of every published version, when
 * the policy has a public base URL (a sitemap needs absolute addresses). One per policy rather than
 * one for the site, because each policy has a base URL of its own and a sitemap may only list
 * addresses under the folder it is published in. {@code lastmod} is the version's effective date,
 * so that two builds of the same sources give the same file. Drafts are never listed, even when
 * they are rendered for a preview.
 */
final class Sitemap implements SitePart {

  static final String TEMPLATE = "sitemap.ftlx";

  @Override
  public void render(Policy policy, RenderContext context, OutputFiles out)
      throws TemplateException {
    String base = RenderContext.baseUrl(policy);
    Optional<PolicyVersion> latest = policy.latestPublished();
    if (base.isEmpty() || latest.isEmpty()) return;
    List<Map<String, String>> urls = new ArrayList<>();
    urls.add(url(base, latest.get()));
    for (PolicyVersion version : policy.versions()) {
      if (version.isPublished()) urls.add(url(base + version.id() + "/", version));
    }
    // It lists every published version: it depends on all of their files.
    List<Object> inputs = new ArrayList<>(List.of(policy));
    inputs.addAll(policy.versions());
    out.add(
        List.of(policy.id() + "/sitemap.xml"),
        context.key("sitemap", inputs.toArray()),
        () -> List.of(context.apply(TEMPLATE, Map.of("urls", urls))));
  }

  private static Map<String, String> url(String loc, PolicyVersion version) {
    Map<String, String> u = new LinkedHashMap<>();
    u.put("loc", loc);
    u.put("lastmod", version.effective().toString());
    return u;
  }
}
