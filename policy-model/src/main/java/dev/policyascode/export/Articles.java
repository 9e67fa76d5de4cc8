package dev.policyascode.export;

import dev.policyascode.model.LegalBasis;
import dev.policyascode.model.RecipientRole;
import dev.policyascode.model.Right;
import dev.policyascode.model.Safeguard;

/**
 * The GDPR article behind each fact an export states, so that a reader of the JSON can find the
 * rule a value answers. References only: the Regulation's text is never reworded here.
 */
final class Articles {

  private Articles() {}

  static final String CONTROLLER = "Art. 13(1)(a)";
  static final String JOINT_CONTROLLERS = "Art. 26";
  static final String DPO = "Art. 13(1)(b)";
  static final String REPRESENTATIVE = "Art. 27";
  static final String SUPERVISORY_AUTHORITY = "Art. 13(2)(d)";
  static final String DATA_CATEGORIES = "Art. 14(1)(d)";
  static final String REQUIRED = "Art. 13(2)(e)";
  static final String SPECIAL = "Art. 9(1)";
  static final String SOURCE = "Art. 14(2)(f)";
  static final String DATA_SUBJECTS = "Art. 30(1)(c)";
  static final String PURPOSES = "Art. 13(1)(c)";
  static final String LEGITIMATE_INTEREST = "Art. 13(1)(d)";
  static final String RECIPIENTS = "Art. 13(1)(e)";
  static final String RETENTION = "Art. 13(2)(a)";
  static final String TRANSFERS = "Art. 13(1)(f)";
  static final String SECURITY = "Art. 32";
  static final String RECORD = "Art. 30(1)";
  static final String PROCESSOR_RECORD = "Art. 30(2)";
  static final String DPIA = "Art. 35";

  static String of(LegalBasis basis) {
    return switch (basis) {
      case CONSENT -> "Art. 6(1)(a)";
      case CONTRACT -> "Art. 6(1)(b)";
      case LEGAL_OBLIGATION -> "Art. 6(1)(c)";
      case VITAL_INTERESTS -> "Art. 6(1)(d)";
      case PUBLIC_TASK -> "Art. 6(1)(e)";
      case LEGITIMATE_INTERESTS -> "Art. 6(1)(f)";
    };
  }

  static String of(Safeguard safeguard) {
    return switch (safeguard) {
      case ADEQUACY_DECISION -> "Art. 45(3)";
      case STANDARD_CONTRACTUAL_CLAUSES -> "Art. 46(2)(c)";
      case BINDING_CORPORATE_RULES -> "Art. 47";
      case CODE_OF_CONDUCT -> "Art. 46(2)(e)";
      case CERTIFICATION -> "Art. 46(2)(f)";
      case AD_HOC_CLAUSES -> "Art. 46(3)(a)";
      case DEROGATION -> "Art. 49(1)";
    };
  }

  static String of(Right right) {
    return switch (right) {
      case ACCESS -> "Art. 15";
      case RECTIFICATION -> "Art. 16";
      case ERASURE -> "Art. 17";
      case RESTRICTION -> "Art. 18";
      case PORTABILITY -> "Art. 20";
      case OBJECTION -> "Art. 21";
      case WITHDRAW_CONSENT -> "Art. 7(3)";
      case COMPLAINT -> "Art. 77";
      case AUTOMATED_DECISIONS -> "Art. 22";
      // not the GDPR: Art. 85 of the French loi Informatique et Libertés, named after the number
      case POST_MORTEM_DIRECTIVES -> "Art. 85 LIL";
    };
  }

  static String of(RecipientRole role) {
    return switch (role) {
      case PROCESSOR -> "Art. 28";
      case CONTROLLER -> "Art. 4(7)";
      case JOINT_CONTROLLER -> "Art. 26";
      case PUBLIC_AUTHORITY -> "Art. 4(9)";
    };
  }
}
