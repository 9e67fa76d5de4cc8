package dev.policyascode.lint;

import dev.policyascode.lint.api.Rule;
import dev.policyascode.lint.rules.*;
import dev.policyascode.load.LoadRules;
import java.util.List;
import java.util.Optional;

/**
 * The built-in rules, listed here by hand so that adding one is a visible, reviewed change; their
 * order is the order of the rules index. What each rule is (id, severity, summary, basis) is in its
 * class, not here.
 */
public final class RuleRegistry {

  private RuleRegistry() {}

  public static List<Rule> builtIn() {
    return List.of(
        new LoaderRule(LoadRules.YAML_SYNTAX),
        new LoaderRule(LoadRules.UNSAFE_YAML),
        new LoaderRule(LoadRules.UNKNOWN_KEY),
        new LoaderRule(LoadRules.DUPLICATE_KEY),
        new LoaderRule(LoadRules.WRONG_TYPE),
        new LoaderRule(LoadRules.MISSING_KEY),
        new LoaderRule(LoadRules.FILE_LAYOUT),
        new SchemaDuplicateId(),
        new SchemaUnknownRef(),
        new SchemaRetentionStatement(),
        new XrefUnknownSection(),
        new XrefSectionNumber(),
        new XrefLiteralNumber(),
        new XrefGdprArticle(),
        new VersionsChanged(),
        new VersionsLockEntry(),
        new VersionsEffectiveOrder(),
        new VersionsSummary(),
        new XrefGdprParagraph(),
        new XrefCaption(),
        new TermsUndefined(),
        new TermsUnused(),
        new TermsDuplicate(),
        new TermsSynonym(),
        new ProsePlaceholder(),
        new ProseHiddenCharacters(),
        new ProseRegulationNames(),
        new ProseHeadingRunIn(),
        new DatamapUnusedCategory(),
        new DatamapLegitimateInterest(),
        new DatamapConsentWithdrawal(),
        new RetentionMissing(),
        new RetentionMissingTrigger(),
        new RetentionImplausiblePeriod(),
        new RetentionVague(),
        new RetentionCookieLifetime(),
        new RetentionStatutorySource(),
        new TransfersMissingSafeguard(),
        new TransfersWithinEea(),
        new TransfersAdequacy(),
        new TransfersAdequacyScope(),
        new TransfersStoredInEu(),
        new NoticeMissingItem(),
        new SuppressInvalid(),
        new SuppressUnused(),
        new RegisterMissingItem(),
        new RegisterUncoveredEntry(),
        new RegisterNotInNotice(),
        new RegisterProcessorController(),
        new VersionsShortNotice(),
        new TranslationsMissing(),
        new TranslationsStale(),
        new TranslationsReferences(),
        new TranslationsUntranslatedTerm(),
        new TransfersAdequacyExpiring(),
        new TransfersAdequacyChallenged(),
        new DatamapSpecialCondition(),
        new DatamapSourceMissing(),
        new PlainVagueQualifier(),
        new PlainReadability(),
        new PlainLongSentence(),
        new SchemaRetentionPeriod(),
        new CookiesLifetime(),
        new CookiesChoiceLifetime(),
        new CookiesThirdParty(),
        new LabelsUnusedType(),
        new LabelsUnmappedCategory(),
        new LabelsTracking(),
        new LabelsNotShared());
  }

  public static Optional<Rule> find(String id) {
    return builtIn().stream().filter(r -> r.meta().id().equals(id)).findFirst();
  }
}
