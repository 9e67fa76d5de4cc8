package dev.policyascode.lint.rules;

import dev.policyascode.lint.api.TextMemo;
import dev.policyascode.lint.api.VersionContext;
import dev.policyascode.model.*;
import dev.policyascode.text.WordScan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms of one version: those its definitions declare, those its text defines in passing ('this
 * privacy policy (“Privacy Policy”)'), the names it may use freely (the controller's, the
 * recipients', countries, months, laws), and every capitalised word in running prose that is none
 * of these. The term rules share it so that they agree on what a term is.
 */
final class TermIndex {

  /** Why a capitalised word was not accepted. */
  enum Kind {
    /** Reads like a defined term, but nothing defines it. */
    UNDEFINED,
    /** A shortened or lengthened form of a defined term ('Site' for the defined 'Website'). */
    VARIANT
  }

  /**
   * A capitalised word or run of words that is no known term or name, where it is written; for a
   * variant, the defined term it is a form of.
   */
  record Use(Prose prose, int offset, String text, Kind kind, String related) {}

  /** 'Capitalised terms not defined here have the meaning given in our Terms of Service'. */
  private static final Pattern DEFINED_ELSEWHERE =
      Pattern.compile(
          "(?i)(capitali[sz]ed terms|defined terms|have the meanings?|as defined)[^.]{0,120}"
              + "(terms of (service|use)|terms and conditions|agreement|contract)");

  private static final Pattern TERM_IN_QUOTES =
      Pattern.compile("[“\"](\\p{Lu}[^“”\"\\n]{0,60})[”\"]");

  /** Phrases that introduce a term defined in passing: ("Term"), “Term” means ... */
  private static final Pattern IN_BRACKETS = Pattern.compile("\\(([^()]{1,240})\\)");

  private static final Pattern QUOTED = Pattern.compile("[“\"‘']([^“”\"‘’']{1,80})[”\"’']");
  private static final Pattern DEFINES =
      Pattern.compile(
          "[“\"]([^“”\"]{1,80})[”\"]\\s*,?\\s+(?:means|refers|shall mean|is defined|has the meaning|includes)");

  /** A word in lower case, not the end of another word. */
  private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}])\\p{Ll}[\\p{L}\\-]*");

  private final Map<String, Definition> definedNames = new LinkedHashMap<>();
  private final Set<String> knownNames = new HashSet<>();
  private final Set<String> lowerWords = new HashSet<>();
  private final List<Use> uses = new ArrayList<>();
  private boolean definedElsewhere;
  private final Set<String> ownerWords = new HashSet<>();
  private final Map<Prose, WordScan> scans = new java.util.IdentityHashMap<>();

  // Answers by word, worked out once: the same capitalised words recur in every paragraph. The
  // index is built on one thread (inside VersionContext.computed), then only read.
  private final Map<String, Optional<String>> variants = new java.util.HashMap<>();
  private final Map<String, Boolean> lowerCaseSeen = new java.util.HashMap<>();
  private final Map<String, Optional<String>> spelledOtherwise = new java.util.HashMap<>();
  private final Map<String, Boolean> known = new java.util.HashMap<>();
  private final Map<String, String[]> definedWords = new java.util.HashMap<>();

  /** Each defined name by its {@link #spelling}, so that 'Smart-Scales' finds 'Smart Scale'. */
  private final Map<String, String> bySpelling = new java.util.HashMap<>();

  private TermIndex() {
    TermWords.LEGAL_NAMES.forEach(knownNames::add);
  }

  /** The index of a version: several rules read it, it is built once per version. */
  static TermIndex of(VersionContext context) {
    return context.computed(TermIndex.class, () -> build(context));
  }

  private static TermIndex build(VersionContext context) {
    TermIndex index = new TermIndex();
    PolicyVersion v = context.version();
    for (Definition d : v.registers().definitions()) {
      for (String name : TermForms.names(d)) {
        index.definedNames.putIfAbsent(name, d);
        index.bySpelling.putIfAbsent(spelling(name), name);
      }
    }
    index.knownNames(context);
    List<Prose> texts = v.texts();
    for (Prose p : texts) {
      TextTerms t =
          context.perText(TextTerms.class, p, text -> TextTerms.of(text, context.words(p)));
      t.definedInPassing().forEach(index::addDefinedInPassing);
      if (!index.definedElsewhere) index.definedElsewhere = t.definedElsewhere();
      index.scans.put(p, context.words(p));
      index.lowerWords.addAll(t.lowerWords());
    }
    for (Section s : v.allSections()) {
      Matcher m = LOWER_WORD.matcher(s.title());
      while (m.find()) index.lowerWords.add(m.group());
    }
    Set<Prose> meanings = new HashSet<>();
    v.registers().definitions().forEach(d -> meanings.add(d.meaning()));
    for (Prose p : texts) index.scans.get(p).bold().forEach(index::addDefinedInPassing);
    // A text's runs are judged against what the index knows. When a version knows what an earlier
    // one knew (most revisions add no term, name or word), its texts' uses are those found then,
    // at the same offsets: they are looked up by the text and that knowledge, and only placed at
    // this version's prose. The knowledge is made one shared object per run, so that the look-ups
    // compare it by identity rather than set by set; so are the two kinds made of it.
    Knowledge knowledge = index.knowledge();
    knowledge = context.memo().canonical(knowledge, knowledge.weight());
    Object[] byKnowledge = {
      context.memo().canonical(TextMemo.kind(CapitalisedRuns.class, false, knowledge), 64),
      context.memo().canonical(TextMemo.kind(CapitalisedRuns.class, true, knowledge), 64)
    };
    for (Prose p : texts) {
      boolean isMeaning = meanings.contains(p);
      List<Use> found =
          context.perText(
              byKnowledge[isMeaning ? 1 : 0], p, text -> judged(context, index, p, isMeaning));
      for (Use u : found) index.uses.add(new Use(p, u.offset(), u.text(), u.kind(), u.related()));
    }
    return index;
  }

  /** The memo's kinds for a text's latest judgement, in running text and in a meaning. */
  private static final Object[] LATEST = {
    TextMemo.kind(CapitalisedRuns.class, "latest", false),
    TextMemo.kind(CapitalisedRuns.class, "latest", true)
  };

  /** The latest judgement of a text, whichever version made it; replaced by a later one. */
  private static final class Latest {
    volatile Judged judged;
  }

  /**
   * The uses found in a text, relative to it, and the questions asked of the index to find them.
   */
  private record Judged(List<Use> uses, CapitalisedRuns.Reads reads) {}

  /**
   * The uses of a text that this index judges, when no version with the same knowledge has judged
   * it: those of the text's latest judgement when this index answers each question that judgement
   * asked alike (a version that adds a name or a lower-case word, in about a quarter of the
   * versions, changes the answers for few texts, if any), or judged again.
   */
  private static List<Use> judged(
      VersionContext context, TermIndex index, Prose p, boolean isMeaning) {
    Latest latest = context.perText(LATEST[isMeaning ? 1 : 0], p, t -> new Latest());
    Judged before = latest.judged;
    if (before != null && before.reads().holdIn(index)) return before.uses();
    List<Use> relative = new ArrayList<>();
    CapitalisedRuns.Reads reads = new CapitalisedRuns.Reads();
    new CapitalisedRuns(index, relative, reads).scan(null, index.scans.get(p), isMeaning);
    Judged now = new Judged(List.copyOf(relative), reads.done());
    latest.judged = now;
    return now.uses();
  }

  /**
   * All that {@link CapitalisedRuns} asks of the index, as values: the defined names in order (the
   * spellings and variants follow from them), the known names, the words written in lower case and
   * the controller's words. Two versions with equal knowledge judge a text alike.
   */
  static final class Knowledge {
    private final List<String> defined;
    private final Set<String> known;
    private final Set<String> lower;
    private final Set<String> owner;
    private final int hash;

    Knowledge(List<String> defined, Set<String> known, Set<String> lower, Set<String> owner) {
      this.defined = defined;
      this.known = known;
      this.lower = lower;
      this.owner = owner;
      this.hash = java.util.Objects.hash(defined, known, lower, owner);
    }

    /** About how many characters it holds, for the memo's bound. */
    int weight() {
      return 16 * (defined.size() + known.size() + lower.size() + owner.size());
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      if (o == this) return true;
      return o instanceof Knowledge k
          && hash == k.hash
          && defined.equals(k.defined)
          && known.equals(k.known)
          && lower.equals(k.lower)
          && owner.equals(k.owner);
    }
  }

  /**
   * What this index knows, sharing its sets rather than copying them: the index has taken in all it
   * will by the time {@link #build} asks (only its answers by word are kept after), so the sets no
   * longer change, and copying and hashing four sets per version showed in the profile (issue 18).
   * A set's equality and hash do not depend on its class or order, so the knowledge compares as the
   * copies did. The defined names are copied, as their order is part of it.
   */
  private Knowledge knowledge() {
    return new Knowledge(
        List.copyOf(definedNames.keySet()),
        java.util.Collections.unmodifiableSet(knownNames),
        java.util.Collections.unmodifiableSet(lowerWords),
        java.util.Collections.unmodifiableSet(ownerWords));
  }

  /**
   * Whether {@link #DEFINED_ELSEWHERE} can match: its first part always holds 'terms', 'meaning' or
   * 'as defined', read ignoring ASCII case, which lower-casing the text keeps. Asking first spares
   * trying the pattern at every character of every text of every version (issue 18).
   */
  private static boolean mayDeferDefinitions(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("terms") || lower.contains("meaning") || lower.contains("as defined");
  }

  /** The names that definitions declare, each with its definition. */
  Map<String, Definition> definedNames() {
    return definedNames;
  }

  /**
   * Whether the text says its capitalised terms are defined in another document, such as the terms
   * of service, which the linter cannot read.
   */
  boolean definedElsewhere() {
    return definedElsewhere;
  }

  /** Capitalised words and runs that are neither a term, a known name, nor allowed. */
  List<Use> uses() {
    return java.util.Collections.unmodifiableList(uses); // shared by the rules of a version
  }

  private void knownNames(VersionContext context) {
    Policy policy = context.policy();
    addName(policy.title());
    addContact(policy.controller());
    for (String w : policy.controller().name().split("[\\s,]+")) ownerWords.add(w);
    policy.dpo().ifPresent(this::addContact);
    policy.representative().ifPresent(this::addContact);
    policy.supervisoryAuthority().ifPresent(this::addContact);
    Registers r = context.version().registers();
    r.recipients().forEach(x -> addName(x.name()));
    r.recipientCategories().forEach(x -> addName(x.name()));
    r.dataSubjects().forEach(x -> addName(x.name()));
    r.dataCategories().forEach(x -> addName(x.name()));
    r.activities().forEach(x -> addName(x.name()));
  }

  private void addContact(Contact c) {
    addName(c.name());
    // the words of an address are street and town names
    c.address()
        .ifPresent(a -> CapitalisedRuns.WORD.matcher(a).results().forEach(m -> addName(m.group())));
  }

  private void addName(String name) {
    knownNames.add(name.strip());
    for (String w : name.split("[\\s,]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) knownNames.add(w);
    }
  }

  /**
   * What the index takes from one text, whatever the version: the terms it defines in passing, in
   * the order they are added, whether it says its terms are defined elsewhere, and the words its
   * running prose writes in lower case. Kept per text for the whole run ({@link
   * VersionContext#perText}): a version shares almost all its texts with the one before, and these
   * patterns took a fifth of the term rules' time.
   */
  private record TextTerms(
      List<String> definedInPassing, boolean definedElsewhere, List<String> lowerWords) {
    static TextTerms of(String text, WordScan scan) {
      List<String> defined = new ArrayList<>();
      inlineDefinitions(text, defined);
      boolean elsewhere = mayDeferDefinitions(text) && DEFINED_ELSEWHERE.matcher(text).find();
      // from the running words only: 'google' in an address is not the word written in lower case
      Set<String> lower = new java.util.LinkedHashSet<>();
      Matcher m = LOWER_WORD.matcher(scan.words());
      while (m.find()) lower.add(m.group());
      return new TextTerms(List.copyOf(defined), elsewhere, List.copyOf(lower));
    }
  }

  private static void inlineDefinitions(String text, List<String> defined) {
    Matcher b = IN_BRACKETS.matcher(text);
    while (b.find()) {
      Matcher q = QUOTED.matcher(b.group(1));
      while (q.find()) defined.add(q.group(1));
    }
    Matcher d = DEFINES.matcher(text);
    while (d.find()) defined.add(d.group(1));
    // a capitalised phrase in quotes is a term being introduced: your “Personal Data”, which is
    Matcher q = TERM_IN_QUOTES.matcher(text);
    while (q.find()) defined.add(q.group(1));
  }

  private void addDefinedInPassing(String term) {
    String t = term.strip().replaceAll("[.:,;]+$", "");
    if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) return;
    knownNames.add(t);
    for (String w : t.split("\\s+")) knownNames.add(w);
  }

  /** Whether a word is one of the controller's name, which makes a run of words a name. */
  boolean isOwnerWord(String w) {
    return ownerWords.contains(w);
  }

  /** Whether a phrase, in one of its forms, is a defined term. */
  boolean isDefined(String phrase) {
    return TermForms.forms(phrase).stream().anyMatch(definedNames::containsKey);
  }

  /** Whether a phrase, in one of its forms, is a defined term or a name the policy may use. */
  boolean isKnown(String phrase) {
    return known.computeIfAbsent(phrase, this::findKnown);
  }

  private boolean findKnown(String phrase) {
    for (String form : TermForms.forms(phrase)) {
      if (definedNames.containsKey(form) || knownNames.contains(form)) return true;
    }
    return false;
  }

  /** Whether the text also writes the word in lower case, as a common noun. */
  boolean writtenInLowerCase(String w) {
    return lowerCaseSeen.computeIfAbsent(w, this::seenInLowerCase);
  }

  private boolean seenInLowerCase(String w) {
    for (String form : TermForms.forms(w)) {
      String lower = form.toLowerCase(Locale.ROOT);
      if (!form.equals(lower) && lowerWords.contains(lower)) return true;
    }
    return false;
  }

  /**
   * The defined name that {@code text} spells another way: hyphenated, joined or spaced apart, in
   * the other number ('Smart-Scale', 'SmartScales' or 'Smart Scales' for the defined 'Smart
   * Scale'); none when {@code text} is one of the defined forms, or too short to tell.
   */
  Optional<String> spelledOtherwise(String text) {
    return spelledOtherwise.computeIfAbsent(text, this::findSpelledOtherwise);
  }

  private Optional<String> findSpelledOtherwise(String text) {
    String key = spelling(text);
    if (key.length() < 5 || isDefined(text)) return Optional.empty();
    return Optional.ofNullable(bySpelling.get(key));
  }

  /** Lower case, without hyphens, spaces or a possessive, singular: how a name is spelled. */
  static String spelling(String name) {
    String k = withoutJoiners(TermForms.withoutS(name.strip()).toLowerCase(Locale.ROOT));
    if (k.endsWith("’") || k.endsWith("'")) k = k.substring(0, k.length() - 1);
    if (k.endsWith("ies")) return k.substring(0, k.length() - 3) + "y";
    if (k.endsWith("s") && !k.endsWith("ss")) return k.substring(0, k.length() - 1);
    return k;
  }

  /**
   * {@code s.replaceAll("[\\s\\-‐‑–]+", "")}: without white space ({@code \\s}, ASCII) or hyphens,
   * by hand, as every phrase of every capitalised run is spelled (issue 18).
   */
  static String withoutJoiners(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean joiner =
          c == ' '
              || c == '\t'
              || c == '\n'
              || c == '\013'
              || c == '\f'
              || c == '\r'
              || c == '-'
              || c == '‐'
              || c == '‑'
              || c == '–';
      if (joiner && out == null) out = new StringBuilder(s.length()).append(s, 0, i);
      else if (!joiner && out != null) out.append(c);
    }
    return out == null ? s : out.toString();
  }

  /**
   * The defined name that {@code text} is a part of: 'Site' of 'Website', 'Data' of 'Personal
   * Data'; a word of three letters or more, so that 'A' or 'An' are never variants.
   */
  Optional<String> variantOf(String text) {
    if (text.contains(" ") || text.length() < 3) return Optional.empty();
    return variants.computeIfAbsent(text, this::findVariant);
  }

  private Optional<String> findVariant(String text) {
    for (String defined : definedNames.keySet()) {
      String[] parts = definedWords.computeIfAbsent(defined, d -> d.split("\\s+"));
      for (String form : TermForms.forms(text)) {
        if (defined.equalsIgnoreCase(form)) return Optional.empty();
        String last = parts[parts.length - 1];
        boolean partOfCompound =
            defined.length() > form.length()
                && (last.endsWith(form) || last.endsWith(form.toLowerCase(Locale.ROOT)))
                && !last.equals(form)
                && parts.length == 1
                && form.length() >= 4;
        boolean lastWord = parts.length > 1 && last.equals(form);
        if (partOfCompound || lastWord) return Optional.of(defined);
      }
    }
    return Optional.empty();
  }
}
