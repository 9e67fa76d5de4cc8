package dev.policyascode.render;

import dev.policyascode.model.Policy;
import freemarker.template.TemplateException;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders the public policy site: every {@link SitePart} for every policy. All files are rendered
 * in memory first and the folder is then replaced whole, so a failure leaves the previous output as
 * it was.
 */
public final class SiteRenderer {

  // Each part adds its own files; a new kind of page is a new part here, not a change to the
  // others.
  private static final List<SitePart> PARTS =
      List.of(new VersionPages(), new VersionFragments(), new Sitemap());

  private final RenderContext context;

  private SiteRenderer(Builder b) {
    this.context = new RenderContext(b.templateDir, b.includeDrafts);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Renders {@code policies} into {@code siteDir}, replacing what was there. */
  public RenderResult render(List<Policy> policies, Path siteDir) {
    OutputFiles out = new OutputFiles();
    for (Policy policy : policies) {
      for (SitePart part : PARTS) {
        try {
          part.render(policy, context, out);
        } catch (TemplateException e) {
          throw new RenderException(TemplateProblems.describe(policy.id(), e), e);
        }
      }
    }
    out.writeReplacing(siteDir);
    return new RenderResult(siteDir, out.names());
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
