package dev.policyascode.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedlineTest {

  @Test
  void wordsDeletedAndInserted() {
    Redline r =
        Redline.of("We keep prospect data for 3 years.", "We keep prospect data for 2 years.");
    assertTrue(r.changed());
    List<Redline.Piece> changed =
        r.pieces().stream().filter(p -> p.kind() != Redline.Kind.EQUAL).toList();
    assertEquals(2, changed.size());
    assertEquals("3", changed.get(0).oldText());
    assertEquals("2", changed.get(1).newText());
    assertEquals(2, r.changedWords());
  }

  @Test
  void whitespaceAloneIsNoChange() {
    Redline r = Redline.of("We keep\nyour data  safe.", "We keep your data\tsafe.\n");
    assertFalse(r.changed(), () -> r.pieces().toString());
    assertEquals("We keep\nyour data  safe.", r.oldText());
    assertEquals("We keep your data\tsafe.\n", r.newText());
  }

  @Test
  void aSectionLinkIsComparedByIdNotByNumber() {
    Redline same = Redline.of("See [](#storage) above.", "See [](#storage) above.");
    assertFalse(same.changed());
    Redline moved = Redline.of("See [](#storage) above.", "See [](#security) above.");
    assertTrue(moved.changed());
    Redline relabelled = Redline.of("See [](#storage).", "See [Article](#storage).");
    assertTrue(relabelled.changed());
  }

  @Test
  void apostrophesStayInsideWords() {
    assertEquals(
        List.of("users", "’", " ", "data"),
        Token.of("users’ data").stream().map(Token::text).toList());
    assertEquals(
        List.of("user’s", " ", "data"), Token.of("user’s data").stream().map(Token::text).toList());
  }

  @Test
  void emptyTexts() {
    assertEquals("new words", Redline.of("", "new words").newText());
    assertEquals("", Redline.of("", "new words").oldText());
    assertFalse(Redline.of("", "").changed());
  }

  @Test
  void aTextComparedWithItselfIsTheDiffsOneEqualPiece() {
    for (String text : List.of("", " ", "See [](#storage) above.\n\nWe keep   it.", "a")) {
      // The same text twice is never diffed; the redline is what the diff of its words gives.
      Redline diffed = Redline.of(Token.of(text), Token.of(text));
      assertEquals(diffed, Redline.of(text, new String(text)));
      assertFalse(Redline.of(text, text).changed());
      assertFalse(new Redlines().changed(text, new String(text)));
    }
    Redlines redlines = new Redlines();
    assertTrue(redlines.changed("We keep it.", "We sell it."));
    assertFalse(redlines.changed("We keep it.", "We  keep it."));
  }
}
