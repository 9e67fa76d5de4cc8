package dev.policyascode.export;

import dev.policyascode.model.DataCategory;
import dev.policyascode.model.LegalBasis;
import dev.policyascode.model.RecipientRole;
import dev.policyascode.model.Safeguard;

/**
 * The default mapping from the policy's facts to DPV 2.1 concepts, written as compact IRIs with the
 * prefixes of {@link DpvExport#CONTEXT}. The README's table states the same mapping for readers.
 */
final class DpvMapping {

  private DpvMapping() {}

  /** The GDPR extension's concept for each Art. 6(1) basis. */
  static String of(LegalBasis basis) {
    return switch (basis) {
      case CONSENT -> "eu-gdpr:A6-1-a";
      case CONTRACT -> "eu-gdpr:A6-1-b";
      case LEGAL_OBLIGATION -> "eu-gdpr:A6-1-c";
      case VITAL_INTERESTS -> "eu-gdpr:A6-1-d";
      case PUBLIC_TASK -> "eu-gdpr:A6-1-e";
      case LEGITIMATE_INTERESTS -> "eu-gdpr:A6-1-f";
    };
  }

  /**
   * The GDPR extension's concept for each transfer ground. A derogation does not say which point of
   * Art. 49(1) it rests on, so it maps to DPV's general data-transfer legal basis rather than to a
   * guess among A49-1-a to A49-1-g.
   */
  static String of(Safeguard safeguard) {
    return switch (safeguard) {
      case ADEQUACY_DECISION -> "eu-gdpr:A45-3";
      case STANDARD_CONTRACTUAL_CLAUSES -> "eu-gdpr:A46-2-c";
      case BINDING_CORPORATE_RULES -> "eu-gdpr:A46-2-b";
      case CODE_OF_CONDUCT -> "eu-gdpr:A46-2-e";
      case CERTIFICATION -> "eu-gdpr:A46-2-f";
      case AD_HOC_CLAUSES -> "eu-gdpr:A46-3-a";
      case DEROGATION -> "dpv:DataTransferLegalBasis";
    };
  }

  /** The entity type of a recipient by its role. */
  static String of(RecipientRole role) {
    return switch (role) {
      case PROCESSOR -> "dpv:DataProcessor";
      case CONTROLLER -> "dpv:DataController";
      case JOINT_CONTROLLER -> "dpv:DataController";
      case PUBLIC_AUTHORITY -> "dpv:Recipient";
    };
  }

  /** The property that links an activity to a recipient of that role. */
  static String property(RecipientRole role) {
    return switch (role) {
      case PROCESSOR -> "dpv:hasDataProcessor";
      case CONTROLLER, JOINT_CONTROLLER -> "dpv:hasRecipientDataController";
      case PUBLIC_AUTHORITY -> "dpv:hasRecipient";
    };
  }

  /** Art. 9 data is DPV's special category; all other data is personal data. */
  static String of(DataCategory category) {
    return category.special() ? "dpv:SpecialCategoryPersonalData" : "dpv:PersonalData";
  }
}
