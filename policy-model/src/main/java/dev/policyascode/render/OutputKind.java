package dev.policyascode.render;

/**
 * What an output folder holds; written in its marker, so that one output never replaces another.
 */
public enum OutputKind {
  SITE("site", "the public site"),
  REGISTER("register", "the records of processing"),
  COMPLIANCE("compliance", "the compliance matrices"),
  EXPORT("export", "the machine-readable exports");

  private final String word;
  private final String what;

  OutputKind(String word, String what) {
    this.word = word;
    this.what = what;
  }

  /** The word in the marker file. */
  String word() {
    return word;
  }

  /** What the folder holds, as a sentence names it: "the public site". */
  public String what() {
    return what;
  }
}
