package dev.policyascode.lint.rules;

import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.Activity;
import dev.policyascode.model.Definition;
import dev.policyascode.model.Prose;
import dev.policyascode.model.Transfer;
import dev.policyascode.text.ReadingText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The texts the plain-language rules read: what the controller says about its processing, in the
 * words a reader reads. That is the prose (summary, preamble, section bodies, legal bases,
 * retention statements, security measures) and the purposes, legitimate interests and transfer
 * details of the registers. The definitions are left out: they often quote the law, which is never
 * reworded, and a definition states what a word means, not what the controller does.
 */
final class PlainStatements {

  private PlainStatements() {}

  static List<Prose> of(VersionContext context) {
    return context.computed(
        PlainStatements.class,
        () -> {
          Set<Prose> definitions = Collections.newSetFromMap(new IdentityHashMap<>());
          for (Definition d : context.version().registers().definitions()) {
            definitions.add(d.meaning());
          }
          List<Prose> out = new ArrayList<>();
          for (Prose p : context.version().texts()) {
            if (!definitions.contains(p)) out.add(p);
          }
          for (Activity a : context.version().registers().activities()) {
            for (int i = 0; i < a.purposes().size(); i++) {
              add(out, a.purposes().get(i), a.locator("purposes", i));
            }
            a.legitimateInterest().ifPresent(v -> add(out, v, a.locator("legitimate_interest")));
          }
          for (Transfer t : context.version().registers().transfers()) {
            t.details().ifPresent(v -> add(out, v, t.locator("details")));
          }
          return List.copyOf(out);
        });
  }

  /** A text as read, parsed once per version however many rules ask. */
  static ReadingText read(VersionContext context, Prose prose) {
    return context.reading(prose);
  }

  private static void add(List<Prose> out, String value, dev.policyascode.model.TextLocator at) {
    if (!value.isBlank()) out.add(new Prose(value, at));
  }
}
