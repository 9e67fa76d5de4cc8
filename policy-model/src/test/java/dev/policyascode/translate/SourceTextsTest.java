package dev.policyascode.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.policyascode.diagnostics.Position;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Prose;
import dev.policyascode.model.Registers;
import dev.policyascode.model.Section;
import dev.policyascode.model.Status;
import dev.policyascode.model.TextLocator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceTextsTest {

  private static final Position AT = Position.startOf("v.yaml");

  @Test
  void keysAreMadeOfTheIdsInReadingOrder() {
    Section child = new Section("child", "Child", Optional.empty(), List.of(), AT);
    Section top =
        new Section(
            "top", "Top", Optional.of(new Prose("Body.", TextLocator.at(AT))), List.of(child), AT);
    PolicyVersion v =
        new PolicyVersion(
            "2027-01-01",
            LocalDate.of(2027, 1, 1),
            Status.DRAFT,
            Optional.empty(),
            Optional.of(new Prose("Hello.", TextLocator.at(AT))),
            new Registers(
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of()),
            List.of(top),
            AT);
    assertEquals(
        List.of("preamble", "section.top.title", "section.top.body", "section.child.title"),
        List.copyOf(SourceTexts.of(v).keySet()));
  }

  @Test
  void aFingerprintIgnoresLineBreaksAndIndentationButNotWords() {
    String a = SourceFingerprint.of("We keep your data\n  for three years.");
    assertEquals(a, SourceFingerprint.of("We keep your data for three years.\n"));
    assertNotEquals(a, SourceFingerprint.of("We keep your data for two years."));
    assertEquals(SourceFingerprint.LENGTH, a.length());
  }
}
