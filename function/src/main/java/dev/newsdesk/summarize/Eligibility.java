package dev.newsdesk.summarize;

import dev.newsdesk.model.WordList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence can stand in a story on its own: a whole sentence of reasonable length, that
 * does not start by pointing back to a sentence the reader will not see ("But ...", "He ...", "In the
 * wake of that attack, ..."), with its quotation marks paired.
 */
final class Eligibility {
  private static final Pattern ENDS_LIKE_A_SENTENCE = Pattern.compile(".*[.!?][\"'”’)]*$");
  private static final Pattern STARTS_LIKE_A_SENTENCE = Pattern.compile("^[\"'“‘(]?\\p{Lu}.*");
  private static final Pattern REFERENCE_MARKS = Pattern.compile("\\[\\d+]");
  private static final Pattern FIRST_WORDS = Pattern.compile("^[\"'“‘(]?([\\p{L}’']+)(?:\\s+([\\p{L}’']+))?");

  private final Set<String> dangling;
  private final Pattern pointsBack;
  private final int minWords;
  private final int maxWords;

  /**
   * @param dangling words that cannot start a sentence that stands alone ("But", "He")
   * @param openings opening phrases that point back when a demonstrative follows ("In the wake of that")
   */
  Eligibility(WordList dangling, WordList openings, int minWords, int maxWords) {
    this.dangling = dangling.lowerCaseSet();
    String alternatives = String.join("|", openings.lowerCaseSet().stream()
        .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b))
        .map(o -> Pattern.quote(o).replace(" ", "\\E\\s+\\Q")).toList());
    this.pointsBack = Pattern.compile("^(?:" + alternatives + ")\\b[^,.;:]{0,40}?\\b(?:this|that|these|those|such)\\b",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.minWords = minWords;
    this.maxWords = maxWords;
  }

  boolean usable(String sentence) {
    int words = Text.words(sentence);
    if (words < minWords || words > maxWords) {
      return false;
    }
    if (!ENDS_LIKE_A_SENTENCE.matcher(sentence).matches()
        || !STARTS_LIKE_A_SENTENCE.matcher(sentence).matches()) {
      return false;
    }
    // Reference marks like [3] belong to another document's apparatus, not to the sentence.
    if (REFERENCE_MARKS.matcher(sentence).find()) {
      return false;
    }
    if (!balancedQuotes(sentence)) {
      return false;
    }
    if (pointsBack.matcher(sentence).find()) {
      return false;
    }
    var m = FIRST_WORDS.matcher(sentence);
    if (m.find()) {
      String first = m.group(1).toLowerCase(Locale.ROOT);
      String two = m.group(2) == null ? first : first + " " + m.group(2).toLowerCase(Locale.ROOT);
      return !dangling.contains(first) && !dangling.contains(two);
    }
    return true;
  }

  /** A sentence that opens a quotation it does not close continues in the next one. */
  private static boolean balancedQuotes(String s) {
    int open = 0;
    int close = 0;
    int straight = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '“') {
        open++;
      } else if (c == '”') {
        close++;
      } else if (c == '"') {
        straight++;
      }
    }
    return open == close && straight % 2 == 0;
  }
}
