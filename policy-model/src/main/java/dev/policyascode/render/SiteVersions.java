package dev.policyascode.render;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versions of a policy that the site shows, oldest first: the published ones, and the drafts
 * too when asked. Drafts take effect after every published version (lint sees to it), so adding
 * them never changes which version comes before a published one.
 */
record SiteVersions(Policy policy, List<PolicyVersion> versions) {

  SiteVersions {
    versions = List.copyOf(versions);
  }

  static SiteVersions of(Policy policy, RenderContext context) {
    return new SiteVersions(
        policy,
        policy.versions().stream()
            .filter(v -> v.isPublished() || context.includeDrafts())
            .toList());
  }

  /**
   * Where one rendered version goes; the full pages and the fragments follow the same list, so they
   * always come in pairs.
   *
   * @param folder the output folder, relative, ending in '/'
   * @param canonical the address of the version's permalink, absolute when the policy has a base
   *     URL, else relative to the page
   * @param permalink the absolute permalink, or "" when the policy has no base URL
   * @param up the way from the folder to the policy's folder, for {@link #nav}
   */
  record Page(
      String folder, PolicyVersion version, String canonical, String permalink, String up) {}

  /**
   * Each version at its permalink folder ({@code <policy>/<version>/}), then the latest published
   * version once more at {@code <policy>/}, whose canonical link is its permalink.
   */
  List<Page> pages() {
    String base = RenderContext.baseUrl(policy);
    List<Page> pages = new ArrayList<>();
    for (PolicyVersion version : versions) {
      String permalink = base.isEmpty() ? "" : base + version.id() + "/";
      pages.add(
          new Page(policy.id() + "/" + version.id() + "/", version, permalink, permalink, "../"));
    }
    policy
        .latestPublished()
        .ifPresent(
            latest -> {
              String permalink = base.isEmpty() ? "" : base + latest.id() + "/";
              String canonical = permalink.isEmpty() ? latest.id() + "/" : permalink;
              pages.add(new Page(policy.id() + "/", latest, canonical, permalink, ""));
            });
    return pages;
  }

  Optional<PolicyVersion> previous(PolicyVersion v) {
    int i = versions.indexOf(v);
    return i > 0 ? Optional.of(versions.get(i - 1)) : Optional.empty();
  }

  Optional<PolicyVersion> next(PolicyVersion v) {
    int i = versions.indexOf(v);
    return i >= 0 && i + 1 < versions.size() ? Optional.of(versions.get(i + 1)) : Optional.empty();
  }

  /** The folder of a version's changes page, relative to the policy's folder. */
  static String changesFolder(PolicyVersion to) {
    return to.id() + "/changes/";
  }

  static final String ARCHIVE = "archive/";

  /**
   * The links of a version page: previous, next, the archive and the changes into this version.
   *
   * @param up the way from the page's folder to the policy's folder: "../" from a permalink, ""
   *     from the policy's own page
   */
  Map<String, Object> nav(PolicyVersion v, String up) {
    Map<String, Object> nav = new LinkedHashMap<>();
    previous(v).ifPresent(p -> nav.put("previous", link(p, up + p.id() + "/")));
    next(v).ifPresent(n -> nav.put("next", link(n, up + n.id() + "/")));
    nav.put("archive", up + ARCHIVE);
    if (previous(v).isPresent()) nav.put("changes", up + changesFolder(v));
    return nav;
  }

  private static Map<String, Object> link(PolicyVersion v, String href) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", v.id());
    m.put("effective", v.effective().toString());
    m.put("href", href);
    m.put("draft", !v.isPublished());
    return m;
  }
}
