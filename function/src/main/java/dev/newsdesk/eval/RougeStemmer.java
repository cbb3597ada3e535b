package dev.newsdesk.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Porter (1980) suffix stripper in the two flavours the reference scorer
 * {@code shared/eval/quality/porter.py} offers: {@link Mode#NLTK}, the published algorithm with the
 * departures of NLTK's default {@code NLTK_EXTENSIONS} mode (what Google's {@code rouge-score}
 * stems with), and {@link Mode#ORIGINAL}, the algorithm as published (what ROUGE-1.5.5's perl
 * stemmer approximates). Immutable; no cache, so it is safe to share between threads.
 */
final class RougeStemmer {
  /** Which flavour of the algorithm to run. */
  enum Mode {
    /** NLTK's {@code NLTK_EXTENSIONS}: irregular forms, short words kept, a few extra rules. */
    NLTK,
    /** The 1980 paper as written. */
    ORIGINAL
  }

  /** Whole words NLTK maps before running any step. */
  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("skies", "sky"), Map.entry("sky", "sky"),
      Map.entry("dying", "die"), Map.entry("lying", "lie"), Map.entry("tying", "tie"),
      Map.entry("news", "news"),
      Map.entry("innings", "inning"), Map.entry("inning", "inning"),
      Map.entry("outings", "outing"), Map.entry("outing", "outing"),
      Map.entry("cannings", "canning"), Map.entry("canning", "canning"),
      Map.entry("howe", "howe"),
      Map.entry("proceed", "proceed"), Map.entry("exceed", "exceed"), Map.entry("succeed", "succeed"));

  /** A condition on the part of the word left once a suffix is removed. */
  @FunctionalInterface
  private interface Condition {
    boolean test(String stem);
  }

  /**
   * Replace {@code suffix} by {@code replacement} when {@code condition} holds for what precedes
   * it. In a rule list the first rule whose suffix matches decides, whether or not its condition
   * holds: a failed condition leaves the word as it is.
   */
  private record Rule(String suffix, String replacement, Condition condition) {}

  private static final Condition MEASURE_POSITIVE = stem -> measure(stem) > 0;
  private static final Condition MEASURE_ABOVE_ONE = stem -> measure(stem) > 1;

  private static final List<Rule> STEP3 = List.of(
      new Rule("icate", "ic", MEASURE_POSITIVE), new Rule("ative", "", MEASURE_POSITIVE),
      new Rule("alize", "al", MEASURE_POSITIVE), new Rule("iciti", "ic", MEASURE_POSITIVE),
      new Rule("ical", "ic", MEASURE_POSITIVE), new Rule("ful", "", MEASURE_POSITIVE),
      new Rule("ness", "", MEASURE_POSITIVE));

  private static final List<Rule> STEP4 = List.of(
      new Rule("al", "", MEASURE_ABOVE_ONE), new Rule("ance", "", MEASURE_ABOVE_ONE),
      new Rule("ence", "", MEASURE_ABOVE_ONE), new Rule("er", "", MEASURE_ABOVE_ONE),
      new Rule("ic", "", MEASURE_ABOVE_ONE), new Rule("able", "", MEASURE_ABOVE_ONE),
      new Rule("ible", "", MEASURE_ABOVE_ONE), new Rule("ant", "", MEASURE_ABOVE_ONE),
      new Rule("ement", "", MEASURE_ABOVE_ONE), new Rule("ment", "", MEASURE_ABOVE_ONE),
      new Rule("ent", "", MEASURE_ABOVE_ONE),
      new Rule("ion", "", stem -> measure(stem) > 1 && (stem.endsWith("s") || stem.endsWith("t"))),
      new Rule("ou", "", MEASURE_ABOVE_ONE), new Rule("ism", "", MEASURE_ABOVE_ONE),
      new Rule("ate", "", MEASURE_ABOVE_ONE), new Rule("iti", "", MEASURE_ABOVE_ONE),
      new Rule("ous", "", MEASURE_ABOVE_ONE), new Rule("ive", "", MEASURE_ABOVE_ONE),
      new Rule("ize", "", MEASURE_ABOVE_ONE));

  private final boolean nltk;
  private final List<Rule> step2;

  RougeStemmer(Mode mode) {
    this.nltk = mode == Mode.NLTK;
    this.step2 = step2Rules(nltk);
  }

  private static List<Rule> step2Rules(boolean nltk) {
    List<Rule> rules = new ArrayList<>();
    rules.add(new Rule("ational", "ate", MEASURE_POSITIVE));
    rules.add(new Rule("tional", "tion", MEASURE_POSITIVE));
    rules.add(new Rule("enci", "ence", MEASURE_POSITIVE));
    rules.add(new Rule("anci", "ance", MEASURE_POSITIVE));
    rules.add(new Rule("izer", "ize", MEASURE_POSITIVE));
    // the paper has "abli"; NLTK widens it to any "bli"
    rules.add(nltk ? new Rule("bli", "ble", MEASURE_POSITIVE) : new Rule("abli", "able", MEASURE_POSITIVE));
    String[][] common = {
        {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"}, {"ization", "ize"},
        {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"}, {"fulness", "ful"},
        {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"}};
    for (String[] r : common) {
      rules.add(new Rule(r[0], r[1], MEASURE_POSITIVE));
    }
    if (nltk) {
      rules.add(new Rule("fulli", "ful", MEASURE_POSITIVE));
      // "logi" -> "log", measured on the word without "ogi" (the "l" kept)
      rules.add(new Rule("logi", "log", stem -> measure(stem + "l") > 0));
    }
    return List.copyOf(rules);
  }

  /** The stem of {@code word} (lower-cased first). */
  String stem(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (nltk) {
      String irregular = IRREGULAR.get(w);
      if (irregular != null) {
        return irregular;
      }
      if (w.length() <= 2) {
        return w;
      }
    }
    w = step1a(w);
    w = step1b(w);
    w = step1c(w);
    w = step2(w);
    w = applyFirst(w, STEP3);
    w = applyFirst(w, STEP4);
    w = step5a(w);
    return step5b(w);
  }

  // ---------------------------------------------------------------- letter classes

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /**
   * Whether the letter at {@code i} is a consonant: anything but a, e, i, o, u, except that "y"
   * after a consonant is a vowel (and "y" first in the word is a consonant). Digits count as
   * consonants. Runs of "y" alternate, which this resolves without recursion.
   */
  static boolean isConsonant(CharSequence w, int i) {
    char c = w.charAt(i);
    if (isVowel(c)) {
      return false;
    }
    if (c != 'y') {
      return true;
    }
    int first = i;
    while (first > 0 && w.charAt(first - 1) == 'y') {
      first--;
    }
    boolean firstIsConsonant = first == 0 || isVowel(w.charAt(first - 1));
    return ((i - first) % 2 == 0) == firstIsConsonant;
  }

  /** Porter's measure m: the number of vowel-run-then-consonant-run pairs in {@code s}. */
  static int measure(CharSequence s) {
    int m = 0;
    boolean previousConsonant = false;
    boolean afterVowel = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean consonant = !isVowel(c) && (c != 'y' || i == 0 || !previousConsonant);
      if (consonant && afterVowel) {
        m++;
      }
      afterVowel = !consonant;
      previousConsonant = consonant;
    }
    return m;
  }

  private static boolean containsVowel(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isConsonant(s, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithDoubleConsonant(CharSequence s) {
    int n = s.length();
    return n >= 2 && s.charAt(n - 1) == s.charAt(n - 2) && isConsonant(s, n - 1);
  }

  /** Porter's *o: ends consonant-vowel-consonant, the last not w, x or y (NLTK: also a bare "vc"). */
  private boolean endsCvc(CharSequence s) {
    int n = s.length();
    if (n >= 3 && isConsonant(s, n - 3) && !isConsonant(s, n - 2) && isConsonant(s, n - 1)) {
      char last = s.charAt(n - 1);
      if (last != 'w' && last != 'x' && last != 'y') {
        return true;
      }
    }
    return nltk && n == 2 && !isConsonant(s, 0) && isConsonant(s, 1);
  }

  private static String chop(String w, int n) {
    return w.substring(0, w.length() - n);
  }

  private static String applyFirst(String w, List<Rule> rules) {
    for (Rule rule : rules) {
      if (w.endsWith(rule.suffix())) {
        String stem = chop(w, rule.suffix().length());
        return rule.condition().test(stem) ? stem + rule.replacement() : w;
      }
    }
    return w;
  }

  // ---------------------------------------------------------------- steps

  private String step1a(String w) {
    if (nltk && w.length() == 4 && w.endsWith("ies")) {
      return chop(w, 3) + "ie";
    }
    if (w.endsWith("sses") || w.endsWith("ies")) {
      return chop(w, 2);
    }
    if (w.endsWith("ss")) {
      return w;
    }
    return w.endsWith("s") ? chop(w, 1) : w;
  }

  private String step1b(String w) {
    if (nltk && w.endsWith("ied")) {
      return chop(w, 3) + (w.length() == 4 ? "ie" : "i");
    }
    if (w.endsWith("eed")) {
      String stem = chop(w, 3);
      return measure(stem) > 0 ? stem + "ee" : w;
    }
    String stem;
    if (w.endsWith("ed")) {
      stem = chop(w, 2);
    } else if (w.endsWith("ing")) {
      stem = chop(w, 3);
    } else {
      return w;
    }
    if (!containsVowel(stem)) {
      return w;
    }
    if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz")) {
      return stem + "e";
    }
    if (endsWithDoubleConsonant(stem)) {
      char last = stem.charAt(stem.length() - 1);
      if (last != 'l' && last != 's' && last != 'z') {
        return chop(stem, 1);
      }
    }
    if (measure(stem) == 1 && endsCvc(stem)) {
      return stem + "e";
    }
    return stem;
  }

  private String step1c(String w) {
    if (!w.endsWith("y")) {
      return w;
    }
    String stem = chop(w, 1);
    boolean replace = nltk
        ? stem.length() > 1 && isConsonant(stem, stem.length() - 1)
        : containsVowel(stem);
    return replace ? stem + "i" : w;
  }

  private String step2(String w) {
    if (nltk && w.endsWith("alli") && measure(chop(w, 4)) > 0) {
      // NLTK rewrites "alli" to "al" and runs the step again ("conditionalli" -> "condition")
      return step2(chop(w, 4) + "al");
    }
    return applyFirst(w, step2);
  }

  private String step5a(String w) {
    if (w.endsWith("e")) {
      String stem = chop(w, 1);
      int m = measure(stem);
      if (m > 1 || (m == 1 && !endsCvc(stem))) {
        return stem;
      }
    }
    return w;
  }

  private static String step5b(String w) {
    return w.endsWith("ll") && measure(chop(w, 1)) > 1 ? chop(w, 1) : w;
  }
}
