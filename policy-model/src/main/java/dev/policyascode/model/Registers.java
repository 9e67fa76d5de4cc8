package dev.policyascode.model;

import java.util.List;

/**
 * The structured data of a version: what the text states, held as data so that lists and tables
 * render from it and rules can check it.
 */
public record Registers(
    List<Definition> definitions,
    List<DataSubject> dataSubjects,
    List<DataCategory> dataCategories,
    List<Activity> activities,
    List<LegalBasisStatement> legalBases,
    List<RetentionRule> retention,
    List<RecipientCategory> recipientCategories,
    List<Recipient> recipients,
    List<Transfer> transfers,
    List<RightStatement> rights,
    List<SecurityMeasure> securityMeasures,
    List<ProcessorActivity> processorActivities,
    List<Cookie> cookies) {

  public Registers {
    definitions = List.copyOf(definitions);
    dataSubjects = List.copyOf(dataSubjects);
    dataCategories = List.copyOf(dataCategories);
    activities = List.copyOf(activities);
    legalBases = List.copyOf(legalBases);
    retention = List.copyOf(retention);
    recipientCategories = List.copyOf(recipientCategories);
    recipients = List.copyOf(recipients);
    transfers = List.copyOf(transfers);
    rights = List.copyOf(rights);
    securityMeasures = List.copyOf(securityMeasures);
    processorActivities = List.copyOf(processorActivities);
    cookies = List.copyOf(cookies);
  }

  /** Registers without cookies, as a test or a notice that lists none makes them. */
  public Registers(
      List<Definition> definitions,
      List<DataSubject> dataSubjects,
      List<DataCategory> dataCategories,
      List<Activity> activities,
      List<LegalBasisStatement> legalBases,
      List<RetentionRule> retention,
      List<RecipientCategory> recipientCategories,
      List<Recipient> recipients,
      List<Transfer> transfers,
      List<RightStatement> rights,
      List<SecurityMeasure> securityMeasures,
      List<ProcessorActivity> processorActivities) {
    this(
        definitions,
        dataSubjects,
        dataCategories,
        activities,
        legalBases,
        retention,
        recipientCategories,
        recipients,
        transfers,
        rights,
        securityMeasures,
        processorActivities,
        List.of());
  }

  /**
   * A digest of the recipients and the recipient categories, every value but their places: equal
   * for two versions whose recipients a reader could not tell apart. The feed lists the changes of
   * recipients between each published version and the next (Art. 28(2)); where the digests are
   * equal there are none, and a version whose body was not parsed (its header came from the lint
   * cache, which keeps this digest) need not be parsed to say so.
   */
  public String recipientsDigest() {
    var d = dev.policyascode.io.Digests.sha256();
    for (RecipientCategory c : recipientCategories) {
      field(d, "C");
      field(d, c.id());
      field(d, c.name());
    }
    for (Recipient r : recipients) {
      field(d, "R");
      field(d, r.id());
      field(d, r.name());
      field(d, r.category().id());
      field(d, r.role().word());
      field(d, r.country());
      field(d, r.internationalOrganisation().map(o -> "+" + o).orElse("-"));
      field(d, r.service().map(o -> "+" + o).orElse("-"));
      field(d, r.dpv().map(o -> "+" + o).orElse("-"));
    }
    return java.util.HexFormat.of().formatHex(d.digest());
  }

  /** A value with its length first, so that no two lists of values digest alike. */
  private static void field(java.security.MessageDigest d, String value) {
    byte[] bytes = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    d.update((bytes.length + ":").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    d.update(bytes);
  }
}
