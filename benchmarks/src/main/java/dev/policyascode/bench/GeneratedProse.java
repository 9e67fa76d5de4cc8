package dev.policyascode.bench;

import java.util.Random;

/**
 * The pseudo-random prose of generated versions: sentences of policy words, with emphasis, numbers
 * and a bare link now and then, as real bodies have. Drawn from the generator's seeded {@code
 * Random}, so the same seed writes the same bytes.
 */
final class GeneratedProse {

  private static final String[] WORDS =
      ("the data personal user customer service services account processing purpose contract"
              + " legal obligation interest legitimate consent right access request controller"
              + " processor recipient retention period security measure information provide collect"
              + " store keep delete transfer country union member state authority complaint email"
              + " address name company application site website cookie browser connection log"
              + " operation time date history invoice payment support incident offer marketing"
              + " prospect file commercial relationship employee collaborator host provider mail"
              + " postal digital subscription agreement term condition policy privacy protection"
              + " regulation applicable law necessary appropriate reasonable limited strictly only"
              + " within after before during from with without under for and or of to in on by as"
              + " which that this these those such any each every all other may must shall will can")
          .split(" ");

  private GeneratedProse() {}

  static String paragraph(Random r, int words) {
    StringBuilder sb = new StringBuilder();
    int left = words;
    while (left > 0) {
      int n = Math.min(left, 8 + r.nextInt(10));
      if (sb.length() > 0) sb.append(' ');
      String s = capitalised(sentence(r, n));
      // Emphasis and a bare link now and then, as real bodies have.
      if (r.nextInt(6) == 0) s = s.replaceFirst(" (\\w+) ", " **$1** ");
      sb.append(s).append('.');
      left -= n;
    }
    // Numbers, as real texts have: delays, amounts, addresses.
    if (r.nextInt(3) == 0)
      sb.append(" This is done within ").append(1 + r.nextInt(90)).append(" days.");
    if (r.nextInt(4) == 0) sb.append(" Write to <https://example.com/contact>.");
    return sb.toString();
  }

  static String sentence(Random r, int n) {
    return words(r, n);
  }

  static String words(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) sb.append(' ');
      sb.append(WORDS[r.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
