package dev.policyascode.text;

import dev.policyascode.load.Organisations;
import dev.policyascode.model.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns a {@code ```policy} block into the CommonMark it stands for, from the version's registers.
 * Values the format types as text are escaped; values typed as CommonMark are used as written.
 */
final class EmbedExpander {

  /** One entry of a source: its id (for {@code only}) and its CommonMark, ready to list. */
  private record Entry(String id, String markdown, List<String> cells) {}

  private final Registers registers;
  private final LanguageFormat format;

  /** The built-in page words, read on the first cookie table only. */
  private Map<String, String> labels;

  EmbedExpander(Registers registers, LanguageFormat format) {
    this.registers = registers;
    this.format = format;
  }

  /** The CommonMark for {@code embed}; {@code problem} hears of ids that match nothing. */
  String expand(Embed embed, Consumer<String> problem) {
    List<Entry> entries = select(embed, entries(embed, problem), problem);
    if (embed.ends().size() > 0 && embed.ends().size() != entries.size()) {
      problem.accept(
          "'ends' has "
              + embed.ends().size()
              + " endings for "
              + entries.size()
              + " items; give one ending per item");
    }
    StringBuilder sb = new StringBuilder();
    switch (embed.form()) {
      case "table" -> table(embed, entries, sb);
      case "paragraphs" -> {
        for (int i = 0; i < entries.size(); i++) {
          sb.append(entries.get(i).markdown())
              .append(ending(embed, i, entries.size()))
              .append("\n\n");
        }
      }
      default -> {
        for (int i = 0; i < entries.size(); i++) {
          String item = entries.get(i).markdown() + ending(embed, i, entries.size());
          sb.append("- ").append(item.replace("\n", "\n  ")).append('\n');
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /** The ending of item {@code i}, its joining word in the page's language (Connectives). */
  private String ending(Embed embed, int i, int count) {
    return Connectives.in(format.language(), embed.ending(i, count));
  }

  private List<Entry> select(Embed embed, List<Entry> all, Consumer<String> problem) {
    if (embed.only().isEmpty()) return all;
    Map<String, Entry> byId = new LinkedHashMap<>();
    all.forEach(e -> byId.putIfAbsent(e.id(), e));
    List<Entry> chosen = new ArrayList<>();
    for (String id : embed.only()) {
      Entry e = byId.get(id);
      if (e == null) {
        problem.accept(
            "'only' names '"
                + id
                + "', but there is no such entry in "
                + embed.source()
                + suggestion(id, byId.keySet()));
      } else {
        chosen.add(e);
      }
    }
    return chosen;
  }

  private List<Entry> entries(Embed embed, Consumer<String> problem) {
    Registers r = registers;
    return switch (embed.source()) {
      case "definitions" ->
          map(
              r.definitions(),
              d ->
                  new Entry(
                      d.id(),
                      "**" + Markdown.escape(d.term()) + "** " + d.meaning().text().strip(),
                      List.of(Markdown.escape(d.term()), d.meaning().text().strip())));
      case "data-categories" ->
          map(
              r.dataCategories(),
              c ->
                  row(
                      c.id(),
                      Markdown.escape(c.name()),
                      Markdown.escape(String.join(", ", c.items()))));
      case "data-items" -> dataItems(embed, problem);
      case "legal-bases" ->
          map(
              r.legalBases(),
              b ->
                  new Entry(
                      b.basis().word(), b.text().text().strip(), List.of(b.text().text().strip())));
      case "rights" -> map(r.rights(), x -> row(x.right().word(), Markdown.escape(x.label())));
      case "recipient-categories" ->
          map(r.recipientCategories(), c -> row(c.id(), Markdown.escape(c.name())));
      case "recipients" ->
          map(
              r.recipients(),
              x ->
                  row(
                      x.id(),
                      Markdown.escape(x.name()),
                      Markdown.escape(x.service().orElse("")),
                      Markdown.escape(
                          country(x.country())
                              + x.internationalOrganisation()
                                  .map(o -> " (" + Organisations.name(o).orElse(o) + ")")
                                  .orElse(""))));
      case "security-measures" ->
          map(
              r.securityMeasures(),
              s -> new Entry(s.id(), s.text().text().strip(), List.of(s.text().text().strip())));
      case "retention" ->
          map(
              r.retention(),
              x ->
                  new Entry(
                      x.id(),
                      statement(x, format),
                      List.of(
                          Markdown.escape(categories(x)),
                          period(x.period(), format),
                          Markdown.escape(x.from().orElse("")))));
      case "activities" ->
          map(
              r.activities(),
              a ->
                  row(
                      a.id(),
                      Markdown.escape(a.name()),
                      Markdown.escape(String.join("; ", a.purposes())),
                      a.legalBasis().word()));
      case "cookies" -> map(r.cookies(), this::cookie);
      default -> throw new IllegalStateException("unknown embed source " + embed.source());
    };
  }

  /**
   * A row of the cookie table: name (and where it is stored, when not a cookie), who sets it, what
   * for, how long, and whether it needs consent, in the page's words.
   */
  private Entry cookie(Cookie c) {
    String name =
        Markdown.escape(c.name())
            + (c.storage().equals("cookie")
                ? ""
                : " (" + label("cookies.storage." + c.storage()) + ")");
    String party =
        c.thirdParty()
            ? c.recipient()
                .flatMap(
                    ref ->
                        registers.recipients().stream()
                            .filter(x -> x.id().equals(ref.id()))
                            .findFirst())
                .map(x -> Markdown.escape(x.name()))
                .orElse(c.recipient().map(ref -> Markdown.escape(ref.id())).orElse(""))
            : label("cookies.firstParty");
    return row(
        c.id(),
        name,
        party,
        Markdown.escape(String.join("; ", c.purposes())),
        format.howLong(c.lifetime()),
        label("cookies.ground." + c.ground().word()));
  }

  private String label(String key) {
    if (labels == null) labels = BuiltInLabels.of(format.language());
    return labels.getOrDefault(key, key);
  }

  private List<Entry> dataItems(Embed embed, Consumer<String> problem) {
    String of = embed.of().orElseThrow();
    Optional<DataCategory> category =
        registers.dataCategories().stream().filter(c -> c.id().equals(of)).findFirst();
    if (category.isEmpty()) {
      problem.accept(
          "'of' names the data category '"
              + of
              + "', which does not exist"
              + suggestion(of, registers.dataCategories().stream().map(DataCategory::id).toList()));
      return List.of();
    }
    return category.get().items().stream().map(i -> row(i, Markdown.escape(i))).toList();
  }

  /** The rule's sentence with {period} (in words of {@code format}) and {from} filled in. */
  static String statement(RetentionRule rule, LanguageFormat format) {
    return rule.statement()
        .text()
        .strip()
        .replace("{period}", period(rule.period(), format))
        .replace("{from}", Markdown.escape(rule.from().orElse("{from}")));
  }

  /** The period in words; a criterion is the author's text, so it is escaped like one. */
  private static String period(HowLong howLong, LanguageFormat format) {
    String words = format.howLong(howLong);
    return howLong instanceof HowLong.Criterion ? Markdown.escape(words) : words;
  }

  private String categories(RetentionRule rule) {
    List<String> names = new ArrayList<>();
    for (Ref ref : rule.dataCategories()) {
      registers.dataCategories().stream()
          .filter(c -> c.id().equals(ref.id()))
          .findFirst()
          .ifPresent(c -> names.add(c.name()));
    }
    return String.join(", ", names);
  }

  private void table(Embed embed, List<Entry> entries, StringBuilder sb) {
    List<String> headers =
        switch (embed.source()) {
          case "definitions" -> List.of("Term", "Meaning");
          case "data-categories" -> List.of("Data", "Items");
          case "recipients" -> List.of("Recipient", "Service", "Country");
          case "retention" -> List.of("Data", "Kept for", "From");
          case "activities" -> List.of("Activity", "Purposes", "Legal basis");
          case "cookies" ->
              List.of(
                      "cookies.name",
                      "cookies.party",
                      "cookies.purposes",
                      "cookies.lifetime",
                      "cookies.ground")
                  .stream()
                  .map(this::label)
                  .toList();
          default -> List.of(heading(embed.source()));
        };
    sb.append('|');
    headers.forEach(h -> sb.append(' ').append(h).append(" |"));
    sb.append("\n|");
    headers.forEach(h -> sb.append(" --- |"));
    sb.append('\n');
    for (Entry e : entries) {
      sb.append('|');
      for (int i = 0; i < headers.size(); i++) {
        String cell = i < e.cells().size() ? e.cells().get(i) : "";
        sb.append(' ').append(cell.replace("\n", " ").replace("|", "\\|")).append(" |");
      }
      sb.append('\n');
    }
    sb.append('\n');
  }

  private static String heading(String source) {
    String s = source.replace('-', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** An entry whose first cell is also what a list or a paragraph shows. */
  private static Entry row(String id, String... cells) {
    return new Entry(id, cells[0], List.of(cells));
  }

  static String country(String code) {
    String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() ? code : name;
  }

  private static String suggestion(String id, java.util.Collection<String> known) {
    return dev.policyascode.load.DidYouMean.closest(id, known)
        .map(c -> "; did you mean '" + c + "'?")
        .orElse(known.isEmpty() ? "" : "; known ids: " + String.join(", ", known));
  }

  private static <T> List<Entry> map(List<T> items, Function<T, Entry> f) {
    return items.stream().map(f).toList();
  }
}
