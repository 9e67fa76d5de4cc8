package dev.policyascode.gdpr;

import dev.policyascode.gdpr.NoticeMatrix.SectionRef;
import dev.policyascode.load.EmbedReader;
import dev.policyascode.model.Section;
import dev.policyascode.text.Numbering;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sections of a version whose text embeds a list, paragraphs or table of a given source: the
 * places in the notice that show an item. The sections are read once, for every row; a matrix is
 * made by one thread, so the lazy read needs no lock.
 */
final class SectionsShowing {

  private final Numbering numbering;
  private Map<SectionRef, Set<String>> embedded;

  SectionsShowing(Numbering numbering) {
    this.numbering = numbering;
  }

  /** The sections whose text embeds a list, paragraphs or table of one of {@code sources}. */
  List<SectionRef> of(Set<String> sources) {
    if (sources.isEmpty()) return List.of();
    Set<SectionRef> found = new LinkedHashSet<>();
    for (Map.Entry<SectionRef, Set<String>> e : embedded().entrySet()) {
      if (e.getValue().stream().anyMatch(sources::contains)) found.add(e.getKey());
    }
    return List.copyOf(found);
  }

  /** Each section with a body and the sources its blocks embed; read once, for every row. */
  private Map<SectionRef, Set<String>> embedded() {
    if (embedded == null) {
      embedded = new LinkedHashMap<>();
      for (Map.Entry<String, Section> e : numbering.all().entrySet()) {
        Section s = e.getValue();
        if (s.body().isEmpty()) continue;
        Set<String> sources = new LinkedHashSet<>();
        for (EmbedReader.Block b : EmbedReader.blocks(s.body().get().text())) {
          EmbedReader.read(b.content(), s.at(), f -> {}).ifPresent(x -> sources.add(x.source()));
        }
        embedded.put(new SectionRef(s.id(), e.getKey(), s.title()), sources);
      }
    }
    return embedded;
  }
}
