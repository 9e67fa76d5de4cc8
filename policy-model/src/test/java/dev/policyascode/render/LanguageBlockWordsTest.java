package dev.policyascode.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.lint.Linter;
import dev.policyascode.model.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flagship's list of legal bases, an embedded block whose items end " and/or;" in the version,
 * ends them in French words on the French page and as written on the English one.
 */
class LanguageBlockWordsTest {

  @TempDir Path out;

  @Test
  void theFrenchListOfLegalBasesJoinsItsItemsInFrench() throws IOException {
    Policy flagship =
        Linter.builder()
            .displayRoot(QucitPolicyTest.REPO)
            .build()
            .lint(QucitPolicyTest.POLICIES)
            .policies()
            .get(0);
    SiteRenderer.builder()
        .buildDate(LocalDate.of(2026, 12, 1))
        .policiesDir(QucitPolicyTest.POLICIES)
        .build()
        .render(List.of(flagship), out);
    String fr = Files.readString(out.resolve("qucit-privacy/fr/2027-01-01/index.html"), UTF_8);
    assertTrue(fr.contains(" et/ou;</li>"), "French joining word");
    assertFalse(fr.contains("and/or;"), "no English joining word on the French page");
    String en = Files.readString(out.resolve("qucit-privacy/2027-01-01/index.html"), UTF_8);
    assertTrue(en.contains(" and/or;</li>"), "the English page as written");
  }
}
