package dev.newsdesk.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The line-level boilerplate rules: regular expressions from {@code extract/boilerplate.txt} and
 * photo-credit suffixes from {@code extract/caption-credits.txt}. Immutable and thread-safe.
 */
final class LineRules {
  /** The longest line the rule list is searched in. */
  static final int MAX_RULE_LINE = 2000;

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /**
   * A rule searched through the whole line.
   *
   * @param pattern the compiled rule
   * @param hints   lower-case texts one of which every match contains (empty when none is known): a
   *                line holding none of them is not searched, so most lines cost a few
   *                {@code contains} per rule instead of a regex scan
   */
  private record Searched(Pattern pattern, List<String> hints) {}

  /**
   * The rules written with a leading ^, tried at the start of the line only: by the (lower-cased)
   * character a match must start with, each joined into one alternation with the rules that may
   * start with any character.
   */
  private final Map<Character, Pattern> anchoredByFirst;
  /** The anchored rules that may start with any character, for lines no bucket covers. */
  private final Pattern anchoredAny;
  /** The other rules, each searched through the line when the line holds its hint. */
  private final List<Searched> unanchored;
  private final List<String> credits;
  /** The last characters of the credits: a line ending in another cannot end in a credit. */
  private final String creditEnds;

  private LineRules(Map<Character, Pattern> anchoredByFirst, Pattern anchoredAny, List<Searched> unanchored,
      List<String> credits) {
    this.anchoredByFirst = Map.copyOf(anchoredByFirst);
    this.anchoredAny = anchoredAny;
    this.unanchored = List.copyOf(unanchored);
    this.credits = List.copyOf(credits);
    StringBuilder ends = new StringBuilder();
    for (String credit : this.credits) {
      char last = credit.charAt(credit.length() - 1);
      if (ends.indexOf(String.valueOf(last)) < 0) {
        ends.append(last);
      }
    }
    this.creditEnds = ends.toString();
  }

  /**
   * Loads and compiles both resource files.
   *
   * @throws IllegalStateException when a file is missing or a rule is not a valid regular expression
   */
  static LineRules load() {
    List<String> anchored = new ArrayList<>();
    List<Searched> unanchored = new ArrayList<>();
    for (String rule : RuleFile.read("boilerplate.txt")) {
      Pattern pattern;
      try {
        pattern = Pattern.compile(rule, FLAGS); // each rule on its own first, so an error names the line
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException("bad rule in extract/boilerplate.txt: " + rule, e);
      }
      if (rule.startsWith("^")) {
        anchored.add(rule.substring(1));
      } else {
        unanchored.add(new Searched(pattern, hints(rule)));
      }
    }
    Map<Character, List<String>> byFirst = new HashMap<>();
    List<String> any = new ArrayList<>();
    for (String rule : anchored) {
      Set<Character> first = firstChars(rule);
      if (first == null) {
        any.add(rule);
      } else {
        for (Character c : first) {
          byFirst.computeIfAbsent(c, k -> new ArrayList<>()).add(rule);
        }
      }
    }
    Map<Character, Pattern> buckets = new HashMap<>();
    byFirst.forEach((c, rules) -> {
      List<String> all = new ArrayList<>(rules);
      all.addAll(any);
      buckets.put(c, union(all));
    });
    return new LineRules(buckets, union(any), unanchored, RuleFile.read("caption-credits.txt"));
  }

  /**
   * The lower-cased characters every match of {@code rule} can start with, or {@code null} when that
   * cannot be told simply (a class, an escape such as {@code \d}, an optional first part, a top-level
   * '|'). Reads a leading literal character or a leading group of alternatives.
   */
  static Set<Character> firstChars(String rule) {
    if (rule.isEmpty() || hasTopLevelBar(rule)) {
      return null;
    }
    char c = rule.charAt(0);
    if (c == '(') {
      int end = closing(rule, 0);
      if (end < 0 || rule.startsWith("(?", 0) && !rule.startsWith("(?:", 0) || isQuantifier(rule, end + 1)) {
        return null;
      }
      String inside = rule.substring(rule.startsWith("(?:") ? 3 : 1, end);
      Set<Character> all = new HashSet<>();
      for (String alternative : topLevelAlternatives(inside)) {
        Set<Character> first = firstChars(alternative);
        if (first == null) {
          return null;
        }
        all.addAll(first);
      }
      return all;
    }
    int width = 1;
    if (c == '\\') {
      if (rule.length() < 2 || Character.isLetterOrDigit(rule.charAt(1))) {
        return null; // \d, \w, \b, \s, \p...: a class or an assertion
      }
      c = rule.charAt(1);
      width = 2;
    } else if (c == '[' || c == '.' || c == '^' || c == '$' || c == ')' || c == '|') {
      return null;
    }
    if (isQuantifier(rule, width)) {
      return null;
    }
    Set<Character> first = new HashSet<>();
    first.add(Character.toLowerCase(c));
    first.add(Character.toLowerCase(Character.toUpperCase(c)));
    return first;
  }

  private static boolean isQuantifier(String rule, int at) {
    if (at >= rule.length()) {
      return false;
    }
    char q = rule.charAt(at);
    return q == '?' || q == '*' || q == '{';
  }

  /** The index of the ')' closing the '(' at {@code open}, or -1. */
  private static int closing(String rule, int open) {
    int depth = 0;
    for (int i = open; i < rule.length(); i++) {
      char c = rule.charAt(i);
      if (c == '\\' || c == '[') {
        i = atomEnd(rule, i);
        if (i < 0) {
          return -1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of the last character of the escape (a backslash and the character after it) or the
   * character class ({@code [...]}) that starts at {@code at}, so that a scan of a rule can step over
   * it; -1 for an unclosed class.
   */
  private static int atomEnd(String rule, int at) {
    return rule.charAt(at) == '[' ? closingBracket(rule, at) : at + 1;
  }

  private static int closingBracket(String rule, int open) {
    for (int i = open + 1; i < rule.length(); i++) {
      char c = rule.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ']' && i > open + 1) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasTopLevelBar(String rule) {
    return topLevelAlternatives(rule).size() > 1;
  }

  /** {@code text} split at the '|'s that stand outside groups and classes. */
  private static List<String> topLevelAlternatives(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '[') {
        int end = atomEnd(text, i);
        i = end < 0 ? text.length() : end;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  /**
   * The longest run of plain ASCII letters, digits and spaces that every match of {@code rule} must
   * contain, lower-cased; empty when there is none (a rule with a top-level '|', say). Text inside
   * groups and classes, escapes, and a character made optional by a quantifier end a run.
   */
  static String hint(String rule) {
    String best = "";
    StringBuilder run = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < rule.length(); i++) {
      char c = rule.charAt(i);
      boolean plain = c < 128 && (Character.isLetterOrDigit(c) || c == ' ');
      if (depth == 0 && plain) {
        char next = i + 1 < rule.length() ? rule.charAt(i + 1) : 0;
        if (next == '?' || next == '*' || next == '+' || next == '{') {
          best = longer(best, run);
          run.setLength(0);
        } else {
          run.append(c);
        }
        continue;
      }
      best = longer(best, run);
      run.setLength(0);
      if (c == '\\') {
        i++; // an escape such as \b or \. is never part of a run
      } else if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (c == '|' && depth == 0) {
        return "";
      }
    }
    return longer(best, run).toLowerCase(Locale.ROOT);
  }

  /**
   * Lower-case texts one of which every match of {@code rule} contains, the rarer the better: the
   * {@link #hint} of the rule, or the alternatives of a group the rule cannot skip when each of them is
   * plain text and the shortest is longer than the hint ({@code (?:continuing|using)} is a better
   * filter than {@code by}). Empty when nothing is known.
   */
  static List<String> hints(String rule) {
    String hint = hint(rule);
    List<String> best = hint.isEmpty() ? List.of() : List.of(hint);
    int bestLength = hint.length();
    if (hasTopLevelBar(rule)) {
      return best;
    }
    for (int i = 0; i < rule.length(); i++) {
      char c = rule.charAt(i);
      if (c == '\\' || c == '[') {
        i = atomEnd(rule, i);
        if (i < 0) {
          return best;
        }
      } else if (c == '(') {
        int end = closing(rule, i);
        if (end < 0) {
          return best;
        }
        List<String> alternatives = plainAlternatives(rule, i, end);
        int shortest = Integer.MAX_VALUE;
        for (String alternative : alternatives) {
          shortest = Math.min(shortest, alternative.length());
        }
        if (!alternatives.isEmpty() && shortest > bestLength) {
          best = alternatives;
          bestLength = shortest;
        }
        i = end;
      }
    }
    return best;
  }

  /**
   * The alternatives of the group from {@code open} to {@code end}, lower-cased and stripped, when
   * every match of the rule passes through the group (it has no quantifier and is not a lookaround)
   * and each alternative is plain ASCII letters, digits and spaces; else an empty list.
   */
  private static List<String> plainAlternatives(String rule, int open, int end) {
    boolean plainGroup = rule.charAt(open + 1) != '?' || rule.startsWith("(?:", open);
    int next = end + 1;
    boolean optional = next < rule.length() && "?*{".indexOf(rule.charAt(next)) >= 0;
    if (!plainGroup || optional) {
      return List.of();
    }
    List<String> alternatives = new ArrayList<>();
    for (String alternative : topLevelAlternatives(rule.substring(rule.startsWith("(?:", open) ? open + 3 : open + 1, end))) {
      String text = alternative.strip();
      if (text.isEmpty()) {
        return List.of();
      }
      for (int k = 0; k < text.length(); k++) {
        char c = text.charAt(k);
        if (c >= 128 || !(Character.isLetterOrDigit(c) || c == ' ')) {
          return List.of();
        }
      }
      alternatives.add(text.toLowerCase(Locale.ROOT));
    }
    return List.copyOf(alternatives);
  }

  private static String longer(String best, StringBuilder run) {
    String candidate = run.toString().strip();
    return candidate.length() > best.length() ? candidate : best;
  }

  private static Pattern union(List<String> rules) {
    return rules.isEmpty() ? null : Pattern.compile("(?:" + String.join(")|(?:", rules) + ")", FLAGS);
  }

  /**
   * Whether a normalised line matches one of the boilerplate expressions. The rules written with
   * {@code ^} are joined into one alternation matched at the start of the line; each other rule is
   * searched through the line only when the line contains the rule's literal text (see
   * {@link #hint}), so a line costs one short match plus a few {@code contains}. Lines longer than
   * {@value #MAX_RULE_LINE} characters are never boilerplate by rule: blurbs are short.
   */
  boolean isBoilerplate(String line) {
    if (line.length() > MAX_RULE_LINE) {
      return false;
    }
    if (!line.isEmpty()) {
      Pattern anchored = anchoredByFirst.getOrDefault(Character.toLowerCase(line.charAt(0)), anchoredAny);
      if (anchored != null && anchored.matcher(line).lookingAt()) {
        return true;
      }
    }
    String folded = null;
    for (Searched rule : unanchored) {
      if (!rule.hints().isEmpty()) {
        folded = folded == null ? foldForHints(line) : folded;
        if (!containsAny(folded, rule.hints())) {
          continue;
        }
      }
      if (rule.pattern().matcher(line).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String text, List<String> parts) {
    for (int i = 0; i < parts.size(); i++) {
      if (text.contains(parts.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The line with ASCII letters lower-cased, for finding the (ASCII) hints in it: a hint occurs in
   * this exactly where it occurs in {@code line.toLowerCase(Locale.ROOT)}, without the cost of
   * lower-casing every other character. Of the characters outside ASCII only the Kelvin sign
   * lower-cases to an ASCII letter, and only the dotted capital I changes the length (to "i" and a
   * combining dot); a line with the latter is lower-cased in full.
   */
  static String foldForHints(String line) {
    if (line.indexOf('\u0130') >= 0) {
      return line.toLowerCase(Locale.ROOT);
    }
    char[] chars = line.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= 'A' && c <= 'Z') {
        chars[i] = (char) (c + ('a' - 'A'));
      } else if (c == '\u212A') {
        chars[i] = 'k';
      }
    }
    return new String(chars);
  }

  /**
   * Whether a normalised line ends in a photo credit such as {@code REUTERS} or {@code Getty Images}
   * with nothing after it: "... is carried away in Baghdad. REUTERS". A sentence that merely names an
   * agency ("according to AFP.") ends in punctuation and is not a credit line.
   */
  boolean isCreditLine(String line) {
    if (line.isEmpty() || creditEnds.indexOf(line.charAt(line.length() - 1)) < 0) {
      return false; // most lines end in punctuation
    }
    for (String credit : credits) {
      if (line.endsWith(credit)) {
        int before = line.length() - credit.length() - 1;
        if (before < 0) {
          return true;
        }
        char c = line.charAt(before);
        if (c == ' ' || c == '/' || c == ':' || c == '(' || c == '|' || c == '-' || c == '–' || c == '—') {
          return true;
        }
      }
    }
    return false;
  }
}
