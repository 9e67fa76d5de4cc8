package dev.policyascode.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.policyascode.diagnostics.Position;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Positions;
import dev.policyascode.model.Recipient;
import dev.policyascode.model.RecipientCategory;
import dev.policyascode.model.RecipientRole;
import dev.policyascode.model.Ref;
import dev.policyascode.model.Registers;
import dev.policyascode.model.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The feed skips the diff of recipients where two versions' recipients digests are equal, and the
 * header cache keeps the digest so that an unchanged version need not be parsed. That is only right
 * if every change the diff can name changes the digest: each one is tried here.
 */
class RecipientsDigestTest {

  private static final Position AT = new Position("v.yaml", 1, 1);

  private static Recipient recipient(
      String name,
      String category,
      RecipientRole role,
      String country,
      Optional<String> org,
      Optional<String> service) {
    return new Recipient(
        "mailer",
        name,
        new Ref(category, AT),
        role,
        country,
        org,
        service,
        Optional.empty(),
        AT,
        Positions.unknown());
  }

  private static final Recipient BASE =
      recipient(
          "Mailer Ltd", "it", RecipientRole.PROCESSOR, "IE", Optional.empty(), Optional.of("mail"));

  private static PolicyVersion version(String id, String categoryName, Recipient... recipients) {
    List<RecipientCategory> categories =
        List.of(
            new RecipientCategory("it", categoryName, AT),
            new RecipientCategory("ads", "Advertisers", AT));
    Registers registers =
        new Registers(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            categories,
            List.of(recipients),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    return new PolicyVersion(
        id,
        LocalDate.parse(id),
        Status.PUBLISHED,
        Optional.empty(),
        Optional.empty(),
        registers,
        List.of(),
        AT);
  }

  private static final PolicyVersion BEFORE = version("2020-01-01", "IT providers", BASE);

  @Test
  void everyChangeTheFeedNamesChangesTheDigest() {
    List<PolicyVersion> afters =
        List.of(
            version("2021-01-01", "IT providers"), // removed
            version(
                "2021-01-01",
                "IT providers",
                BASE,
                recipient(
                    "Other",
                    "it",
                    RecipientRole.PROCESSOR,
                    "IE",
                    Optional.empty(),
                    Optional.empty())),
            version(
                "2021-01-01",
                "IT providers",
                recipient(
                    "Mailer Inc",
                    "it",
                    RecipientRole.PROCESSOR,
                    "IE",
                    Optional.empty(),
                    Optional.of("mail"))),
            version(
                "2021-01-01",
                "IT providers",
                recipient(
                    "Mailer Ltd",
                    "ads",
                    RecipientRole.PROCESSOR,
                    "IE",
                    Optional.empty(),
                    Optional.of("mail"))),
            version(
                "2021-01-01",
                "IT providers",
                recipient(
                    "Mailer Ltd",
                    "it",
                    RecipientRole.CONTROLLER,
                    "IE",
                    Optional.empty(),
                    Optional.of("mail"))),
            version(
                "2021-01-01",
                "IT providers",
                recipient(
                    "Mailer Ltd",
                    "it",
                    RecipientRole.PROCESSOR,
                    "US",
                    Optional.empty(),
                    Optional.of("mail"))),
            version(
                "2021-01-01",
                "IT providers",
                recipient(
                    "Mailer Ltd",
                    "it",
                    RecipientRole.PROCESSOR,
                    "IE",
                    Optional.of("UN"),
                    Optional.of("mail"))),
            version(
                "2021-01-01",
                "IT providers",
                recipient(
                    "Mailer Ltd",
                    "it",
                    RecipientRole.PROCESSOR,
                    "IE",
                    Optional.empty(),
                    Optional.of("newsletters"))));
    for (PolicyVersion after : afters) {
      List<Change> changes = StructuredChanges.recipients(BEFORE, after);
      assertFalse(changes.isEmpty(), after.registers().recipients().toString());
      assertNotEquals(BEFORE.recipientsDigest(), after.recipientsDigest(), changes.toString());
    }
  }

  @Test
  void aRenamedCategoryOfRecipientsChangesTheDigest() {
    // The diff names a recipient's category by the version's name for it.
    assertNotEquals(
        BEFORE.recipientsDigest(),
        version("2021-01-01", "Hosting and IT", BASE).recipientsDigest());
  }

  @Test
  void placesAloneDoNotChangeTheDigestAndGiveNoChange() {
    Position elsewhere = new Position("other.yaml", 40, 7);
    Recipient moved =
        new Recipient(
            BASE.id(),
            BASE.name(),
            new Ref("it", elsewhere),
            BASE.role(),
            BASE.country(),
            BASE.internationalOrganisation(),
            BASE.service(),
            BASE.dpv(),
            elsewhere,
            Positions.unknown());
    PolicyVersion after = version("2021-01-01", "IT providers", moved);
    assertEquals(BEFORE.recipientsDigest(), after.recipientsDigest());
    assertEquals(List.of(), StructuredChanges.recipients(BEFORE, after));
    assertEquals(List.of(), StructuredChanges.recipients(BEFORE, after, Map.of(), "en"));
  }

  @Test
  void lengthsSeparateTheValues() {
    // "ab" + "c" and "a" + "bc" are different recipients.
    PolicyVersion one =
        version(
            "2021-01-01",
            "IT providers",
            recipient(
                "ab", "c", RecipientRole.PROCESSOR, "IE", Optional.empty(), Optional.empty()));
    PolicyVersion two =
        version(
            "2021-01-01",
            "IT providers",
            recipient(
                "a", "bc", RecipientRole.PROCESSOR, "IE", Optional.empty(), Optional.empty()));
    assertNotEquals(one.recipientsDigest(), two.recipientsDigest());
  }
}
