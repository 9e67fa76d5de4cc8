package dev.policyascode.render;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.text.LanguageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versions of a policy that the site shows, oldest first: the published ones, and the drafts
 * too when asked. Drafts take effect after every published version (lint sees to it), so adding
 * them never changes which version comes before a published one.
 *
 * <p>On the build date, the version in force is the newest published one whose effective date has
 * come; a published version whose date is still ahead is announced. The policy's own page shows the
 * version in force, never an announced one (a reader is bound by the text in force today).
 */
record SiteVersions(Policy policy, List<PolicyVersion> versions, LocalDate buildDate) {

  SiteVersions {
    versions = List.copyOf(versions);
  }

  static SiteVersions of(Policy policy, RenderContext context) {
    return new SiteVersions(
        policy,
        policy.versions().stream().filter(v -> v.isPublished() || context.includeDrafts()).toList(),
        context.buildDate());
  }

  /** The newest published version in force on {@code date}. */
  static Optional<PolicyVersion> inForce(Policy policy, LocalDate date) {
    return policy.versions().stream()
        .filter(v -> v.isPublished() && !v.effective().isAfter(date))
        .reduce((a, b) -> b);
  }

  /** Whether {@code v} is published and takes effect after {@code date}. */
  static boolean announced(PolicyVersion v, LocalDate date) {
    return v.isPublished() && v.effective().isAfter(date);
  }

  /** The published versions still to take effect on the build date, soonest first. */
  List<PolicyVersion> announced() {
    return policy.versions().stream().filter(v -> announced(v, buildDate)).toList();
  }

  /**
   * The version of the policy's own page: the one in force; when none is in force yet (a policy
   * published ahead of its first date), the first one announced, marked as such.
   */
  Optional<PolicyVersion> main() {
    return inForce(policy, buildDate).or(() -> announced().stream().findFirst());
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
      String folder,
      PolicyVersion version,
      String canonical,
      String permalink,
      String up,
      boolean announced) {}

  /**
   * Each version at its permalink folder ({@code <policy>/<version>/}), then the version in force
   * once more at {@code <policy>/}, whose canonical link is its permalink.
   */
  List<Page> pages() {
    String base = RenderContext.baseUrl(policy);
    List<Page> pages = new ArrayList<>();
    for (PolicyVersion version : versions) {
      String permalink = base.isEmpty() ? "" : base + version.id() + "/";
      pages.add(
          new Page(
              policy.id() + "/" + version.id() + "/",
              version,
              permalink,
              permalink,
              "../",
              announced(version, buildDate)));
    }
    main()
        .ifPresent(
            shown -> {
              String permalink = base.isEmpty() ? "" : base + shown.id() + "/";
              String canonical = permalink.isEmpty() ? shown.id() + "/" : permalink;
              pages.add(
                  new Page(
                      policy.id() + "/",
                      shown,
                      canonical,
                      permalink,
                      "",
                      announced(shown, buildDate)));
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
    // The policy's own page (the permalinks stay the text as published) tells of each version
    // announced after the one in force: when it takes effect, where it is and what it changes
    // (WP260 rev.01 para. 29-33: changes are brought to readers' attention before they apply).
    // An announced version's own page says it is not in force, and which one is.
    if (up.isEmpty() && inForce(policy, buildDate).filter(v::equals).isPresent()) {
      List<Map<String, Object>> ahead = new ArrayList<>();
      for (PolicyVersion a : announced()) {
        Map<String, Object> m = link(a, up + a.id() + "/");
        m.put("effectiveText", LanguageFormat.of(policy.language()).date(a.effective()));
        if (previous(a).isPresent()) m.put("changes", up + changesFolder(a));
        ahead.add(m);
      }
      if (!ahead.isEmpty()) nav.put("announced", ahead);
    } else if (announced(v, buildDate)) {
      inForce(policy, buildDate).ifPresent(f -> nav.put("inForce", link(f, up + f.id() + "/")));
    }
    return nav;
  }

  private Map<String, Object> link(PolicyVersion v, String href) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", v.id());
    m.put("effective", v.effective().toString());
    m.put("href", href);
    m.put("draft", !v.isPublished());
    m.put("announced", announced(v, buildDate));
    return m;
  }
}
