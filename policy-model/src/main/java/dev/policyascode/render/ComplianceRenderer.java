package dev.policyascode.render;

import dev.policyascode.json.Json;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import freemarker.template.TemplateException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;

/**
 * The compliance matrix of every version, drafts included, for the legal team: {@code
 * <policy>/<version>/compliance.html} and {@code compliance.json}. A policy in several languages
 * has the matrix of each translated version, drafts included, under {@code
 * <policy>/<language>/<version>/}, as the site lays out its languages ({@link PolicyLanguages}): it
 * checks the translation's words (sections, readability, data map) against the same items.
 * Internal: it is written to its own folder, apart from the public site, and nothing on the site
 * links to it. Written like the site: all in memory, then the folder is replaced whole. With a
 * build state (the plugin's default), a version's matrix is made again only when a file it is made
 * from changed (its version file, its policy.yaml, its translation), or the templates, labels or
 * code: the others are kept from the previous output, as the site's pages are.
 */
public final class ComplianceRenderer {

  static final String TEMPLATE = "compliance.ftlh";

  private final RenderContext context;
  private final Path stateFile;

  /**
   * @param templateDir a folder whose templates replace the built-in ones, or null
   * @throws IllegalArgumentException when the template folder does not exist
   */
  public ComplianceRenderer(Path templateDir) {
    this(templateDir, Map.of(), null);
  }

  /**
   * A renderer that keeps the matrices whose inputs did not change since the build {@code
   * stateFile} describes ({@link OutputFiles#writeReplacing(Path, Path, OutputKind, OutputGuard)}).
   *
   * @param sources the SHA-256 of each source file by its name in findings ({@code
   *     LintReport.digests()}); a matrix whose files are not all in it is always made
   * @param stateFile where the build state is kept, beside the output; null for none (every matrix
   *     made, as by the one-argument constructor)
   */
  public ComplianceRenderer(Path templateDir, Map<String, String> sources, Path stateFile) {
    this.context =
        new RenderContext(templateDir, true, MarkdownFlavour.GITHUB, sources, stateFile != null);
    this.stateFile = stateFile;
  }

  /** Renders the matrices of {@code policies} into {@code outputDir}, replacing what was there. */
  public RenderResult render(List<Policy> policies, Path outputDir) {
    return render(policies, outputDir, OutputGuard.strict());
  }

  /**
   * As {@link #render(List, Path)}, once {@code guard} has accepted {@code outputDir}.
   *
   * @throws RenderException when the guard refuses the folder, before anything is touched
   */
  public RenderResult render(List<Policy> policies, Path outputDir, OutputGuard guard) {
    OutputFiles out = new OutputFiles();
    for (Policy source : policies) {
      PolicyLanguages languages = PolicyLanguages.of(source, true);
      // A language's policy gets its key from the files its words come from.
      context.languages(languages);
      for (Policy policy : languages.shown()) {
        for (PolicyVersion version : policy.versions()) {
          add(out, source, policy, version);
        }
      }
    }
    OutputFiles.Written written =
        out.writeReplacing(outputDir, stateFile, OutputKind.COMPLIANCE, guard);
    return new RenderResult(outputDir, out.names(), written.rendered(), written.upToDate());
  }

  /**
   * The matrix of {@code version} of {@code policy}: the source policy itself, or one of its
   * languages, whose JSON then names its language and the translation file its words come from.
   */
  private void add(OutputFiles out, Policy source, Policy policy, PolicyVersion version) {
    String folder = policy.id() + "/" + version.id() + "/";
    // The matrix reads its policy (id, title, controller, numbering, language; for a language's
    // policy, the translation's file), its version, and the labels and GDPR items (templates and
    // code, in every key): nothing of the other versions.
    out.add(
        List.of(folder + "compliance.html", folder + "compliance.json"),
        context.key("compliance", policy, version, folder),
        () -> matrix(source, policy, version, folder));
  }

  private List<String> matrix(Policy source, Policy policy, PolicyVersion version, String folder) {
    Map<String, Object> model = ComplianceModel.of(policy, version);
    if (policy != source) {
      // The id of a language's policy is its folder (acme/fr); the JSON names the source policy,
      // the language, and the file the words come from, which is the one to fix.
      model.put("policy", source.id());
      model.put("language", policy.language());
      source
          .translation(version.id(), policy.language())
          .filter(t -> t.at() != null)
          .ifPresent(t -> model.put("file", t.at().file()));
    }
    try {
      // The picture is for the page only: the JSON keeps its shape.
      Map<String, Object> page = new java.util.LinkedHashMap<>(model);
      // the readability part is worded in the policy's language, with or without a data map
      page.put("labels", context.labels(policy));
      FlowModel.add(page, version, context.labels(policy));
      page.put("flowLang", policy.language());
      return List.of(context.apply(TEMPLATE, page), Json.pretty(model) + "\n");
    } catch (TemplateException e) {
      throw new RenderException(
          "The template could not render the compliance page of "
              + folder
              + ": "
              + e.getMessageWithoutStackTop(),
          e);
    } catch (JacksonException e) {
      throw new RenderException("Cannot write the compliance JSON of " + folder, e);
    }
  }
}
