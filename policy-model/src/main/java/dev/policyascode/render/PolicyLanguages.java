package dev.policyascode.render;

import dev.policyascode.diagnostics.Position;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Translation;
import dev.policyascode.translate.TranslatedVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The languages a policy's site is shown in. The main language is the policy as loaded, at {@code
 * <policy>/}; each other language with at least one translated version is a policy of its own for
 * the parts of the site, at {@code <policy>/<language>/}: its versions are the translated ones
 * ({@link TranslatedVersion}), its pages use its language's words and dates, and its base URL ends
 * in {@code <language>/}. Every part (pages, fragments, archive, changes, feed) then renders it as
 * it renders any policy, so a language's site is the main one's, in its words.
 *
 * <p>A translated policy's place names no file ({@link #view}): the build state keys its outputs by
 * the digests of the files its words come from ({@link #words}).
 */
record PolicyLanguages(Policy source, Map<String, Policy> byLanguage, boolean includeDrafts) {

  static PolicyLanguages of(Policy policy, boolean includeDrafts) {
    Map<String, Policy> by = new LinkedHashMap<>();
    by.put(policy.language(), policy);
    for (String language : policy.languages()) {
      if (by.containsKey(language)) continue;
      List<PolicyVersion> versions = new ArrayList<>();
      for (PolicyVersion v : policy.versions()) {
        policy.translation(v.id(), language).ifPresent(t -> versions.add(translated(v, t)));
      }
      if (!versions.isEmpty()) by.put(language, view(policy, language, versions));
    }
    return new PolicyLanguages(policy, Map.copyOf(by), includeDrafts);
  }

  /**
   * The files the words of each translated policy come from, by the file name of its place: its
   * policy.yaml and its language's translation files, in the policy's order.
   */
  Map<String, List<String>> words() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Policy p : shown()) {
      if (p == source || p.at() == null || source.at() == null) continue;
      List<String> files = new ArrayList<>(List.of(source.at().file()));
      for (Translation t : source.translations()) {
        if (t.language().equals(p.language()) && t.at() != null) files.add(t.at().file());
      }
      out.put(p.at().file(), files);
    }
    return out;
  }

  /** Whether the policy is shown in more than its main language. */
  boolean several() {
    return byLanguage.size() > 1;
  }

  /** The policies the parts render: the source first, then one per other language. */
  List<Policy> shown() {
    List<Policy> out = new ArrayList<>();
    for (String language : source.languages()) {
      Policy p = byLanguage.get(language);
      if (p != null && !out.contains(p)) out.add(p);
    }
    if (out.isEmpty()) out.add(source);
    return out;
  }

  /** The folder of a language's site, relative to the output: {@code acme/} or {@code acme/fr/}. */
  String folder(String language) {
    return source.id() + "/" + (language.equals(source.language()) ? "" : language + "/");
  }

  /**
   * The languages {@code version} is shown in, the page's own among them, each with its address:
   * {@code href} for {@code hreflang} (absolute when the policy has a base URL, as a canonical link
   * is), {@code local} relative to the page's folder {@code fromFolder} for the switcher. Empty
   * when the version is shown in one language only: such a page has no alternates and no switcher,
   * as before translations existed.
   */
  List<Map<String, Object>> alternates(String pageLanguage, String versionId, String fromFolder) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Policy p : shown()) {
      String language = p.language();
      Optional<PolicyVersion> v =
          p.versions().stream().filter(x -> x.id().equals(versionId)).findFirst();
      if (v.isEmpty() || !(v.get().isPublished() || includeDrafts)) continue;
      String permalink = folder(language) + versionId + "/";
      String base = RenderContext.baseUrl(p);
      String local = relative(fromFolder, permalink);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("lang", language);
      m.put("name", nativeName(language));
      m.put("href", base.isEmpty() ? local : base + versionId + "/");
      m.put("local", local);
      m.put("current", language.equals(pageLanguage));
      out.add(m);
    }
    return out.size() > 1 ? out : List.of();
  }

  /**
   * The alternates of the page of {@code version} in {@code folder}, for the policy {@code page} (a
   * source or a translated policy); empty when the policy is shown in one language.
   */
  static List<Map<String, Object>> alternates(
      RenderContext context, Policy page, PolicyVersion version, String folder) {
    return context
        .languages(page)
        .filter(PolicyLanguages::several)
        .map(l -> l.alternates(page.language(), version.id(), folder))
        .orElse(List.of());
  }

  /** A language's name in that language, as a switcher shows it: "English", "Français". */
  static String nativeName(String language) {
    Locale l = Locale.forLanguageTag(language);
    String name = l.getDisplayName(l);
    if (name.isEmpty()) return language;
    return name.substring(0, 1).toUpperCase(l) + name.substring(1);
  }

  /** The way from one output folder to another, both relative to the output and ending in '/'. */
  static String relative(String from, String to) {
    String[] a = from.split("/");
    String[] b = to.split("/");
    int common = 0;
    while (common < a.length && common < b.length && a[common].equals(b[common])) common++;
    StringBuilder sb = new StringBuilder();
    for (int i = common; i < a.length; i++) if (!a[i].isEmpty()) sb.append("../");
    for (int i = common; i < b.length; i++) if (!b[i].isEmpty()) sb.append(b[i]).append('/');
    return sb.isEmpty() ? "./" : sb.toString();
  }

  private static PolicyVersion translated(PolicyVersion v, Translation t) {
    return TranslatedVersion.of(v, t);
  }

  /**
   * The policy in {@code language}: its id is the language's folder ({@code acme/fr}), which every
   * part writes under, its languages start with this one, and its base URL ends in the language.
   * Its place names no file but the language's words ({@link #words}), which the build state
   * digests.
   */
  private static Policy view(Policy policy, String language, List<PolicyVersion> versions) {
    List<String> languages = new ArrayList<>(List.of(language));
    policy.languages().stream().filter(l -> !l.equals(language)).forEach(languages::add);
    Position at =
        policy.at() == null
            ? null
            : new Position(
                policy.at().file() + " (" + language + ")",
                policy.at().line(),
                policy.at().column());
    return new Policy(
        policy.id() + "/" + language,
        policy.title(),
        policy.controller(),
        policy.jointControllers(),
        policy.dpo(),
        policy.representative(),
        policy.supervisoryAuthority(),
        languages,
        policy.baseUrl().map(u -> (u.endsWith("/") ? u : u + "/") + language + "/"),
        policy.numbering(),
        at,
        versions,
        policy.positions(),
        List.of(),
        policy.storeLabels());
  }
}
