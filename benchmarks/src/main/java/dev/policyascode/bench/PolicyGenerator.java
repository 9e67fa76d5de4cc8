package dev.policyascode.bench;

import dev.policyascode.versions.ContentHash;
import dev.policyascode.versions.VersionLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic policies shaped like the Qucit one: a preamble, definitions, data subjects, data
 * categories with items, processing activities, legal bases, retention rules, recipients, rights
 * and security measures, then about fifteen sections (some with subsections) whose bodies link to
 * each other by id ({@code [](#id)}) and embed the registers in {@code ```policy} blocks. A version
 * is about as long as the flagship (15 to 20 KB of YAML). Every version differs from its neighbour
 * in a few sentences, as real versions do; the text is pseudo-random words from a fixed seed, so
 * every run writes the same bytes.
 */
public final class PolicyGenerator {

  /** Versions per policy at the larger sizes: a policy revised monthly for eight years. */
  public static final int VERSIONS_PER_POLICY = 100;

  private PolicyGenerator() {}

  /** How many policies hold {@code versions} versions: 1 × 1, 1 × 100, 10 × 100, 100 × 100. */
  public static int policies(int versions) {
    return versions <= VERSIONS_PER_POLICY ? 1 : (versions + VERSIONS_PER_POLICY - 1) / 100;
  }

  /**
   * Writes {@code versions} versions under {@code root} (one folder per policy) and returns the
   * total bytes of YAML written.
   */
  public static long generate(Path root, int versions) {
    int policies = policies(versions);
    int perPolicy = (versions + policies - 1) / policies;
    long bytes = 0;
    int left = versions;
    for (int p = 0; p < policies; p++) {
      String id = String.format("policy-%03d", p);
      Path folder = root.resolve(id);
      bytes += write(folder.resolve("policy.yaml"), policyFile(id, p));
      int n = Math.min(perPolicy, left);
      left -= n;
      // Every generated version is published, so each is locked, as policy:publish would do.
      VersionLock lock = VersionLock.empty();
      for (int v = 0; v < n; v++) {
        LocalDate effective = LocalDate.of(2018, 5, 25).plusDays(30L * v);
        String text = versionFile(effective, new Revision(p, v), v);
        bytes += write(folder.resolve("versions").resolve(effective + ".yaml"), text);
        lock = lock.with(effective.toString(), ContentHash.of(text));
      }
      write(folder.resolve(VersionLock.FILE), lock.format());
    }
    return bytes;
  }

  private static long write(Path file, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.length;
  }

  static String policyFile(String id, int p) {
    return "format: 1\n"
        + "id: "
        + id
        + "\ntitle: Privacy Policy\n"
        + "controller:\n"
        + "  name: Company "
        + p
        + "\n  address: \""
        + (10 + p)
        + ", rue de l’Exemple, 33000 Bordeaux, France\"\n"
        + "  country: FR\n"
        + "  email: privacy@company"
        + p
        + ".example\n"
        + "dpo:\n  name: Data Protection Officer\n  email: dpo@company"
        + p
        + ".example\n"
        + "supervisory_authority:\n  name: Commission nationale de l’informatique et des libertés"
        + " (CNIL)\n  address: \"3 place de Fontenoy, 75007 Paris, France\"\n  country: FR\n"
        + "languages: [en]\n"
        + "base_url: https://company"
        + p
        + ".example/privacy/\n";
  }

  static String versionFile(LocalDate effective, Revision rev, int revision) {
    Random r = rev.of("preamble", Revision.REGISTER);
    StringBuilder y = new StringBuilder(20_000);
    y.append("format: 1\nversion: ").append(effective).append('\n');
    y.append("effective: ").append(effective).append('\n');
    y.append("status: published\n");
    y.append("summary: Revision ").append(revision).append(" of the policy.\n\n");
    y.append("preamble: |\n");
    y.append("  Updated on ").append(effective).append("\n\n");
    for (int i = 0; i < 2; i++)
      y.append("  ").append(GeneratedProse.paragraph(r, 35)).append("\n\n");

    y.append("definitions:\n");
    String[] terms = {
      "Applications", "Customer", "Account", "Content", "Personal Data", "Services", "Site", "Users"
    };
    for (int i = 0; i < terms.length; i++) {
      y.append("  - id: term-").append(i).append('\n');
      y.append("    term: ").append(terms[i]).append('\n');
      y.append("    meaning: \"refers to ")
          .append(GeneratedProse.sentence(rev.of("term-" + i, Revision.REGISTER), 18))
          .append("\"\n");
    }
    y.append("\ndata_subjects:\n");
    y.append("  - {id: users, name: Users}\n  - {id: customers, name: Customers}\n");
    y.append("  - {id: prospects, name: Prospects}\n\n");
    y.append("data_categories:\n");
    for (int i = 0; i < 8; i++) {
      r = rev.of("cat-" + i, Revision.REGISTER);
      y.append("  - id: cat-").append(i).append('\n');
      y.append("    name: ")
          .append(GeneratedProse.capitalised(GeneratedProse.words(r, 3)))
          .append('\n');
      y.append("    description: ")
          .append(GeneratedProse.capitalised(GeneratedProse.sentence(r, 12)))
          .append(".\n");
      y.append("    required: ").append(i % 2 == 0).append('\n');
      if (i == 7) {
        y.append("    items:\n");
        for (int k = 0; k < 6; k++)
          y.append("      - ").append(GeneratedProse.words(r, 5)).append('\n');
      }
    }
    y.append("\nactivities:\n");
    String[] bases = {"contract", "legitimate-interests", "legal-obligation", "consent"};
    for (int i = 0; i < 5; i++) {
      String basis = bases[i % bases.length];
      r = rev.of("act-" + i, Revision.REGISTER);
      y.append("  - id: act-").append(i).append('\n');
      y.append("    name: ")
          .append(GeneratedProse.capitalised(GeneratedProse.words(r, 4)))
          .append('\n');
      y.append("    purposes:\n      - ").append(GeneratedProse.sentence(r, 14)).append('\n');
      y.append("    legal_basis: ").append(basis).append('\n');
      if (basis.equals("legitimate-interests")) {
        y.append("    legitimate_interest: ").append(GeneratedProse.words(r, 4)).append('\n');
      }
      y.append("    data_categories: [cat-").append(i).append(", cat-").append(i + 1);
      if (i == 4) y.append(", cat-6, cat-7"); // every category is used, as the datamap rules ask
      y.append("]\n");
      y.append("    data_subjects: [users, customers]\n");
      y.append("    recipients: [host]\n");
      y.append("    retention: [keep-").append(i % 4).append("]\n");
    }
    y.append("\nlegal_bases:\n");
    for (String basis : bases) {
      y.append("  - basis: ").append(basis).append('\n');
      y.append("    text: ")
          .append(GeneratedProse.sentence(rev.of(basis, Revision.REGISTER), 16))
          .append('\n');
    }
    y.append("\nretention:\n");
    for (int i = 0; i < 4; i++) {
      y.append("  - id: keep-").append(i).append('\n');
      y.append("    period: P").append(i + 1).append("Y\n");
      y.append("    from: the end of the contract\n");
      // no data_categories: a rule then covers all the data of the activities that name it, so
      // every category has a period (retention-missing) whichever activity uses it
      y.append("    statement: \"The company keeps ")
          .append(GeneratedProse.words(rev.of("keep-" + i, Revision.REGISTER), 8))
          .append(" {period} after {from};\"\n");
    }
    y.append("\nrecipient_categories:\n");
    y.append("  - {id: host, name: Host}\n  - {id: mail, name: Service providers for mail}\n\n");
    y.append("recipients:\n");
    y.append("  - {id: ovh, name: OVH, category: host, role: processor, country: FR}\n");
    y.append("  - {id: aws, name: AWS, category: host, role: processor, country: IE}\n\n");
    y.append("rights:\n");
    for (String right :
        new String[] {
          "access",
          "rectification",
          "erasure",
          "restriction",
          "objection",
          "portability",
          "withdraw-consent",
          "complaint"
        }) {
      y.append("  - {right: ").append(right).append(", label: ").append(right).append(" right}\n");
    }
    y.append("\nsecurity_measures:\n");
    for (int i = 0; i < 5; i++) {
      y.append("  - id: sec-").append(i).append('\n');
      y.append("    text: ")
          .append(
              GeneratedProse.capitalised(
                  GeneratedProse.sentence(rev.of("sec-" + i, Revision.REGISTER), 20)))
          .append(".\n");
    }

    y.append("\nsections:\n");
    List<String> ids = new ArrayList<>();
    int top = 12;
    for (int s = 0; s < top; s++) {
      ids.add("s" + s);
      for (int c = 0; c < subsections(s); c++) ids.add("s" + s + "-" + c);
    }
    for (int s = 0; s < top; s++) {
      y.append("  - id: s").append(s).append('\n');
      y.append("    title: ")
          .append(
              GeneratedProse.capitalised(
                  GeneratedProse.words(rev.of("title-s" + s, 4 * Revision.REGISTER), 4)))
          .append('\n');
      y.append("    body: |\n");
      body(y, "      ", rev, "s" + s, s, ids);
      int subs = subsections(s);
      if (subs > 0) y.append("    sections:\n");
      for (int c = 0; c < subs; c++) {
        y.append("      - id: s").append(s).append('-').append(c).append('\n');
        String id = "s" + s + "-" + c;
        y.append("        title: ")
            .append(
                GeneratedProse.capitalised(
                    GeneratedProse.words(rev.of("title-" + id, 4 * Revision.REGISTER), 5)))
            .append('\n');
        y.append("        body: |\n");
        body(y, "          ", rev, id, -1, ids);
      }
    }
    return y.toString();
  }

  private static int subsections(int section) {
    return section % 3 == 1 ? 3 : section % 3 == 2 ? 1 : 0;
  }

  /** Two or three paragraphs with links by id, and for some sections a register embedded. */
  private static void body(
      StringBuilder y, String indent, Revision rev, String id, int section, List<String> ids) {
    // The shape of a section (paragraph count) stays; each paragraph is revised on its own.
    int paragraphs = 1 + Math.floorMod(id.hashCode(), 2);
    for (int i = 0; i < paragraphs; i++) {
      Random r = rev.of(id + "/" + i, Revision.PARAGRAPH);
      String p = GeneratedProse.paragraph(r, 30);
      if (i == 0 && section == 2) p += " As Article 13 of the GDPR requires, this is stated here.";
      if (i == paragraphs - 1 && r.nextInt(2) == 0) {
        String target = ids.get(r.nextInt(ids.size()));
        p += " See [](#" + target + ") and [Article](#" + ids.get(r.nextInt(ids.size())) + ").";
      }
      y.append(indent).append(p).append("\n\n");
    }
    String embed =
        switch (section) {
          case 0 -> "list: definitions\nitem_end: \";\"\nlast_end: \".\"";
          case 1 -> "list: data-categories\nonly: [cat-0, cat-1, cat-2]";
          case 3 -> "list: legal-bases\nitem_end: \" and/or;\"\nlast_end: \".\"";
          case 4 -> "list: security-measures";
          case 5 -> "paragraphs: retention";
          case 6 -> "list: data-items\nof: cat-7";
          case 7 -> "list: recipient-categories";
          case 9 -> "list: rights";
          default -> null;
        };
    if (embed != null) {
      y.append(indent).append("```policy\n");
      for (String line : embed.split("\n")) y.append(indent).append(line).append('\n');
      y.append(indent).append("```\n\n");
    }
  }
}
