package dev.newsdesk.summarize;

import dev.newsdesk.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a sentence a story publishes: the sentence itself, or the sentence without the
 * dateline a wire report opens with ({@code LONDON (AP) _ }, {@code SEOUL (Reuters) - }), which is
 * a label, not a part of the sentence. What is cut is only ever a prefix, so the published text
 * still stands verbatim in the source, and the cut is recorded ({@link #DATELINE}).
 */
final class Trim {
  /** The value of {@code trimmed} for a sentence published without its dateline. */
  static final String DATELINE = "dateline";

  private static final Pattern DATELINE_PATTERN = Pattern.compile(
      "^(?:[A-Z][A-Z.'’-]+)(?:\\s+[A-Z][A-Z.'’-]+)*"        // LONDON, BUENOS AIRES, FILE
          + "(?:,\\s+[A-Z][A-Za-z.]*(?:\\s+[A-Z][A-Za-z.]*){0,2})?" // , Argentina   , N.M.
          + "(?:\\s*\\([A-Za-z0-9 .&-]{1,30}\\))?"               // (AP)
          + "\\s*(?:_|—|–|--|-)\\s*"                            // _ — -- -
          + "(?=[\\p{Lu}\\d“\"‘'])");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /**
   * A sentence as a story may publish it.
   *
   * @param text    the published text: a suffix of the source sentence
   * @param terms   its content terms
   * @param trimmed what was cut from the source sentence, or {@code null}
   */
  record View(String text, List<String> terms, String trimmed) {}

  private Trim() {}

  static View of(Sentence s) {
    Matcher m = DATELINE_PATTERN.matcher(s.text());
    if (!m.find() || m.end() >= s.text().length() || !hasUpperCaseRun(s.text().substring(0, m.end()))) {
      return new View(s.text(), s.terms(), null);
    }
    String label = s.text().substring(0, m.end());
    List<String> words = new ArrayList<>();
    Matcher w = WORD.matcher(label.toLowerCase(Locale.ROOT));
    while (w.find()) {
      words.add(w.group());
    }
    // The label's terms lead the sentence's terms; drop them so the rest describes the text published.
    int drop = 0;
    int next = 0;
    while (drop < s.terms().size() && next < words.size()) {
      String term = s.terms().get(drop);
      int found = -1;
      for (int i = next; i < words.size(); i++) {
        if (words.get(i).startsWith(term.substring(0, Math.min(term.length(), 3)))) {
          found = i;
          break;
        }
      }
      if (found < 0) {
        break;
      }
      drop++;
      next = found + 1;
    }
    return new View(s.text().substring(m.end()), s.terms().subList(drop, s.terms().size()), DATELINE);
  }

  /** A dateline opens with a place in capitals: two capitals in a row at least. */
  private static boolean hasUpperCaseRun(String label) {
    return label.length() >= 2 && Character.isUpperCase(label.charAt(0)) && Character.isUpperCase(label.charAt(1));
  }
}
