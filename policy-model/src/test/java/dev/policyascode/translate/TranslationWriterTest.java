package dev.policyascode.translate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What policy:translate writes reads back as written, in any YAML reader. */
class TranslationWriterTest {

  @Test
  void aFingerprintThatLooksLikeANumberIsWrittenAsAString() {
    // 320076e627 is a float to a YAML 1.2 reader (the JSON Schema check of an editor), and a
    // fingerprint of digits only an integer to every reader: the flagship's French file had two.
    String yaml =
        TranslationWriter.write(
            "2027-01-01",
            "fr",
            List.of(
                new TranslationWriter.Entry("summary", "Words", Optional.of("320076e627"), "Mots"),
                new TranslationWriter.Entry(
                    "preamble", "More", Optional.of("0123456789"), "Plus")));
    assertTrue(yaml.contains("    source: \"320076e627\"\n"), yaml);
    assertTrue(yaml.contains("    source: \"0123456789\"\n"), yaml);
  }
}
