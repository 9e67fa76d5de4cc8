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
}
