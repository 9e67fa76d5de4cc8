package dev.policyascode.load;

import dev.policyascode.diagnostics.Finding;
import dev.policyascode.io.Digests;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Translation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the translation files of a policy, {@code versions/<version>.<language>.yaml}, beside its
 * version files. A version id has no dot, so a file whose name holds one is a translation.
 */
final class TranslationReader {

  private TranslationReader() {}

  static boolean isTranslation(String fileName) {
    String stem = fileName.substring(0, fileName.length() - ".yaml".length());
    return stem.contains(".");
  }

  /** The translation in {@code file}, or empty after reporting why it cannot be read. */
  static Optional<Translation> read(
      Path file,
      String name,
      Consumer<Finding> report,
      Map<String, String> sources,
      Map<String, List<Comment>> comments) {
    String fileName = file.getFileName().toString();
    String stem = fileName.substring(0, fileName.length() - ".yaml".length());
    return YamlFile.read(
            file,
            name,
            FormatTranslations.TRANSLATION_FILE,
            report,
            bytes -> sources.put(name, Digests.sha256(bytes)),
            c -> comments.put(name, c))
        .flatMap(
            v -> {
              Value.Map_ m = (Value.Map_) v;
              Translation t = ModelBuilder.translation(m);
              if (!t.lockId().equals(stem)) {
                report.accept(
                    Finding.of(
                        LoadRules.FILE_LAYOUT,
                        m.at("language"),
                        "this translation of version "
                            + t.version()
                            + " into "
                            + t.language()
                            + " is not the file's name '"
                            + stem
                            + "'; rename the file to "
                            + t.lockId()
                            + ".yaml or change the version or the language"));
                return Optional.empty();
              }
              return Optional.of(t);
            });
  }

  /**
   * Reports a translation of a version the policy does not have, or into a language its policy.yaml
   * does not list (or into its main language). Returns the number of findings.
   */
  static int check(
      List<Translation> translations,
      List<String> languages,
      List<PolicyVersion> versions,
      Consumer<Finding> report) {
    List<Finding> found = new ArrayList<>();
    String main = languages.isEmpty() ? "en" : languages.get(0);
    for (Translation t : translations) {
      if (versions.stream().noneMatch(v -> v.id().equals(t.version()))) {
        found.add(
            Finding.of(
                LoadRules.FILE_LAYOUT,
                t.at("version"),
                "there is no version "
                    + t.version()
                    + " to translate; name the version this file translates, or remove the file"));
      } else if (t.language().equals(main)) {
        found.add(
            Finding.of(
                LoadRules.FILE_LAYOUT,
                t.at("language"),
                t.language()
                    + " is the policy's main language, which the version file itself is written"
                    + " in; a translation is into another language"));
      } else if (!languages.contains(t.language())) {
        found.add(
            Finding.of(
                LoadRules.FILE_LAYOUT,
                t.at("language"),
                "the policy's languages in policy.yaml do not include "
                    + t.language()
                    + "; add it to languages, such as languages: ["
                    + main
                    + ", "
                    + t.language()
                    + "]"));
      }
    }
    found.forEach(report);
    return found.size();
  }
}
