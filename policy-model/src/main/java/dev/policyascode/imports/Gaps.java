package dev.policyascode.imports;

import java.util.List;

/**
 * What an imported text cannot tell, and the import therefore does not invent. The compliance
 * matrix ({@code policy:compliance}) shows the same gaps, item by item of Art. 13 and 14.
 */
final class Gaps {

  static final List<String> ITEMS =
      List.of(
          "the categories of personal data (data_categories)",
          "the processing activities, their purposes and legal bases (activities, legal_bases)",
          "the retention rules (retention)",
          "the recipients and their categories (recipients, recipient_categories)",
          "the transfers outside the EEA and their safeguards (transfers)",
          "the rights the text names (rights)",
          "the defined terms, if the text defines any (definitions)");

  /** When the import found defined terms: the others, written otherwise, are still text. */
  static final String MORE_DEFINITIONS =
      "the defined terms written otherwise than \"**Term** means…\", still text (definitions)";

  private Gaps() {}
}
