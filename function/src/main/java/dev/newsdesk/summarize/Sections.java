package dev.newsdesk.summarize;

import dev.newsdesk.model.DateMention;
import dev.newsdesk.model.Fact;
import dev.newsdesk.model.WordList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Puts a body sentence in one of the body's sections, which a story gives in this order:
 * {@code what happened}, {@code details}, {@code reactions}, {@code background}.
 *
 * <ol>
 *   <li>a sentence from the opening of its source is what happened;
 *   <li>a reaction cue ({@code sections.txt}: condemned, vowed, called for ...) makes a reaction;
 *   <li>a background cue (last month, since, ago ...) or a date other than the event's makes
 *       background;
 *   <li>a sentence that restates the event's day or place is what happened;
 *   <li>anything else is a detail.
 * </ol>
 * "said" alone is no cue: nearly every sentence of a news report attributes what it says.
 */
final class Sections {
  static final List<String> ORDER = List.of("what happened", "details", "reactions", "background");

  private final Map<String, List<Pattern>> cues = new LinkedHashMap<>();
  private final int leadWindow;

  Sections(WordList sections, int leadWindow) {
    for (String line : sections.entries()) {
      int colon = line.indexOf(':');
      String section = colon < 0 ? "" : line.substring(0, colon).strip();
      if (!ORDER.contains(section)) {
        throw new IllegalArgumentException(sections.name() + ": expected 'section: phrase', got '" + line + "'");
      }
      String phrase = line.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
      cues.computeIfAbsent(section, k -> new ArrayList<>())
          .add(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(phrase) + "(?![\\p{L}])"));
    }
    this.leadWindow = leadWindow;
  }

  /**
   * The section of a body sentence.
   *
   * @param event the story's facts: their {@code when} and {@code where} values mark the event
   */
  String of(Pool.Candidate c, List<Fact> event) {
    if (c.index() < leadWindow) {
      return "what happened";
    }
    String lower = c.text().toLowerCase(Locale.ROOT);
    if (matches("reactions", lower)) {
      return "reactions";
    }
    String when = null;
    for (Fact f : event) {
      if (f.slot().equals("when")) {
        when = f.normalized() != null ? f.normalized() : f.value();
      }
    }
    if (matches("background", lower) || otherDate(c, when)) {
      return "background";
    }
    for (Fact f : event) {
      if ((f.slot().equals("when") || f.slot().equals("where"))
          && lower.contains(f.value().toLowerCase(Locale.ROOT))) {
        return "what happened";
      }
    }
    return "details";
  }

  private boolean matches(String section, String lower) {
    for (Pattern p : cues.getOrDefault(section, List.of())) {
      if (p.matcher(lower).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence names an explicit date that is not the event's. */
  private static boolean otherDate(Pool.Candidate c, String when) {
    for (DateMention d : c.article().dates()) {
      if (d.sentence() == c.index() && !d.relative() && d.value() != null && !d.value().equals(when)) {
        return true;
      }
    }
    return false;
  }
}
