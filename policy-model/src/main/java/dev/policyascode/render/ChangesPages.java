package dev.policyascode.render;

import dev.policyascode.diff.Change;
import dev.policyascode.diff.Redline;
import dev.policyascode.diff.Redlines;
import dev.policyascode.diff.StructuredChanges;
import dev.policyascode.diff.Token;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Prose;
import dev.policyascode.model.Section;
import dev.policyascode.model.SectionNumbering;
import dev.policyascode.text.LanguageFormat;
import dev.policyascode.text.Numbering;
import dev.policyascode.text.ProseProcessor;
import freemarker.template.TemplateException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code <policy>/<version>/changes/index.html} for every version the site shows after the first:
 * what changed since the version before it, as a structured summary and as a word-level redline of
 * the text, section by section (sections matched by id). Section links are compared by the id they
 * point at and shown with each version's own number, so renumbering is not a change.
 */
final class ChangesPages implements SitePart {

  @Override
  public void render(Policy policy, RenderContext context, OutputFiles out)
      throws TemplateException {
    SiteVersions site = SiteVersions.of(policy, context);
    String base = RenderContext.baseUrl(policy);
    for (PolicyVersion to : site.versions()) {
      Optional<PolicyVersion> from = site.previous(to);
      if (from.isEmpty()) continue;
      String folder = SiteVersions.changesFolder(to);
      PolicyVersion before = from.get();
      // A changes page reads its pair of versions only; the diff is computed only when one of them
      // changed since the previous build.
      out.add(
          List.of(policy.id() + "/" + folder + "index.html"),
          context.key("changes", policy, before, to, folder),
          () -> {
            Map<String, Object> page =
                VersionFacts.page(policy, context, base.isEmpty() ? "" : base + folder);
            page.put("from", VersionFacts.of(policy, before, "../../" + before.id() + "/"));
            page.put("to", VersionFacts.of(policy, to, "../"));
            page.put("archive", "../../" + SiteVersions.ARCHIVE);
            page.put("summaryHtml", VersionFacts.summaryHtml(policy, to));
            // the list of changes and the redlines diff the same sections: once each
            Redlines redlines = new Redlines();
            Map<String, String> labels = context.labels(policy);
            page.put(
                "areas",
                areas(
                    StructuredChanges.between(before, to, labels, policy.language(), redlines),
                    labels));
            page.put(
                "sections",
                sections(
                    before,
                    to,
                    labels,
                    LanguageFormat.of(policy.language()),
                    policy.numbering(),
                    redlines));
            return List.of(context.apply("changes.ftlh", page));
          });
    }
  }

  private static List<Map<String, Object>> areas(List<Change> changes, Map<String, String> labels) {
    Map<Change.Area, List<String>> by = new LinkedHashMap<>();
    changes.forEach(c -> by.computeIfAbsent(c.area(), a -> new ArrayList<>()).add(c.text()));
    List<Map<String, Object>> out = new ArrayList<>();
    by.forEach(
        (area, texts) -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("title", labels.get(area.label()));
          m.put("changes", texts);
          out.add(m);
        });
    return out;
  }

  /** The redline of every part of the text that changed: the preamble, then each section. */
  private static List<Map<String, Object>> sections(
      PolicyVersion from,
      PolicyVersion to,
      Map<String, String> labels,
      LanguageFormat format,
      SectionNumbering style,
      Redlines redlines) {
    Shown before = new Shown(Numbering.of(from), format, style);
    Shown after = new Shown(Numbering.of(to), format, style);
    List<Map<String, Object>> out = new ArrayList<>();
    String oldPreamble = text(from.preamble());
    String newPreamble = text(to.preamble());
    if (redlines.changed(oldPreamble, newPreamble)) {
      Redline preamble = redlines.of(oldPreamble, newPreamble);
      out.add(part("preamble", "", labels.get("preamble"), "", "", preamble, before, after));
    }
    Map<String, Section> old = new LinkedHashMap<>();
    from.allSections().forEach(s -> old.put(s.id(), s));
    for (Section s : to.allSections()) {
      Section o = old.remove(s.id());
      String oldBody = o == null ? "" : text(o.body());
      String newBody = text(s.body());
      boolean retitled = o != null && !o.title().equals(s.title());
      if (o != null && !retitled && !redlines.changed(oldBody, newBody)) continue;
      Redline body = redlines.of(oldBody, newBody);
      out.add(
          part(
              "section-" + s.id(),
              after.numbering().number(s.id()).orElse(""),
              s.title(),
              retitled ? o.title() : "",
              o == null ? labels.get("added") : "",
              body,
              before,
              after));
    }
    for (Section o : old.values()) { // removed
      out.add(
          part(
              "section-" + o.id(),
              before.numbering().number(o.id()).orElse(""),
              o.title(),
              "",
              labels.get("removed"),
              redlines.of(text(o.body()), ""),
              before,
              after));
    }
    return out;
  }

  private static Map<String, Object> part(
      String anchor,
      String number,
      String title,
      String oldTitle,
      String status,
      Redline redline,
      Shown before,
      Shown after) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("anchor", anchor);
    m.put("number", number);
    // as the policy's headings show it: "5.3.", "Article 5", or nothing
    m.put("shown", number.isEmpty() ? "" : after.style().shown(number, number.split("\\.").length));
    m.put("title", title);
    m.put("oldTitle", oldTitle);
    m.put("status", status == null ? "" : status);
    // A section rewritten beyond what a word-by-word redline shows: its old and new text, whole.
    m.put("rewritten", redline.rewritten());
    List<Map<String, Object>> pieces = new ArrayList<>();
    for (Redline.Piece p : redline.pieces()) {
      switch (p.kind()) {
        case EQUAL -> piece(pieces, "equal", after.text(p.newTokens()));
        case INSERTED -> marked(pieces, "ins", p.newTokens(), after);
        case DELETED -> {
          if (!p.whitespaceOnly()) marked(pieces, "del", p.oldTokens(), before);
        }
      }
    }
    m.put("pieces", pieces);
    return m;
  }

  /**
   * An inserted or deleted run, with the whitespace at its ends shown unmarked: "your
   * <ins>personal</ins> data", not "your <ins>personal </ins>data".
   */
  private static void marked(
      List<Map<String, Object>> into, String kind, List<Token> tokens, Shown shown) {
    int start = 0;
    int end = tokens.size();
    while (start < end && tokens.get(start).isWhitespace()) start++;
    while (end > start && tokens.get(end - 1).isWhitespace()) end--;
    piece(into, "equal", shown.text(tokens.subList(0, start)));
    piece(into, kind, shown.text(tokens.subList(start, end)));
    piece(into, "equal", shown.text(tokens.subList(end, tokens.size())));
  }

  private static void piece(List<Map<String, Object>> into, String kind, String text) {
    if (text.isEmpty()) return;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind);
    m.put("text", text);
    into.add(m);
  }

  /** One side of a redline: its version's numbers, in the words of the policy's language. */
  private record Shown(Numbering numbering, LanguageFormat format, SectionNumbering style) {

    /**
     * The tokens as a reader sees them: a link to a section shows as the page shows it, "section
     * 5.3" (or "Article 5.3" when its text is such a word) with that version's number, any other
     * link by its text.
     */
    String text(List<Token> tokens) {
      StringBuilder sb = new StringBuilder();
      for (Token t : tokens) {
        if (t.sectionId() == null) {
          sb.append(t.text());
          continue;
        }
        String label = t.text().substring(1, t.text().indexOf(']'));
        String number = numbering.number(t.sectionId()).orElse("?");
        if (label.isEmpty()) sb.append(format.section(number));
        else if (ProseProcessor.isLinkWord(label, format))
          sb.append(label).append(' ').append(number);
        else sb.append(label);
      }
      return sb.toString();
    }
  }

  private static String text(Optional<Prose> prose) {
    return prose.map(Prose::text).orElse("");
  }
}
