package dev.policyascode.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Defined terms written as the policy's definitions block renders them: "**Term** means…", as
 * paragraphs or as the items of a tight bulleted list. Such a run becomes {@code definitions} and a
 * {@code ```policy} block in its place, which renders the same words. Only that form: "“Term”
 * refers to…" or "Term: …" would come back bold and without their quotes or colon, so they stay
 * text, as written. A run counts in a section titled Definitions (Définitions,
 * Begriffsbestimmungen…), or anywhere when it has three definitions or more.
 */
final class Definitions {

  /** A term found: its id, as written, and the rest of its paragraph, as written. */
  record Term(String id, String term, String meaning) {}

  /** The outline with the runs replaced by blocks, and the terms they list. */
  record Found(Outline outline, List<Term> terms) {}

  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  private static final Pattern DEFINED =
      Pattern.compile("^(\\*\\*|__)([\\p{L}][\\p{L}\\p{N} '’/-]{0,60}?)\\1 +(\\S[\\s\\S]*)$");

  private static final Pattern TITLE =
      Pattern.compile("(?iu).*\\b(definitions?|définitions?|begriffsbestimmungen|glossary)\\b.*");

  /** A run of definitions, where its blocks start and end, and as which form it renders. */
  private record Run(int firstLine, int lastLine, String form, List<Term> terms) {}

  private final Ids ids = new Ids("term");
  private final List<Term> all = new ArrayList<>();
  private final List<List<Run>> runsBySection = new ArrayList<>();

  private Definitions() {}

  static Found find(Outline outline) {
    Definitions d = new Definitions();
    List<Outline.Node> scanned = d.scan(outline.sections());
    if (d.all.isEmpty()) return new Found(outline, List.of());
    boolean several = d.runsBySection.stream().mapToInt(List::size).sum() > 1;
    int[] next = {0};
    List<Outline.Node> sections = d.replace(scanned, several, next);
    return new Found(new Outline(outline.title(), outline.preamble(), sections), d.all);
  }

  /** Finds the runs of every section, in reading order, before anything is replaced. */
  private List<Outline.Node> scan(List<Outline.Node> nodes) {
    for (Outline.Node n : nodes) {
      runsBySection.add(runs(n.body().toString(), TITLE.matcher(n.title()).matches() ? 1 : 3));
      scan(n.sections());
    }
    return nodes;
  }

  private List<Outline.Node> replace(List<Outline.Node> nodes, boolean several, int[] next) {
    List<Outline.Node> out = new ArrayList<>();
    for (Outline.Node n : nodes) {
      List<Run> runs = runsBySection.get(next[0]++);
      String body =
          runs.isEmpty() ? n.body().toString() : blocks(n.body().toString(), runs, several);
      List<Outline.Node> children = replace(n.sections(), several, next);
      out.add(new Outline.Node(n.id(), n.title(), new StringBuilder(body), children));
    }
    return out;
  }

  /** The body with each run's lines replaced by the block that renders it. */
  private static String blocks(String body, List<Run> runs, boolean several) {
    List<String> lines = new ArrayList<>(List.of(body.split("\n", -1)));
    for (int r = runs.size() - 1; r >= 0; r--) {
      Run run = runs.get(r);
      StringBuilder block =
          new StringBuilder("```policy\n").append(run.form()).append(": definitions\n");
      if (several) {
        block.append("only: [");
        block.append(String.join(", ", run.terms().stream().map(Term::id).toList()));
        block.append("]\n");
      }
      block.append("```");
      for (int i = run.lastLine(); i > run.firstLine(); i--) lines.remove(i);
      lines.set(run.firstLine(), block.toString());
    }
    return String.join("\n", lines);
  }

  /** The runs of a body that hold at least {@code least} definitions. */
  private List<Run> runs(String body, int least) {
    List<Run> runs = new ArrayList<>();
    if (!body.contains("**") && !body.contains("__")) return runs;
    List<String> lines = List.of(body.split("\n", -1));
    Node doc = PARSER.parse(body);
    List<Term> pending = new ArrayList<>();
    int first = -1;
    int last = -1;
    for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
      Term paragraph = block instanceof Paragraph p ? term(p, lines) : null;
      if (paragraph != null) {
        if (pending.isEmpty()) first = firstLine(block);
        pending.add(paragraph);
        last = lastLine(block);
        continue;
      }
      keep(runs, pending, first, last, "paragraphs", least);
      pending = new ArrayList<>();
      if (block instanceof BulletList list && list.isTight()) {
        List<Term> items = items(list, lines);
        if (items != null) keep(runs, items, firstLine(list), lastLine(list), "list", least);
      }
    }
    keep(runs, pending, first, last, "paragraphs", least);
    return runs;
  }

  private void keep(List<Run> runs, List<Term> terms, int first, int last, String form, int least) {
    if (terms.size() < least) return;
    List<Term> named = new ArrayList<>();
    for (Term t : terms) named.add(new Term(ids.next(t.term(), null), t.term(), t.meaning()));
    all.addAll(named);
    runs.add(new Run(first, last, form, named));
  }

  /** The terms of a list whose every item is one definition paragraph, or null. */
  private static List<Term> items(BulletList list, List<String> lines) {
    List<Term> terms = new ArrayList<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem)
          || !(item.getFirstChild() instanceof Paragraph p)
          || p.getNext() != null) return null;
      Term t = term(p, lines);
      if (t == null) return null;
      terms.add(t);
    }
    return terms.isEmpty() ? null : terms;
  }

  /** The definition a paragraph is, when it opens with its term in bold; else null. */
  private static Term term(Paragraph p, List<String> lines) {
    if (!(p.getFirstChild() instanceof StrongEmphasis)) return null;
    StringBuilder text = new StringBuilder();
    for (SourceSpan span : p.getSourceSpans()) {
      if (text.length() > 0) text.append('\n');
      String line = lines.get(span.getLineIndex());
      text.append(line, span.getColumnIndex(), span.getColumnIndex() + span.getLength());
    }
    Matcher m = DEFINED.matcher(text.toString().strip());
    if (!m.matches()) return null;
    return new Term(null, m.group(2).strip(), m.group(3).strip());
  }

  private static int firstLine(Node block) {
    return block.getSourceSpans().get(0).getLineIndex();
  }

  private static int lastLine(Node block) {
    List<SourceSpan> spans = block.getSourceSpans();
    return spans.get(spans.size() - 1).getLineIndex();
  }
}
