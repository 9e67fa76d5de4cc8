package dev.policyascode.render;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import freemarker.template.TemplateException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code <policy>/sitemap.xml}: the page of the version in force and the permalink of every
 * published version, when the policy has a public base URL (a sitemap needs absolute addresses).
 * One per policy rather than one for the site, because each policy has a base URL of its own and a
 * sitemap may only list addresses under the folder it is published in. {@code lastmod} is the
 * effective date of a version in force, the day of publication of one announced, so that two builds
 * of the same sources on the same build date give the same file. Drafts are never listed, even when
 * they are rendered for a preview.
 */
final class Sitemap implements SitePart {

  static final String TEMPLATE = "sitemap.ftlx";

  @Override
  public void render(Policy policy, RenderContext context, OutputFiles out)
      throws TemplateException {
    String base = RenderContext.baseUrl(policy);
    SiteVersions site = SiteVersions.of(policy, context);
    Optional<PolicyVersion> main = site.main();
    if (base.isEmpty() || main.isEmpty()) return;
    List<Map<String, String>> urls = new ArrayList<>();
    urls.add(url(base, main.get(), context, policy));
    for (PolicyVersion version : policy.versions()) {
      if (version.isPublished()) {
        urls.add(url(base + version.id() + "/", version, context, policy));
      }
    }
    // It lists every published version, dated by what is in force on the build date: it depends
    // on all of their files and on those dates. Never on a draft's: a pull request's draft, edited
    // build after build, does not make it again.
    List<Object> inputs = new ArrayList<>(List.of(policy));
    policy.versions().stream().filter(PolicyVersion::isPublished).forEach(inputs::add);
    inputs.add(urls);
    out.add(
        List.of(policy.id() + "/sitemap.xml"),
        context.key("sitemap", inputs.toArray()),
        () -> List.of(context.apply(TEMPLATE, Map.of("urls", urls))));
  }

  /**
   * A page in force was last changed on its effective date; an announced one on the day it was
   * published, and has no date when that is not recorded (a sitemap date is never in the future).
   */
  private static Map<String, String> url(
      String loc, PolicyVersion version, RenderContext context, Policy policy) {
    Map<String, String> u = new LinkedHashMap<>();
    u.put("loc", loc);
    u.put(
        "lastmod",
        SiteVersions.announced(version, context.buildDate())
            ? context.published(policy, version).map(LocalDate::toString).orElse("")
            : version.effective().toString());
    return u;
  }
}
