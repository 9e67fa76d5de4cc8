package dev.policyascode.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.policyascode.lint.Linter;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Status;
import dev.policyascode.model.Translation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A version in a translation's words: every keyed text replaced, every fact kept. */
class TranslatedVersionTest {

  private static final Path POLICIES =
      Path.of("..").toAbsolutePath().normalize().resolve("policies");

  private static Policy flagship() {
    return Linter.builder().build().lint(POLICIES).policies().get(0);
  }

  @Test
  void everyKeyedTextIsTheTranslationsAndTheFactsTheVersions() {
    Policy p = flagship();
    PolicyVersion en = p.versions().get(1);
    Translation fr = p.translation(en.id(), "fr").orElseThrow();
    PolicyVersion shown = TranslatedVersion.of(en, fr);

    Map<String, SourceText> words = SourceTexts.of(shown);
    assertEquals(SourceTexts.of(en).keySet(), words.keySet());
    for (SourceText s : words.values()) {
      String want = fr.text(s.key()).orElseThrow().text().text();
      // A title or name is one line: the block scalar's final break is not part of it.
      assertEquals(want.strip(), s.text().strip(), s.key());
    }
    assertEquals(Status.PUBLISHED, shown.status());
    assertEquals(en.effective(), shown.effective());
    assertEquals(
        en.registers().retention().stream().map(r -> r.period()).toList(),
        shown.registers().retention().stream().map(r -> r.period()).toList());
    assertEquals(
        en.registers().activities().stream().map(a -> a.dataCategories()).toList(),
        shown.registers().activities().stream().map(a -> a.dataCategories()).toList());
    assertEquals(
        en.allSections().stream().map(s -> s.id()).toList(),
        shown.allSections().stream().map(s -> s.id()).toList());
  }

  @Test
  void aTextNotTranslatedKeepsTheSourceWordsAndADraftTranslationIsADraft() {
    Policy p = flagship();
    PolicyVersion en = p.versions().get(1);
    Translation fr = p.translation(en.id(), "fr").orElseThrow();
    Translation partial =
        new Translation(
            fr.version(),
            fr.language(),
            Status.DRAFT,
            fr.texts().stream().filter(t -> !t.key().equals("section.security.title")).toList(),
            fr.at(),
            fr.positions());
    PolicyVersion shown = TranslatedVersion.of(en, partial);
    assertEquals(Status.DRAFT, shown.status());
    assertEquals(
        "Security",
        shown.allSections().stream()
            .filter(s -> s.id().equals("security"))
            .findFirst()
            .orElseThrow()
            .title());
    assertEquals(
        "Durée",
        shown.allSections().stream()
            .filter(s -> s.id().equals("duration"))
            .findFirst()
            .orElseThrow()
            .title());
  }

  @Test
  void aTranslationOfAnotherVersionIsRefused() {
    Policy p = flagship();
    Translation fr = p.translations().get(0);
    assertThrows(
        IllegalArgumentException.class, () -> TranslatedVersion.of(p.versions().get(0), fr));
    assertEquals(List.of("en", "fr"), p.languages());
  }
}
