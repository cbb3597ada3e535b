package dev.newsdesk.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Class and id words that mark boilerplate containers, from {@code extract/boilerplate-selectors.txt}.
 *
 * <p>A class or id value is split into lower-case words at every character that is not a letter or
 * digit and at lower-to-upper case changes ({@code shareBar} gives {@code share}, {@code bar}). A rule
 * {@code comment} matches the word {@code comment}; {@code advert*} matches words starting with
 * {@code advert}; {@code most-read} matches the two words in a row. A rule written {@code !word} is a
 * keep word: a class or id holding it never matches ({@code entry-content-read-more} is content, not a
 * "read more" link), as in Readability's "maybe it's a candidate" list. Immutable and thread-safe.
 */
final class SelectorRules {
  private final Index rules;
  private final Index keep;

  private SelectorRules(List<String[]> rules, List<String[]> keep) {
    this.rules = new Index(rules);
    this.keep = new Index(keep);
  }

  /**
   * Rules by their first word, so a class word is compared only with the rules that can start at it:
   * those whose first word is exactly it, and the few whose first word is a prefix ({@code advert*}).
   */
  private static final class Index {
    private static final int PAIRS = 26 * 26;

    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
    /** Prefix rules by the first two letters of their first word (a-z only), then the others. */
    private final List<List<String[]>> prefixByPair = new ArrayList<>(PAIRS);
    private final List<String[]> prefixOther = new ArrayList<>();

    Index(List<String[]> rules) {
      for (int i = 0; i < PAIRS; i++) {
        prefixByPair.add(new ArrayList<>());
      }
      for (String[] rule : rules) {
        if (rule[0].endsWith("*")) {
          int pair = pair(rule[0].substring(0, rule[0].length() - 1));
          (pair < 0 ? prefixOther : prefixByPair.get(pair)).add(rule);
        } else {
          byFirstWord.computeIfAbsent(rule[0], w -> new ArrayList<>()).add(rule);
        }
      }
    }

    /** The index of a word's first two letters when both are a-z, else -1. */
    private static int pair(String word) {
      if (word.length() < 2) {
        return -1;
      }
      int a = word.charAt(0) - 'a';
      int b = word.charAt(1) - 'a';
      return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
    }

    boolean matches(List<String> words) {
      for (int start = 0; start < words.size(); start++) {
        String word = words.get(start);
        List<String[]> exact = byFirstWord.get(word);
        if (exact != null && anyAt(words, start, exact)) {
          return true;
        }
        int pair = pair(word);
        if ((pair >= 0 && anyAt(words, start, prefixByPair.get(pair))) || anyAt(words, start, prefixOther)) {
          return true;
        }
      }
      return false;
    }

    private static boolean anyAt(List<String> words, int start, List<String[]> rules) {
      for (String[] rule : rules) {
        if (matchesAt(words, start, rule)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Loads the resource file. */
  static SelectorRules load() {
    List<String[]> rules = new ArrayList<>();
    List<String[]> keep = new ArrayList<>();
    for (String rule : RuleFile.read("boilerplate-selectors.txt")) {
      String r = rule.toLowerCase(Locale.ROOT);
      if (r.startsWith("!")) {
        keep.add(r.substring(1).split("-"));
      } else {
        rules.add(r.split("-"));
      }
    }
    return new SelectorRules(rules, keep);
  }

  /** Whether the class or id value holds a boilerplate word and neither holds a keep word. */
  boolean matches(String classNames, String id) {
    return matches(verdict(classNames), verdict(id));
  }

  /**
   * What one class or id value says on its own: {@link #KEEP} (it holds a keep word),
   * {@link #REMOVE} (a boilerplate word and no keep word) or {@link #NEUTRAL}. Two verdicts combine
   * with {@link #matches(int, int)}; callers may cache verdicts by value.
   */
  int verdict(String value) {
    List<String> words = words(value);
    if (words.isEmpty()) {
      return NEUTRAL;
    }
    if (keep.matches(words)) {
      return KEEP;
    }
    return rules.matches(words) ? REMOVE : NEUTRAL;
  }

  /** Whether an element whose class and id have these verdicts is boilerplate. */
  static boolean matches(int classVerdict, int idVerdict) {
    if (classVerdict == KEEP || idVerdict == KEEP) {
      return false;
    }
    return classVerdict == REMOVE || idVerdict == REMOVE;
  }

  static final int NEUTRAL = 0;
  static final int REMOVE = 1;
  static final int KEEP = 2;

  private static boolean matchesAt(List<String> words, int start, String[] rule) {
    if (start + rule.length > words.size()) {
      return false;
    }
    for (int i = 0; i < rule.length; i++) {
      String part = rule[i];
      String word = words.get(start + i);
      boolean ok = part.endsWith("*")
          ? word.startsWith(part.substring(0, part.length() - 1))
          : word.equals(part);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Splits a class or id value into lower-case words (see the class comment). */
  static List<String> words(String value) {
    List<String> words = new ArrayList<>();
    if (value == null || value.isEmpty()) {
      return words;
    }
    StringBuilder word = new StringBuilder();
    char previous = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(word, words);
      } else {
        if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
          flush(word, words);
        }
        word.append(c < 128 ? (char) (c >= 'A' && c <= 'Z' ? c + 32 : c) : Character.toLowerCase(c));
      }
      previous = c;
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }
}
