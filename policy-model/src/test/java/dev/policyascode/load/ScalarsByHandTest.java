package dev.policyascode.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The ids and dates checked by hand say what their patterns, which the JSON Schema carries, say.
 */
class ScalarsByHandTest {

  @Test
  void idsAndDatesAgreeWithTheirPatterns() {
    Pattern id = Pattern.compile(Scalars.ID_REGEX);
    Pattern date = Pattern.compile(Scalars.DATE_REGEX);
    String alphabet = "az09-_A\n \u00e9\u0661";
    Random random = new Random(18);
    List<String> fixed =
        List.of("", "-", "a", "a-", "-a", "a-b", "2018-05-25", "2018-5-25", "2018-05-25\n");
    for (String s : fixed) {
      assertEquals(id.matcher(s).matches(), Scalars.isId(s), s);
      assertEquals(date.matcher(s).matches(), Scalars.isDate(s), s);
    }
    for (int n = 0; n < 100_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(12);
      boolean dateLike = random.nextBoolean();
      for (int i = 0; i < length; i++) {
        if (dateLike && random.nextInt(5) > 0) {
          s.append(i == 4 || i == 7 ? '-' : (char) ('0' + random.nextInt(10)));
        } else {
          s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String t = s.toString();
      assertEquals(id.matcher(t).matches(), Scalars.isId(t), t);
      assertEquals(date.matcher(t).matches(), Scalars.isDate(t), t);
    }
  }
}
