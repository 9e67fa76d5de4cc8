package dev.policyascode.render;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.register.RecordBuilder;
import dev.policyascode.register.Register;
import dev.policyascode.register.RegisterCsv;
import dev.policyascode.register.SummaryRow;
import dev.policyascode.text.LanguageFormat;
import dev.policyascode.text.Markdown;
import freemarker.template.TemplateException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the internal records of processing (Art. 30) of the latest published version of each
 * policy: {@code <policy>/register.html, .md, .csv} as controller (Art. 30(1)) and {@code
 * <policy>/processor-register.html, .md, .csv} as processor (Art. 30(2)). A policy in several
 * languages has the same files in each other language whose translation of that version is
 * published, under {@code <policy>/<language>/}, as the site lays out its languages ({@link
 * PolicyLanguages}). Like the site, every file is made in memory first and the folder is replaced
 * whole. With a build state (the plugin's default), a language's records are made again only when a
 * file they are made from changed (the version shown, its policy.yaml, its translation), or the
 * templates, labels or code: otherwise the previous files are kept, and a build that changed
 * nothing they read writes nothing and parses no version for them.
 */
public final class RegisterRenderer {

  static final String HTML_TEMPLATE = "register.ftlh";
  static final String MARKDOWN_TEMPLATE = "register.md.ftl";

  private final RenderContext context;
  private final Path stateFile;

  private RegisterRenderer(Path templateDir, Map<String, String> sources, Path stateFile) {
    this.context =
        new RenderContext(templateDir, false, MarkdownFlavour.GITHUB, sources, stateFile != null);
    this.stateFile = stateFile;
  }

  /**
   * @param templateDir a folder whose templates replace the built-in ones of the same name, or null
   * @throws IllegalArgumentException when the template folder does not exist
   */
  public static RegisterRenderer withTemplates(Path templateDir) {
    return new RegisterRenderer(templateDir, Map.of(), null);
  }

  /**
   * A renderer that keeps the records whose inputs did not change since the build {@code stateFile}
   * describes ({@link OutputFiles#writeReplacing(Path, Path, OutputKind, OutputGuard)}).
   *
   * @param sources the SHA-256 of each source file by its name in findings ({@code
   *     LintReport.digests()}); records whose files are not all in it are always made
   * @param stateFile where the build state is kept, beside the output; null for none
   * @throws IllegalArgumentException when the template folder does not exist
   */
  public static RegisterRenderer incremental(
      Path templateDir, Map<String, String> sources, Path stateFile) {
    return new RegisterRenderer(templateDir, sources, stateFile);
  }

  /**
   * Renders the records of {@code policies} into {@code dir}, replacing what was there. A policy
   * with no published version has no record yet and is left out.
   */
  public RenderResult render(List<Policy> policies, Path dir) {
    return render(policies, dir, OutputGuard.strict());
  }

  /**
   * As {@link #render(List, Path)}, once {@code guard} has accepted {@code dir}.
   *
   * @throws RenderException when the guard refuses the folder, before anything is touched
   */
  public RenderResult render(List<Policy> policies, Path dir, OutputGuard guard) {
    OutputFiles out = new OutputFiles();
    for (Policy policy : policies) {
      Optional<PolicyVersion> latest = policy.latestPublished();
      if (latest.isEmpty()) continue;
      PolicyLanguages languages = PolicyLanguages.of(policy, false);
      // A language's policy gets its key from the files its words come from.
      context.languages(languages);
      for (Policy shown : languages.shown()) {
        // The record is of the version the main language's record shows, in every language: a
        // language whose translation of it is missing or a draft has no record, rather than an
        // older version's record that would contradict the main one.
        Optional<PolicyVersion> version =
            shown.versions().stream()
                .filter(v -> v.id().equals(latest.get().id()) && v.isPublished())
                .findFirst();
        if (version.isPresent()) addRecords(out, shown, version.get());
      }
    }
    OutputFiles.Written written = out.writeReplacing(dir, stateFile, OutputKind.REGISTER, guard);
    return new RenderResult(dir, out.names(), written.rendered(), written.upToDate());
  }

  /** The controller's and the processor's records of {@code version}, in {@code policy}'s words. */
  private void addRecords(OutputFiles out, Policy policy, PolicyVersion version) {
    List<String> names = new ArrayList<>();
    for (Register.Kind kind : List.of(Register.Kind.CONTROLLER, Register.Kind.PROCESSOR)) {
      String base = policy.id() + "/" + kind.fileName();
      names.addAll(List.of(base + ".html", base + ".md", base + ".csv"));
    }
    // The records read the policy (id, title, controller, language; for a language's policy, the
    // translation's file) and the version shown, and the labels (templates and code, in every
    // key): nothing of the other versions.
    out.addBytes(names, context.key("register", policy, version), () -> records(policy, version));
  }

  private List<byte[]> records(Policy policy, PolicyVersion version) {
    Map<String, String> labels = context.labels(policy);
    RecordBuilder builder = new RecordBuilder(policy, version, labels);
    try {
      List<byte[]> files = new ArrayList<>();
      files.addAll(render(policy, builder.controller(), labels, builder.summary(), version));
      files.addAll(render(policy, builder.processor(), labels, List.of(), null));
      return files;
    } catch (TemplateException e) {
      throw new RenderException(TemplateProblems.describe(policy.id(), e), e);
    }
  }

  /**
   * @param summary the short rows of the HTML summary, empty for the processor's record
   * @param flowOf the version whose data flow the HTML page draws, or null for none
   */
  /** The HTML, Markdown and CSV of {@code register}, in that order. */
  private List<byte[]> render(
      Policy policy,
      Register register,
      Map<String, String> labels,
      List<SummaryRow> summary,
      PolicyVersion flowOf)
      throws TemplateException {
    Map<String, Object> model = model(policy, register, labels);
    // Only the HTML page shows the summary and the picture; the Markdown keeps its table.
    model.put("summary", summary.stream().map(RegisterRenderer::summaryRow).toList());
    if (flowOf != null) FlowModel.add(model, flowOf, labels);
    return List.of(
        context.apply(HTML_TEMPLATE, model).getBytes(StandardCharsets.UTF_8),
        context.apply(MARKDOWN_TEMPLATE, model).getBytes(StandardCharsets.UTF_8),
        RegisterCsv.write(register, labels));
  }

  /** Plain maps, lists and strings; the Markdown values are escaped here, once. */
  static Map<String, Object> model(Policy policy, Register register, Map<String, String> labels) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lang", policy.language());
    m.put("labels", labels);
    boolean processor = register.kind() == Register.Kind.PROCESSOR;
    m.put("caption", labels.get(processor ? "register.processorCaption" : "register.caption"));
    m.put("title", register.title());
    m.put("controller", register.controller());
    m.put("version", register.versionId());
    m.put("effective", register.effective().toString());
    m.put("effectiveText", LanguageFormat.of(policy.language()).date(register.effective()));
    m.put("headers", register.headers());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Register.Row row : register.rows()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", row.id());
      r.put("name", row.name());
      r.put("cells", row.cells());
      r.put("nameMd", markdownLine(row.name()));
      r.put("cellsMd", row.cells().stream().map(RegisterRenderer::markdownCell).toList());
      List<Map<String, Object>> fields = new ArrayList<>();
      for (int i = 0; i < row.cells().size(); i++) {
        fields.add(field(register.headers().get(i + 1), row.cells().get(i)));
      }
      for (Register.Detail d : row.details()) fields.add(field(d.label(), d.lines()));
      r.put("fields", fields);
      rows.add(r);
    }
    m.put("rows", rows);
    m.put("headersMd", register.headers().stream().map(Markdown::escape).toList());
    Map<String, String> labelsMd = new LinkedHashMap<>();
    labels.forEach((k, v) -> labelsMd.put(k, Markdown.escape(v)));
    m.put("labelsMd", labelsMd);
    m.put("titleMd", Markdown.escape(register.title()));
    m.put(
        "captionMd",
        Markdown.escape(labels.get(processor ? "register.processorCaption" : "register.caption")));
    m.put("controllerMd", markdownLine(register.controller()));
    return m;
  }

  private static Map<String, Object> summaryRow(SummaryRow s) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", s.id());
    r.put("name", s.name());
    r.put("purposes", s.purposes());
    r.put("legalBasis", s.legalBasis());
    r.put("data", s.data());
    r.put("recipients", s.recipients());
    r.put("outsideEea", s.outsideEea());
    r.put("retention", s.retention());
    return r;
  }

  /** A labelled list of lines in an activity's view, for both templates. */
  private static Map<String, Object> field(String header, List<String> lines) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("header", header);
    f.put("headerMd", markdownLine(header));
    f.put("lines", lines);
    f.put("linesMd", lines.stream().map(RegisterRenderer::markdownLine).toList());
    return f;
  }

  /** One line of a cell as CommonMark text on one line: escaped, line breaks as spaces. */
  private static String markdownLine(String line) {
    return Markdown.escape(line.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
  }

  /** A table cell: its lines escaped and joined by a line break tag, the one HTML it holds. */
  private static String markdownCell(List<String> lines) {
    return String.join("<br>", lines.stream().map(RegisterRenderer::markdownLine).toList());
  }
}
