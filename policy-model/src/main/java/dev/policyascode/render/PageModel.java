package dev.policyascode.render;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Prose;
import dev.policyascode.model.Section;
import dev.policyascode.model.SectionNumbering;
import dev.policyascode.text.LanguageFormat;
import dev.policyascode.text.Markdown;
import dev.policyascode.text.Numbering;
import dev.policyascode.text.ProseProcessor;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The finished values a page template shows, as plain maps, lists and strings: templates reach no
 * Java object. Section numbers, dates in words and the rendered prose are all computed here.
 */
final class PageModel {

  private PageModel() {}

  /**
   * @param canonical the address of the version's permalink, absolute when the policy has a base
   *     URL, else relative to the page; empty for none
   * @param labelsMd the labels escaped as Markdown text ({@link RenderContext#labelsMd})
   */
  static Map<String, Object> of(
      Policy policy,
      PolicyVersion version,
      String canonical,
      String permalink,
      Map<String, String> labels,
      Map<String, String> labelsMd,
      MarkdownFlavour flavour,
      Texts texts) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("lang", policy.language());
    page.put("title", policy.title());
    page.put("titleMd", Markdown.escape(policy.title()));
    page.put("controller", policy.controller().name());
    page.put("canonical", canonical);
    page.put("permalink", permalink);
    page.put("labels", labels);
    page.put("labelsMd", labelsMd);

    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", version.id());
    v.put("effective", version.effective().toString());
    v.put("effectiveText", LanguageFormat.of(policy.language()).date(version.effective()));
    v.put("status", version.status().word());
    v.put("draft", !version.isPublished());
    v.put("announced", false);
    page.put("version", v);

    page.put("preambleHtml", texts.preambleHtml());
    page.put("preambleMd", texts.preambleMd());
    page.put("sections", texts.sections());
    page.put("allSections", texts.allSections());

    Map<String, Object> front = new LinkedHashMap<>();
    front.put("title", quoted(policy.title()));
    front.put("policy", quoted(policy.id()));
    front.put("version", quoted(version.id()));
    front.put("effective", quoted(version.effective().toString()));
    front.put("status", quoted(version.status().word()));
    // Not "permalink": Jekyll reads that key as the page's own address.
    front.put("policy_permalink", permalink.isEmpty() ? "" : quoted(permalink));
    front.put("noLiquid", flavour == MarkdownFlavour.JEKYLL);
    front.put("announced", false);
    page.put("frontMatter", front);
    return page;
  }

  /**
   * A version's texts as its pages show them: each expanded, sanitised and rendered to HTML and to
   * Markdown. The costly part of a page model, and the same for every page and fragment of the
   * version, so it is built once and shared ({@link VersionTexts}); hence unmodifiable, to the
   * depth of the section maps, which pages on other threads read at the same time.
   *
   * @param sections the sections as nested maps, each with its "children"
   * @param allSections the same maps, every level, in reading order
   */
  record Texts(
      TemplateHTMLOutputModel preambleHtml,
      String preambleMd,
      List<Map<String, Object>> sections,
      List<Map<String, Object>> allSections) {}

  static Texts texts(Policy policy, PolicyVersion version, MarkdownFlavour flavour)
      throws TemplateModelException {
    return texts(policy, version, flavour, new RenderedTexts());
  }

  /**
   * As above, taking the renderings of texts seen lately from {@code rendered}, and adding to it.
   */
  static Texts texts(
      Policy policy, PolicyVersion version, MarkdownFlavour flavour, RenderedTexts rendered)
      throws TemplateModelException {
    Numbering numbering = Numbering.of(version);
    ProseProcessor prose = new ProseProcessor(version, numbering, policy.language());
    Renderer render = new Renderer(prose, policy.language(), flavour, numbers(numbering), rendered);
    RenderedTexts.Rendered preamble = render.of(version.preamble());
    List<Map<String, Object>> flat = new ArrayList<>();
    List<Map<String, Object>> sections =
        sections(numbering.sections(), policy.numbering(), render, flavour, flat);
    return new Texts(
        HTMLOutputFormat.INSTANCE.fromMarkup(preamble.html()),
        preamble.markdown(),
        sections,
        Collections.unmodifiableList(flat));
  }

  /**
   * Every section id of a version with its number, in reading order: the links to sections of a
   * text read the same in two versions where this is the same ({@link RenderedTexts}).
   */
  static String numbers(Numbering numbering) {
    StringBuilder sb = new StringBuilder();
    numbers(numbering.sections(), sb);
    return sb.toString();
  }

  private static void numbers(List<Numbering.Numbered> sections, StringBuilder sb) {
    for (Numbering.Numbered n : sections) {
      // The id after its length, the number (digits and points) before a semicolon: no two lists
      // of pairs read the same, whatever an id holds.
      String id = n.section().id();
      sb.append(id.length()).append(':').append(id).append(n.number()).append(';');
      numbers(n.children(), sb);
    }
  }

  /**
   * A version's texts rendered to HTML and Markdown: expanded with the version's registers, then
   * parsed, sanitised and rendered, or taken from the texts rendered lately when one was rendered
   * from the same expansion with the same section numbers.
   */
  private record Renderer(
      ProseProcessor prose,
      String language,
      MarkdownFlavour flavour,
      String numbers,
      RenderedTexts rendered) {

    private static final RenderedTexts.Rendered NONE = new RenderedTexts.Rendered("", "");

    RenderedTexts.Rendered of(java.util.Optional<Prose> text) {
      if (text.isEmpty()) return NONE;
      String markdown = prose.expand(text.get(), f -> {}, (at, problem) -> {});
      RenderedTexts.Key key = new RenderedTexts.Key(language, flavour, numbers, markdown);
      RenderedTexts.Rendered r = rendered.get(key);
      if (r == null) {
        Node document = prose.document(markdown);
        // The HTML first: the Markdown marks the tree's texts.
        String html = ProseProcessor.html(document).strip();
        r = new RenderedTexts.Rendered(html, markdown(document, flavour));
        rendered.put(key, r);
      }
      return r;
    }
  }

  /**
   * Marks the page of a published version that takes effect after the build date: it says so at its
   * top, and its Markdown front matter says so too.
   */
  @SuppressWarnings("unchecked")
  static void announced(Map<String, Object> page, boolean announced) {
    ((Map<String, Object>) page.get("version")).put("announced", announced);
    ((Map<String, Object>) page.get("frontMatter")).put("announced", announced);
  }

  /** The sections as the version's {@link Numbering} places them: numbers are not made here. */
  private static List<Map<String, Object>> sections(
      List<Numbering.Numbered> sections,
      SectionNumbering style,
      Renderer render,
      MarkdownFlavour flavour,
      List<Map<String, Object>> flat)
      throws TemplateModelException {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Numbering.Numbered n : sections) {
      Section s = n.section();
      RenderedTexts.Rendered body = render.of(s.body());
      int level = n.headingLevel();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", n.anchor());
      String shown = n.shown(style);
      m.put("number", n.number());
      // the number as the heading shows it, in the policy's style; empty when it shows none
      m.put("shown", shown);
      m.put("title", s.title());
      m.put("level", level);
      m.put(
          "headingMd",
          "#".repeat(level)
              + " "
              // digits, points, ")" and a word: nothing Markdown reads as syntax inside a heading
              + (shown.isEmpty() ? "" : shown + " ")
              + Markdown.escape(s.title())
              + (flavour.headingAttributes()
                  ? " " + TemplateDelimiters.CODE_BRACE + "#" + n.anchor() + "}"
                  : ""));
      // GitHub shows a heading attribute as text, Hugo drops raw HTML: one anchor or the other.
      m.put("anchorMd", flavour.headingAttributes() ? "" : "<a id=\"" + n.anchor() + "\"></a>");
      m.put("html", HTMLOutputFormat.INSTANCE.fromMarkup(body.html()));
      m.put("md", body.markdown());
      // A section comes before its subsections in the flat list: its place is kept until its map
      // is complete, then the same unmodifiable view goes in both lists.
      int place = flat.size();
      flat.add(null);
      m.put("children", sections(n.children(), style, render, flavour, flat));
      Map<String, Object> shared = Collections.unmodifiableMap(m);
      flat.set(place, shared);
      out.add(shared);
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The Markdown of a sanitised tree, without the blank lines around it. Only blank lines: the
   * spaces that open its first line are syntax (an indented code block), and stripping them would
   * turn the code's "<b>" or "<javascript:x>" back into live HTML and links. Marks the tree's texts
   * and code: render its HTML first (each page makes its own tree).
   */
  static String markdown(Node document, MarkdownFlavour flavour) {
    // commonmark-java writes a text's "&" as "\\&", which kramdown shows with its backslash; it is
    // marked here and written after rendering, when what follows it is known. So is a brace.
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            text.setLiteral(text.getLiteral().replace('&', AMPERSAND).replace('{', TEXT_BRACE));
          }

          @Override
          public void visit(Code code) {
            code.setLiteral(codeBraces(code.getLiteral(), flavour));
          }

          @Override
          public void visit(FencedCodeBlock block) {
            block.setLiteral(codeBraces(block.getLiteral(), flavour));
          }

          @Override
          public void visit(IndentedCodeBlock block) {
            block.setLiteral(codeBraces(block.getLiteral(), flavour));
          }
        });
    String md =
        ProseProcessor.markdown(document).replaceFirst("^(?:[ \\t]*\\n)+", "").stripTrailing();
    StringBuilder sb = new StringBuilder(md.length() + 16);
    for (int i = 0; i < md.length(); i++) {
      char c = md.charAt(i);
      if (c == AMPERSAND) {
        sb.append(Markdown.ampersand(md, i));
      } else if (c == TEXT_BRACE) {
        // kramdown reads "{:" as attributes or an extension ("{::comment}" hides the words after
        // it); the guard only knows template delimiters.
        boolean syntax =
            i + 1 < md.length() && (":{%#<" + TEXT_BRACE).indexOf(md.charAt(i + 1)) >= 0;
        sb.append(syntax ? "&#123;" : "{");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Marks the braces of a code literal that the page keeps as written ({@link
   * TemplateDelimiters#CODE_BRACE}); the others the page's guard writes as a reference.
   */
  private static String codeBraces(String code, MarkdownFlavour flavour) {
    StringBuilder sb = new StringBuilder(code);
    for (int i = 0; i < code.length(); i++) {
      if (code.charAt(i) == '{' && !flavour.guardsCodeBrace(code, i)) {
        sb.setCharAt(i, TemplateDelimiters.CODE_BRACE);
      }
    }
    return sb.toString();
  }

  /** A text's ampersand until rendered: a control character, which no policy text holds. */
  private static final char AMPERSAND = '\u0002';

  /** A text's brace until rendered, so that what follows it is known. */
  private static final char TEXT_BRACE = '\u0003';

  /** Markup the template must not escape again: it comes from a sanitised tree. */
  static TemplateHTMLOutputModel html(Node document) throws TemplateModelException {
    String html = document == null ? "" : ProseProcessor.html(document).strip();
    return HTMLOutputFormat.INSTANCE.fromMarkup(html);
  }

  /**
   * A YAML front-matter value: a double-quoted string. Angle brackets and ampersands are written as
   * \\u escapes, which YAML reads back as the same characters, so that the file holds no markup for
   * a careless site layout to pass through.
   */
  static String quoted(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // A brace that opens a template delimiter is written as its escape: YAML reads "{" again,
      // and the page's brace guard, which would leave "&#123;" in the value, finds no pair.
      if (c == '{' && i + 1 < s.length() && "{%#<".indexOf(s.charAt(i + 1)) >= 0) {
        sb.append("\\u007b");
        continue;
      }
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&')
            sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
        }
      }
    }
    return sb.append('"').toString();
  }
}
