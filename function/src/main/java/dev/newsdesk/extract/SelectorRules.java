package dev.newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
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
  private final List<String[]> rules;
  private final List<String[]> keep;

  private SelectorRules(List<String[]> rules, List<String[]> keep) {
    this.rules = List.copyOf(rules);
    this.keep = List.copyOf(keep);
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
    List<String> classWords = words(classNames);
    List<String> idWords = words(id);
    if (matches(classWords, keep) || matches(idWords, keep)) {
      return false;
    }
    return matches(classWords, rules) || matches(idWords, rules);
  }

  private static boolean matches(List<String> words, List<String[]> rules) {
    for (int start = 0; start < words.size(); start++) {
      for (String[] rule : rules) {
        if (matchesAt(words, start, rule)) {
          return true;
        }
      }
    }
    return false;
  }

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
        word.append(c);
      }
      previous = c;
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }
}
