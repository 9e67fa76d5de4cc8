package dev.policyascode.render;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the public policy pages: for each policy, each published version at its permalink ({@code
 * <policy>/<version>/index.html} and {@code index.md}) and the latest published version at {@code
 * <policy>/index.html} and {@code index.md}. Every page is rendered in memory first and the folder
 * is then replaced whole, so a failure leaves the previous output as it was.
 */
public final class SiteRenderer {

  static final String HTML_TEMPLATE = "page.ftlh";
  static final String MARKDOWN_TEMPLATE = "page.md.ftl";

  private final Configuration templates;
  private final Path templateDir;
  private final boolean includeDrafts;

  private SiteRenderer(Builder b) {
    this.templates = Templates.configuration(b.templateDir);
    this.templateDir = b.templateDir;
    this.includeDrafts = b.includeDrafts;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Renders {@code policies} into {@code siteDir}, replacing what was there. */
  public RenderResult render(List<Policy> policies, Path siteDir) {
    Output out = new Output();
    for (Policy policy : policies) {
      String base = policy.baseUrl().map(u -> u.endsWith("/") ? u : u + "/").orElse("");
      for (PolicyVersion version : policy.versions()) {
        if (!version.isPublished() && !includeDrafts) continue;
        String permalink = base.isEmpty() ? "" : base + version.id() + "/";
        page(
            out,
            policy.id() + "/" + version.id() + "/",
            policy,
            version,
            permalink.isEmpty() ? "" : permalink,
            permalink);
      }
      Optional<PolicyVersion> latest = policy.latestPublished();
      if (latest.isPresent()) {
        String id = latest.get().id();
        String permalink = base.isEmpty() ? "" : base + id + "/";
        page(
            out,
            policy.id() + "/",
            policy,
            latest.get(),
            permalink.isEmpty() ? id + "/" : permalink,
            permalink);
      }
    }
    out.replace(siteDir);
    return new RenderResult(siteDir, out.names());
  }

  private void page(
      Output out,
      String folder,
      Policy policy,
      PolicyVersion version,
      String canonical,
      String permalink) {
    try {
      Map<String, Object> model =
          PageModel.of(
              policy, version, canonical, permalink, Labels.of(policy.language(), templateDir));
      out.add(folder + "index.html", apply(HTML_TEMPLATE, model));
      out.add(folder + "index.md", apply(MARKDOWN_TEMPLATE, model));
    } catch (TemplateException e) {
      throw new RenderException(
          "The template could not render "
              + policy.id()
              + " version "
              + version.id()
              + ": "
              + e.getMessageWithoutStackTop(),
          e);
    }
  }

  private String apply(String name, Map<String, Object> model) throws TemplateException {
    try {
      Template t = templates.getTemplate(name);
      StringWriter w = new StringWriter();
      t.process(model, w);
      return w.toString();
    } catch (IOException e) {
      throw new RenderException("Cannot read the template " + name + ": " + e.getMessage(), e);
    }
  }

  /** The pages of one render, kept in memory until all are done. */
  private static final class Output {
    private final List<String> names = new ArrayList<>();
    private final List<String> contents = new ArrayList<>();

    void add(String name, String content) {
      names.add(name);
      contents.add(content);
    }

    List<String> names() {
      return names;
    }

    void replace(Path siteDir) {
      Path target = siteDir.toAbsolutePath().normalize();
      Path parent = target.getParent();
      Path fresh = null;
      try {
        Files.createDirectories(parent);
        fresh = Files.createTempDirectory(parent, "." + target.getFileName() + "-new-");
        for (int i = 0; i < names.size(); i++) {
          Path file = fresh.resolve(names.get(i)).normalize();
          if (!file.startsWith(fresh)) {
            throw new RenderException(
                "Refusing to write " + names.get(i) + " outside the output folder");
          }
          Files.createDirectories(file.getParent());
          Files.writeString(file, contents.get(i), StandardCharsets.UTF_8);
        }
        OutputFolders.swap(fresh, target);
      } catch (IOException e) {
        OutputFolders.deleteQuietly(fresh);
        throw new RenderException(
            "Cannot write the output folder " + target + ": " + e.getMessage(), e);
      } catch (RuntimeException e) {
        OutputFolders.deleteQuietly(fresh);
        throw e;
      }
    }
  }

  public static final class Builder {
    private Path templateDir;
    private boolean includeDrafts;

    private Builder() {}

    /** A folder whose templates replace the built-in ones of the same name. */
    public Builder templateDir(Path dir) {
      this.templateDir = dir;
      return this;
    }

    /** Whether draft versions are rendered too (marked as drafts, never as latest). */
    public Builder includeDrafts(boolean include) {
      this.includeDrafts = include;
      return this;
    }

    /**
     * @throws IllegalArgumentException when the template folder does not exist
     */
    public SiteRenderer build() {
      return new SiteRenderer(this);
    }
  }
}
