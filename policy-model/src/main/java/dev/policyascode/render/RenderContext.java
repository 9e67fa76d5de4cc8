package dev.policyascode.render;

import dev.policyascode.io.Digests;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.text.Markdown;
import dev.policyascode.versions.VersionLock;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** What every part of a render shares: the sandboxed templates, the labels and the settings. */
final class RenderContext {

  private final Configuration templates;
  private final Path templateDir;
  private final boolean includeDrafts;
  private final MarkdownFlavour flavour;
  private final Map<String, String> sources;
  private final String fingerprint;
  private final Map<String, Map<String, String>> labels = new ConcurrentHashMap<>();
  private final LocalDate buildDate;
  private final Path policiesDir;
  private final Map<String, Map<String, LocalDate>> published = new ConcurrentHashMap<>();

  /** A context whose outputs are always rendered: no source digests, no build state. */
  RenderContext(Path templateDir, boolean includeDrafts) {
    this(templateDir, includeDrafts, MarkdownFlavour.GITHUB, Map.of(), false);
  }

  /** As below, built as of today (UTC), with no publication dates. */
  RenderContext(
      Path templateDir,
      boolean includeDrafts,
      MarkdownFlavour flavour,
      Map<String, String> sources,
      boolean incremental) {
    this(
        templateDir,
        includeDrafts,
        flavour,
        sources,
        incremental,
        LocalDate.now(ZoneOffset.UTC),
        null);
  }

  /**
   * @param sources the SHA-256 of each source file by its name in findings; empty when unknown
   * @param incremental whether parts' outputs get keys at all (a build state is kept)
   * @param buildDate the day the site is built as of: which version is in force
   * @param policiesDir the folder of the policies, whose locks give the day each version was
   *     published; null for none
   */
  RenderContext(
      Path templateDir,
      boolean includeDrafts,
      MarkdownFlavour flavour,
      Map<String, String> sources,
      boolean incremental,
      LocalDate buildDate,
      Path policiesDir) {
    this.buildDate = buildDate;
    this.policiesDir = policiesDir;
    this.templates = Templates.configuration(templateDir);
    this.templateDir = templateDir;
    this.includeDrafts = includeDrafts;
    this.flavour = flavour;
    this.sources = Map.copyOf(sources);
    this.fingerprint = incremental ? Fingerprint.of(templateDir, includeDrafts, flavour) : null;
  }

  boolean includeDrafts() {
    return includeDrafts;
  }

  /** The day the site is built as of. */
  LocalDate buildDate() {
    return buildDate;
  }

  /**
   * The day {@code version} was published, as its policy's lock records it; empty when the lock is
   * not known, unreadable, or was written before the day was recorded. Lint has read the lock
   * already: a lock it refuses never reaches a render.
   */
  Optional<LocalDate> published(Policy policy, PolicyVersion version) {
    if (policiesDir == null) return Optional.empty();
    // A policy in another language (PolicyLanguages) reads its source's lock, where its version's
    // translation has its own line: the day the translation was published.
    Optional<PolicyLanguages> source = languages(policy).filter(l -> l.source() != policy);
    String lockId = source.isPresent() ? version.id() + "." + policy.language() : version.id();
    Map<String, LocalDate> days =
        published.computeIfAbsent(
            source.map(l -> l.source().id()).orElse(policy.id()),
            id -> {
              Path lock = policiesDir.resolve(id).resolve(VersionLock.FILE);
              try {
                return Files.isRegularFile(lock)
                    ? VersionLock.parse(Files.readString(lock, StandardCharsets.UTF_8))
                        .publications()
                    : Map.of();
              } catch (IOException e) {
                return Map.of();
              }
            });
    return Optional.ofNullable(days.get(lockId));
  }

  private final Map<String, PolicyLanguages> languages = new ConcurrentHashMap<>();

  /** The digest of a language's words, by its translated policy's place (PolicyLanguages). */
  private final Map<String, String> derived = new ConcurrentHashMap<>();

  /**
   * Makes {@code l} known by the id of each policy it shows, before any part renders. A translated
   * policy's outputs get keys from the digests of the files its words come from (its policy.yaml
   * and its language's translation files); when one is unknown, they are always rendered.
   */
  void languages(PolicyLanguages l) {
    l.shown().forEach(p -> languages.put(p.id(), l));
    l.words()
        .forEach(
            (place, files) -> {
              StringBuilder sb = new StringBuilder();
              for (String file : files) {
                String digest = sources.get(file);
                if (digest == null) return;
                sb.append(file).append('=').append(digest).append('\n');
              }
              derived.put(place, Digests.sha256(sb.toString().getBytes(StandardCharsets.UTF_8)));
            });
  }

  /** The languages {@code policy} (a source or one of its translated policies) is shown in. */
  Optional<PolicyLanguages> languages(Policy policy) {
    return Optional.ofNullable(languages.get(policy.id()));
  }

  private final VersionTexts texts = new VersionTexts();

  /** Each version's rendered texts, shared by its pages and fragments within one render. */
  VersionTexts texts() {
    return texts;
  }

  /** Who reads the Markdown pages. */
  MarkdownFlavour flavour() {
    return flavour;
  }

  /**
   * The page labels in the policy's language, with the project's overrides; read once per language
   * and render, not once per page.
   */
  Map<String, String> labels(Policy policy) {
    return labels.computeIfAbsent(policy.language(), lang -> Labels.of(lang, templateDir));
  }

  private final Map<String, Map<String, String>> labelsMd = new ConcurrentHashMap<>();

  /**
   * The page labels as Markdown text ({@link Markdown#escape}), for the Markdown pages: escaped
   * once per language and render, not once per page. Shared by the pages rendered in parallel:
   * nobody may change it.
   */
  Map<String, String> labelsMd(Policy policy) {
    return labelsMd.computeIfAbsent(
        policy.language(),
        lang -> {
          Map<String, String> escaped = new LinkedHashMap<>();
          labels(policy).forEach((k, v) -> escaped.put(k, Markdown.escape(v)));
          return Collections.unmodifiableMap(escaped);
        });
  }

  /** The policy's public base URL ending in '/', or "" when it has none. */
  static String baseUrl(Policy policy) {
    return policy.baseUrl().map(u -> u.endsWith("/") ? u : u + "/").orElse("");
  }

  /**
   * The key of an output that depends on {@code inputs} (policies, versions, and any other value
   * that goes into it, such as its address) and on the templates, labels, settings and code. Empty
   * when there is no build state or a source's digest is unknown: such outputs are always rendered.
   * A part must name every input its output reads; an input it does not name is a stale page.
   */
  Optional<String> key(String output, Object... inputs) {
    if (fingerprint == null) return Optional.empty();
    StringBuilder sb = new StringBuilder(fingerprint).append('\n').append(output);
    for (Object input : inputs) {
      String value;
      if (input instanceof Policy p) {
        value = sources.getOrDefault(p.at().file(), derived.get(p.at().file()));
      } else if (input instanceof PolicyVersion v) {
        value = sources.get(v.at().file());
      } else {
        value = String.valueOf(input);
      }
      if (value == null) return Optional.empty();
      sb.append('\n').append(value.length()).append(':').append(value);
    }
    return Optional.of(Digests.sha256(sb.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** The longest page of each template so far, and some: the next one's room (PageWriter). */
  private final Map<String, Integer> sizes = new ConcurrentHashMap<>();

  private static final int MAX_ROOM = 1 << 18;

  String apply(String name, Map<String, Object> model) throws TemplateException {
    try {
      Template t = templates.getTemplate(name);
      PageWriter w = new PageWriter(sizes.getOrDefault(name, 1024));
      t.process(model, w);
      // The next page of the same template is about as long: room for it and a little more, up to
      // a bound (one very long page must not make every later one allocate as much).
      int room = Math.min(w.length() + w.length() / 8, MAX_ROOM);
      if (room > sizes.getOrDefault(name, 0)) sizes.put(name, room);
      // HTML and Markdown pages go to websites whose generators run templates over them.
      boolean page = name.endsWith(".ftlh") || name.endsWith(".md.ftl");
      return page ? TemplateDelimiters.inert(w.toString()) : w.toString();
    } catch (IOException e) {
      throw new RenderException("Cannot read the template " + name + ": " + e.getMessage(), e);
    }
  }
}
