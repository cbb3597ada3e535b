package dev.newsdesk.extract;

import java.util.List;
import java.util.Locale;

/**
 * Removes site names from page titles: {@code "Strike kills leader - BBC News"} becomes
 * {@code "Strike kills leader"}.
 *
 * <p>The title is cut at its last separator ({@code " | "}, {@code " - "}, {@code " – "},
 * {@code " — "}, {@code " :: "}, {@code " · "}, {@code " • "}, {@code " » "}) when the part after it is
 * the site name (it contains a known site name or the URL's host name, or makes up at least half of one),
 * or when another title of the page (the {@code <h1>}, {@code og:title}, JSON-LD headline) equals the
 * part before it, or contains the part before it but not the part after it. This repeats, so
 * {@code "Title | Section | Site"} loses both suffixes. A leading {@code "Site | "} is removed the same
 * way, and so is a leading section label ({@code "Opinion | "}) when another title of the page is exactly
 * the rest. A title is never cut to less than two words. Stateless.
 */
final class TitleCleaner {
  private TitleCleaner() {}

  private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » "};
  private static final int MAX_SUFFIX_WORDS = 6;

  /**
   * The cleaned title.
   *
   * @param title        the title to clean (normalised)
   * @param siteNames    known names of the site (publisher, og:site_name, host name); nulls ignored
   * @param alternatives other titles of the same page; nulls ignored
   */
  static String clean(String title, List<String> siteNames, List<String> alternatives) {
    String current = title;
    while (true) {
      String next = stripSuffix(current, siteNames, alternatives);
      if (next == null) {
        next = stripPrefix(current, siteNames, alternatives);
      }
      if (next == null) {
        return current;
      }
      current = next;
    }
  }

  private static String stripSuffix(String title, List<String> siteNames, List<String> alternatives) {
    int at = -1;
    String separator = null;
    for (String s : SEPARATORS) {
      int i = title.lastIndexOf(s);
      if (i > at) {
        at = i;
        separator = s;
      }
    }
    if (at <= 0) {
      return null;
    }
    String head = title.substring(0, at).strip();
    String tail = title.substring(at + separator.length()).strip();
    if (Prose.wordCount(head) < 2 || tail.isEmpty()) {
      return null;
    }
    if (isSiteName(tail, siteNames)) {
      return head;
    }
    if (Prose.wordCount(tail) > MAX_SUFFIX_WORDS) {
      return null;
    }
    String headKey = key(head);
    String tailKey = key(tail);
    for (String alternative : alternatives) {
      if (alternative == null) {
        continue;
      }
      String altKey = key(alternative);
      if (altKey.equals(headKey) || (altKey.contains(headKey) && !altKey.contains(tailKey))) {
        return head;
      }
    }
    return null;
  }

  private static String stripPrefix(String title, List<String> siteNames, List<String> alternatives) {
    for (String s : SEPARATORS) {
      int i = title.indexOf(s);
      if (i > 0) {
        String head = title.substring(0, i).strip();
        String tail = title.substring(i + s.length()).strip();
        if (Prose.wordCount(tail) >= 2 && (isSiteName(head, siteNames) || isWitnessed(tail, alternatives))) {
          return tail;
        }
      }
    }
    return null;
  }

  /** Whether another title of the page is exactly {@code part} (a section label before it is then not title). */
  private static boolean isWitnessed(String part, List<String> alternatives) {
    String partKey = key(part);
    for (String alternative : alternatives) {
      if (alternative != null && key(alternative).equals(partKey)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSiteName(String part, List<String> siteNames) {
    String partKey = key(part).replace(" ", "");
    if (partKey.isEmpty()) {
      return false;
    }
    for (String site : siteNames) {
      if (site == null) {
        continue;
      }
      String siteKey = key(site).replace(" ", "");
      if (siteKey.length() < 2) {
        continue;
      }
      if (partKey.contains(siteKey) || (siteKey.contains(partKey) && partKey.length() * 2 >= siteKey.length())) {
        return true;
      }
    }
    return false;
  }

  /** Lower case (Locale.ROOT), letters and digits only, single spaces. */
  private static String key(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(Character.isLetterOrDigit(c) ? c : ' ');
    }
    return Prose.normalize(out).toLowerCase(Locale.ROOT);
  }
}
