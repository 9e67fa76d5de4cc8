package dev.policyascode.versions;

import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.TranslatedText;
import dev.policyascode.model.Translation;
import dev.policyascode.translate.SourceText;
import dev.policyascode.translate.SourceTexts;
import dev.policyascode.translate.TranslationWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starts or updates the translation of a version ({@code policy:translate}): writes {@code
 * versions/<version>.<language>.yaml} with every text of the version under its key, the source text
 * beside each as a comment. A new translation starts from the translation of the newest earlier
 * version into the language, texts and fingerprints, so that only the texts whose source changed
 * since are stale; a text with nothing to start from holds its source text, to be translated. The
 * keys named as translated get the fingerprint of their source text as it is now. Never touches a
 * published translation.
 */
public final class Translate {

  /** The value of {@code -Dpolicy.translated} that marks every text translated. */
  public static final String ALL = "all";

  private Translate() {}

  public static List<String> run(
      Path policiesDir,
      Optional<String> policyId,
      Optional<String> versionId,
      String language,
      Set<String> translated,
      Path displayRoot)
      throws WorkflowException, IOException {
    PolicyFolder folder = PolicyFolder.choose(policiesDir, policyId, displayRoot);
    Policy policy = folder.policy();
    if (language.equals(policy.language()) || !policy.languages().contains(language)) {
      throw new WorkflowException(
          language.equals(policy.language())
              ? language + " is the policy's main language, in which its versions are written"
              : "The policy's languages in policy.yaml do not include "
                  + language
                  + "; add it to languages first, such as languages: ["
                  + policy.language()
                  + ", "
                  + language
                  + "]");
    }
    List<PolicyVersion> versions = policy.versions();
    if (versions.isEmpty()) throw new WorkflowException("The policy has no version to translate");
    Optional<String> named = versionId.filter(s -> !s.isBlank());
    PolicyVersion version =
        named.isPresent()
            ? Publish.chosen(folder, versions, named)
            : versions.get(versions.size() - 1);
    Map<String, SourceText> sources = SourceTexts.of(version);
    Optional<Translation> existing = policy.translation(version.id(), language);
    if (existing.isPresent() && existing.get().isPublished()) {
      throw new WorkflowException(
          "The translation "
              + existing.get().lockId()
              + " is published; nothing was changed. A published translation never changes:"
              + " translate a new version instead");
    }
    boolean all = translated.contains(ALL);
    List<String> unknown =
        translated.stream().filter(k -> !k.equals(ALL) && !sources.containsKey(k)).toList();
    if (!unknown.isEmpty()) {
      throw new WorkflowException(
          "Version "
              + version.id()
              + " has no text "
              + String.join(", ", unknown)
              + "; nothing was changed. The keys are those of the translation file");
    }
    Optional<Translation> start = existing.or(() -> earlier(policy, version, language));
    Map<String, TranslatedText> from = new LinkedHashMap<>();
    start.ifPresent(t -> t.texts().forEach(x -> from.putIfAbsent(x.key(), x)));
    List<TranslationWriter.Entry> entries = new ArrayList<>();
    int toTranslate = 0;
    int marked = 0;
    for (SourceText s : sources.values()) {
      TranslatedText had = from.remove(s.key());
      Optional<String> fingerprint = had == null ? Optional.empty() : had.source();
      if (all || translated.contains(s.key())) {
        fingerprint = Optional.of(s.fingerprint());
        marked++;
      }
      if (had == null) toTranslate++;
      String text = had == null ? s.text() : had.text().text();
      entries.add(new TranslationWriter.Entry(s.key(), s.text(), fingerprint, text));
    }
    // A text whose key the version no longer has stays, for translations-missing to show.
    if (existing.isPresent()) {
      for (TranslatedText t : from.values()) {
        entries.add(new TranslationWriter.Entry(t.key(), null, t.source(), t.text().text()));
      }
    }
    Path file = folder.versionFile(version.id() + "." + language);
    boolean created = !Files.exists(file);
    PolicyFolder.replace(file, TranslationWriter.write(version.id(), language, entries));
    List<String> log = new ArrayList<>();
    log.add(
        (created ? "Started " : "Updated ")
            + folder.shown(file)
            + ": "
            + entries.size()
            + " texts, "
            + toTranslate
            + " new to translate"
            + (marked > 0 ? ", " + marked + " marked translated" : ""));
    if (existing.isEmpty() && start.isPresent()) {
      log.add("Carried the texts over from " + start.get().lockId() + ".yaml");
    }
    log.add("Run mvn policy:lint to see what is left to translate or out of date");
    return log;
  }

  /** The translation into {@code language} of the newest version before {@code version}. */
  private static Optional<Translation> earlier(
      Policy policy, PolicyVersion version, String language) {
    Optional<Translation> found = Optional.empty();
    for (PolicyVersion v : policy.versions()) {
      if (v == version) break;
      Optional<Translation> t = policy.translation(v.id(), language);
      if (t.isPresent()) found = t;
    }
    return found;
  }
}
