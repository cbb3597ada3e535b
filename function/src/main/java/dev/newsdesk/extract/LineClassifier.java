package dev.newsdesk.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts the lines (plain text) or paragraphs (HTML) of one document into prose and everything else.
 *
 * <p>General methods come first, rule lists second:
 * <ol>
 *   <li>a line that is nothing but a date is {@link Kind#DATE};
 *   <li>"By X" / "Written by X" is {@link Kind#BYLINE};
 *   <li>a line that occurs two or more times in the document (a site blurb) is {@link Kind#REPEATED};
 *   <li>a line matching {@code extract/boilerplate.txt} is {@link Kind#BOILERPLATE};
 *   <li>a line ending in a photo credit ({@code extract/caption-credits.txt}) is a {@link Kind#CAPTION},
 *       and so is the line just before it when the two stand in the same block (no blank line between);
 *   <li>a line without sentence-ending punctuation (heading, label, table row) is {@link Kind#NON_PROSE};
 *   <li>a short question followed by prose ("What Comes Next?") is a {@link Kind#HEADING};
 *   <li>everything else is {@link Kind#PROSE}.
 * </ol>
 * Immutable and thread-safe.
 */
final class LineClassifier {

  /** What a line is. Only {@link #PROSE} lines become paragraphs. */
  enum Kind { PROSE, NON_PROSE, HEADING, REPEATED, BOILERPLATE, CAPTION, DATE, BYLINE }

  /**
   * One normalised, non-empty line.
   *
   * @param text      the whitespace-normalised text
   * @param sameBlock whether it follows the previous line with no blank line between
   */
  record Line(String text, boolean sameBlock) {}

  private static final Pattern BYLINE = Pattern.compile(
      "(?i:(?:written|posted|reported|words|story|text)\\s+)?(?i:by)\\s*:?\\s+(.+)");
  private static final Pattern NAME_CONNECTOR =
      Pattern.compile("(?:and|&|de|van|von|der|den|da|del|la|le|bin|ibn|al|el)|(?:al|el|ad|ar|as|ash|at)-.+");

  private final LineRules rules;
  private final int maxHeadingWords;

  LineClassifier(LineRules rules, int maxHeadingWords) {
    this.rules = rules;
    this.maxHeadingWords = maxHeadingWords;
  }

  /** The kind of every line, in the same order. */
  List<Kind> classify(List<Line> lines) {
    Map<String, Integer> counts = new HashMap<>();
    for (Line line : lines) {
      counts.merge(line.text(), 1, Integer::sum);
    }
    List<Kind> kinds = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      Kind kind = kindOf(line.text(), counts.get(line.text()) >= 2);
      if (kind == Kind.CAPTION && i > 0 && line.sameBlock()) {
        Kind previous = kinds.get(i - 1);
        if (previous == Kind.PROSE || previous == Kind.NON_PROSE) {
          kinds.set(i - 1, Kind.CAPTION);
        }
      }
      kinds.add(kind);
    }
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.get(i) == Kind.PROSE && isQuestionHeading(lines.get(i).text())
          && i + 1 < kinds.size() && kinds.get(i + 1) == Kind.PROSE) {
        kinds.set(i, Kind.HEADING);
      }
    }
    return kinds;
  }

  /** The name in a byline line ("Written by AiBot" gives {@code AiBot}), or {@code null}. */
  static String byline(String line) {
    if (line.length() > 120) {
      return null;
    }
    Matcher m = BYLINE.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String names = m.group(1).strip();
    String[] words = names.split("[ ,]+");
    if (words.length == 0 || words.length > 8 || !startsUpper(words[0])) {
      return null;
    }
    for (String word : words) {
      if (!startsUpper(word) && !NAME_CONNECTOR.matcher(word).matches()) {
        return null;
      }
    }
    char last = names.charAt(names.length() - 1);
    if (last == '.' && !names.matches(".*\\b\\p{Lu}\\.$")) {
      return null;
    }
    return names;
  }

  private Kind kindOf(String text, boolean repeated) {
    if (Dates.dateLine(text) != null) {
      return Kind.DATE;
    }
    if (byline(text) != null) {
      return Kind.BYLINE;
    }
    if (repeated) {
      return Kind.REPEATED;
    }
    if (rules.isBoilerplate(text)) {
      return Kind.BOILERPLATE;
    }
    if (rules.isCreditLine(text)) {
      return Kind.CAPTION;
    }
    return Prose.endsLikeSentence(text) ? Kind.PROSE : Kind.NON_PROSE;
  }

  private boolean isQuestionHeading(String text) {
    if (!Prose.endsWithQuestionMark(text) || Prose.wordCount(text) > maxHeadingWords) {
      return false;
    }
    int mark = Math.max(text.lastIndexOf('?'), text.lastIndexOf('？'));
    if (mark < 0) {
      return false;
    }
    String body = text.substring(0, mark);
    return body.indexOf('.') < 0 && body.indexOf('?') < 0 && body.indexOf('!') < 0;
  }

  private static boolean startsUpper(String word) {
    if (word.isEmpty()) {
      return false;
    }
    int first = word.codePointAt(0);
    return Character.isUpperCase(first) || Character.isTitleCase(first);
  }
}
