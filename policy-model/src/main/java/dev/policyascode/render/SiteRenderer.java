package dev.policyascode.render;

import dev.policyascode.model.Policy;
import freemarker.template.TemplateException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Renders the public policy site: every {@link SitePart} for every policy. The files are rendered
 * into a fresh folder, on every core, which then replaces the output folder whole, so a failure
 * leaves the previous output as it was. With a state file, a file whose inputs are unchanged since
 * the previous render is kept rather than rendered again, and when nothing changed, nothing is
 * written.
 */
public final class SiteRenderer {

  // Each part adds its own files; a new kind of page is a new part here, not a change to the
  // others.
  private static final List<SitePart> PARTS =
      List.of(
          new VersionPages(),
          new VersionFragments(),
          new ArchivePage(),
          new ChangesPages(),
          new AtomFeed(),
          new Sitemap());

  private final RenderContext context;
  private final Path stateFile;
  private final boolean keepSpare;

  private SiteRenderer(Builder b) {
    this.context =
        new RenderContext(
            b.templateDir,
            b.includeDrafts,
            b.flavour,
            b.sources,
            b.stateFile != null,
            b.buildDate,
            b.policiesDir);
    this.stateFile = b.stateFile;
    this.keepSpare = b.keepSpare;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Renders {@code policies} into {@code siteDir}, replacing what was there. */
  public RenderResult render(List<Policy> policies, Path siteDir) {
    return render(policies, siteDir, OutputGuard.strict());
  }

  /**
   * As {@link #render(List, Path)}, once {@code guard} has accepted {@code siteDir}.
   *
   * @throws RenderException when the guard refuses the folder, before anything is touched
   */
  public RenderResult render(List<Policy> policies, Path siteDir, OutputGuard guard) {
    try {
      return renderParts(policies, siteDir, guard);
    } finally {
      // Texts that no rendered output took (their outputs were kept from the previous build) go
      // with the render, not with the renderer, which may render again.
      context.texts().clear();
    }
  }

  private RenderResult renderParts(List<Policy> policies, Path siteDir, OutputGuard guard) {
    OutputFiles out = new OutputFiles();
    for (Policy source : policies) {
      PolicyLanguages languages = PolicyLanguages.of(source, context.includeDrafts());
      context.languages(languages);
      // Each other language is rendered as a policy of its own, under <policy>/<language>/; one
      // sitemap per policy lists the main language's pages.
      for (Policy policy : languages.shown()) {
        for (SitePart part : PARTS) {
          if (policy != source && part instanceof Sitemap) continue;
          try {
            part.render(policy, context, out);
          } catch (TemplateException e) {
            throw new RenderException(TemplateProblems.describe(policy.id(), e), e);
          }
        }
      }
    }
    OutputFiles.Written written =
        out.writeReplacing(siteDir, stateFile, OutputKind.SITE, guard, keepSpare);
    return new RenderResult(siteDir, out.names(), written.rendered(), written.upToDate());
  }

  public static final class Builder {
    private Path templateDir;
    private boolean includeDrafts;
    private MarkdownFlavour flavour = MarkdownFlavour.GITHUB;
    private Map<String, String> sources = Map.of();
    private Path stateFile;
    private boolean keepSpare;
    private LocalDate buildDate = LocalDate.now(ZoneOffset.UTC);
    private Path policiesDir;

    private Builder() {}

    /**
     * The day the site is built as of (by default today, UTC): the policy's own page shows the
     * version in force on that day and announces the published versions still ahead. Give a fixed
     * day ({@link BuildDate}) for pages that do not change from one day to the next.
     */
    public Builder buildDate(LocalDate date) {
      this.buildDate = java.util.Objects.requireNonNull(date, "date must not be null");
      return this;
    }

    /**
     * The folder the policies were linted from: each policy's {@code versions.lock} there gives the
     * day each version was published, which the feed's announcements and the sitemap read. Without
     * it, no publication day is known.
     */
    public Builder policiesDir(Path dir) {
      this.policiesDir = dir;
      return this;
    }

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

    /** Who reads the Markdown pages: how their anchors are written ({@link MarkdownFlavour}). */
    public Builder markdownFlavour(MarkdownFlavour flavour) {
      this.flavour = flavour;
      return this;
    }

    /**
     * The SHA-256 of each source file, by the file's name in findings ({@link
     * dev.policyascode.lint.LintReport#sources()}): how a render tells which versions changed.
     */
    public Builder sources(Map<String, String> digests) {
      this.sources = Map.copyOf(digests);
      return this;
    }

    /**
     * Where the render keeps what it wrote, outside the output folder, so that the next render
     * keeps the files whose inputs did not change. Without it, every file is rendered.
     */
    public Builder stateFile(Path file) {
      this.stateFile = file;
      return this;
    }

    /**
     * With a state file, keep the previous output beside the output folder, as a hidden {@code
     * .<name>-spare-*} folder, for the next render to start from: a small change then rewrites a
     * few files instead of linking every other one into a new folder and deleting the old one. For
     * an output folder inside the build folder, where no one commits or publishes what lies beside
     * it; off by default.
     */
    public Builder keepSpare(boolean keep) {
      this.keepSpare = keep;
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
