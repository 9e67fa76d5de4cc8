package dev.policyascode.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policyascode.diagnostics.Position;
import dev.policyascode.model.Contact;
import dev.policyascode.model.DataCategory;
import dev.policyascode.model.Policy;
import dev.policyascode.model.PolicyVersion;
import dev.policyascode.model.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model keeps, for each value the author wrote, where it is written: {@code record.at(key)} for
 * a value, {@code record.at(key, item)} for an item of a list, in the record's own file. Each
 * expected place is found in the file's text, so the tests say what they point at.
 */
class PositionsTest {

  private static final String POLICY =
      """
      format: 1
      id: acme
      title: Privacy Policy
      controller:
        name: Acme
        address: 1 rue de la Paix, Paris
        country: FR
      languages: [en]
      """;

  private static final String VERSION =
      """
      # yaml-language-server: $schema=../../../schema/policy-version.schema.json
      format: 1
      version: 2018-05-25
      effective: 2018-05-25
      status: draft
      data_categories:
        - id: contact
          name: Contact details
          items: [email address, "phone number"]
      sections:
        - id: intro
          title: Introduction  # a note
          body: |
            We are Acme. # This is text, not a comment.
      """;

  @TempDir Path root;

  @Test
  void aMappingValueIsWhereItsTextIs() throws IOException {
    PolicyVersion version = load().versions().get(0);
    assertEquals(at("versions", "2018-05-25\nstatus"), version.at("effective"));
    assertEquals(at("versions", "2018-05-25\neffective"), version.at("version"));
  }

  @Test
  void aSequenceItemIsWhereItIsWritten() throws IOException {
    DataCategory contact = load().versions().get(0).registers().dataCategories().get(0);
    assertEquals(at("versions", "email address"), contact.at("items", 0));
    assertEquals(at("versions", "\"phone number\""), contact.at("items", 1));
    // a word inside a quoted item: one column after the quote, counted from the text
    assertEquals(
        at("versions", "number\""), contact.locator("items", 1).locate("phone number", 6, 6));
  }

  @Test
  void aFieldOfPolicyYamlIsInPolicyYaml() throws IOException {
    Contact controller = load().controller();
    assertEquals(at("policy", "1 rue de la Paix"), controller.at("address"));
    assertEquals("acme/policy.yaml", controller.at("address").file());
  }

  @Test
  void theTextOfABlockStartsBelowItsIndicator() throws IOException {
    Section intro = load().versions().get(0).sections().get(0);
    Position text = at("versions", "We are Acme.");
    assertEquals(text, intro.at("body"));
    assertEquals(text, intro.body().orElseThrow().at(), "the prose says the same");
  }

  @Test
  void aKeyNotWrittenIsAtTheRecordsStart() throws IOException {
    Contact controller = load().controller();
    assertFalse(controller.positions().written("email"));
    assertTrue(controller.positions().written("address"));
    assertEquals(controller.at(), controller.at("email"));
  }

  @Test
  void aKeyTheKindDoesNotHaveIsAMistakeOfTheRule() throws IOException {
    Contact controller = load().controller();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> controller.at("adress"));
    assertTrue(e.getMessage().contains("has no key 'adress'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> controller.at("country", 0));
  }

  @Test
  void aRecordMadeByHandPlacesEveryValueAtItsStart() {
    Position start = new Position("made/by/hand.yaml", 3, 5);
    Contact contact =
        new Contact(
            "Acme",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            start);
    assertEquals(start, contact.at("address"));
    assertEquals(start, contact.at("anything", 2));
  }

  @Test
  void theCommentsAreReadInTheSameParseAsTheValues() throws IOException {
    LoadResult result = loaded();
    List<Comment> comments = result.comments().get("acme/versions/2018-05-25.yaml");
    // the schema line and the note; the '#' in the literal block is text
    assertEquals(List.of(1, 12), comments.stream().map(c -> c.at().line()).toList());
    Comment note = comments.get(1);
    assertEquals(" a note", note.text());
    assertFalse(note.ownLine());
    assertEquals(new Comment.Lines(12, 12), note.line());
    assertEquals(new Comment.Lines(13, 14), note.next(), "the body and every line of its text");
  }

  private Policy load() throws IOException {
    LoadResult result = loaded();
    assertEquals(List.of(), result.findings());
    return result.policies().get(0);
  }

  private LoadResult loaded() throws IOException {
    Path dir = Files.createDirectories(root.resolve("acme").resolve(PolicyLoader.VERSIONS_DIR));
    Files.writeString(root.resolve("acme").resolve(PolicyLoader.POLICY_FILE), POLICY);
    Files.writeString(dir.resolve("2018-05-25.yaml"), VERSION);
    return new PolicyLoader(root).load(root);
  }

  /** Where {@code piece} is written in the policy file or the version file. */
  private static Position at(String which, String piece) {
    String file = which.equals("policy") ? "acme/policy.yaml" : "acme/versions/2018-05-25.yaml";
    String text = which.equals("policy") ? POLICY : VERSION;
    int offset = text.indexOf(piece);
    if (offset < 0) throw new IllegalArgumentException(piece + " is not in the text");
    int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    return new Position(file, line, offset - lineStart + 1);
  }
}
