package dev.policyascode.lint.rules;

import dev.policyascode.model.*;
import java.util.ArrayList;
import java.util.List;

/** Every CommonMark text of a version, in reading order, for rules that read the prose. */
final class Texts {
  private Texts() {}

  static List<Prose> all(PolicyVersion v) {
    List<Prose> all = new ArrayList<>();
    v.preamble().ifPresent(all::add);
    for (Section s : v.allSections()) s.body().ifPresent(all::add);
    Registers r = v.registers();
    r.definitions().forEach(d -> all.add(d.meaning()));
    r.legalBases().forEach(b -> all.add(b.text()));
    r.retention().forEach(x -> all.add(x.statement()));
    r.securityMeasures().forEach(s -> all.add(s.text()));
    return all;
  }

  /** The texts that make up the public document (not the registers' own fields). */
  static List<Prose> bodies(PolicyVersion v) {
    List<Prose> all = new ArrayList<>();
    v.preamble().ifPresent(all::add);
    for (Section s : v.allSections()) s.body().ifPresent(all::add);
    return all;
  }
}
