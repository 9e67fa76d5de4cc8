package dev.policyascode.lint.rules;

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

  /** Words a policy capitalises without defining them: calendar, places, laws, titles. */
  private static final Set<String> ALLOWED =
      Set.of(
          // months and days
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          // places and nationalities commonly named in privacy notices
          "Europe",
          "European",
          "Union",
          "EU",
          "EEA",
          "France",
          "French",
          "Germany",
          "German",
          "Ireland",
          "Irish",
          "Spain",
          "Spanish",
          "Italy",
          "Italian",
          "Netherlands",
          "Dutch",
          "Belgium",
          "Luxembourg",
          "Austria",
          "Switzerland",
          "Swiss",
          "Sweden",
          "Denmark",
          "Norway",
          "Iceland",
          "Liechtenstein",
          "Finland",
          "Poland",
          "Portugal",
          "Greece",
          "United",
          "States",
          "Kingdom",
          "America",
          "American",
          "Americas",
          "British",
          "Britain",
          "England",
          "Canada",
          "Canadian",
          "Japan",
          "Japanese",
          "China",
          "Chinese",
          "India",
          "Australia",
          "Brazil",
          "California",
          "Californian",
          "Korea",
          "Israel",
          "Argentina",
          "Uruguay",
          "Zealand",
          "New",
          "Singapore",
          "Area",
          "Economic",
          "Internet",
          "Web",
          // laws, institutions and the words that name them
          "Regulation",
          "Regulations",
          "Directive",
          "Act",
          "Acts",
          "Law",
          "Laws",
          "Code",
          "Article",
          "Articles",
          "Art",
          "Section",
          "Sections",
          "Chapter",
          "Recital",
          "Clauses",
          "Standard",
          "Contractual",
          "Commission",
          "Addendum",
          "Extension",
          "Principles",
          "Program",
          "Programs",
          "Rules",
          "Council",
          "Parliament",
          "Court",
          "Justice",
          "Board",
          "Shield",
          "Framework",
          "Decision",
          "Adequacy",
          "Supervisory",
          "Authority",
          "Informatique",
          "Libertés",
          "Loi",
          "Federal",
          "State",
          // words that are never terms: articles, pronouns, prepositions, question words
          "The",
          "An",
          "We",
          "You",
          "Our",
          "Your",
          "Us",
          "This",
          "These",
          "That",
          "Those",
          "It",
          "Its",
          "In",
          "On",
          "At",
          "To",
          "For",
          "Of",
          "By",
          "With",
          "If",
          "When",
          "What",
          "Where",
          "Who",
          "How",
          "Why",
          "And",
          "Or",
          "But",
          "Not",
          "No",
          "Yes",
          "All",
          "Any",
          "Some",
          "Each",
          "Please",
          "Note",
          "See",
          "They",
          "Their",
          "He",
          "She",
          "As",
          "From",
          "Also",
          "Other",
          "Others",
          // forms of address and pronouns
          "I",
          "Mr",
          "Mrs",
          "Ms",
          "Dr",
          "Inc",
          "Ltd",
          "LLC",
          "SAS",
          "SA",
          "GmbH",
          "Corp");

  /** Names of laws, instruments and roles that contain words a policy may also define. */
  private static final List<String> LEGAL_NAMES =
      List.of(
          "General Data Protection Regulation",
          "Data Protection Act",
          "Data Protection Officer",
          "Data Protection Authority",
          "Data Protection Board",
          "Data Privacy Framework",
          "Privacy Shield",
          "Privacy Act",
          "Standard Contractual Clauses",
          // browser signals named in privacy notices
          "Do Not Track",
          "Global Privacy Control",
          // roles the GDPR itself defines (Art. 4), which a policy may capitalise
          "Controller",
          "Processor",
          "Data Controller",
          "Data Processor",
          "Data Subject",
          "Supervisory Authority",
          "Binding Corporate Rules");

  /**
   * The last word of the name of an institution, a law or a document: a run of capitalised words
   * that ends with one ('Federal Trade Commission', 'Terms of Service') is a name, not a term.
   */
  private static final Set<String> NAME_ENDINGS =
      Set.of(
          "Team",
          "Commission",
          "Frameworks",
          "Decision",
          "Addendum",
          "Extension",
          "Principles",
          "Program",
          "Programs",
          "Rules",
          "Office",
          "Administration",
          "Department",
          "Agency",
          "Authority",
          "Court",
          "Board",
          "Council",
          "Act",
          "Regulation",
          "Directive",
          "Code",
          "Law",
          "Framework",
          "Shield",
          "Inc",
          "LLC",
          "Ltd",
          "Service",
          "Use",
          "Conditions",
          "Policy",
          "Notice",
          "Statement",
          "Agreement",
          "Foundation",
          "Corporation",
          "Bureau",
          "Ministry",
          "Union");

  private static final Pattern FOLLOWED_BY_KIND =
      Pattern.compile("\\s+(section|sections|team|tab|page|menu|button|setting|settings)\\b");

  /** Small words that may join the capitalised words of one name: 'Terms of Service'. */
  private static final Set<String> JOINERS = Set.of("of", "and", "for", "de", "et", "du", "des");

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

  /** A capitalised word: a capital, then letters, digits, apostrophes or hyphens. */
  private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}’'\\-]*");

  /** A possessive ending ('Company’s', 'Users''); compiled once, not once per word. */
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
  private final Map<String, String[]> definedWords = new java.util.HashMap<>();

  private TermIndex() {
    LEGAL_NAMES.forEach(knownNames::add);
  }

  /** The index of a version: several rules read it, it is built once per version. */
  static TermIndex of(VersionContext context) {
    return context.computed(TermIndex.class, () -> build(context));
  }

  private static TermIndex build(VersionContext context) {
    TermIndex index = new TermIndex();
    PolicyVersion v = context.version();
    for (Definition d : v.registers().definitions()) {
      for (String name : names(d)) index.definedNames.putIfAbsent(name, d);
    }
    index.knownNames(context);
    List<Prose> texts = v.texts();
    for (Prose p : texts) {
      index.inlineDefinitions(p.text());
      if (DEFINED_ELSEWHERE.matcher(p.text()).find()) index.definedElsewhere = true;
      WordScan scan = context.words(p);
      index.scans.put(p, scan);
      // from the running words only: 'google' in an address is not the word written in lower case
      Matcher m = LOWER_WORD.matcher(scan.words());
      while (m.find()) index.lowerWords.add(m.group());
    }
    for (Section s : v.allSections()) {
      Matcher m = LOWER_WORD.matcher(s.title());
      while (m.find()) index.lowerWords.add(m.group());
    }
    Set<Prose> meanings = new HashSet<>();
    v.registers().definitions().forEach(d -> meanings.add(d.meaning()));
    for (Prose p : texts) index.scans.get(p).bold().forEach(index::addDefinedInPassing);
    for (Prose p : texts) index.scan(p, meanings.contains(p));
    return index;
  }

  /**
   * The names one definition gives its term: the term, its aliases, and the forms a term such as
   * 'Collaborator(s)' or 'Services/Solution' stands for.
   */
  static List<String> names(Definition d) {
    List<String> names = new ArrayList<>();
    for (String n : concat(d.term(), d.aliases())) names.addAll(TermNames.of(n));
    return names.stream().filter(n -> !n.isEmpty()).distinct().toList();
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
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
    c.address().ifPresent(a -> WORD.matcher(a).results().forEach(m -> addName(m.group())));
  }

  private void addName(String name) {
    knownNames.add(name.strip());
    for (String w : name.split("[\\s,]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) knownNames.add(w);
    }
  }

  private void inlineDefinitions(String text) {
    Matcher b = IN_BRACKETS.matcher(text);
    while (b.find()) {
      Matcher q = QUOTED.matcher(b.group(1));
      while (q.find()) addDefinedInPassing(q.group(1));
    }
    Matcher d = DEFINES.matcher(text);
    while (d.find()) addDefinedInPassing(d.group(1));
    // a capitalised phrase in quotes is a term being introduced: your “Personal Data”, which is
    Matcher q = TERM_IN_QUOTES.matcher(text);
    while (q.find()) addDefinedInPassing(q.group(1));
  }

  private void addDefinedInPassing(String term) {
    String t = term.strip().replaceAll("[.:,;]+$", "");
    if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) return;
    knownNames.add(t);
    for (String w : t.split("\\s+")) knownNames.add(w);
  }

  /** Finds the capitalised words of one text that are no term and no allowed name. */
  private void scan(Prose prose, boolean isMeaning) {
    WordScan scan = scans.get(prose);
    String words = scan.words();
    Matcher m = WORD.matcher(words);
    List<int[]> run = new ArrayList<>();
    int runEnd = -1;
    while (m.find()) {
      if (m.start() > 0 && Character.isLetterOrDigit(words.charAt(m.start() - 1))) continue;
      boolean joined = !run.isEmpty() && onlySpaces(words, runEnd, m.start());
      if (!joined && !run.isEmpty()) {
        judge(prose, scan, words, run, isMeaning);
        run.clear();
      }
      run.add(new int[] {m.start(), m.end()});
      runEnd = m.end();
    }
    if (!run.isEmpty()) judge(prose, scan, words, run, isMeaning);
  }

  /** Whether only a space, or a space, a joining word and a space, lie between two words. */
  private static boolean onlySpaces(String s, int from, int to) {
    String between = s.substring(from, to);
    if (between.equals(" ")) return true;
    return between.startsWith(" ") && between.endsWith(" ") && JOINERS.contains(between.strip());
  }

  /** Matches the run's words against the known terms, longest first, and keeps what is left. */
  private void judge(Prose prose, WordScan scan, String words, List<int[]> run, boolean isMeaning) {
    int first = 0;
    boolean sentenceStart = scan.startsSentence(run.get(0)[0]);
    // at a sentence start the first word's capital says nothing, unless it begins a known term
    if (sentenceStart && longestKnown(words, run, 0) == 0) first = 1;
    int after = run.get(run.size() - 1)[1];
    // '- User Content and Files: When you use...', '| Social Media |': a label, not running text
    if (scan.inLabel(run.get(0)[0])) return;
    // a path through menus or a file ('File > Preferences', 'Tools/Options') or a domain
    if (after < words.length()
        && "/.".indexOf(words.charAt(after)) >= 0
        && after + 1 < words.length()
        && Character.isLetter(words.charAt(after + 1))) return;
    // 'the Website Interactions section', 'our Support team': the name of a part or a team
    // (a region, not a copy of the rest of the text for every run)
    if (FOLLOWED_BY_KIND.matcher(words).region(after, words.length()).lookingAt()) return;
    int before = run.get(0)[0];
    while (before > 0 && Character.isWhitespace(words.codePointBefore(before))) {
      before -= Character.charCount(words.codePointBefore(before));
    }
    if (before > 0 && (words.charAt(before - 1) == '>' || words.charAt(before - 1) == '/')) return;
    String lastWord = words.substring(run.get(run.size() - 1)[0], run.get(run.size() - 1)[1]);
    if (NAME_ENDINGS.contains(withoutS(lastWord))) return;
    // a quoted name, such as the French law “Informatique et Libertés”, is a title, not a term
    if (run.get(0)[0] > 0 && "“\"‘".indexOf(words.charAt(run.get(0)[0] - 1)) >= 0) return;
    int i = first;
    int unknownFrom = -1;
    List<int[]> unknown = new ArrayList<>();
    boolean withTerm = false;
    while (i < run.size()) {
      int matched = longestKnown(words, run, i);
      if (matched > 0) {
        withTerm =
            withTerm || isDefined(words.substring(run.get(i)[0], run.get(i + matched - 1)[1]));
        if (unknownFrom >= 0) unknown.add(new int[] {unknownFrom, i});
        unknownFrom = -1;
        i += matched;
        continue;
      }
      if (unknownFrom < 0) unknownFrom = i;
      i++;
    }
    if (unknownFrom >= 0) unknown.add(new int[] {unknownFrom, run.size()});
    if (!isMeaning && !withTerm && isName(words, run, first, unknown)) return;
    // a word that qualifies a defined term ('Sensitive Personal Data') makes a new term, which is
    // reported whole
    if (withTerm
        && !unknown.isEmpty()
        && variantOf(
                words.substring(run.get(unknown.get(0)[0])[0], run.get(unknown.get(0)[1] - 1)[1]))
            .isEmpty()) {
      flush(prose, words, run, unknown.get(0)[0], run.size(), true);
      return;
    }
    for (int[] u : unknown) flush(prose, words, run, u[0], u[1], isMeaning || withTerm);
  }

  /**
   * Whether the run is a name: it holds a word that is never written in lower case (Amazon Web
   * Services, BBB National Programs), or the controller's name with other words (GitHub Pages).
   */
  private boolean isName(String words, List<int[]> run, int first, List<int[]> unknown) {
    for (int[] u : unknown) {
      for (int k = u[0]; k < u[1]; k++) {
        String w = words.substring(run.get(k)[0], run.get(k)[1]);
        if (!writtenInLowerCase(w) && variantOf(w).isEmpty()) return true;
      }
    }
    if (run.size() - first < 2) return false;
    for (int k = first; k < run.size(); k++) {
      if (ownerWords.contains(words.substring(run.get(k)[0], run.get(k)[1]))) return true;
    }
    return false;
  }

  private void flush(
      Prose prose, String words, List<int[]> run, int from, int to, boolean isMeaning) {
    if (from < 0) return;
    int start = run.get(from)[0];
    int end = run.get(to - 1)[1];
    String text = words.substring(start, end);
    Optional<String> whole = variantOf(text);
    if (whole.isPresent()) {
      uses.add(new Use(prose, start, text, Kind.VARIANT, whole.get()));
      return;
    }
    // a word the text also writes in lower case is a common noun given a capital, which is how a
    // defined term looks; a capital inside a definition's meaning points at a term as well. Other
    // capitalised words are names (of products, places, people) and left alone.
    boolean termLike = isMeaning;
    for (int k = from; k < to && !termLike; k++) {
      String w = words.substring(run.get(k)[0], run.get(k)[1]);
      termLike = writtenInLowerCase(w);
    }
    if (termLike) uses.add(new Use(prose, start, text, Kind.UNDEFINED, null));
  }

  /** How many words from {@code i} on form a known term or name; 0 when none does. */
  private int longestKnown(String words, List<int[]> run, int i) {
    for (int j = run.size(); j > i; j--) {
      String phrase = words.substring(run.get(i)[0], run.get(j - 1)[1]);
      if (isKnown(phrase)) return j - i;
    }
    String w = words.substring(run.get(i)[0], run.get(i)[1]);
    return allowedWord(w) ? 1 : 0;
  }

  private boolean isDefined(String phrase) {
    return forms(phrase).stream().anyMatch(definedNames::containsKey);
  }

  private boolean isKnown(String phrase) {
    for (String form : forms(phrase)) {
      if (definedNames.containsKey(form) || knownNames.contains(form)) return true;
    }
    return false;
  }

  /** The phrase as written, without a possessive, and in the other grammatical number. */
  static List<String> forms(String phrase) {
    String p = withoutPossessive(phrase);
    List<String> forms = new ArrayList<>(List.of(phrase, p));
    if (p.endsWith("ies")) forms.add(p.substring(0, p.length() - 3) + "y");
    if (p.endsWith("es")) forms.add(p.substring(0, p.length() - 2));
    if (p.endsWith("s")) forms.add(p.substring(0, p.length() - 1));
    else forms.add(p + "s");
    return forms;
  }

  private static boolean allowedWord(String w) {
    String bare = withoutPossessive(w);
    if (bare.length() < 2) return true;
    if (ALLOWED.contains(bare)) return true;
    // an acronym or a brand written in camel case: two capitals or more (GDPR, SaaS, iOS)
    long capitals = bare.chars().filter(Character::isUpperCase).count();
    if (capitals >= 2) return true;
    // a word with a digit is a model or a version (“Firefox 57”), not a term
    return bare.chars().anyMatch(Character::isDigit);
  }

  /** 'Company’s' and 'Users’' without their possessive ending: ’s, 's, ’ or '. */
  private static String withoutPossessive(String w) {
    String s = withoutS(w);
    if (!s.equals(w)) return s;
    return w.endsWith("’") || w.endsWith("'") ? w.substring(0, w.length() - 1) : w;
  }

  /** 'Company’s' without its ’s or 's. */
  private static String withoutS(String w) {
    return w.endsWith("’s") || w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
  }

  private boolean writtenInLowerCase(String w) {
    return lowerCaseSeen.computeIfAbsent(w, this::seenInLowerCase);
  }

  private boolean seenInLowerCase(String w) {
    for (String form : forms(w)) {
      String lower = form.toLowerCase(Locale.ROOT);
      if (!form.equals(lower) && lowerWords.contains(lower)) return true;
    }
    return false;
  }

  /**
   * The defined name that {@code text} is a part of: 'Site' of 'Website', 'Data' of 'Personal
   * Data'; a word of three letters or more, so that 'A' or 'An' are never variants.
   */
  private Optional<String> variantOf(String text) {
    if (text.contains(" ") || text.length() < 3) return Optional.empty();
    return variants.computeIfAbsent(text, this::findVariant);
  }

  private Optional<String> findVariant(String text) {
    for (String defined : definedNames.keySet()) {
      String[] parts = definedWords.computeIfAbsent(defined, d -> d.split("\\s+"));
      for (String form : forms(text)) {
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
