package dev.policyascode.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the plain-language rules count: the words a reader reads, in the sentences they read. */
class ReadingTextTest {

  private static List<String> sentences(String markdown) {
    ReadingText t = new ReadingText(markdown);
    return t.sentences().stream()
        .map(s -> String.join(" ", s.words().stream().map(ReadingText.Word::text).toList()))
        .toList();
  }

  @Test
  void abbreviationsAndNumbersDoNotEndASentence() {
    assertEquals(
        List.of(
            "We rely on Art 6 1 f GDPR e g for fraud i e abuse as section 5.3 says",
            "Then we stop"),
        sentences(
            "We rely on Art. 6(1)(f) GDPR, e.g. for fraud, i.e. abuse, as section 5.3 says."
                + " Then we stop."));
  }

  @Test
  void sentencesEndAtFullStopsListItemsParagraphsAndHeadings() {
    assertEquals(
        List.of("We collect", "your name", "your email", "We keep it", "Next", "Done in 2018"),
        sentences(
            "We collect:\n\n- your name\n- your email\n\nWe keep it\n\n## Next\n\nDone in 2018."));
  }

  @Test
  void linkTargetsCodeAndHtmlAreNotRead() {
    ReadingText t =
        new ReadingText(
            "See [our partners](https://example.com/a/very/long/path) and `cookie_name` <b>x</b>.");
    assertEquals(List.of("See our partners and x"), sentences(t.text()));
    assertEquals(5, t.wordCount());
  }

  @Test
  void initialsAndEtcBeforeALowerCaseWordStayInTheSentence() {
    assertEquals(
        List.of("J Smith of Acme Inc signs letters etc and so on", "Next one"),
        sentences("J. Smith of Acme Inc. signs letters, etc. and so on. Next one."));
  }

  @Test
  void aWordPointsAtItsOffsetInTheText() {
    ReadingText t = new ReadingText("**Bold** words");
    assertEquals(2, t.sentences().get(0).words().get(0).start());
  }
}
