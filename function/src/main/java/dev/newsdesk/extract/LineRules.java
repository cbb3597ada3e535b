package dev.newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
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

  /** The rules written with a leading ^, joined into one alternation and tried at the start only. */
  private final Pattern anchored;
  /** The other rules, joined into one alternation and searched through the line. */
  private final Pattern unanchored;
  private final List<String> credits;

  private LineRules(Pattern anchored, Pattern unanchored, List<String> credits) {
    this.anchored = anchored;
    this.unanchored = unanchored;
    this.credits = List.copyOf(credits);
  }

  /**
   * Loads and compiles both resource files.
   *
   * @throws IllegalStateException when a file is missing or a rule is not a valid regular expression
   */
  static LineRules load() {
    List<String> anchored = new ArrayList<>();
    List<String> unanchored = new ArrayList<>();
    for (String rule : RuleFile.read("boilerplate.txt")) {
      try {
        Pattern.compile(rule, FLAGS); // each rule on its own first, so an error names the line
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException("bad rule in extract/boilerplate.txt: " + rule, e);
      }
      if (rule.startsWith("^")) {
        anchored.add(rule.substring(1));
      } else {
        unanchored.add(rule);
      }
    }
    return new LineRules(union(anchored), union(unanchored), RuleFile.read("caption-credits.txt"));
  }

  private static Pattern union(List<String> rules) {
    return rules.isEmpty() ? null : Pattern.compile("(?:" + String.join(")|(?:", rules) + ")", FLAGS);
  }

  /**
   * Whether a normalised line matches one of the boilerplate expressions. Rules are joined into two
   * alternations, one matched at the start of the line (rules written with {@code ^}) and one searched
   * through it, so each line costs two matches whatever the number of rules. Lines longer than
   * {@value #MAX_RULE_LINE} characters are never boilerplate by rule: blurbs are short.
   */
  boolean isBoilerplate(String line) {
    if (line.length() > MAX_RULE_LINE) {
      return false;
    }
    return (anchored != null && anchored.matcher(line).lookingAt())
        || (unanchored != null && unanchored.matcher(line).find());
  }

  /**
   * Whether a normalised line ends in a photo credit such as {@code REUTERS} or {@code Getty Images}
   * with nothing after it: "... is carried away in Baghdad. REUTERS". A sentence that merely names an
   * agency ("according to AFP.") ends in punctuation and is not a credit line.
   */
  boolean isCreditLine(String line) {
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
