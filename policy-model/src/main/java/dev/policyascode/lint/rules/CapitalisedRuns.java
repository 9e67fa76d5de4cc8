package dev.policyascode.lint.rules;

import dev.policyascode.model.Prose;
import dev.policyascode.text.WordScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the capitalised words of a text are judged against a {@link TermIndex}: a run of them ('Terms
 * of Service', 'Sensitive Personal Data') is matched against the known terms and names, longest
 * first, and what is left is a use the term rules may report. The index holds what is known; this
 * holds how a run is read.
 */
final class CapitalisedRuns {

  /** A capitalised word: a capital, then letters, digits, apostrophes or hyphens. */
  static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}’'\\-]*");

  /** A word that makes the capitalised words after it a thing the text speaks of: a term. */
  private static final Pattern DETERMINER_BEFORE =
      Pattern.compile("(?i)(?:^|[^\\p{L}])(?:the|our|your|this|these|that|each|any|such)\\s+$");

  /** "see section 5.2 (", "Article 4 (": the words that follow are the section's caption. */
  private static final Pattern CAPTION_BEFORE =
      Pattern.compile(
          "(?i)(?:sections?|articles?|clauses?|chapters?|§)\\s*\\d+(?:\\.\\d+)*\\s*\\(\\s*$");

  private static final Pattern JOINED = Pattern.compile(" (?:of|for|and|de|et|du|des) ");

  private static final Pattern FOLLOWED_BY_KIND =
      Pattern.compile("\\s+(section|sections|team|tab|page|menu|button|setting|settings)\\b");

  private final TermIndex index;
  private final List<TermIndex.Use> uses;
  private final Reads reads;

  /** Judges runs against {@code index}, adding what it finds to {@code uses}. */
  CapitalisedRuns(TermIndex index, List<TermIndex.Use> uses) {
    this(index, uses, null);
  }

  /**
   * Judges runs against {@code index}, adding what it finds to {@code uses}, and each question it
   * asks the index, with the answer, to {@code reads} (when not null).
   */
  CapitalisedRuns(TermIndex index, List<TermIndex.Use> uses, Reads reads) {
    this.index = index;
    this.uses = uses;
    this.reads = reads;
  }

  /**
   * The questions a judgement of a text asked the index, each once, with their answers. The
   * judgement depends on the text, whether it is a definition's meaning, and these answers alone:
   * an index that answers every one of them alike judges the text alike, whatever else it knows (a
   * version that adds a name or a word the text does not ask about). Read by other versions'
   * threads once made: not changed after the judgement.
   */
  static final class Reads {
    private static final int SPELLED = 0;
    private static final int DEFINED = 1;
    private static final int OWNER = 2;
    private static final int LOWER = 3;
    private static final int VARIANT = 4;
    private static final int KNOWN = 5;

    private java.util.Set<String> asked = new java.util.HashSet<>(); // while judging
    private List<Integer> ops = new ArrayList<>();
    private List<String> args = new ArrayList<>();
    private List<Object> answers = new ArrayList<>();
    private int[] opsDone;
    private String[] argsDone;
    private Object[] answersDone;

    private <T> T record(int op, String arg, T answer) {
      if (asked.add(op + arg)) { // the ops are one digit each
        ops.add(op);
        args.add(arg);
        answers.add(answer);
      }
      return answer;
    }

    /** The questions as asked, kept compact: called once the judgement is made. */
    Reads done() {
      opsDone = ops.stream().mapToInt(Integer::intValue).toArray();
      argsDone = args.toArray(String[]::new);
      answersDone = answers.toArray();
      asked = null;
      ops = null;
      args = null;
      answers = null;
      return this;
    }

    /** Whether {@code index} gives every recorded answer; only once {@link #done}. */
    boolean holdIn(TermIndex index) {
      for (int i = 0; i < opsDone.length; i++) {
        if (!ask(index, opsDone[i], argsDone[i]).equals(answersDone[i])) return false;
      }
      return true;
    }

    private static Object ask(TermIndex index, int op, String arg) {
      return switch (op) {
        case SPELLED -> index.spelledOtherwise(arg);
        case DEFINED -> index.isDefined(arg);
        case OWNER -> index.isOwnerWord(arg);
        case LOWER -> index.writtenInLowerCase(arg);
        case VARIANT -> index.variantOf(arg);
        case KNOWN -> index.isKnown(arg);
        default -> throw new IllegalStateException("no question " + op);
      };
    }
  }

  private <T> T asked(int op, String arg, T answer) {
    return reads == null ? answer : reads.record(op, arg, answer);
  }

  private Optional<String> spelledOtherwise(String phrase) {
    return asked(Reads.SPELLED, phrase, index.spelledOtherwise(phrase));
  }

  private boolean isDefined(String phrase) {
    return asked(Reads.DEFINED, phrase, index.isDefined(phrase));
  }

  private boolean isOwnerWord(String w) {
    return asked(Reads.OWNER, w, index.isOwnerWord(w));
  }

  private boolean writtenInLowerCase(String w) {
    return asked(Reads.LOWER, w, index.writtenInLowerCase(w));
  }

  private Optional<String> variantOf(String text) {
    return asked(Reads.VARIANT, text, index.variantOf(text));
  }

  private boolean isKnown(String phrase) {
    return asked(Reads.KNOWN, phrase, index.isKnown(phrase));
  }

  /** Finds the capitalised words of one text that are no term and no allowed name. */
  void scan(Prose prose, WordScan scan, boolean isMeaning) {
    String words = scan.words();
    Matcher m = WORD.matcher(words);
    List<int[]> run = new ArrayList<>();
    int runEnd = -1;
    while (m.find()) {
      if (m.start() > 0 && Character.isLetterOrDigit(words.charAt(m.start() - 1))) continue;
      boolean joined = !run.isEmpty() && onlySpaces(words, runEnd, m.start());
      if (!joined && !run.isEmpty()) {
        variantsThenJudge(prose, scan, words, run, isMeaning);
        run = new ArrayList<>();
      }
      run.add(new int[] {m.start(), m.end()});
      runEnd = m.end();
    }
    if (!run.isEmpty()) variantsThenJudge(prose, scan, words, run, isMeaning);
  }

  /**
   * A defined term spelled another way ('Smart-Scale' for 'Smart Scale') is a variant wherever it
   * stands in a run, even as a word that looks like a brand (two capitals); the words around it are
   * judged as runs of their own.
   */
  private void variantsThenJudge(
      Prose prose, WordScan scan, String words, List<int[]> run, boolean isMeaning) {
    for (int i = 0; i < run.size(); i++) {
      for (int j = run.size(); j > i; j--) {
        String phrase = words.substring(run.get(i)[0], run.get(j - 1)[1]);
        Optional<String> defined = spelledOtherwise(phrase);
        if (defined.isEmpty()) continue;
        uses.add(
            new TermIndex.Use(prose, run.get(i)[0], phrase, TermIndex.Kind.VARIANT, defined.get()));
        if (i > 0) judge(prose, scan, words, run.subList(0, i), isMeaning);
        if (j < run.size()) {
          variantsThenJudge(prose, scan, words, run.subList(j, run.size()), isMeaning);
        }
        return;
      }
    }
    judge(prose, scan, words, run, isMeaning);
  }

  /** Whether only a space, or a space, a joining word and a space, lie between two words. */
  private static boolean onlySpaces(String s, int from, int to) {
    String between = s.substring(from, to);
    if (between.equals(" ")) return true;
    return between.startsWith(" ")
        && between.endsWith(" ")
        && TermWords.JOINERS.contains(between.strip());
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
    if (before > 0 && ">/›→".indexOf(words.charAt(before - 1)) >= 0) return;
    // 'Settings > Privacy': the first step of a path through menus
    int next = after;
    while (next < words.length() && words.charAt(next) == ' ') next++;
    if (next < words.length() && ">›→".indexOf(words.charAt(next)) >= 0) return;
    // 'section 5.2 (Transfers of Data)': a caption quoted after its number, not a term
    String lead = words.substring(Math.max(0, run.get(0)[0] - 24), run.get(0)[0]);
    if (CAPTION_BEFORE.matcher(lead).find()) return;
    String lastWord = words.substring(run.get(run.size() - 1)[0], run.get(run.size() - 1)[1]);
    if (TermWords.NAME_ENDINGS.contains(TermForms.withoutS(lastWord))) return;
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
    boolean named = determined(words, run, first, unknown);
    if (!isMeaning && !withTerm && !named && isName(words, run, first, unknown)) return;
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
    for (int[] u : unknown) {
      boolean term =
          withTerm
              || named
              || (isMeaning && (u[1] - u[0] > 1 || determinedAt(words, run.get(u[0])[0])));
      flush(prose, words, run, u[0], u[1], term);
    }
  }

  /**
   * Whether the run is two capitalised words or more, none known, right after a determiner: "the
   * Loyalty Index shows", "the Data Controller may". Such a phrase is a term the text relies on,
   * whether or not it also writes its words in lower case. The controller's words make a name ('our
   * GitHub Pages'), and so does a word that looks like a brand (two capitals).
   */
  private boolean determined(String words, List<int[]> run, int first, List<int[]> unknown) {
    if (unknown.size() != 1 || unknown.get(0)[1] != run.size()) return false;
    int from = unknown.get(0)[0];
    // 'The Data Controller may': the determiner opens the sentence, and the run
    if (from == first + 1) {
      String lead = words.substring(run.get(first)[0], run.get(first)[1]);
      if (!DETERMINER_BEFORE.matcher(lead + " ").find()) return false;
    } else if (from != first) {
      return false;
    }
    if (run.size() - from < 2) return false;
    first = from;
    for (int k = first; k < run.size(); k++) {
      String w = words.substring(run.get(k)[0], run.get(k)[1]);
      if (isOwnerWord(w) || TermForms.allowedWord(w)) return false;
    }
    // 'the Department of Commerce', 'the Centre for Dispute Resolution': the names of bodies
    // join their words; a term of the text rarely does (and 'Terms of Service' is known)
    String phrase = words.substring(run.get(first)[0], run.get(run.size() - 1)[1]);
    if (JOINED.matcher(phrase).find()) return false;
    return determinedAt(words, run.get(first)[0]);
  }

  /** Whether a determiner ('the', 'our', 'your'...) stands right before {@code offset}. */
  private static boolean determinedAt(String words, int offset) {
    return DETERMINER_BEFORE.matcher(words.substring(Math.max(0, offset - 12), offset)).find();
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
      if (isOwnerWord(words.substring(run.get(k)[0], run.get(k)[1]))) return true;
    }
    return false;
  }

  private void flush(Prose prose, String words, List<int[]> run, int from, int to, boolean term) {
    if (from < 0) return;
    int start = run.get(from)[0];
    int end = run.get(to - 1)[1];
    String text = words.substring(start, end);
    Optional<String> whole = variantOf(text);
    if (whole.isPresent()) {
      uses.add(new TermIndex.Use(prose, start, text, TermIndex.Kind.VARIANT, whole.get()));
      return;
    }
    // a word the text also writes in lower case is a common noun given a capital, which is how a
    // defined term looks; so is a phrase the text speaks of as a thing ("the Loyalty Index"), in
    // running text or in a definition's meaning. Other capitalised words are names (of products,
    // places, people: "for Android and iOS") and left alone.
    boolean termLike = term;
    for (int k = from; k < to && !termLike; k++) {
      String w = words.substring(run.get(k)[0], run.get(k)[1]);
      termLike = writtenInLowerCase(w);
    }
    if (termLike) uses.add(new TermIndex.Use(prose, start, text, TermIndex.Kind.UNDEFINED, null));
  }

  /** How many words from {@code i} on form a known term or name; 0 when none does. */
  private int longestKnown(String words, List<int[]> run, int i) {
    for (int j = run.size(); j > i; j--) {
      String phrase = words.substring(run.get(i)[0], run.get(j - 1)[1]);
      if (isKnown(phrase)) return j - i;
    }
    String w = words.substring(run.get(i)[0], run.get(i)[1]);
    return TermForms.allowedWord(w) ? 1 : 0;
  }
}
